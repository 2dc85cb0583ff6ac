// Each policy type's commands and forms, read back by what will run them: bash runs the CLI text
// (with jq, against a stand-in `aws` that serves the current policy and records what is written),
// HashiCorp's parser reads the Terraform, YAML 1.1 the CloudFormation, TypeScript compiles the CDK
// and runs it against recording stand-ins. The statement read back must be the page's statement,
// and the policy written back must be the current one plus that statement: nothing wiped.
import { execFileSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { parse as parseHcl } from "@cdktf/hcl2json";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { POLICY_TYPE_CASES } from "../../../../fixtures/policy-type-cases";
import { readErrors } from "../../errors/error-report";
import { statedReason, type Reason } from "../../errors/reason";
import { policyCommands } from "./commands";
import { targetIac } from "./iac";
import { fixPlan, type FixPart } from "./plan";
import { targetJson, type TargetStatement } from "./target-document";

const parts: { name: string; part: FixPart }[] = Object.entries(POLICY_TYPE_CASES).flatMap(
  ([name, c]) => {
    const report = readErrors(c.text);
    return report.groups.flatMap((g) =>
      g.reason
        ? fixPlan({ reason: g.reason, region: report.region })
            .filter((part) => part.target.kind !== "identity")
            .map((part) => ({ name: `${name}: ${part.target.kind}`, part }))
        : [],
    );
  },
);

// Values a paste could carry that mean something to a shell, jq, HCL, YAML or TypeScript, in every
// policy type's principal, resource, policy name and endpoint; the Sid (generated from the action,
// so always alphanumeric) is made hostile below to prove the forms never trust it either.
const SHELL = "'$(touch${IFS}pwned)`touch pwned`;touch pwned #";
const TEMPLATE = '${jndi}%{x}${aws:username}"\\';
const HOSTILE_PRINCIPAL = `arn:aws:sts::111122223333:assumed-role/R${SHELL}/s`;
const HOSTILE_REASONS: readonly { name: string; reason: Reason; sourceVpce?: string }[] = [
  ...[
    `arn:aws:s3:::b${TEMPLATE}/k${SHELL}`,
    `arn:aws:kms:us-east-1:444455556666:key/k${SHELL}`,
    `arn:aws:sqs:us-east-1:444455556666:q${SHELL}`,
    `arn:aws:sns:us-east-1:444455556666:t${SHELL}${TEMPLATE}`,
    `arn:aws:ecr:us-east-1:444455556666:repository/r${SHELL}`,
    `arn:aws:secretsmanager:us-east-1:444455556666:secret:s${SHELL}`,
    `arn:aws:lambda:us-east-1:444455556666:function:f${SHELL}`,
  ].map((resource) => ({
    name: `resource ${resource.split(":")[2] ?? ""}`,
    reason: statedReason({
      principalArn: HOSTILE_PRINCIPAL,
      action: resource.includes(":kms:") ? "kms:Decrypt" : "s3:GetObject",
      resource,
      policyType: "resource-based",
    }),
  })),
  {
    name: "trust",
    reason: statedReason({
      principalArn: HOSTILE_PRINCIPAL,
      action: "sts:AssumeRole",
      resource: `arn:aws:iam::444455556666:role/Deploy${SHELL}`,
      policyType: undefined,
    }),
  },
  {
    name: "boundary named by a hostile policy ARN",
    reason: statedReason({
      principalArn: `arn:aws:iam::111122223333:role/App${SHELL}`,
      action: "s3:GetObject",
      resource: `arn:aws:s3:::b/${TEMPLATE}`,
      policyType: "permissions-boundary",
      policyArn: `arn:aws:iam::111122223333:policy/Boundary${SHELL}${TEMPLATE}`,
    }),
  },
  {
    name: "SCP named by a hostile policy ARN",
    reason: statedReason({
      principalArn: HOSTILE_PRINCIPAL,
      action: "s3:GetObject",
      resource: `arn:aws:s3:::b/${SHELL}`,
      policyType: "service-control",
      policyArn: `arn:aws:organizations::111122223333:policy/o-abc/service_control_policy/p-${SHELL}`,
    }),
  },
  {
    name: "VPC endpoint with a hostile endpoint ID",
    reason: statedReason({
      principalArn: HOSTILE_PRINCIPAL,
      action: "s3:GetObject",
      resource: `arn:aws:s3:::b/${SHELL}`,
      policyType: "vpc-endpoint",
    }),
    sourceVpce: `vpce-1${SHELL}`,
  },
  {
    name: "session",
    reason: statedReason({
      principalArn: HOSTILE_PRINCIPAL,
      action: "s3:GetObject",
      resource: `arn:aws:s3:::b/${SHELL}`,
      policyType: "session",
    }),
  },
];
const HOSTILE_SID = `Sid${SHELL}${TEMPLATE}\nEOF`;
for (const { name, reason, sourceVpce } of HOSTILE_REASONS)
  for (const part of fixPlan({ reason, region: "us-east-1", sourceVpce }))
    if (part.target.kind !== "identity") {
      parts.push({ name: `hostile ${name}: ${part.target.kind}`, part });
      const statement = { ...part.statement, Sid: HOSTILE_SID };
      parts.push({
        name: `hostile ${name}, hostile Sid: ${part.target.kind}`,
        part: {
          ...part,
          statement,
          json: targetJson({ Version: "2012-10-17", Statement: [statement] }),
        },
      });
    }

const list = (v: unknown): unknown => (Array.isArray(v) ? v : [v]);
/** Every Action, Resource and condition value as a list: forms may write either. */
function normal(s: unknown): unknown {
  const st = s as TargetStatement;
  return {
    Sid: st.Sid,
    Effect: st.Effect,
    Principal: st.Principal ?? {},
    Action: list(st.Action),
    Resource: st.Resource === undefined ? [] : list(st.Resource),
    Condition: Object.fromEntries(
      Object.entries(st.Condition ?? {}).map(([op, keys]) => [
        op,
        Object.fromEntries(Object.entries(keys).map(([k, v]) => [k, list(v)])),
      ]),
    ),
  };
}

const work = mkdtempSync(join(tmpdir(), "authz-targets-"));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});
const bin = join(work, "bin");
mkdirSync(bin);
// Reads print $CURRENT (or fail like AWS when $READ_FAILS); writes copy their file:// argument.
writeFileSync(
  join(bin, "aws"),
  `#!/bin/bash
printf '%s\\037' "$@" >> "$AWS_LOG"; printf '\\036' >> "$AWS_LOG"
case "$1 $2" in
  "sqs get-queue-url") echo "https://sqs.us-east-2.amazonaws.com/444455556666/orders" ;;
  "iam get-policy") echo v3 ;;
  "iam get-role"|"iam get-user")
    if [[ "$*" == *PermissionsBoundary* ]]; then echo "arn:aws:iam::123456789012:policy/Found"
    elif [ -n "$READ_FAILS" ]; then echo "An error occurred (AccessDenied)" >&2; exit 254
    else cat "$CURRENT"; fi ;;
  *" get-"*|*" describe-"*)
    if [ -n "$READ_FAILS" ]; then echo "An error occurred (AccessDenied)" >&2; exit 254; fi
    cat "$CURRENT" ;;
  *)
    for a in "$@"; do case "$a" in *=file://*) cp "\${a#*=file://}" "$WRITTEN" ;; esac; done ;;
esac
`,
);
chmodSync(join(bin, "aws"), 0o755);

