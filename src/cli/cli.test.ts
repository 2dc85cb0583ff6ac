import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { expectedErrorTexts, fixtureNames, readFixture } from "../../fixtures/fixtures";
import { analyzePaste } from "../core/analyze-paste";
import { buildReport } from "../core/report/build-report";
import { reportSchema } from "../core/report/schema";
import { decodeShareNode } from "./test-support";

/** The command as installed: the bundle `npm pack` ships, run by this Node as a process. */
const BIN = "dist-cli/authz-decoder.mjs";

const cli = (args: readonly string[], input?: string, env: NodeJS.ProcessEnv = {}) => {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: "utf8",
    env: { PATH: process.env.PATH, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

const expected = expectedErrorTexts();

describe("authz-decoder on every corpus error file, as a process", () => {
  it.each(fixtureNames("errors"))("%s: the page's verdicts, as schema-valid JSON", (name) => {
    const text = readFixture("errors", name);
    const { code, out, err } = cli(["--format", "json"], text);
    expect(err).toBe("");
    const report = reportSchema.parse(JSON.parse(out));
    // The same engine: exactly what the core gives the page for this text.
    expect(report).toEqual(JSON.parse(JSON.stringify(buildReport(text))));
    const pasted = analyzePaste(text);
    expect(code).toBe(pasted.ok ? 2 : 0);
    const want = expected[name];
    if (!want) return;
    // The hand-read expectations: every complete token and every reason's action and denial.
    const tokens = report.denials.flatMap((d) => d.tokens.flatMap((t) => t.token ?? []));
    for (const t of want.tokens.filter((t) => t.judgement === "complete"))
      expect(tokens).toContain(t.token);
    for (const r of want.reasons)
      expect(report.denials).toContainEqual(
        expect.objectContaining({ principal: r.principalArn, denial: r.denial }),
      );
  });

  it.each(fixtureNames("pastes"))("pastes/%s: read as the page reads it", (name) => {
    const text = readFixture("pastes", name);
    const { out } = cli(["--format", "json"], text);
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(buildReport(text))));
  });
});

