import { describe, expect, it } from "vitest";
import { readFixture } from "../../../fixtures/fixtures";
import { analyze } from "../analyze";
import { denyCauses, isAiAgentGuardrail } from "./deny-cause";

const analysed = (folder: "decoded" | "synthetic", name: string) => {
  const r = analyze(readFixture(folder, name));
  if (!r.ok) throw new Error("analysis expected");
  return r.value;
};

describe("why a Deny caught the request, from the decoded message alone", () => {
  it("force-MFA: the action is not listed (a NotAction), the request had no MFA: sign in with MFA", () => {
    const [cause, ...rest] = denyCauses(
      analysed("decoded", "02-ec2-runinstances-explicitdeny-mfa-statement.txt"),
    );
    expect(rest).toEqual([]);
    expect(cause).toMatchObject({
      statementId: "MustBeSignedInWithMFA",
      actionListed: false,
      notAction: true,
      resourceListed: true,
      conditions: [
        { key: "aws:MultiFactorAuthPresent", policyValues: ["false"], requestValues: undefined },
      ],
      likely: [{ code: "mfa" }],
    });
  });

  it("a boundary's statement is named as one (inferred from SCOPE_POLICY_ISSUER)", () => {
    const causes = denyCauses(analysed("synthetic", "permissions-boundary-deny.txt"));
    expect(causes.length).toBeGreaterThan(0);
    expect(causes.every((c) => c.inferredBoundary)).toBe(true);
  });

  it.each([
    "03-ec2-runinstances-explicitdeny-empty-sid-quarantine.txt",
    "05-runinstances-explicitdeny-quarantine-v2-admin.txt",
    "06-runinstances-explicitdeny-instancetype-condition-bare-key.txt",
    "09-awsdocs-cli-example-runinstances-explicitdeny.txt",
  ])("every real explicit deny gets one explanation per matched statement: %s", (name) => {
    const analysis = analysed("decoded", name);
    const causes = denyCauses(analysis);
    expect(causes).toHaveLength(analysis.statements.length);
    for (const c of causes) expect(c.likely).toHaveLength(c.conditions.length);
  });

  it("an implicit deny has no Deny to explain", () => {
    expect(denyCauses(analysed("decoded", "07-ec2-createtags-iamuser.txt"))).toEqual([]);
  });
});

describe("likely causes", () => {
  it("a boundary denying all but two regions, met by us-east-1: use one of them", () => {
    const [cause] = denyCauses(analysed("synthetic", "permissions-boundary-deny.txt"));
    expect(cause?.likely).toEqual([
      {
        code: "region",
        requested: "us-east-1",
        listed: ["eu-west-1", "eu-central-1"],
        requestedIsListed: false,
      },
    ]);
    expect(cause?.actionListed).toBe(true);
  });
});

describe("tag requirements", () => {
  it("a Deny without a required request tag: the tag is missing, add it", () => {
    const [cause] = denyCauses(analysed("synthetic", "tag-required-deny.txt"));
    expect(cause).toMatchObject({
      actionListed: true,
      conditions: [{ key: "aws:RequestTag/CostCenter", requestValues: undefined }],
      likely: [{ code: "request-tag", tag: "CostCenter", present: false }],
    });
  });
  it("a resource-tag Deny from a real (truncated) message: the tag it tests", () => {
    const analysis = analyze(
      readFixture(
        "decoded",
        "34-ec2-createvolume-explicitdeny-resourcetag-wildcard-condition-pretty-truncated.txt",
      ),
    );
    const causes = analysis.ok ? denyCauses(analysis.value) : [];
    expect(causes[0]?.likely).toEqual([{ code: "resource-tag", tag: "project", values: ["?*"] }]);
  });
});

describe("AWS's guardrail for AI agents", () => {
  it("a Deny on requests through an AWS-managed MCP server is the guardrail, named as such", () => {
    const causes = denyCauses(analysed("synthetic", "mcp-agent-guardrail-deny.txt"));
    expect(causes[0]?.likely).toEqual([{ code: "ai-agent", key: "aws:ViaAWSMCPService" }]);
    expect(causes.map(isAiAgentGuardrail)).toEqual([true]);
  });
  it("an ordinary Deny is not", () => {
    expect(
      denyCauses(analysed("synthetic", "tag-required-deny.txt")).map(isAiAgentGuardrail),
    ).toEqual([false]);
  });
});