let run = 0;
function runCli(text: string, current: unknown, readFails = false) {
  const dir = join(work, `run-${++run}`);
  mkdirSync(dir);
  const log = join(work, `aws-${run}.log`);
  const written = join(work, `written-${run}.json`);
  const currentFile = join(work, `current-${run}.json`);
  writeFileSync(log, "");
  writeFileSync(currentFile, JSON.stringify(current));
  execFileSync("bash", ["-c", text], {
    cwd: dir,
    env: {
      PATH: `${bin}:/usr/bin:/bin`,
      AWS_LOG: log,
      CURRENT: currentFile,
      WRITTEN: written,
      HOME: dir,
      ...(readFails ? { READ_FAILS: "1" } : {}),
    },
    stdio: ["ignore", "ignore", "ignore"],
  });
  const calls = readFileSync(log, "utf8")
    .split("\u001e")
    .filter((c) => c !== "")
    .map((c) => c.split("\u001f").slice(0, -1));
  const writtenText = existsSync(written) ? readFileSync(written, "utf8") : "";
  return { calls, written: writtenText, files: execFileSync("ls", [dir]).toString() };
}

/** SQS writes `{"Policy": "<document>"}`; every other API the document itself. */
const writtenDocument = (text: string): { Statement: unknown[] } => {
  const value = JSON.parse(text) as { Policy?: string; Statement?: unknown[] };
  return (value.Policy === undefined ? value : JSON.parse(value.Policy)) as {
    Statement: unknown[];
  };
};

