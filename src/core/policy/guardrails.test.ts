import { describe, expect, it } from "vitest";
import type { AttachTarget, PolicyDocument, PolicyStatement } from "./fix";
import {
  checkPolicy,
  checkStatement,
  isPlaceholderValue,
  policySize,
  splitToLimit,
} from "./guardrails";

const ROLE: AttachTarget = { kind: "iam-role", roleName: "app", sessionName: undefined };
const doc = (...statements: PolicyStatement[]): PolicyDocument => ({
  Version: "2012-10-17",
  Statement: statements,
});
const allow = (Action: string, Resource = "arn:aws:s3:::b/k"): PolicyStatement => ({
  Sid: "S",
  Effect: "Allow",
  Action,
  Resource,
});
const codes = (d: PolicyDocument, target: AttachTarget = ROLE) =>
  checkPolicy(d, target).filter((w) => w.code !== "size");

describe("risky grants are named, never just 'Checked'", () => {
  it.each([
    ["*", "all-actions"],
    ["s3:*", "service-wildcard"],
    ["iam:PutRolePolicy", "privilege-escalation"],
    ["iam:createpolicyversion", "privilege-escalation"],
  ])("%s → %s", (action, risk) => {
    expect(codes(doc(allow(action)))).toEqual([{ code: "risky-grant", risk, value: action }]);
  });

  it("iam:PassRole on any role", () => {
    expect(codes(doc(allow("iam:PassRole", "*")))).toEqual([
      { code: "risky-grant", risk: "pass-role-any", value: "iam:PassRole" },
    ]);
    expect(codes(doc(allow("iam:PassRole", "arn:aws:iam::246813579024:role/*")))).toHaveLength(1);
    expect(codes(doc(allow("iam:PassRole", "arn:aws:iam::246813579024:role/app")))).toEqual([]);
  });
});

describe("masks and placeholders are named with their exact value", () => {
  it.each([
    ["arn:aws:iam::***:role/r", true],
    ["arn:aws:s3:::REDACTED/k", true],
    ["arn:aws:iam::[redacted:AWS_ACCOUNT]:role/r", true],
    ["arn:aws:iam::xxxxxxxxxxxx:role/r", true],
    ["arn:aws:ec2:us-east-1:{account-id}:instance/*", true],
    ["arn:aws:ec2:us-east-1:<account>:instance/*", true],
    ["arn:aws:iam::ACCOUNT_1:role/r", true],
    ["arn:aws:iam::12345678901:role/r", true],
    ["arn:aws:sts::123456789012:assumed-role/r/session-1", true],
    ["arn:aws:iam::246813579024:role/r", false],
    // AWS's documentation account and an emulator's stand in for a real one.
    ["arn:aws:iam::123456789012:role/r", true],
    ["arn:aws:iam::000000000000:role/r", true],
    ["arn:aws:iam::<account id>:role/r", true],
    ["arn:aws:sns:us-east-1:*account id*:topic", true],
    ["arn:aws:iam::123:role/...", true],
    ["arn:aws:s3:::bucket/*logs*", false],
    ["arn:aws:s3:::bucket/${aws:username}", false],
    ["arn:aws:s3:::boxxed/k", false],
  ])("%s → %s", (value, masked) => {
    expect(isPlaceholderValue(value)).toBe(masked);
  });

  it("in resources, condition values and the target's names", () => {
    const d = doc({
      ...allow("s3:GetObject", "arn:aws:s3:::b/***"),
      Condition: { StringEquals: { "aws:PrincipalAccount": "ACCOUNT_1" } },
    });
    expect(codes(d, { kind: "iam-role", roleName: "REDACTED", sessionName: undefined })).toEqual([
      { code: "placeholder-value", value: "arn:aws:s3:::b/***" },
      { code: "placeholder-value", value: "ACCOUNT_1" },
      { code: "placeholder-value", value: "REDACTED" },
    ]);
  });
});

