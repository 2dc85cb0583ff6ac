import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PolicyType } from "../errors/reason";
import { readPastedPolicy } from "../policy/pasted-policy";
import { evaluatePolicies, type EvaluationRequest, type PolicyInput } from "./evaluate";

// Cases written from AWS's documentation pages, each cited; none copied from another evaluator.
// IAM User Guide, "Policy evaluation logic" (same account) and "Cross-account policy evaluation
// logic"; "AWS JSON policy elements: Principal" and "NotPrincipal"; "Permissions boundaries for IAM
// entities"; Organizations User Guide, "SCPs" and "RCPs"; KMS Developer Guide, "Key policies";
// STS API Reference, GetCallerIdentity.

const ACCOUNT = "111122223333";
const OTHER = "444455556666";
const USER = `arn:aws:iam::${ACCOUNT}:user/alice`;
const BOB = `arn:aws:iam::${ACCOUNT}:user/bob`;
const ROLE = `arn:aws:iam::${ACCOUNT}:role/app/Builder`;
const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/Builder/build-42`;
const ROOT = `arn:aws:iam::${ACCOUNT}:root`;
const BUCKET = "arn:aws:s3:::example-bucket/report.csv";
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;

let n = 0;
const policy = (type: PolicyType, statements: unknown, level?: string): PolicyInput => {
  const document = readPastedPolicy({ Version: "2012-10-17", Statement: statements });
  if (!document) throw new Error("policy expected");
  return {
    type,
    name: `${type}-${String(n++)}`,
    document,
    ...(level === undefined ? {} : { level }),
  };
};
const allow = (action: string, extra: Record<string, unknown> = {}) => ({
  Effect: "Allow",
  Action: action,
  Resource: "*",
  ...extra,
});
const deny = (action: string, extra: Record<string, unknown> = {}) => ({
  Effect: "Deny",
  Action: action,
  Resource: "*",
  ...extra,
});
const request = (over: Partial<EvaluationRequest> = {}): EvaluationRequest => ({
  principalArn: USER,
  principalAccount: ACCOUNT,
  action: "s3:GetObject",
  resource: BUCKET,
  resourceAccount: undefined,
  context: new Map(),
  ...over,
});
const decide = (r: EvaluationRequest, policies: PolicyInput[]) => {
  const { result } = evaluatePolicies(r, policies);
  return [result.decision, result.rule];
};

const identity = (action = "s3:GetObject") => policy("identity-based", [allow(action)]);
const bucketFor = (principal: unknown) =>
  policy("resource-based", [allow("s3:GetObject", { Principal: principal })]);
const boundaryWithout = () => policy("permissions-boundary", [allow("ec2:*")]);
const sessionWithout = () => policy("session", [allow("ec2:*")]);

describe("who a resource-based policy names (same account)", () => {
  it.each([
    [
      "the user's ARN grants by itself",
      request(),
      [bucketFor({ AWS: USER })],
      ["allow", "direct-grant"],
    ],
    [
      "…and a boundary's implicit deny does not take it back",
      request(),
      [bucketFor({ AWS: USER }), boundaryWithout()],
      ["allow", "direct-grant"],
    ],
    [
      "…but a Deny in the boundary does",
      request(),
      [bucketFor({ AWS: USER }), policy("permissions-boundary", [allow("*"), deny("s3:*")])],
      ["explicit-deny", "explicit-deny"],
    ],
    [
      "the account grants nothing by itself: the identity policy must allow",
      request(),
      [bucketFor({ AWS: ROOT })],
      ["implicit-deny", "account-delegation"],
    ],
    [
      "the account as its bare ID is the same",
      request(),
      [bucketFor({ AWS: ACCOUNT })],
      ["implicit-deny", "account-delegation"],
    ],
    [
      "the account and an identity Allow",
      request(),
      [bucketFor({ AWS: ROOT }), identity()],
      ["allow", "account-delegation"],
    ],
    [
      "the role's ARN grants a session, limited by the session's boundary",
      request({ principalArn: SESSION }),
      [bucketFor({ AWS: ROLE }), boundaryWithout()],
      ["implicit-deny", "limit-lacks-allow"],
    ],
    [
      "the role's ARN grants a session without boundary or session policy",
      request({ principalArn: SESSION }),
      [bucketFor({ AWS: ROLE })],
      ["allow", "role-grant"],
    ],
    [
      "the role's ARN, limited by the session policy",
      request({ principalArn: SESSION }),
      [bucketFor({ AWS: ROLE }), sessionWithout()],
      ["implicit-deny", "limit-lacks-allow"],
    ],
    [
      "the session's own ARN is not limited by boundary or session policy",
      request({ principalArn: SESSION }),
      [bucketFor({ AWS: SESSION }), boundaryWithout(), sessionWithout()],
      ["allow", "direct-grant"],
    ],
    [
      "Principal * is not limited by a boundary either",
      request(),
      [bucketFor("*"), boundaryWithout()],
      ["allow", "direct-grant"],
    ],
    [
      "another user is not named",
      request({ principalArn: BOB }),
      [bucketFor({ AWS: USER })],
      ["implicit-deny", "nothing-allows"],
    ],
    [
      "a service principal is matched",
      request({ principalArn: undefined, caller: { service: "logging.s3.amazonaws.com" } }),
      [bucketFor({ Service: "logging.s3.amazonaws.com" })],
      ["allow", "direct-grant"],
    ],
    [
      "another service is not",
      request({ principalArn: undefined, caller: { service: "cloudtrail.amazonaws.com" } }),
      [bucketFor({ Service: "logging.s3.amazonaws.com" })],
      ["implicit-deny", "nothing-allows"],
    ],
    [
      "an S3 canonical user is matched",
      request({
        principalArn: undefined,
        caller: { canonicalUser: "79a59df900b949e55d96a1e698fbaced" },
      }),
      [bucketFor({ CanonicalUser: "79a59df900b949e55d96a1e698fbaced" })],
      ["allow", "direct-grant"],
    ],
  ])("%s", (_, r, policies, expected) => {
    expect(decide(r, policies)).toEqual(expected);
  });

  it("a resource-based statement without Principal is invalid, never everyone", () => {
    const invalid = policy("resource-based", [allow("s3:GetObject")]);
    const { result, notes } = evaluatePolicies(request(), [invalid]);
    expect([result.decision, result.rule]).toEqual(["implicit-deny", "nothing-allows"]);
    expect(notes).toContainEqual({
      code: "invalid-statement",
      policy: invalid.name,
      index: 0,
      why: "no-principal",
    });
  });

  it("a federated provider in a trust policy is matched for AssumeRoleWithWebIdentity", () => {
    const provider = `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`;
    const trust = policy("resource-based", [
      allow("sts:AssumeRoleWithWebIdentity", { Principal: { Federated: provider } }),
    ]);
    const r = (federated: string) =>
      request({
        principalArn: undefined,
        caller: { federated },
        action: "sts:AssumeRoleWithWebIdentity",
        resource: ROLE,
      });
    expect(decide(r(provider), [trust])).toEqual(["allow", "direct-grant"]);
    expect(decide(r(`arn:aws:iam::${ACCOUNT}:oidc-provider/other`), [trust])).toEqual([
      "implicit-deny",
      "trust-policy-required",
    ]);
  });
});

describe("NotPrincipal with Deny", () => {
  const guarded = (notPrincipal: unknown) => [
    identity(),
    policy("resource-based", [
      allow("s3:GetObject", { Principal: { AWS: ROOT } }),
      deny("s3:*", { NotPrincipal: notPrincipal }),
    ]),
  ];
  it.each([
    [
      "the root beside a user exempts the root only: another user is denied",
      BOB,
      { AWS: [ROOT, USER] },
      "explicit-deny",
    ],
    ["the listed user is exempt", USER, { AWS: [ROOT, USER] }, "allow"],
    ["the root is exempt when listed", ROOT, { AWS: [ACCOUNT] }, "allow"],
    ["a role's ARN does not exempt its sessions", SESSION, { AWS: [ROLE] }, "explicit-deny"],
    ["the session's ARN does", SESSION, { AWS: [ROLE, SESSION] }, "allow"],
  ])("%s", (_, principalArn, notPrincipal, expected) => {
    expect(evaluatePolicies(request({ principalArn }), guarded(notPrincipal)).result.decision).toBe(
      expected,
    );
  });
  it("a caller with a permissions boundary is always denied by a NotPrincipal Deny", () => {
    const policies = [
      ...guarded({ AWS: [ROOT, USER] }),
      policy("permissions-boundary", [allow("*")]),
    ];
    expect(decide(request(), policies)).toEqual(["explicit-deny", "not-principal-boundary"]);
  });
});

describe("who an organization policy applies to", () => {
  const scpWithout = (level?: string) => policy("service-control", [allow("ec2:*")], level);
  it.each([
    [
      "an SCP restricts a member account's user",
      request(),
      [identity(), scpWithout()],
      "implicit-deny",
    ],
    [
      "not a service-linked role",
      request({ principalArn: `arn:aws:sts::${ACCOUNT}:assumed-role/AWSServiceRoleForBackup/s` }),
      [identity(), scpWithout()],
      "allow",
    ],
    [
      "not the management account",
      request({ managementAccount: ACCOUNT }),
      [identity(), scpWithout()],
      "allow",
    ],
    [
      "not an anonymous caller",
      request({ principalArn: undefined, caller: { anonymous: true } }),
      [bucketFor("*"), scpWithout()],
      "allow",
    ],
    [
      "an RCP restricts every caller of a member account's resource, anonymous too",
      request({ principalArn: undefined, caller: { anonymous: true } }),
      [bucketFor("*"), policy("resource-control", [{ ...deny("s3:*"), Principal: "*" }])],
      "explicit-deny",
    ],
    [
      "an RCP does not apply to a service RCPs do not cover",
      request({ action: "ec2:RunInstances", resource: "*" }),
      [
        identity("ec2:RunInstances"),
        policy("resource-control", [{ ...deny("*"), Principal: "*" }]),
      ],
      "allow",
    ],
    [
      "nor to the management account's resources",
      request({ managementAccount: ACCOUNT }),
      [identity(), policy("resource-control", [{ ...deny("s3:*"), Principal: "*" }])],
      "allow",
    ],
  ])("%s", (_, r, policies, expected) => {
    expect(evaluatePolicies(r, policies).result.decision).toBe(expected);
  });

  it("SCPs in a hierarchy: every level from the root down must allow", () => {
    const levels = [
      policy("service-control", [allow("*")], "root"),
      policy("service-control", [allow("s3:*")], "ou-workloads"),
      policy("service-control", [allow("ec2:*")], "account"),
    ];
    expect(evaluatePolicies(request(), [identity(), ...levels]).result).toMatchObject({
      decision: "implicit-deny",
      rule: "limit-lacks-allow",
      levels: ["account"],
    });
    const open = [...levels.slice(0, 2), policy("service-control", [allow("*")], "account")];
    expect(evaluatePolicies(request(), [identity(), ...open]).result.decision).toBe("allow");
  });
  it("SCPs given without levels are taken as one, and the page says so", () => {
    const { notes } = evaluatePolicies(request(), [
      identity(),
      scpWithout(),
      policy("service-control", [allow("s3:*")]),
    ]);
    expect(notes).toContainEqual({ code: "levels-assumed", type: "service-control" });
  });
});

describe("service rules that decide before or beside policies", () => {
  const defaultKeyPolicy = policy("resource-based", [
    allow("kms:*", { Sid: "Enable IAM User Permissions", Principal: { AWS: ROOT } }),
  ]);
  const kms = (over: Partial<EvaluationRequest> = {}) =>
    request({ action: "kms:Decrypt", resource: KEY, ...over });
  it.each([
    [
      "GetCallerIdentity needs no permission and no Deny stops it",
      request({ action: "sts:GetCallerIdentity", resource: undefined }),
      [policy("identity-based", [deny("*")])],
      ["allow", "no-permission-needed"],
    ],
    [
      "the default key policy names the account: it does not let every user use the key",
      kms(),
      [defaultKeyPolicy],
      ["implicit-deny", "account-delegation"],
    ],
    [
      "with the default key policy, the user's identity Allow decides",
      kms(),
      [defaultKeyPolicy, identity("kms:Decrypt")],
      ["allow", "account-delegation"],
    ],
    [
      "an identity Allow alone is not enough when the key policy does not delegate",
      kms(),
      [
        policy("resource-based", [
          allow("kms:*", { Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/KeyAdmin` } }),
        ]),
        identity("kms:Decrypt"),
      ],
      ["implicit-deny", "key-policy-required"],
    ],
    [
      "a key policy naming the caller's role grants without an identity Allow",
      kms({ principalArn: SESSION }),
      [policy("resource-based", [allow("kms:Decrypt", { Principal: { AWS: ROLE } })])],
      ["allow", "role-grant"],
    ],
    [
      "AssumeRole: a trust policy naming the user grants in the same account",
      request({ action: "sts:AssumeRole", resource: ROLE }),
      [policy("resource-based", [allow("sts:AssumeRole", { Principal: { AWS: USER } })])],
      ["allow", "direct-grant"],
    ],
    [
      "AssumeRole: a trust policy naming the account needs the identity Allow",
      request({ action: "sts:AssumeRole", resource: ROLE }),
      [policy("resource-based", [allow("sts:AssumeRole", { Principal: { AWS: ROOT } })])],
      ["implicit-deny", "account-delegation"],
    ],
    [
      "AssumeRole: an identity Allow without the trust policy is not enough",
      request({ action: "sts:AssumeRole", resource: ROLE }),
      [
        policy("resource-based", [allow("sts:AssumeRole", { Principal: { AWS: BOB } })]),
        identity("sts:AssumeRole"),
      ],
      ["implicit-deny", "trust-policy-required"],
    ],
    [
      "an AWS managed policy cannot be changed, whatever allows",
      request({
        action: "iam:CreatePolicyVersion",
        resource: "arn:aws:iam::aws:policy/AdministratorAccess",
      }),
      [identity("iam:*")],
      ["refused", "refused-by-service"],
    ],
    [
      "Identity Center's roles under /aws-reserved/ cannot be changed in IAM",
      request({
        action: "iam:UpdateAssumeRolePolicy",
        resource: `arn:aws:iam::${ACCOUNT}:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_Admin_0123456789abcdef`,
      }),
      [identity("iam:*")],
      ["refused", "refused-by-service"],
    ],
    [
      "a service-linked role's policies cannot be edited",
      request({
        action: "iam:PutRolePolicy",
        resource: `arn:aws:iam::${ACCOUNT}:role/aws-service-role/backup.amazonaws.com/AWSServiceRoleForBackup`,
      }),
      [identity("iam:*")],
      ["refused", "refused-by-service"],
    ],
    [
      "…but it can be deleted through DeleteServiceLinkedRole",
      request({
        action: "iam:DeleteServiceLinkedRole",
        resource: `arn:aws:iam::${ACCOUNT}:role/aws-service-role/backup.amazonaws.com/AWSServiceRoleForBackup`,
      }),
      [identity("iam:*")],
      ["allow", "identity-allow"],
    ],
    [
      "alias/aws/ names are reserved",
      request({
        action: "kms:CreateAlias",
        resource: `arn:aws:kms:us-east-1:${ACCOUNT}:alias/aws/mine`,
      }),
      [identity("kms:*")],
      ["refused", "refused-by-service"],
    ],
  ])("%s", (_, r, policies, expected) => {
    expect(decide(r, policies)).toEqual(expected);
  });
});

