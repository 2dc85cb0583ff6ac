import { describe, expect, it } from "vitest";
import type { PolicyType } from "../errors/reason";
import { readPastedPolicy } from "../policy/pasted-policy";
import { evaluateCondition } from "./conditions";
import { evaluatePolicies, type EvaluationRequest } from "./evaluate";
import { globMatch } from "./glob";
import { inCidr } from "./ip";
import { substitute } from "./variables";

// Hand-written cases from the IAM User Guide's descriptions of each rule (cited in the modules).
const context = (entries: Record<string, string | string[]>) =>
  new Map(
    Object.entries(entries).map(([k, v]) => [k.toLowerCase(), typeof v === "string" ? [v] : v]),
  );
const lookupOf = (entries: Record<string, string | string[]>) => {
  const c = context(entries);
  return (key: string) => c.get(key.toLowerCase());
};

describe("condition operators", () => {
  const ctx = lookupOf({
    "aws:RequestedRegion": "us-east-1",
    "aws:username": "alice",
    "aws:MultiFactorAuthPresent": "false",
    "aws:MultiFactorAuthAge": "3600",
    "aws:CurrentTime": "2026-11-30T09:14:02Z",
    "aws:EpochTime": "1764494042",
    "aws:SourceIp": "203.0.113.7",
    "aws:SourceArn": "arn:aws:sns:us-east-1:111122223333:topic-a",
    "aws:TagKeys": ["team", "cost-center"],
    "s3:prefix": "home/alice/notes",
  });
  it.each([
    ["StringEquals", "aws:RequestedRegion", ["us-east-1"], true],
    ["StringEquals", "aws:RequestedRegion", ["US-EAST-1"], false],
    ["StringEqualsIgnoreCase", "aws:RequestedRegion", ["US-EAST-1"], true],
    ["StringNotEquals", "aws:RequestedRegion", ["eu-west-1", "eu-central-1"], true],
    ["StringNotEquals", "aws:RequestedRegion", ["us-east-1"], false],
    ["StringLike", "s3:prefix", ["home/${aws:username}/*"], true],
    ["StringLike", "s3:prefix", ["home/bob/*"], false],
    ["StringNotLike", "s3:prefix", ["home/*"], false],
    ["StringEquals", "aws:RequestedRegion", ["${aws:missing, 'us-east-1'}"], true],
    ["StringEquals", "aws:RequestedRegion", ["${aws:missing}"], false],
    ["NumericLessThan", "aws:MultiFactorAuthAge", ["7200"], true],
    ["NumericGreaterThan", "aws:MultiFactorAuthAge", ["7200"], false],
    ["NumericEquals", "aws:MultiFactorAuthAge", ["not a number"], false],
    ["DateLessThan", "aws:CurrentTime", ["2027-01-01T00:00:00Z"], true],
    ["DateGreaterThan", "aws:CurrentTime", ["2027-01-01T00:00:00Z"], false],
    ["DateGreaterThan", "aws:EpochTime", ["1700000000"], true],
    ["Bool", "aws:MultiFactorAuthPresent", ["false"], true],
    ["Bool", "aws:MultiFactorAuthPresent", ["true"], false],
    ["BoolIfExists", "aws:MultiFactorAuthPresent", ["false"], true],
    ["BoolIfExists", "aws:SecureTransport", ["false"], true],
    ["Bool", "aws:SecureTransport", ["false"], false],
    ["IpAddress", "aws:SourceIp", ["203.0.113.0/24"], true],
    ["NotIpAddress", "aws:SourceIp", ["203.0.113.0/24"], false],
    ["IpAddress", "aws:SourceIp", ["2001:db8::/32"], false],
    ["ArnLike", "aws:SourceArn", ["arn:aws:sns:*:111122223333:*"], true],
    ["ArnEquals", "aws:SourceArn", ["arn:aws:sns:us-east-1:444455556666:topic-a"], false],
    ["ArnNotLike", "aws:SourceArn", ["arn:aws:sqs:*"], true],
    ["Null", "aws:TokenIssueTime", ["true"], true],
    ["Null", "aws:SourceIp", ["true"], false],
    ["Null", "aws:SourceIp", ["false"], true],
    ["StringNotEquals", "aws:PrincipalOrgID", ["o-1"], true],
    ["StringEquals", "aws:PrincipalOrgID", ["o-1"], false],
    ["ForAllValues:StringEquals", "aws:TagKeys", ["team", "cost-center", "env"], true],
    ["ForAllValues:StringEquals", "aws:TagKeys", ["team"], false],
    ["ForAllValues:StringEquals", "aws:RequestTag/none", ["team"], true],
    ["ForAnyValue:StringEquals", "aws:TagKeys", ["env", "team"], true],
    ["ForAnyValue:StringEquals", "aws:RequestTag/none", ["team"], false],
    ["ForAnyValue:StringNotEquals", "aws:TagKeys", ["team"], true],
    ["StringMaybe", "aws:RequestedRegion", ["us-east-1"], false],
  ])("%s %s %j → %s", (operator, key, values, expected) => {
    expect(evaluateCondition(operator, key, values, ctx).result).toBe(expected);
  });

  it("an operator IAM does not define cannot match, and says so", () => {
    expect(evaluateCondition("StringMaybe", "k", ["v"], ctx).unknownOperator).toBe(true);
  });
});

