import { describe, expect, it } from "vitest";
import { POLICY_TYPE_CASES } from "../../../fixtures/policy-type-cases";
import { REASON_CASES } from "../../../fixtures/reason-cases";
import { findReasons } from "./reason";

const U =
  "User: arn:aws:iam::123456789012:user/dev is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k.txt";

describe("findReasons reads every policy type AWS names", () => {
  it.each([
    [
      `${U} because no identity-based policy allows the s3:GetObject action`,
      "implicit",
      "identity-based",
      undefined,
    ],
    [
      `${U} because no resource-based policy allows the s3:GetObject action`,
      "implicit",
      "resource-based",
      undefined,
    ],
    [
      `${U} because no permissions boundary allows the s3:GetObject action`,
      "implicit",
      "permissions-boundary",
      undefined,
    ],
    [
      `${U} because no service control policy allows the s3:GetObject action`,
      "implicit",
      "service-control",
      undefined,
    ],
    [
      `${U} because no resource control policy allows the s3:GetObject action`,
      "implicit",
      "resource-control",
      undefined,
    ],
    [
      `${U} because no session policy allows the s3:GetObject action`,
      "implicit",
      "session",
      undefined,
    ],
    [
      `${U} because no VPC endpoint policy allows the s3:GetObject action`,
      "implicit",
      "vpc-endpoint",
      undefined,
    ],
    [
      `${U} with an explicit deny in an identity-based policy.`,
      "explicit",
      "identity-based",
      undefined,
    ],
    [
      `${U} with an explicit deny in a service control policy`,
      "explicit",
      "service-control",
      undefined,
    ],
    [
      `${U} with an explicit deny in a resource control policy: arn:aws:organizations::111:policy/o-1/resource_control_policy/p-1.`,
      "explicit",
      "resource-control",
      "arn:aws:organizations::111:policy/o-1/resource_control_policy/p-1",
    ],
    [U, undefined, undefined, undefined],
  ])("%s", (text, denial, policyType, policyArn) => {
    expect(findReasons(text)).toMatchObject([
      {
        principalArn: "arn:aws:iam::123456789012:user/dev",
        action: "s3:GetObject",
        resource: "arn:aws:s3:::b/k.txt",
        denial,
        policyType,
        policyArn,
      },
    ]);
  });

  it("reads a sentence wrapped over lines with a quoted resource", () => {
    const text =
      'User: arn:aws:sts::1:assumed-role/R/i-0abc\nis not authorized to perform: s3:ListBucket on resource:\n"arn:aws:s3:us-east-1:1:accesspoint/ap"\nwith an explicit deny in a resource-based policy';
    expect(findReasons(text)).toMatchObject([
      {
        action: "s3:ListBucket",
        resource: "arn:aws:s3:us-east-1:1:accesspoint/ap",
        denial: "explicit",
        policyType: "resource-based",
      },
    ]);
  });

  it("reads a sentence without a resource", () => {
    expect(
      findReasons(
        "User: arn:aws:iam::1:user/a is not authorized to perform: iam:ListRoles because no identity-based policy allows the iam:ListRoles action",
      ),
    ).toMatchObject([{ action: "iam:ListRoles", resource: undefined, denial: "implicit" }]);
  });

  it("ignores text that only looks similar", () => {
    expect(findReasons("You are not authorized to perform this operation.")).toEqual([]);
    expect(findReasons("User: two words is not authorized to perform: x")).toEqual([]);
  });
});