describe("across accounts", () => {
  const across = request({ resourceAccount: OTHER });
  it.each([
    ["both sides allow", [identity(), bucketFor({ AWS: USER })], ["allow", "both-sides"]],
    [
      "the resource policy names the caller's account and the identity allows",
      [identity(), bucketFor({ AWS: ACCOUNT })],
      ["allow", "both-sides"],
    ],
    ["the resource side is missing", [identity()], ["implicit-deny", "nothing-allows"]],
    [
      "a boundary limits the caller's side",
      [identity(), bucketFor({ AWS: USER }), boundaryWithout()],
      ["implicit-deny", "limit-lacks-allow"],
    ],
  ])("%s", (_, policies, expected) => {
    expect(decide(across, policies)).toEqual(expected);
  });
});

describe("properties", () => {
  const statementArb = fc.record({
    Effect: fc.constantFrom("Allow", "Deny"),
    Action: fc.constantFrom("s3:GetObject", "s3:*", "*", "ec2:*", "kms:Decrypt"),
    Resource: fc.constantFrom("*", BUCKET, KEY, "arn:aws:s3:::other/*"),
  });
  const principalArb = fc.constantFrom<unknown>(
    "*",
    { AWS: USER },
    { AWS: ROOT },
    { AWS: ROLE },
    { AWS: SESSION },
    { AWS: BOB },
  );
  const policyArb = fc
    .tuple(
      fc.constantFrom<PolicyType>(
        "identity-based",
        "resource-based",
        "permissions-boundary",
        "session",
        "service-control",
      ),
      fc.array(fc.tuple(statementArb, principalArb), { minLength: 1, maxLength: 3 }),
    )
    .map(([type, statements]) =>
      policy(
        type,
        statements.map(([s, p]) => (type === "resource-based" ? { ...s, Principal: p } : s)),
      ),
    );
  const requestArb = fc.record({
    principalArn: fc.constantFrom(USER, SESSION, BOB),
    action: fc.constantFrom("s3:GetObject", "kms:Decrypt", "ec2:RunInstances"),
    resource: fc.constantFrom(BUCKET, KEY),
    resourceAccount: fc.constantFrom<string | undefined>(undefined, OTHER),
  });
  const setup = fc.tuple(requestArb, fc.array(policyArb, { maxLength: 4 }));
  const isAllow = (r: Partial<EvaluationRequest>, policies: PolicyInput[]) =>
    evaluatePolicies(request(r), policies).result.decision === "allow";

  it("adding a Deny never turns a denial into an Allow", () => {
    fc.assert(
      fc.property(setup, statementArb, fc.nat(), ([r, policies], s, at) => {
        fc.pre(!isAllow(r, policies));
        const withDeny = [...policies];
        const i = policies.length === 0 ? -1 : at % policies.length;
        const extra = { ...s, Effect: "Deny", Principal: "*" };
        if (i === -1) withDeny.push(policy("identity-based", [{ ...s, Effect: "Deny" }]));
        else {
          const p = withDeny[i];
          if (p) {
            const statement = p.type === "identity-based" ? { ...s, Effect: "Deny" } : extra;
            withDeny[i] = policy(p.type, [...p.document.Statement, statement]);
          }
        }
        expect(isAllow(r, withDeny)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it("removing an Allow never turns a denial into an Allow", () => {
    fc.assert(
      fc.property(setup, fc.nat(), ([r, policies], at) => {
        fc.pre(!isAllow(r, policies));
        const allows = policies.flatMap((p, pi) =>
          p.document.Statement.flatMap((s, si) =>
            s.Effect === "Allow" ? [[pi, si] as const] : [],
          ),
        );
        fc.pre(allows.length > 0);
        const [pi, si] = allows[at % allows.length] ?? [0, 0];
        const without = policies.map((p, i) =>
          i === pi
            ? {
                ...p,
                document: {
                  ...p.document,
                  Statement: p.document.Statement.filter((_, j) => j !== si),
                },
              }
            : p,
        );
        expect(isAllow(r, without)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });
});
