// Every format read back by its language's own parser or interpreter must mean exactly the JSON
// policy and act on exactly the named principal: bash runs the CLI text against a stand-in `aws`
// that records its argv, YAML is parsed as YAML 1.1 (CloudFormation's), HCL by HashiCorp's parser,
// and the CDK code is compiled by TypeScript and run against recording stand-ins.
import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { parse as parseHcl } from "@cdktf/hcl2json";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import {
  HOSTILE_DOCUMENT,
  HOSTILE_NAMES,
  ORIGIN_DOCUMENT,
  TARGETS,
} from "../../../../fixtures/format-cases";
import type { AttachTarget, PolicyDocument } from "../fix";
import { formatPolicy } from "./index";

/** Statements with every Action, Resource and condition value as a list: formats may use either. */
function normal(doc: unknown): unknown {
  const list = (v: unknown): unknown => (Array.isArray(v) ? v : [v]);
  const d = doc as PolicyDocument;
  return {
    Version: d.Version,
    Statement: d.Statement.map((s) => ({
      Sid: s.Sid,
      Effect: s.Effect,
      Action: list(s.Action),
      Resource: list(s.Resource),
      Condition: Object.fromEntries(
        Object.entries(s.Condition ?? {}).map(([op, keys]) => [
          op,
          Object.fromEntries(Object.entries(keys).map(([k, v]) => [k, list(v)])),
        ]),
      ),
    })),
  };
}

/** What each format must attach to: the call a person intends. */
function intended(target: AttachTarget, valid: boolean): { kind: string; name?: string } {
  if (!valid) return { kind: "managed" };
  switch (target.kind) {
    case "iam-role":
      return { kind: "role", name: target.roleName };
    case "iam-user":
      return { kind: "user", name: target.userName };
    case "permission-set":
      return { kind: "permission-set", name: target.permissionSet ?? "" };
    default:
      return { kind: "managed" };
  }
}

const work = mkdtempSync(join(tmpdir(), "authz-formats-"));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});
const bin = join(work, "bin");
execFileSync("mkdir", ["-p", bin]);
writeFileSync(
  join(bin, "aws"),
  `#!/bin/bash
printf '%s\\037' "$@" >> "$AWS_LOG"; printf '\\036' >> "$AWS_LOG"
case "$1 $2" in
  "sso-admin list-instances") echo "arn:aws:sso:::instance/ssoins-1" ;;
  "sso-admin list-permission-sets") printf '%s\\t%s\\n' "arn:aws:sso:::permissionSet/ssoins-1/ps-1" "arn:aws:sso:::permissionSet/ssoins-1/ps-2" ;;
  "sso-admin describe-permission-set") if [[ "$*" == *ps-2* ]]; then printf '%s\\n' "$PS_NAME"; else echo Other; fi ;;
esac
`,
);
chmodSync(join(bin, "aws"), 0o755);

let run = 0;
function runCli(
  text: string,
  permissionSetName = "",
): { calls: string[][]; files: string[]; policy: unknown } {
  const dir = join(work, `run-${++run}`);
  execFileSync("mkdir", ["-p", dir]);
  const log = join(dir, "..", `aws-${run}.log`);
  writeFileSync(log, "");
  execFileSync("bash", ["-c", text], {
    cwd: dir,
    env: { PATH: `${bin}:/usr/bin:/bin`, AWS_LOG: log, PS_NAME: permissionSetName, HOME: dir },
    stdio: ["ignore", "ignore", "ignore"],
  });
  const calls = readFileSync(log, "utf8")
    .split("\u001e")
    .filter((c) => c !== "")
    .map((c) => c.split("\u001f").slice(0, -1));
  const policy: unknown = JSON.parse(readFileSync(join(dir, "policy.json"), "utf8"));
  return { calls, files: readdirSync(dir), policy };
}

function cliAttaches(calls: string[][]): { kind: string; name?: string } {
  const last = calls.at(-1) ?? [];
  const arg = (name: string) =>
    last.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  if (last[1] === "put-role-policy") return { kind: "role", name: arg("role-name") ?? "?" };
  if (last[1] === "put-user-policy") return { kind: "user", name: arg("user-name") ?? "?" };
  if (last[1] === "provision-permission-set") {
    const put = calls.find((c) => c[1] === "put-inline-policy-to-permission-set") ?? [];
    expect(put).toContain("--permission-set-arn=arn:aws:sso:::permissionSet/ssoins-1/ps-2");
    return { kind: "permission-set", name: "(looked up)" };
  }
  expect(last.slice(0, 2)).toEqual(["iam", "create-policy"]);
  return { kind: "managed" };
}