describe("formats, files and exit codes", () => {
  const log = readFixture("synthetic-errors", "terraform-six-failures.txt");

  it("text: per denial who, what, why and who fixes it; then the merged policy", () => {
    const { code, out } = cli([], log);
    expect(code).toBe(2);
    expect(out).toContain("ec2:RunInstances ×2 times");
    expect(out).toContain("who fixes it: organization admins");
    expect(out).toContain(
      "Policy for what the caller's own policy can fix (attach to IAM role terraform-deployer):",
    );
    // Not a terminal: no colour codes in a log.
    expect(out).not.toContain("\u001b[");
  });

  it("markdown for a PR comment: a table, statements folded, policies fenced", () => {
    const { out } = cli(["--format", "markdown", "--policy-format", "terraform"], log);
    expect(out).toMatch(/^### AWS authorization denials: \d+/);
    expect(out).toContain("| # | action | resource | who | why | who fixes it |");
    expect(out).toContain('resource "aws_iam_role_policy"');
  });

  it("Japanese", () => {
    expect(cli(["--lang", "ja"], log).out).toContain("直す人");
  });

  it("files, gzip by its bytes, and - for stdin", () => {
    const dir = mkdtempSync(join(tmpdir(), "authz-cli-"));
    const gz = join(dir, "log.txt.gz");
    writeFileSync(gz, gzipSync(log));
    const plain = join(dir, "other.log");
    writeFileSync(
      plain,
      readFixture("errors", "08-awscli-v2-explicit-deny-identity-policy-with-prompt.txt"),
    );
    const r = reportSchema.parse(JSON.parse(cli(["--format", "json", gz, plain]).out));
    expect(r.denials.map((d) => d.action)).toContain("ec2:RunInstances");
    expect(r.denials.some((d) => d.principal === "arn:aws:iam::730335670153:user/admin")).toBe(
      true,
    );
  });

  it("exit 0 when nothing is denied, 1 for usage and read errors, on stderr, no stack trace", () => {
    expect(cli([], "terraform apply: all good\n").code).toBe(0);
    for (const [args, message] of [
      [["--format", "yaml"], "--format must be one of text, json, markdown"],
      [["--bogus"], "Unknown option '--bogus'"],
      [["/nonexistent/log.txt"], "no such file: /nonexistent/log.txt"],
    ] as const) {
      const r = cli(args, "");
      expect(r.code).toBe(1);
      expect(r.err).toContain(message);
      expect(r.err).not.toMatch(/\n\s+at /);
      expect(r.out).toBe("");
    }
    const dir = mkdtempSync(join(tmpdir(), "authz-cli-"));
    const cut = join(dir, "cut.json.gz");
    writeFileSync(cut, gzipSync(log).subarray(0, 60));
    const r = cli([cut], "");
    expect(r.code).toBe(1);
    expect(r.err).toContain("not valid gzip data");
  });

  it("colour on a terminal only, and never with NO_COLOR", () => {
    // spawnSync is not a TTY: the flag that would force it does not exist; NO_COLOR is honoured.
    expect(cli([], log, { NO_COLOR: "1" }).out).not.toContain("\u001b[");
  });

  it("--link: a redacted link that opens the page on the same findings", () => {
    const { out } = cli(["--format", "json", "--link", "https://team.example/authz/"], log);
    const link = reportSchema.parse(JSON.parse(out)).link ?? "";
    expect(link).toMatch(/^https:\/\/team\.example\/authz\/#v1\.[A-Za-z0-9_-]+$/);
    const payload = decodeShareNode(new URL(link).hash);
    if (payload.k !== "e") throw new Error("an error-text link");
    // Redacted as the page's default link: no account, no token.
    expect(payload.t).not.toContain("111122223333");
    expect(payload.t).toContain("ACCOUNT_1");
    expect(JSON.stringify(payload)).not.toMatch(/[A-Za-z0-9_-]{300,}/);
    // No base given: AUTHZ_DECODER_URL, else the local page.
    const env = cli(["--format", "json", "--link"], log, {
      AUTHZ_DECODER_URL: "https://x.example/",
    });
    expect(reportSchema.parse(JSON.parse(env.out)).link).toMatch(/^https:\/\/x\.example\/#v1\./);
  });

  it("the JSON's version is the schema's", () => {
    const r = JSON.parse(cli(["--format", "json"], log).out) as { version: number };
    expect(r.version).toBe(1);
    expect(readFileSync("docs/cli.md", "utf8")).toContain('"version": 1');
  });
});

describe("authz-decoder mcp, driven by the MCP SDK's own client over stdio", () => {
  it("initialize, tools/list, tools/call: explain_denial on a real error, draft_fix, evaluate_policies", async () => {
    const { Client } = await import("@modelcontextprotocol/sdk/client/index.js");
    const { StdioClientTransport } = await import("@modelcontextprotocol/sdk/client/stdio.js");
    const client = new Client({ name: "test-agent", version: "1.0.0" });
    await client.connect(
      new StdioClientTransport({
        command: process.execPath,
        args: [BIN, "mcp"],
        env: { PATH: process.env.PATH ?? "" },
        stderr: "pipe",
      }),
    );
    try {
      expect(client.getServerVersion()?.name).toBe("authz-decoder");
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name).sort()).toEqual([
        "draft_fix",
        "evaluate_policies",
        "explain_denial",
      ]);
      for (const tool of tools) {
        expect(tool.description?.length).toBeGreaterThan(100);
        expect(tool.annotations?.readOnlyHint).toBe(true);
      }

      const text = readFixture(
        "errors",
        "08-awscli-v2-explicit-deny-identity-policy-with-prompt.txt",
      );
      const explained = await client.callTool({ name: "explain_denial", arguments: { text } });
      const content = explained.content as { type: string; text: string }[];
      const report = reportSchema.parse(JSON.parse(content[0]?.text ?? ""));
      expect(report).toEqual(JSON.parse(JSON.stringify(buildReport(text))));
      expect(report.denials[0]).toMatchObject({ action: "ec2:RunInstances", denial: "explicit" });

      const drafted = await client.callTool({
        name: "draft_fix",
        arguments: {
          text: readFixture("synthetic-errors", "terraform-six-failures.txt"),
          format: "terraform",
        },
      });
      const fix = JSON.parse((drafted.content as { text: string }[])[0]?.text ?? "") as {
        policies: { text: string }[];
      };
      expect(fix.policies[0]?.text).toContain('resource "aws_iam_role_policy"');

      const evaluated = await client.callTool({
        name: "evaluate_policies",
        arguments: {
          decoded_message: readFixture(
            "decoded",
            "16-iam-passrole-aws-backup-restore-envelope.txt",
          ),
          policies: `{"Statement":[{"Sid":"PassToBackup","Effect":"Allow","Action":"iam:PassRole","Resource":"arn:aws:iam::xxxxxxxxxxxxx:role/Other","Condition":{"StringEquals":{"iam:PassedToService":"backup.amazonaws.com"}}}]}`,
        },
      });
      const check = JSON.parse((evaluated.content as { text: string }[])[0]?.text ?? "") as {
        ours: string;
        nearest: { allows: boolean; misses: { element: string }[] };
      };
      expect(check.ours).toBe("implicit-deny");
      expect(check.nearest.allows).toBe(true);
      expect(check.nearest.misses.map((m) => m.element)).toEqual(["Resource", "Condition"]);

      // The AI-agent guardrail is reported as such.
      const guarded = await client.callTool({
        name: "evaluate_policies",
        arguments: {
          decoded_message: readFixture("synthetic", "mcp-agent-guardrail-deny.txt"),
          policies: "{}",
        },
      });
      expect((guarded.content as { text: string }[])[0]?.text).toContain(
        '"aiAgentGuardrail": true',
      );
    } finally {
      await client.close();
    }
  });
});

describe("authz-decoder --cloudtrail: the organization's denials", () => {
  const dir = mkdtempSync(join(tmpdir(), "authz-trail-"));
  const identity = (session: string) => ({
    type: "AssumedRole",
    arn: `arn:aws:sts::111122223333:assumed-role/deployer/${session}`,
    accountId: "111122223333",
    sessionContext: {
      sessionIssuer: { type: "Role", arn: "arn:aws:iam::111122223333:role/deployer" },
    },
  });
  const event = (session: string, time: string) => ({
    eventVersion: "1.10",
    userIdentity: identity(session),
    eventTime: time,
    eventSource: "ec2.amazonaws.com",
    eventName: "RunInstances",
    awsRegion: "eu-west-1",
    errorCode: "Client.UnauthorizedOperation",
    errorMessage: `You are not authorized to perform this operation. User: arn:aws:sts::111122223333:assumed-role/deployer/${session} is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:eu-west-1:111122223333:instance/* because no identity-based policy allows the ec2:RunInstances action.`,
    recipientAccountId: "111122223333",
  });

  it("trail files from the bucket (.json.gz) and Athena's CSV: ranked, explained, one policy per principal", () => {
    const gz = join(dir, "111122223333_CloudTrail_eu-west-1_20261207T0000Z_abc.json.gz");
    writeFileSync(
      gz,
      gzipSync(
        JSON.stringify({
          Records: [event("a", "2026-12-01T00:00:00Z"), event("b", "2026-12-02T00:00:00Z")],
        }),
      ),
    );
    const csv = join(dir, "athena.csv");
    writeFileSync(
      csv,
      '"account","principal","eventsource","eventname","errorcode","events","first_seen","last_seen","message"\n"444455556666","arn:aws:iam::444455556666:role/app","kms.amazonaws.com","Decrypt","AccessDeniedException","9","2026-12-01T00:00:00Z","2026-12-06T00:00:00Z",""\n',
    );
    const r = cli(["--cloudtrail", "--format", "json", gz, csv], "");
    expect(r.code).toBe(2);
    const report = reportSchema.parse(JSON.parse(r.out));
    expect(report.kind).toBe("organization");
    expect(report.organization?.rows.map((row) => [row.action, row.events, row.fixer])).toEqual([
      ["kms:Decrypt", 9, "unknown"],
      ["ec2:RunInstances", 2, "you"],
    ]);
    expect(report.policies[0]?.principal).toBe("arn:aws:iam::111122223333:role/deployer");
    expect(cli(["--cloudtrail", gz], "").out).toContain("2 of 2 events were denials");
  });

  it("a cut-off trail file says so, on stderr, exit 1", () => {
    const cut = join(dir, "cut.json");
    writeFileSync(cut, '{"Records": [');
    const r = cli(["--cloudtrail", cut], "");
    expect(r.code).toBe(1);
    expect(r.err).toContain("cut.json: ends in the middle of a record (cut off?)");
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});

describe("authz-decoder queries: the SQL for AWS's engines", () => {
  it("prints Athena's table and denial query for the accounts and days given; refuses a value it cannot write safely", () => {
    const r = cli(
      [
        "queries",
        "--bucket",
        "org-trail-logs",
        "--org",
        "o-a1b2c3d4e5",
        "--accounts",
        "111122223333",
        "--regions",
        "us-east-1",
        "--days",
        "14",
      ],
      "",
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain("CREATE EXTERNAL TABLE cloudtrail_org");
    expect(r.out).toContain("interval '14' day");
    expect(r.out).toContain("account IN ('111122223333')");
    const lake = cli(["queries", "--lake", "EXAMPLE-ee54-4813-92d5-999aeEXAMPLE"], "");
    expect(lake.out).toContain("FROM EXAMPLE-ee54-4813-92d5-999aeEXAMPLE");
    const bad = cli(["queries", "--bucket", "x'y", "--org", "o-a1b2c3d4e5"], "");
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('not a valid bucket: "x\'y"');
  });
});