describe("real error texts, read as AWS writes them (fixtures/reason-cases.ts)", () => {
  const read = (text: string) =>
    findReasons(text).map((r) => ({
      principal: r.principalArn,
      actionText: r.actionText,
      action: r.action,
      permission: r.permission,
      resource: r.resource,
      denial: r.denial,
      policyType: r.policyType,
      operation: r.operation,
    }));

  it("the permission to grant is the one after 'allows the', not after 'perform:'", () => {
    expect(read(REASON_CASES.vpceAllowMultiRegion.text)).toEqual([
      {
        principal:
          "arn:aws:sts::***:assumed-role/MemberInfrastructureAccess/aws-go-sdk-1769108331990631464",
        actionText: "network-firewall:CreateRuleGroup",
        action: "network-firewall:CreateRuleGroup",
        permission: "network-firewall:CreateRuleGroup",
        resource: "arn:aws:network-firewall:eu-west-2:***:stateful-rulegroup/strict-ip",
        denial: "implicit",
        policyType: "identity-based",
        operation: "CreateRuleGroup",
      },
      {
        principal:
          "arn:aws:sts::***:assumed-role/MemberInfrastructureAccess/aws-go-sdk-1769122378639266627",
        actionText: "ec2:CreateVpcEndpoint",
        action: "ec2:CreateVpcEndpoint",
        permission: "vpce:AllowMultiRegion",
        resource: "arn:aws:ec2:eu-west-2:***:vpc-endpoint/*",
        denial: "implicit",
        policyType: "identity-based",
        operation: "CreateVpcEndpoint",
      },
    ]);
  });

  it("a bare name is the principal; prose and backticks are never part of a resource", () => {
    const base = { principal: "ssb-solr-broker", operation: undefined, policyType: undefined };
    expect(read(REASON_CASES.bareNamePrincipal.text)).toEqual([
      {
        ...base,
        actionText: "kms:CreateKey",
        action: "kms:CreateKey",
        permission: "kms:CreateKey",
        resource: "*",
        denial: undefined,
      },
      {
        ...base,
        actionText: "iam:CreateRole",
        action: "iam:CreateRole",
        permission: "iam:CreateRole",
        resource: "solr-task_role",
        denial: undefined,
      },
      {
        ...base,
        actionText: "iam:GetPolicyVersion",
        action: "iam:GetPolicyVersion",
        permission: "iam:GetPolicyVersion",
        resource: "policy solr-ecs-tasks version v1",
        denial: undefined,
      },
      {
        ...base,
        actionText: "logs:PutRetentionPolicy",
        action: "logs:PutRetentionPolicy",
        permission: "logs:PutRetentionPolicy",
        resource: "/aws/lambda/solr-restarts:log-stream:",
        denial: "implicit",
        policyType: "identity-based",
      },
    ]);
  });

  it("perform: null is no action; the CLI's operation is the hint", () => {
    const one = {
      principal: "arn:aws:iam::456012345600:user/Administrator",
      actionText: "null",
      action: undefined,
      permission: undefined,
      resource: undefined,
      denial: undefined,
      policyType: undefined,
      operation: "CreateComponentVersion",
    };
    expect(read(REASON_CASES.performNull.text)).toEqual([one, one]);
  });

  it("'with an explicit deny' and no policy type is still explicit", () => {
    expect(read(REASON_CASES.explicitNoType.text)).toEqual([
      {
        principal: "<USER>",
        actionText: "<AWS_SERVICES:ACTION>",
        action: undefined,
        permission: undefined,
        resource: "*",
        denial: "explicit",
        policyType: undefined,
        operation: "GetAuthorizationToken",
      },
    ]);
  });

  it("no resource, two spaces before 'because'", () => {
    expect(read(REASON_CASES.noResourceDoubleSpace.text)).toMatchObject([
      {
        principal: "deploy-pl-prod",
        action: "iam:CreatePolicy",
        resource: undefined,
        denial: "implicit",
      },
    ]);
  });

  it("a role written as prose, after an API: prefix", () => {
    expect(read(REASON_CASES.iamProseRole.text)).toMatchObject([
      {
        action: "iam:AttachRolePolicy",
        resource: "role cluster-RoleHeadNode-DZ1IIF96ZZTL",
        denial: undefined,
        operation: "iam:AttachRolePolicy",
      },
    ]);
  });

  it("a quoted S3 resource and a trailing Markdown backtick", () => {
    expect(read(REASON_CASES.s3QuotedResource.text)).toMatchObject([
      {
        principal: "arn:aws:iam::<account-ID>:user/<username>",
        resource: "arn:aws:s3:::<bucket=-name>",
        denial: "explicit",
        policyType: "resource-based",
        operation: "ListObjectsV2",
      },
    ]);
    expect(read(REASON_CASES.redactedBacktick.text)).toMatchObject([
      {
        principal: "arn:aws:sts::<redacted>:assumed-role/<redacted>",
        resource: "arn:aws:wafv2:us-east-1:<redacted>:global/ipset/<redacted>/<redacted>",
        permission: "wafv2:CreateWebACL",
        denial: "implicit",
      },
    ]);
  });

  it("STS's own refusals: no caller, the role the paste names nearby, the provider its words tell", () => {
    const sts = (text: string) =>
      findReasons(text).map((r) => ({
        principal: r.principalArn,
        permission: r.permission,
        resource: r.resource,
        provider: r.provider,
        denial: r.denial,
      }));
    expect(sts(POLICY_TYPE_CASES.githubOidc.text)).toEqual([
      {
        principal: undefined,
        permission: "sts:AssumeRoleWithWebIdentity",
        resource: undefined,
        provider: "github",
        denial: "implicit",
      },
    ]);
    expect(sts(POLICY_TYPE_CASES.eksWebIdentity.text)).toMatchObject([
      { provider: "eks", resource: "arn:aws:iam::myaccountID:role/Myrole" },
    ]);
    expect(sts(POLICY_TYPE_CASES.webIdentityBare.text)).toMatchObject([{ provider: undefined }]);
    expect(sts(POLICY_TYPE_CASES.saml.text)).toMatchObject([
      { permission: "sts:AssumeRoleWithSAML", provider: undefined },
    ]);
    // The caller's own sentence is read once, as the caller's.
    expect(findReasons(POLICY_TYPE_CASES.assumeRoleAcross.text).map((r) => r.principalArn)).toEqual(
      ["arn:aws:sts::<main_account_id>:assumed-role/<role_name>/<session_name>"],
    );
  });

  it("SNS writes its prefix in capitals: the permission is written as policies write it", () => {
    expect(read(POLICY_TYPE_CASES.snsSameAccount.text)).toMatchObject([
      { permission: "sns:Publish" },
    ]);
  });
});