const OTHER = { Sid: "Existing", Effect: "Deny", Principal: "*", Action: "s3:*", Resource: "*" };

it("jq is installed (the CLI form merges with it; .ci/run installs it)", () => {
  expect(execFileSync("jq", ["--version"]).toString()).toMatch(/^jq-1\.[6-9]/);
});

const session = parts.filter(({ part }) => part.target.kind === "session");
const replacing = parts.filter(
  ({ part }) => part.target.kind !== "session" && policyCommands(part)?.additive === false,
);
const lambda = parts.filter(({ part }) => policyCommands(part)?.additive === true);

describe("Lambda: an alias, and a caller matched by condition (IAM Identity Center)", () => {
  const [part] = fixPlan({
    reason: statedReason({
      principalArn:
        "arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_Dev_0123456789abcdef/ana@example.com",
      action: "lambda:InvokeFunction",
      resource: "arn:aws:lambda:us-west-2:444455556666:function:resize:live",
      policyType: "resource-based",
    }),
    region: undefined,
  });
  if (!part) throw new Error("a statement expected");

  it("add-permission names the account (never *) and the alias", () => {
    const { calls } = runCli(policyCommands(part)?.text ?? "", {});
    expect(calls[0]).toEqual([
      "lambda",
      "add-permission",
      "--function-name=resize",
      "--statement-id=AllowLambdaInvokeFunction",
      "--action=lambda:InvokeFunction",
      "--principal=111122223333",
      "--qualifier=live",
      "--region=us-west-2",
    ]);
  });

  it("Terraform, CloudFormation and CDK name the account and the alias too", async () => {
    const tf = (await parseHcl("fix.tf", targetIac(part, "terraform") ?? "")) as {
      resource: { aws_lambda_permission: { authz_fix: [Record<string, string>] } };
    };
    expect(tf.resource.aws_lambda_permission.authz_fix[0]).toMatchObject({
      function_name: "resize",
      principal: "111122223333",
      qualifier: "live",
    });
    const cfn = parseYaml(targetIac(part, "cloudformation") ?? "", { version: "1.1" }) as {
      Resources: { AuthzFixPermission: { Properties: Record<string, string> } };
    };
    expect(cfn.Resources.AuthzFixPermission.Properties).toMatchObject({
      FunctionName: "resize:live",
      Principal: "111122223333",
    });
    expect(cdkBack(targetIac(part, "cdk") ?? "")).toMatchObject({
      Principal: { AWS: "arn:aws:iam::111122223333:root" },
    });
  });
});
// A session policy lives in the code that makes the session: no infrastructure resource holds it.
const statementForms = parts.filter(
  ({ part }) =>
    part.target.kind !== "session" &&
    !(part.target.kind === "resource-policy" && part.target.service === "lambda"),
);

it("every policy type has its commands: replacing, additive or (session) passed at AssumeRole", () => {
  const kinds = new Set(parts.map(({ part }) => part.target.kind));
  expect([...kinds].sort()).toEqual(
    [
      "permissions-boundary",
      "resource-policy",
      "service-control",
      "session",
      "trust",
      "vpc-endpoint",
    ].sort(),
  );
  expect(replacing.length + lambda.length + session.length).toBe(parts.length);
  expect(lambda.length).toBeGreaterThan(0);
});

