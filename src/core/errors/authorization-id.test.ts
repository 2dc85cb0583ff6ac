import { describe, expect, it } from "vitest";
import { AUTHORIZATION_CASES } from "../../../fixtures/authorization-cases";
import { policyArnFacts } from "./policy-arn";
import { findReasons } from "./reason";

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