describe("wildcards, variables and addresses", () => {
  it.each([
    ["s3:Get*", "s3:GetObject", true, true],
    ["s3:get*", "s3:GetObject", true, true],
    ["s3:get*", "s3:GetObject", false, false],
    ["iam:?et*", "iam:GetRole", true, true],
    ["arn:aws:s3:::b/*", "arn:aws:s3:::b/k/x", false, true],
    ["arn:aws:s3:::b/a*b*c", "arn:aws:s3:::b/aXbYYc", false, true],
  ])("%s ~ %s (ignore case %s) → %s", (pattern, value, ci, expected) => {
    expect(globMatch(pattern, value, ci)).toBe(expected);
  });
  it.each([
    ["home/${aws:username}", "home/alice"],
    ["a${*}b", "a\u0000STAR\u0000b"],
    ["cost ${$}5", "cost $5"],
    ["${aws:PrincipalTag/team, 'none'}", "none"],
  ])("%s → %s", (value, expected) => {
    expect(substitute(value, lookupOf({ "aws:username": "alice" }))).toBe(expected);
  });
  it("a literal ${*} matches a star and not anything", () => {
    const pattern = substitute("arn:aws:s3:::b/${*}", () => undefined) ?? "";
    expect(globMatch(pattern, "arn:aws:s3:::b/*")).toBe(true);
    expect(globMatch(pattern, "arn:aws:s3:::b/key")).toBe(false);
  });
  it.each([
    ["203.0.113.7", "203.0.113.0/24", true],
    ["203.0.114.7", "203.0.113.0/24", false],
    ["10.1.2.3", "10.1.2.3", true],
    ["2001:db8::1", "2001:db8::/32", true],
    ["2001:db9::1", "2001:db8::/32", false],
    ["::ffff:192.0.2.1", "::ffff:192.0.2.0/120", true],
    ["192.0.2.1", "::ffff:192.0.2.0/120", false],
    ["not an ip", "0.0.0.0/0", false],
  ])("%s in %s → %s", (ip, block, expected) => {
    expect(inCidr(ip, block)).toBe(expected);
  });
});

const policy = (type: PolicyType, name: string, json: unknown) => {
  const document = readPastedPolicy(json);
  if (!document) throw new Error("policy expected");
  return { type, name, document };
};
const request = (over: Partial<EvaluationRequest> = {}): EvaluationRequest => ({
  principalArn: "arn:aws:sts::111122223333:assumed-role/Developer/dev",
  principalAccount: "111122223333",
  action: "ec2:RunInstances",
  resource: "arn:aws:ec2:us-east-1:111122223333:instance/*",
  resourceAccount: undefined,
  context: context({ "aws:RequestedRegion": "us-east-1" }),
  ...over,
});
const allowEc2 = policy("identity-based", "AllowEc2", {
  Version: "2012-10-17",
  Statement: { Sid: "Ec2", Effect: "Allow", Action: "ec2:*", Resource: "*" },
});
const forceMfa = policy("identity-based", "ForceMFA", {
  Statement: [
    {
      Sid: "DenyAllExceptListedIfNoMFA",
      Effect: "Deny",
      NotAction: ["iam:CreateVirtualMFADevice", "iam:EnableMFADevice", "sts:GetSessionToken"],
      Resource: "*",
      Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } },
    },
  ],
});
const euOnlyBoundary = policy("permissions-boundary", "EuOnly", {
  Statement: [
    { Sid: "All", Effect: "Allow", Action: "*", Resource: "*" },
    {
      Sid: "DenyOutsideEu",
      Effect: "Deny",
      Action: "*",
      Resource: "*",
      Condition: { StringNotEquals: { "aws:RequestedRegion": ["eu-west-1", "eu-central-1"] } },
    },
  ],
});