describe.each(replacing.filter(({ part }) => part.target.kind !== "session"))(
  "$name",
  ({ part }) => {
    const text = policyCommands(part)?.text ?? "";

    it("CLI: reads, keeps every statement, adds this one with a unique Sid, writes back", () => {
      const taken = { ...OTHER, Sid: part.statement.Sid };
      const { written, files } = runCli(text, { Version: "2012-10-17", Statement: [OTHER, taken] });
      expect(files).not.toContain("pwned");
      expect(writtenDocument(written).Statement).toEqual([
        OTHER,
        taken,
        { ...part.statement, Sid: `${part.statement.Sid}2` },
      ]);
    });

    it("CLI: a Statement written as one object, and a statement already there", () => {
      const once = runCli(text, { Version: "2012-10-17", Statement: OTHER });
      expect(writtenDocument(once.written).Statement).toEqual([OTHER, part.statement]);
      const current = {
        Version: "2012-10-17",
        Statement: [OTHER, { ...part.statement, Sid: "Mine" }],
      };
      expect(writtenDocument(runCli(text, current).written)).toEqual(current);
    });

    it("CLI: when the read fails, nothing is written (never a wiped policy)", () => {
      const { written, calls } = runCli(text, {}, true);
      expect(written).toBe("");
      expect(calls.some((c) => /^(put|set|update|modify|create)-/.test(c[1] ?? ""))).toBe(false);
    });
  },
);

describe.each(session)("$name", ({ part }) => {
  it("CLI: the session policy is passed at AssumeRole, with the statement as written", () => {
    const { calls, written } = runCli(policyCommands(part)?.text ?? "", {});
    expect(calls[0]?.slice(0, 2)).toEqual(["sts", "assume-role"]);
    expect(JSON.parse(written)).toEqual({ Version: "2012-10-17", Statement: [part.statement] });
  });
});

describe.each(lambda)("$name", ({ part }) => {
  it("CLI, Terraform, CloudFormation, CDK: Lambda adds the permission itself", async () => {
    const { calls, files } = runCli(policyCommands(part)?.text ?? "", {});
    expect(files).not.toContain("pwned");
    const call = calls[0] ?? [];
    expect(call.slice(0, 2)).toEqual(["lambda", "add-permission"]);
    expect(call).toContain(`--statement-id=${part.statement.Sid}`);
    expect(call).toContain(`--principal=${part.statement.Principal?.AWS ?? ""}`);
    const tf = (await parseHcl("fix.tf", targetIac(part, "terraform") ?? "")) as {
      resource: { aws_lambda_permission: { authz_fix: [Record<string, string>] } };
    };
    expect(hcl(tf.resource.aws_lambda_permission.authz_fix[0].principal ?? "")).toBe(
      part.statement.Principal?.AWS,
    );
    const cfn = parseYaml(targetIac(part, "cloudformation") ?? "", { version: "1.1" }) as {
      Resources: { AuthzFixPermission: { Properties: Record<string, string> } };
    };
    expect(cfn.Resources.AuthzFixPermission.Properties.Principal).toBe(
      part.statement.Principal?.AWS,
    );
    expect(cdkBack(targetIac(part, "cdk") ?? "")).toEqual({
      Sid: part.statement.Sid,
      Effect: "Allow",
      Principal: part.statement.Principal,
      Action: part.statement.Action,
    });
  });
});

describe.each(statementForms)("$name", ({ part }) => {
  it("Terraform: HashiCorp's parser reads back the statement", async () => {
    const parsed = (await parseHcl("fix.tf", targetIac(part, "terraform") ?? "")) as {
      data: { aws_iam_policy_document: { authz_fix: [{ statement: HclStatement[] }] } };
    };
    const [s] = parsed.data.aws_iam_policy_document.authz_fix[0].statement;
    expect(s && normal(fromHcl(s))).toEqual(normal(part.statement));
  });

  it("CloudFormation: YAML 1.1 reads back the statement", () => {
    const parsed: unknown = parseYaml(targetIac(part, "cloudformation") ?? "", { version: "1.1" });
    expect(Array.isArray(parsed) ? parsed.map(normal) : parsed).toEqual([normal(part.statement)]);
  });

  it("CDK: TypeScript compiles it, and running it adds the statement", () => {
    expect(normal(cdkBack(targetIac(part, "cdk") ?? ""))).toEqual(normal(part.statement));
  });
});