function yamlBack(text: string): { doc: unknown; attach: { kind: string; name?: string } } {
  const parsed = parseYaml(text, { version: "1.1" }) as {
    Resources: { AuthzFixPolicy: { Type: string; Properties: Record<string, unknown> } };
  };
  const { Type, Properties: p } = parsed.Resources.AuthzFixPolicy;
  const kinds: Record<string, [string, string | undefined, string]> = {
    "AWS::IAM::RolePolicy": ["role", "RoleName", "PolicyDocument"],
    "AWS::IAM::UserPolicy": ["user", "UserName", "PolicyDocument"],
    "AWS::SSO::PermissionSet": ["permission-set", "Name", "InlinePolicy"],
    "AWS::IAM::ManagedPolicy": ["managed", undefined, "PolicyDocument"],
  };
  const [kind, nameKey, docKey] = kinds[Type] ?? ["?", undefined, "?"];
  return {
    doc: p[docKey],
    attach: nameKey === undefined ? { kind } : { kind, name: p[nameKey] as string },
  };
}

interface HclStatement {
  sid: string;
  effect: string;
  actions: string[];
  resources: string[];
  condition?: { test: string; variable: string; values: string[] }[];
}

/** hcl2json writes templates in HCL's JSON syntax: `$${` is a literal, a bare `${` is interpolation. */
function hclLiteral(value: string): string {
  expect(value).not.toMatch(/(?<!\$)\$\{|(?<!%)%\{/);
  return value.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
}

async function hclBack(
  text: string,
): Promise<{ doc: unknown; attach: { kind: string; name?: string } }> {
  const parsed = (await parseHcl("fix.tf", text)) as {
    data: {
      aws_iam_policy_document: { authz_fix: [{ statement: HclStatement[] }] };
      aws_ssoadmin_permission_set?: { denied: [{ name: string }] };
    };
    resource: Record<string, { authz_fix: [{ role?: string; user?: string }] }>;
  };
  const statements = parsed.data.aws_iam_policy_document.authz_fix[0].statement;
  const doc = {
    Version: "2012-10-17",
    Statement: statements.map((s) => {
      const condition: Record<string, Record<string, string[]>> = {};
      for (const c of s.condition ?? [])
        condition[hclLiteral(c.test)] = {
          ...condition[hclLiteral(c.test)],
          [hclLiteral(c.variable)]: c.values.map(hclLiteral),
        };
      return {
        Sid: hclLiteral(s.sid),
        Effect: hclLiteral(s.effect),
        Action: s.actions.map(hclLiteral),
        Resource: s.resources.map(hclLiteral),
        ...(s.condition ? { Condition: condition } : {}),
      };
    }),
  };
  const [type] = Object.keys(parsed.resource);
  const block = type === undefined ? undefined : parsed.resource[type]?.authz_fix[0];
  const attach =
    type === "aws_iam_role_policy"
      ? { kind: "role", name: hclLiteral(block?.role ?? "") }
      : type === "aws_iam_user_policy"
        ? { kind: "user", name: hclLiteral(block?.user ?? "") }
        : type === "aws_ssoadmin_permission_set_inline_policy"
          ? {
              kind: "permission-set",
              name: hclLiteral(parsed.data.aws_ssoadmin_permission_set?.denied[0].name ?? ""),
            }
          : { kind: "managed" };
  return { doc, attach };
}

interface CdkProps {
  sid: string;
  effect: string;
  actions: string[];
  resources: string[];
  conditions?: Record<string, Record<string, string | string[]>>;
}

function cdkBack(text: string): { doc: unknown; attach: { kind: string; name?: string } } {
  const js = ts.transpileModule(text.replace(/^import .*$/gm, ""), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None },
    reportDiagnostics: true,
  });
  expect((js.diagnostics ?? []).map((d) => d.messageText)).toEqual([]);
  let doc: unknown;
  let attach: { kind: string; name?: string } = { kind: "none" };
  const toDoc = (statements: CdkProps[]) => ({
    Version: "2012-10-17",
    Statement: statements.map((s) => ({
      Sid: s.sid,
      Effect: s.effect,
      Action: s.actions,
      Resource: s.resources,
      ...(s.conditions ? { Condition: s.conditions } : {}),
    })),
  });
  const iam = {
    Effect: { ALLOW: "Allow" },
    PolicyStatement: class {
      constructor(readonly props: CdkProps) {}
    },
    Policy: class {
      constructor(
        _: unknown,
        __: string,
        readonly props: { statements: { props: CdkProps }[] },
      ) {}
    },
    // eslint-disable-next-line @typescript-eslint/no-extraneous-class -- a stand-in CDK construct
    ManagedPolicy: class {
      constructor(_: unknown, __: string, props: { statements: { props: CdkProps }[] }) {
        doc = toDoc(props.statements.map((s) => s.props));
        attach = { kind: "managed" };
      }
    },
    Role: {
      fromRoleName: (_: unknown, __: string, name: string) => ({
        attachInlinePolicy(p: { props: { statements: { props: CdkProps }[] } }) {
          doc = toDoc(p.props.statements.map((s) => s.props));
          attach = { kind: "role", name };
        },
      }),
    },
    User: {
      fromUserName: (_: unknown, __: string, name: string) => ({
        attachInlinePolicy(p: { props: { statements: { props: CdkProps }[] } }) {
          doc = toDoc(p.props.statements.map((s) => s.props));
          attach = { kind: "user", name };
        },
      }),
    },
  };
  const sso = {
    // eslint-disable-next-line @typescript-eslint/no-extraneous-class -- a stand-in CDK construct
    CfnPermissionSet: class {
      constructor(_: unknown, __: string, props: { name: string; inlinePolicy: unknown }) {
        doc = props.inlinePolicy;
        attach = { kind: "permission-set", name: props.name };
      }
    },
  };
  // Run in a fresh V8 context that holds only the stand-ins: the code sees nothing of this process.
  runInNewContext(js.outputText, { iam, sso, ssoInstanceArn: "arn:aws:sso:::instance/ssoins-1" });
  return { doc, attach };
}