describe("the decision across policy types", () => {
  it("an Allow with nothing against it allows", () => {
    expect(evaluatePolicies(request(), [allowEc2]).result).toMatchObject({ decision: "allow" });
  });
  it("force-MFA: the NotAction Deny catches a request without MFA, and says which condition", () => {
    const { result, statements } = evaluatePolicies(request(), [allowEc2, forceMfa]);
    expect(result.decision).toBe("explicit-deny");
    const deny = statements.find((s) => s.sid === "DenyAllExceptListedIfNoMFA");
    expect(deny?.matched).toBe(true);
    expect(deny?.conditions).toMatchObject([
      {
        operator: "BoolIfExists",
        key: "aws:MultiFactorAuthPresent",
        requestValues: undefined,
        result: true,
      },
    ]);
  });
  it("force-MFA with MFA: the Deny misses on its condition, the Allow decides", () => {
    const withMfa = request({ context: context({ "aws:MultiFactorAuthPresent": "true" }) });
    const { result, statements } = evaluatePolicies(withMfa, [allowEc2, forceMfa]);
    expect(result.decision).toBe("allow");
    expect(statements.find((s) => s.sid === "DenyAllExceptListedIfNoMFA")?.failed).toBe(
      "Condition",
    );
  });
  it("a listed exception of a NotAction is not denied: the miss is on NotAction", () => {
    const { statements } = evaluatePolicies(request({ action: "sts:GetSessionToken" }), [forceMfa]);
    expect(statements[0]?.failed).toBe("NotAction");
  });
  it("a boundary denying outside two EU regions catches us-east-1", () => {
    const { result } = evaluatePolicies(request(), [allowEc2, euOnlyBoundary]);
    expect(result).toMatchObject({
      decision: "explicit-deny",
      deniedBy: [{ sid: "DenyOutsideEu" }],
    });
  });
  it("a boundary that allows nothing of it: implicit deny, the boundary is what lacks", () => {
    const s3Boundary = policy("permissions-boundary", "S3Only", {
      Statement: { Effect: "Allow", Action: "s3:*", Resource: "*" },
    });
    expect(evaluatePolicies(request(), [allowEc2, s3Boundary]).result).toEqual({
      decision: "implicit-deny",
      missing: ["permissions-boundary"],
      rule: "limit-lacks-allow",
    });
  });
  it("an SCP without an Allow for it denies implicitly even with an identity Allow", () => {
    const scp = policy("service-control", "OnlyS3", {
      Statement: { Effect: "Allow", Action: "s3:*", Resource: "*" },
    });
    expect(evaluatePolicies(request(), [allowEc2, scp]).result).toMatchObject({
      decision: "implicit-deny",
      missing: ["service-control"],
    });
  });
  it("nothing allows it: the identity-based policy lacks", () => {
    const s3 = policy("identity-based", "S3", {
      Statement: { Sid: "S3", Effect: "Allow", Action: "s3:GetObject", Resource: "*" },
    });
    const { result, statements } = evaluatePolicies(request(), [s3]);
    expect(result).toEqual({
      decision: "implicit-deny",
      missing: ["identity-based"],
      rule: "nothing-allows",
    });
    expect(statements[0]?.failed).toBe("Action");
  });
  it("a resource-based Allow for the caller's role grants in the same account", () => {
    const bucket = policy("resource-based", "BucketPolicy", {
      Statement: {
        Effect: "Allow",
        Principal: { AWS: "arn:aws:iam::111122223333:role/Developer" },
        Action: "s3:GetObject",
        Resource: "arn:aws:s3:::b/*",
      },
    });
    const read = request({ action: "s3:GetObject", resource: "arn:aws:s3:::b/k" });
    expect(evaluatePolicies(read, [bucket]).result.decision).toBe("allow");
  });
  it("across accounts both sides must allow", () => {
    const bucket = policy("resource-based", "BucketPolicy", {
      Statement: {
        Effect: "Allow",
        Principal: { AWS: "111122223333" },
        Action: "s3:*",
        Resource: "*",
      },
    });
    const read = request({
      action: "s3:GetObject",
      resource: "arn:aws:s3:::b/k",
      resourceAccount: "999988887777",
    });
    expect(evaluatePolicies(read, [bucket]).result).toEqual({
      decision: "implicit-deny",
      missing: ["identity-based"],
      rule: "nothing-allows",
    });
  });
  it("a Resource with a variable the request lacks matches nothing", () => {
    const home = policy("identity-based", "Home", {
      Statement: {
        Effect: "Allow",
        Action: "s3:*",
        Resource: "arn:aws:s3:::b/home/${aws:username}/*",
      },
    });
    const read = request({ action: "s3:GetObject", resource: "arn:aws:s3:::b/home/alice/x" });
    expect(evaluatePolicies(read, [home]).statements[0]?.failed).toBe("Resource");
    const alice = request({ ...read, context: context({ "aws:username": "alice" }) });
    expect(evaluatePolicies(alice, [home]).result.decision).toBe("allow");
  });
});