interface HclStatement {
  sid: string;
  effect: string;
  principals?: { type: string; identifiers: string[] }[];
  actions: string[];
  resources?: string[];
  condition?: { test: string; variable: string; values: string[] }[];
}

/** hcl2json writes templates in HCL's JSON syntax: `$${` is a literal, a bare `${` interpolation. */
function hcl(value: string): string {
  expect(value).not.toMatch(/(?<!\$)\$\{|(?<!%)%\{/);
  return value.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
}

function fromHcl(s: HclStatement): unknown {
  const condition: Record<string, Record<string, string[]>> = {};
  for (const c of s.condition ?? [])
    condition[hcl(c.test)] = { ...condition[hcl(c.test)], [hcl(c.variable)]: c.values.map(hcl) };
  return {
    Sid: hcl(s.sid),
    Effect: hcl(s.effect),
    ...(s.principals
      ? {
          Principal: Object.fromEntries(
            s.principals.map((p) => [hcl(p.type), hcl(p.identifiers[0] ?? "")]),
          ),
        }
      : {}),
    Action: s.actions.map(hcl),
    ...(s.resources ? { Resource: s.resources.map(hcl) } : {}),
    ...(s.condition ? { Condition: condition } : {}),
  };
}

interface CdkProps {
  sid: string;
  effect: string;
  principals?: { AWS?: string; Federated?: string }[];
  actions: string[];
  resources?: string[];
  conditions?: Record<string, Record<string, string | string[]>>;
}

function cdkBack(text: string): unknown {
  const js = ts.transpileModule(text.replace(/^import .*$/gm, ""), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None },
    reportDiagnostics: true,
  });
  expect((js.diagnostics ?? []).map((d) => d.messageText)).toEqual([]);
  let added: unknown;
  const record = (s: { props: CdkProps }) => {
    const p = s.props;
    added = {
      Sid: p.sid,
      Effect: p.effect,
      ...(p.principals ? { Principal: Object.assign({}, ...p.principals) as object } : {}),
      Action: p.actions,
      ...(p.resources ? { Resource: p.resources } : {}),
      ...(p.conditions ? { Condition: p.conditions } : {}),
    };
  };
  const iam = {
    Effect: { ALLOW: "Allow" },
    PolicyStatement: class {
      constructor(readonly props: CdkProps) {}
    },
    ArnPrincipal: class {
      constructor(readonly AWS: string) {}
    },
    FederatedPrincipal: class {
      constructor(readonly Federated: string) {}
    },
    AccountPrincipal: class {
      readonly AWS: string;
      constructor(account: string) {
        this.AWS = `arn:aws:iam::${account}:root`;
      }
    },
  };
  const holder = {
    addToResourcePolicy: record,
    addToPolicy: record,
    addStatements: record,
    assumeRolePolicy: { addStatements: record },
  };
  // A fresh V8 context holding only the stand-ins: the code sees nothing of this process.
  const result: unknown = runInNewContext(
    `${js.outputText}\n;typeof statement === "undefined" ? undefined : statement`,
    {
      iam,
      bucket: holder,
      key: holder,
      queue: holder,
      topic: holder,
      repository: holder,
      secret: holder,
      role: holder,
      endpoint: holder,
      boundary: holder,
      fn: {
        addPermission(sid: string, p: { principal: { AWS: string }; action: string }) {
          added = {
            Sid: sid,
            Effect: "Allow",
            Principal: { AWS: p.principal.AWS },
            Action: p.action,
          };
        },
      },
    },
  );
  return added ?? result;
}
