import { spawn } from "node:child_process";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES_DIR } from "../../fixtures/fixtures";

/**
 * The Action's script (scripts/github-action.sh) run as GitHub runs it, on a sample log, with a
 * fake GitHub REST API on 127.0.0.1 for the pull-request comment.
 */
interface Comment {
  id: number;
  body: string;
}
const comments: Comment[] = [];
const calls: string[] = [];
let server: Server;
let api = "";

const body = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve) => {
    let data = "";
    req.on("data", (c: Buffer) => (data += c.toString()));
    req.on("end", () => {
      resolve(data);
    });
  });

beforeAll(async () => {
  server = createServer((req, res) => {
    void (async () => {
      calls.push(`${req.method ?? ""} ${req.url ?? ""}`);
      if (req.headers.authorization !== "Bearer test-token") {
        res.writeHead(401).end("{}");
        return;
      }
      const url = new URL(req.url ?? "/", "http://x");
      if (req.method === "GET" && url.pathname === "/repos/o/r/issues/7/comments") {
        res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(comments));
      } else if (req.method === "POST" && url.pathname === "/repos/o/r/issues/7/comments") {
        const c = { id: comments.length + 1, body: (JSON.parse(await body(req)) as Comment).body };
        comments.push(c);
        res.writeHead(201, { "Content-Type": "application/json" }).end(JSON.stringify(c));
      } else if (req.method === "PATCH" && url.pathname.startsWith("/repos/o/r/issues/comments/")) {
        const c = comments.find((x) => String(x.id) === url.pathname.split("/").pop());
        if (c) c.body = (JSON.parse(await body(req)) as Comment).body;
        res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(c));
      } else res.writeHead(404).end("{}");
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  api = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
});
afterAll(() => {
  server.close();
});

function runAction(env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn("bash", ["scripts/github-action.sh"], {
      env: { PATH: process.env.PATH ?? "", ...env },
    });
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr.on("data", (c: Buffer) => (out += c.toString()));
    child.on("close", (code) => {
      resolve({ code, out });
    });
  });
}

describe("the GitHub Action's script on a sample log", () => {
  const dir = mkdtempSync(join(tmpdir(), "authz-action-"));
  const summary = join(dir, "summary.md");
  const output = join(dir, "output.txt");
  const event = join(dir, "event.json");
  writeFileSync(event, JSON.stringify({ pull_request: { number: 7 } }));
  const github = () => ({
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: "o/r",
    GITHUB_API_URL: api,
    GITHUB_TOKEN: "test-token",
    INPUT_LOG_FILE: join(FIXTURES_DIR, "synthetic-errors", "terraform-six-failures.txt"),
    INPUT_COMMENT: "true",
  });

  it("writes the job summary and the output, and posts one comment that later runs update", async () => {
    writeFileSync(summary, "");
    writeFileSync(output, "");
    const first = await runAction(github());
    expect(first.code).toBe(0);
    const md = readFileSync(summary, "utf8");
    expect(md).toMatch(/^### AWS authorization denials: \d+/);
    expect(md).toContain("ec2:RunInstances");
    expect(readFileSync(output, "utf8")).toMatch(/^denials=\d+$/m);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toMatch(/^<!-- authz-decoder -->\n### AWS authorization denials/);

    const second = await runAction({ ...github(), INPUT_POLICY_FORMAT: "terraform" });
    expect(second.code).toBe(0);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('resource "aws_iam_role_policy"');
    expect(calls.filter((c) => c.startsWith("PATCH"))).toHaveLength(1);
  });

  it("a command's output as input; fail-on-denials fails the step", async () => {
    const r = await runAction({
      ...github(),
      INPUT_LOG_FILE: "",
      INPUT_COMMENT: "false",
      INPUT_COMMAND_OUTPUT: readFileSync(
        join(FIXTURES_DIR, "errors", "08-awscli-v2-explicit-deny-identity-policy-with-prompt.txt"),
        "utf8",
      ),
      INPUT_FAIL_ON_DENIALS: "true",
    });
    expect(r.code).toBe(1);
    expect(r.out).toContain("::error::authz-decoder: 1 AWS authorization denial(s)");
  });

  it("without permission to comment: a warning, the step stays green", async () => {
    const r = await runAction({ ...github(), GITHUB_TOKEN: "read-only" });
    expect(r.code).toBe(0);
    expect(r.out).toContain("::warning::authz-decoder: no permission to comment (401)");
  });

  it("no input: a clear error", async () => {
    const r = await runAction({ ...github(), INPUT_LOG_FILE: "" });
    expect(r.code).toBe(1);
    expect(r.out).toContain("::error::authz-decoder: give log-file or command-output");
  });
});