const CASES: { name: string; doc: PolicyDocument; target: AttachTarget; valid: boolean }[] = [
  ...[ORIGIN_DOCUMENT, HOSTILE_DOCUMENT].flatMap((doc, d) =>
    TARGETS.map((target) => ({
      name: `document ${d + 1}, ${target.kind}`,
      doc,
      target,
      valid: true,
    })),
  ),
  ...HOSTILE_NAMES.flatMap(({ name, valid }) =>
    (
      [
        { kind: "iam-role", roleName: name, sessionName: undefined },
        { kind: "iam-user", userName: name },
        {
          kind: "permission-set",
          permissionSet: name.slice(0, 40),
          roleName: "AWSReservedSSO_x_1",
        },
      ] as const
    ).map((target) => ({
      name: `${target.kind} named ${JSON.stringify(name)}`,
      doc: ORIGIN_DOCUMENT,
      target,
      valid: target.kind === "permission-set" ? valid && name.length <= 32 : valid,
    })),
  ),
];

describe.each(CASES)("$name", ({ doc, target, valid }) => {
  const want = intended(target, valid);

  it("CLI: bash runs exactly the intended aws calls and nothing else", () => {
    const name = target.kind === "permission-set" ? (target.permissionSet ?? "") : "";
    const { calls, files, policy } = runCli(formatPolicy(doc, target, "cli"), name);
    expect(files).toEqual(["policy.json"]);
    expect(normal(policy)).toEqual(normal(doc));
    const got = cliAttaches(calls);
    expect(got).toEqual(
      want.kind === "permission-set" ? { kind: "permission-set", name: "(looked up)" } : want,
    );
    for (const call of calls) expect(call[0]).toMatch(/^(iam|sso-admin)$/);
  });

  it("CloudFormation: YAML 1.1 reads back the policy and the literal name", () => {
    const back = yamlBack(formatPolicy(doc, target, "cloudformation"));
    expect(normal(back.doc)).toEqual(normal(doc));
    expect(back.attach).toEqual(want);
  });

  it("Terraform: HashiCorp's parser reads back the policy and the literal name", async () => {
    const back = await hclBack(formatPolicy(doc, target, "terraform"));
    expect(normal(back.doc)).toEqual(normal(doc));
    expect(back.attach).toEqual(want);
  });

  it("CDK: TypeScript compiles it, and running it builds the policy for the literal name", () => {
    const back = cdkBack(formatPolicy(doc, target, "cdk"));
    expect(normal(back.doc)).toEqual(normal(doc));
    expect(back.attach).toEqual(want);
  });

  it("JSON: the policy itself, with invisible characters escaped", () => {
    const text = formatPolicy(doc, target, "json");
    expect(JSON.parse(text)).toEqual(doc);
    expect(text).not.toMatch(/[\u200b\u202e\u2028\u0085]/);
  });
});
