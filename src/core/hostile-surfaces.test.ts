// The surfaces added after the first hardening pass, against the hostile corpus: the merge box,
// "Check against your policies", pasted IAM Toolbox outputs and console links in 2026 messages.
// Every case is data: nothing pollutes a prototype, throws, or changes what a policy means.
import { policySyntaxProblem } from "./policy/policy-syntax";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  HOSTILE_POLICY_URI,
  LOOKALIKE_CONSOLE_URLS,
  MEGABYTE_POLICY,
  hostilePolicyCases,
  hostileToolboxCases,
  lookalikeConsoleMessage,
} from "../../fixtures/hostile";
import { analyzePaste } from "./analyze-paste";
import { policyCommand } from "./commands/toolbox-command";
import { readErrors } from "./errors/error-report";
import { checkAgainst } from "./evaluate/check";
import { readPolicyInputs } from "./evaluate/policy-inputs";
import type { Analysis } from "./model/analysis";
import { mergeIntoCurrent } from "./policy/targets/merge-current";
import { explainDetails } from "./toolbox/explain";
import { readToolboxOutputs } from "./toolbox/read-outputs";

const STATEMENT = {
  Sid: "AllowEc2RunInstances",
  Effect: "Allow",
  Action: "ec2:RunInstances",
  Resource: "*",
} as const;

function decoded(file: string): Analysis {
  const result = analyzePaste(readFileSync(join("fixtures/decoded", file), "utf8"));
  if (!result.ok || result.value.kind !== "decoded") throw new Error(`${file}: not decoded`);
  return result.value.analysis;
}
// An EC2 RunInstances denial with nothing allowing it: a matching Allow would flip it.
const RUN_INSTANCES = decoded("01-ec2-runinstances-iamuser-m4large.txt");

afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
});

describe.each(hostilePolicyCases())("pasted policy: $name", (c) => {
  it(`merge box: ${c.merge}`, () => {
    const result = mergeIntoCurrent(c.text, STATEMENT);
    if (c.merge !== "merged") {
      // A broken policy is "no policy" to the merge, and the box then says where it breaks.
      expect(result).toEqual({ ok: false, error: c.merge === "syntax" ? "no-policy" : c.merge });
      if (c.merge === "syntax" || c.merge === "no-policy")
        expect(policySyntaxProblem(c.text) !== undefined).toBe(c.merge === "syntax");
      return;
    }
    if (!result.ok) throw new Error(result.error);
    // Every key kept as pasted (prototype names included), the statement added once.
    const merged = JSON.parse(result.value.json) as Record<string, unknown>;
    expect(Object.keys(merged)).toContain("Statement");
    const statements = merged.Statement as Record<string, unknown>[];
    expect(statements.at(-1)).toMatchObject({ ...STATEMENT, Sid: result.value.sid });
    expect(statements).toHaveLength(result.value.count);
  });

  it(`policy check: ${String(c.check.policies)} read, ${String(c.check.tooDeep)} too deep`, () => {
    const { policies, tooDeep } = readPolicyInputs(c.text);
    expect({ policies: policies.length, tooDeep }).toEqual(c.check);
    const check = checkAgainst(
      RUN_INSTANCES,
      policies.map((p) => ({ name: p.name, type: "identity-based", document: p.document })),
    );
    if (policies.length > 0) expect(check?.ours.decision).toBeDefined();
  });
});

describe("pasted policies keep their meaning", () => {
  const decide = (condition: Record<string, unknown> | undefined) => {
    const text = JSON.stringify({
      Version: "2012-10-17",
      Statement: [{ ...STATEMENT, ...(condition ? { Condition: condition } : {}) }],
    });
    const { policies } = readPolicyInputs(text);
    return checkAgainst(
      RUN_INSTANCES,
      policies.map((p) => ({ name: p.name, type: "identity-based", document: p.document })),
    )?.ours.decision;
  };

  it("a condition on a key named __proto__ or constructor is still a condition", () => {
    expect(decide(undefined)).toBe("allow");
    expect(decide({ StringEquals: { ["__proto__"]: "x" } })).toBe("implicit-deny");
    expect(decide({ StringEquals: { constructor: "x" } })).toBe("implicit-deny");
    expect(decide({ ["__proto__"]: { "aws:RequestedRegion": "x" } })).toBe("implicit-deny");
  });

  it("the 1 MB policy is read whole", () => {
    expect(readPolicyInputs(MEGABYTE_POLICY).policies[0]?.document.Statement).toHaveLength(8_000);
  });
});

describe.each(hostileToolboxCases())("pasted IAM Toolbox output: $name", (c) => {
  it(c.outcome.kind, () => {
    const result = analyzePaste(c.text);
    if (c.outcome.kind === "refused") {
      expect(result).toMatchObject({ ok: false, error: { code: c.outcome.code } });
      return;
    }
    expect(result.ok && result.value.kind).toBe("toolbox");
    const toolbox = readToolboxOutputs(c.text);
    expect(toolbox).toBeDefined();
    if (toolbox?.details) {
      const explained = explainDetails(toolbox.details);
      expect(explained.evaluations).toHaveLength(1);
      // A context key named like a prototype is no row, and changes nothing.
      expect(explained.requestContext.map((r) => r.key)).not.toContain("__proto__");
    }
  });
});

describe("a policy URI with shell metacharacters", () => {
  const work = mkdtempSync(join(tmpdir(), "authz-uri-"));
  afterEach(() => {
    expect(readdirSync(work)).toEqual([]);
  });

  it("is read whole, and reaches aws as one word: nothing runs", () => {
    const paste = hostileToolboxCases().find((c) => c.text.includes("--policy-uri"));
    const uri = readToolboxOutputs(paste?.text ?? "")?.policies[0]?.uri;
    expect(uri).toBe(HOSTILE_POLICY_URI);
    const argv = execFileSync(
      "bash",
      ["-c", `aws() { printf '%s\\n' "$@"; }; ${policyCommand("abc123", uri ?? "", "us-east-1")}`],
      { cwd: work, encoding: "utf8" },
    ).split("\n");
    expect(argv.slice(0, 6)).toEqual([
      "iam-toolbox",
      "get-request-authorization-policy",
      "--authorization-id",
      "abc123",
      "--policy-uri",
      HOSTILE_POLICY_URI,
    ]);
    rmSync(join(work, "x"), { force: true });
  });
});

describe.each(LOOKALIKE_CONSOLE_URLS)("a console link on a look-alike host: %s", (url) => {
  it("the authorization ID is read; no link is made", () => {
    const [entry] = readErrors(lookalikeConsoleMessage(url)).groups;
    expect(entry?.reason?.authorizationId).toBe("abc123");
    expect(entry?.reason?.consoleUrl).toBeUndefined();
    expect(entry?.reason?.authorizationRegion).toBeUndefined();
  });
});
