import { describe, expect, it } from "vitest";
import { AUTHORIZATION_CASES } from "../../../fixtures/authorization-cases";
import { policyArnFacts } from "./policy-arn";
import { findReasons } from "./reason";
import { authorizationLine } from "./authorization-id";
import { readErrors } from "./error-report";

describe("2026 messages: policy ARN, console link, authorization ID", () => {
  it.each(AUTHORIZATION_CASES)("$name", (c) => {
    const [reason, ...rest] = findReasons(c.text);
    expect(rest).toEqual([]);
    expect(reason?.authorizationId).toBe(c.authorizationId);
    expect(reason?.authorizationRegion).toBe(c.region);
    expect(reason?.policyArn).toBe(c.policyArn);
    expect(reason?.consoleUrl !== undefined).toBe(c.consoleUrl);
    if (reason?.consoleUrl)
      expect(new URL(reason.consoleUrl).hostname).toMatch(/(^|\.)console\.aws\.amazon\.com$/);
  });

  it("keeps each message's trail with its own sentence", () => {
    const [a, b] = AUTHORIZATION_CASES;
    const reasons = findReasons(`${a?.text ?? ""}\n${AUTHORIZATION_CASES[7]?.text ?? ""}`);
    expect(reasons.map((r) => r.authorizationId)).toEqual([a?.authorizationId, undefined]);
    expect(b).toBeDefined();
  });
});

describe("policyArnFacts", () => {
  it.each([
    [
      "arn:aws:iam::aws:policy/AdministratorAccess",
      { kind: "aws-managed", name: "AdministratorAccess" },
    ],
    [
      "arn:aws:iam::123456789012:policy/team/DenyRegions",
      { kind: "customer-managed", name: "DenyRegions", path: "/team/", account: "123456789012" },
    ],
    [
      "arn:aws:iam::123456789012:policy/ExampleDenyPolicy",
      { kind: "customer-managed", name: "ExampleDenyPolicy", path: "/", account: "123456789012" },
    ],
    [
      "arn:aws:organizations::111122223333:policy/o-a1b2c3d4e5/service_control_policy/p-examplescp1",
      {
        kind: "service-control",
        organizationId: "o-a1b2c3d4e5",
        policyId: "p-examplescp1",
        managementAccount: "111122223333",
      },
    ],
    [
      "arn:aws:organizations::111122223333:policy/o-a1b2c3d4e5/resource_control_policy/p-examplercp1",
      {
        kind: "resource-control",
        organizationId: "o-a1b2c3d4e5",
        policyId: "p-examplercp1",
        managementAccount: "111122223333",
      },
    ],
    ["arn:aws:s3:::bucket", { kind: "other", arn: "arn:aws:s3:::bucket" }],
    ["not an arn", { kind: "other", arn: "not an arn" }],
  ])("%s", (arn, facts) => {
    expect(policyArnFacts(arn)).toEqual(facts);
  });
});

describe("an authorization ID without its sentence", () => {
  it.each([
    [
      "eu-west-1",
      "aws",
      "https://eu-west-1.console.aws.amazon.com/iam/home?region=eu-west-1#/authorization-details/3k9x7q2m",
    ],
    [
      "us-gov-west-1",
      "aws-us-gov",
      "https://us-gov-west-1.console.amazonaws-us-gov.com/iam/home?region=us-gov-west-1#/authorization-details/3k9x7q2m",
    ],
    [undefined, "aws", undefined],
  ])("is written as AWS writes it and read back (%s)", (region, partition, consoleUrl) => {
    const line = authorizationLine("3k9x7q2m", region, partition);
    const reasons = readErrors(line).entries.flatMap((e) => e.reason ?? []);
    expect(
      reasons.map((r) => [r.trailOnly, r.authorizationId, r.authorizationRegion, r.consoleUrl]),
    ).toEqual([[true, "3k9x7q2m", region, consoleUrl]]);
  });
  it("beside its sentence it belongs to the sentence, not to an entry of its own", () => {
    const text = `User: arn:aws:iam::111122223333:user/a is not authorized to perform: s3:GetObject because no identity-based policy allows the s3:GetObject action. ${authorizationLine("abc123", "us-east-1")}`;
    const reasons = readErrors(text).entries.flatMap((e) => e.reason ?? []);
    expect(reasons.map((r) => [r.trailOnly, r.authorizationId])).toEqual([[undefined, "abc123"]]);
  });
});