describe("invisible characters and invalid names", () => {
  it("bidi and zero-width characters are shown escaped", () => {
    expect(codes(doc(allow("s3:GetObject", "arn:aws:s3:::b/\u202eexe.txt\u200b")))).toEqual([
      { code: "invisible-characters", value: "arn:aws:s3:::b/\\u202eexe.txt\\u200b" },
    ]);
  });

  it("a name no IAM command can take", () => {
    expect(codes(doc(allow("s3:GetObject")), { kind: "iam-user", userName: "bob$(id)" })).toEqual([
      {
        code: "invalid-name",
        problem: { entity: "user", value: "bob$(id)", reason: "characters" },
      },
    ]);
  });
});

describe("size against the attach target's limit", () => {
  const many = (n: number) =>
    doc(
      ...Array.from({ length: n }, (_, i) => ({
        ...allow("s3:GetObject", `arn:aws:s3:::bucket-with-a-long-name/${"k".repeat(60)}${i}`),
        Sid: `S${i}`,
      })),
    );

  it("counts the JSON without white space", () => {
    expect(policySize(doc(allow("s3:GetObject", "arn:aws:s3:::b/a key")))).toBe(
      '{"Version":"2012-10-17","Statement":[{"Sid":"S","Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/akey"}]}'
        .length,
    );
  });

  it.each([
    [{ kind: "iam-user", userName: "u" } as const, 2_048],
    [ROLE, 10_240],
    [{ kind: "unknown" } as const, 6_144],
  ])("%j: limit %i", (target, limit) => {
    const size = checkPolicy(many(30), target).find((w) => w.code === "size");
    expect(size).toMatchObject({ limit, over: policySize(many(30)) > limit });
  });

  it("splits a policy over the limit into parts under it, losing no statement", () => {
    const big = many(30);
    const parts = splitToLimit(big, 2_048);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(policySize(part)).toBeLessThanOrEqual(2_048);
    expect(parts.flatMap((p) => p.Statement)).toEqual(big.Statement);
  });

  it("splits one statement too large by its resources", () => {
    const resources = Array.from({ length: 60 }, (_, i) => `arn:aws:s3:::b/${"k".repeat(50)}${i}`);
    const parts = splitToLimit(doc({ ...allow("s3:GetObject"), Resource: resources }), 2_048);
    for (const part of parts) expect(policySize(part)).toBeLessThanOrEqual(2_048);
    expect(parts.flatMap((p) => p.Statement.flatMap((s) => s.Resource))).toEqual(resources);
  });
});

describe("every statement drafted for someone else's policy gets the guardrail too", () => {
  it.each([
    [
      { Principal: { AWS: "*" }, Action: "s3:GetObject", Resource: "arn:aws:s3:::b/*" },
      ["principal-everyone"],
    ],
    [
      { Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "sts:AssumeRole" },
      ["principal-account"],
    ],
    [
      { Principal: { AWS: "444455556666" }, Action: "kms:Decrypt", Resource: "*" },
      ["principal-account"],
    ],
    [
      {
        Principal: { AWS: "*" },
        Action: "s3:GetObject",
        Resource: "arn:aws:s3:::b/*",
        Condition: { ArnLike: { "aws:PrincipalArn": "arn:aws:iam::111122223333:role/x*" } },
      },
      [],
    ],
    [{ Action: "iam:PassRole", Resource: "*" }, ["pass-role-any"]],
    [
      { Action: "iam:CreatePolicyVersion", Resource: "arn:aws:iam::1:policy/p" },
      ["privilege-escalation"],
    ],
    [
      { Action: "iam:AttachRolePolicy", Resource: "arn:aws:iam::1:role/r" },
      ["privilege-escalation"],
    ],
    [{ Action: "sts:AssumeRole", Resource: "*" }, ["assume-role-any"]],
    [{ Principal: { AWS: "arn:aws:iam::111122223333:role/App" }, Action: "sts:AssumeRole" }, []],
    [{ Action: "s3:GetObject", Resource: "arn:aws:s3:::b/k" }, []],
  ])("%j → %j", (statement, risks) => {
    expect(
      checkStatement(statement).map((w) => (w.code === "risky-grant" ? w.risk : w.code)),
    ).toEqual(risks);
  });
});
