// One row per policy type and service: the error text (real or AWS's documented form, see the
// fixture), and the statements a person would write by hand, with the policy each belongs in.
import { describe, expect, it } from "vitest";
import { POLICY_TYPE_CASES } from "../../../../fixtures/policy-type-cases";
import { readErrors } from "../../errors/error-report";
import { policyCommands } from "./commands";
import { fixPlan, type FixPart } from "./plan";

type CaseName = keyof typeof POLICY_TYPE_CASES;

function plan(name: CaseName): FixPart[] {
  const report = readErrors(POLICY_TYPE_CASES[name].text);
  expect(report.groups).toHaveLength(1);
  const reason = report.groups[0]?.reason;
  if (!reason) throw new Error(`no reason read in ${name}`);
  return fixPlan({ reason, region: report.region });
}

const summary = (p: FixPart) => ({ target: p.target, role: p.role, statement: p.statement });

const ROWS: readonly { name: CaseName; expected: ReturnType<typeof summary>[] }[] = [
  {
    name: "kmsResourceBased",
    expected: [
      {
        target: {
          kind: "resource-policy",
          service: "kms",
          resourceArn: "arn:aws:kms:resion:aws-acount:key/key_ID",
          account: "aws-acount",
          region: "resion",
        },
        role: "named",
        statement: {
          Sid: "AllowKmsDecrypt",
          Effect: "Allow",
          // The role, not its session: a session ARN in a key policy matches one session only.
          Principal: { AWS: "arn:aws:iam::aws-account:role/tibanna_a_run_task_awsem" },
          Action: "kms:Decrypt",
          Resource: "*",
        },
      },
      {
        // The author's accounts differ by a typo: nobody can tell, so the other side is shown.
        target: {
          kind: "identity",
          principalArn: "arn:aws:iam::aws-account:role/tibanna_a_run_task_awsem",
          account: "aws-account",
        },
        role: "other-side",
        statement: {
          Sid: "AllowKmsDecrypt",
          Effect: "Allow",
          Action: "kms:Decrypt",
          Resource: "arn:aws:kms:resion:aws-acount:key/key_ID",
        },
      },
    ],
  },
  {
    name: "sqsCrossAccount",
    expected: [
      {
        target: {
          kind: "resource-policy",
          service: "sqs",
          resourceArn: "arn:aws:sqs:us-east-2:444455556666:orders",
          account: "444455556666",
          region: "us-east-2",
        },
        role: "named",
        statement: {
          Sid: "AllowSqsSendMessage",
          Effect: "Allow",
          Principal: { AWS: "arn:aws:iam::111122223333:role/OrderService" },
          Action: "sqs:SendMessage",
          Resource: "arn:aws:sqs:us-east-2:444455556666:orders",
        },
      },
      {
        target: {
          kind: "identity",
          principalArn: "arn:aws:iam::111122223333:role/OrderService",
          account: "111122223333",
        },
        role: "other-side",
        statement: {
          Sid: "AllowSqsSendMessage",
          Effect: "Allow",
          Action: "sqs:SendMessage",
          Resource: "arn:aws:sqs:us-east-2:444455556666:orders",
        },
      },
    ],
  },
  {
    name: "snsSameAccount",
    expected: [
      {
        target: {
          kind: "resource-policy",
          service: "sns",
          resourceArn: "arn:aws:sns:eu-west-1:111122223333:alarms",
          account: "111122223333",
          region: "eu-west-1",
        },
        role: "named",
        statement: {
          Sid: "AllowSnsPublish",
          Effect: "Allow",
          Principal: { AWS: "arn:aws:iam::111122223333:role/Alerts" },
          // SNS writes `SNS:Publish`; policies write prefixes in lower case.
          Action: "sns:Publish",
          Resource: "arn:aws:sns:eu-west-1:111122223333:alarms",
        },
      },
    ],
  },
  {
    name: "ecrCrossAccount",
    expected: [
      {
        target: {
          kind: "resource-policy",
          service: "ecr",
          resourceArn: "arn:aws:ecr:us-east-1:444455556666:repository/team/api",
          account: "444455556666",
          region: "us-east-1",
        },
        role: "named",
        // A repository policy applies to its repository: no Resource element.
        statement: {
          Sid: "AllowEcrBatchGetImage",
          Effect: "Allow",
          Principal: { AWS: "arn:aws:iam::111122223333:role/NodeRole" },
          Action: "ecr:BatchGetImage",
        },
      },
      {
        target: {
          kind: "identity",
          principalArn: "arn:aws:iam::111122223333:role/NodeRole",
          account: "111122223333",
        },
        role: "other-side",
        statement: {
          Sid: "AllowEcrBatchGetImage",
          Effect: "Allow",
          Action: "ecr:BatchGetImage",
          Resource: "arn:aws:ecr:us-east-1:444455556666:repository/team/api",
        },
      },
    ],
  },
  {
    name: "boundary",
    expected: [
      {
        target: {
          kind: "permissions-boundary",
          principalArn: "arn:aws:iam::123456789012:user/dev",
          account: "123456789012",
          boundaryArn: "arn:aws:iam::123456789012:policy/DeveloperBoundary",
        },
        role: "named",
        statement: {
          Sid: "AllowDynamodbPutItem",
          Effect: "Allow",
          Action: "dynamodb:PutItem",
          Resource: "arn:aws:dynamodb:us-east-1:123456789012:table/Orders",
        },
      },
    ],
  },
  {
    name: "session",
    expected: [
      {
        target: {
          kind: "session",
          principalArn: "arn:aws:iam::123456789012:role/Deployer",
          account: "123456789012",
        },
        role: "named",
        statement: {
          Sid: "AllowS3PutObject",
          Effect: "Allow",
          Action: "s3:PutObject",
          Resource: "arn:aws:s3:::amzn-s3-demo-bucket/site/index.html",
        },
      },
    ],
  },
  {
    name: "scp",
    expected: [
      {
        target: { kind: "service-control", account: "123456789012", policyArn: undefined },
        role: "named",
        // No Principal: an SCP applies to every principal of the accounts it is attached to.
        statement: {
          Sid: "AllowAthenaStartQueryExecution",
          Effect: "Allow",
          Action: "athena:StartQueryExecution",
          Resource: "arn:aws:athena:us-east-1:123456789012:workgroup/primary",
        },
      },
    ],
  },
  {
    name: "vpcEndpoint",
    expected: [
      {
        target: {
          kind: "vpc-endpoint",
          endpointId: undefined,
          service: "s3",
          account: "777788889999",
          region: undefined,
        },
        role: "named",
        statement: {
          Sid: "AllowS3GetObject",
          Effect: "Allow",
          Principal: { AWS: "arn:aws:iam::777788889999:user/MaryMajor" },
          Action: "s3:GetObject",
          Resource: "arn:aws:s3:::amzn-s3-demo-bucket/object-name",
        },
      },
    ],
  },
  {
    name: "githubOidc",
    expected: [
      {
        target: {
          kind: "trust",
          flavor: "web-identity",
          provider: "github",
          roleArn: undefined,
          account: undefined,
        },
        role: "named",
        statement: {
          Sid: "AllowStsAssumeRoleWithWebIdentity",
          Effect: "Allow",
          Principal: {
            Federated:
              "arn:aws:iam::<ACCOUNT_ID>:oidc-provider/token.actions.githubusercontent.com",
          },
          Action: "sts:AssumeRoleWithWebIdentity",
          Condition: {
            StringEquals: { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" },
            StringLike: { "token.actions.githubusercontent.com:sub": "repo:<OWNER>/<REPO>:*" },
          },
        },
      },
    ],
  },
  {
    name: "eksWebIdentity",
    expected: [
      {
        target: {
          kind: "trust",
          flavor: "web-identity",
          provider: "eks",
          roleArn: "arn:aws:iam::myaccountID:role/Myrole",
          account: "myaccountID",
        },
        role: "named",
        statement: {
          Sid: "AllowStsAssumeRoleWithWebIdentity",
          Effect: "Allow",
          Principal: {
            Federated:
              "arn:aws:iam::myaccountID:oidc-provider/oidc.eks.<REGION>.amazonaws.com/id/<EKS_OIDC_ID>",
          },
          Action: "sts:AssumeRoleWithWebIdentity",
          Condition: {
            StringEquals: {
              "oidc.eks.<REGION>.amazonaws.com/id/<EKS_OIDC_ID>:aud": "sts.amazonaws.com",
              "oidc.eks.<REGION>.amazonaws.com/id/<EKS_OIDC_ID>:sub":
                "system:serviceaccount:<NAMESPACE>:<SERVICE_ACCOUNT>",
            },
          },
        },
      },
    ],
  },
  {
    name: "assumeRoleAcross",
    expected: [
      {
        target: {
          kind: "trust",
          flavor: "aws",
          provider: undefined,
          roleArn: "arn:aws:iam::<prod_account_id>:role/<role_name>",
          account: "<prod_account_id>",
        },
        role: "either",
        statement: {
          Sid: "AllowStsAssumeRole",
          Effect: "Allow",
          Principal: { AWS: "arn:aws:iam::<main_account_id>:role/<role_name>" },
          Action: "sts:AssumeRole",
        },
      },
      {
        target: {
          kind: "identity",
          principalArn: "arn:aws:iam::<main_account_id>:role/<role_name>",
          account: "<main_account_id>",
        },
        role: "either",
        statement: {
          Sid: "AllowStsAssumeRole",
          Effect: "Allow",
          Action: "sts:AssumeRole",
          Resource: "arn:aws:iam::<prod_account_id>:role/<role_name>",
        },
      },
    ],
  },
];

describe("fixPlan: the statement for the policy that lacked the Allow", () => {
  it.each(ROWS)("$name", ({ name, expected }) => {
    expect(plan(name).map(summary)).toEqual(expected);
  });

  it("SAML: the provider's ARN to fill in, and the sign-in endpoint as audience", () => {
    const [part] = plan("saml");
    expect(part?.target).toMatchObject({ kind: "trust", flavor: "saml", roleArn: undefined });
    expect(part?.statement).toEqual({
      Sid: "AllowStsAssumeRoleWithSAML",
      Effect: "Allow",
      Principal: { Federated: "arn:aws:iam::<ACCOUNT_ID>:saml-provider/<SAML_PROVIDER_NAME>" },
      Action: "sts:AssumeRoleWithSAML",
      Condition: { StringEquals: { "SAML:aud": "https://signin.aws.amazon.com/saml" } },
    });
  });

  it("a bare AssumeRole refusal: the trust policy or the caller's own policy, both to fill in", () => {
    expect(plan("assumeRoleBare").map(summary)).toEqual([
      {
        target: {
          kind: "trust",
          flavor: "aws",
          provider: undefined,
          roleArn: undefined,
          account: undefined,
        },
        role: "either",
        statement: {
          Sid: "AllowStsAssumeRole",
          Effect: "Allow",
          Principal: { AWS: "<CALLER_ROLE_ARN>" },
          Action: "sts:AssumeRole",
        },
      },
      {
        target: { kind: "identity", principalArn: "<CALLER_ROLE_ARN>", account: undefined },
        role: "either",
        statement: {
          Sid: "AllowStsAssumeRole",
          Effect: "Allow",
          Action: "sts:AssumeRole",
          Resource: "<ROLE_ARN>",
        },
      },
    ]);
  });

  it("an IAM Identity Center role is matched by aws:PrincipalArn: its path and suffix are not in the ARN", () => {
    const [bucket] = plan("identityCenterBucket");
    expect(bucket?.statement).toEqual({
      Sid: "AllowS3GetObject",
      Effect: "Allow",
      Principal: { AWS: "*" },
      Action: "s3:GetObject",
      Resource: "arn:aws:s3:::amzn-s3-demo-bucket/data.csv",
      Condition: {
        ArnLike: {
          "aws:PrincipalArn":
            "arn:aws:iam::111122223333:role/aws-reserved/sso.amazonaws.com/*AWSReservedSSO_DataAnalyst_*",
        },
      },
    });
  });

  it("identity-based across accounts: the key's policy must allow too; an EC2 resource has none", () => {
    const cross = (resource: string) => {
      const [reason] = readErrors(
        `User: arn:aws:iam::111122223333:role/App is not authorized to perform: kms:Decrypt on resource: ${resource} because no identity-based policy allows the kms:Decrypt action`,
      ).groups.map((g) => g.reason);
      return reason
        ? fixPlan({ reason, region: undefined }).map((p) => [p.target.kind, p.role])
        : [];
    };
    expect(cross("arn:aws:kms:us-east-1:444455556666:key/k")).toEqual([
      ["identity", "named"],
      ["resource-policy", "other-side"],
    ]);
    expect(cross("arn:aws:ec2:us-east-1:444455556666:instance/i-1")).toEqual([
      ["identity", "named"],
    ]);
  });

  it("a VPC endpoint named by the decoded request's aws:SourceVpce: its commands act on it", () => {
    const report = readErrors(POLICY_TYPE_CASES.vpcEndpoint.text);
    const reason = report.groups[0]?.reason;
    if (!reason) throw new Error("reason expected");
    const [part] = fixPlan({ reason, region: "us-east-1", sourceVpce: "vpce-1a2b3c4d" });
    expect(part?.target).toMatchObject({ kind: "vpc-endpoint", endpointId: "vpce-1a2b3c4d" });
    const text = part ? (policyCommands(part)?.text ?? "") : "";
    expect(text).toContain("VPC_ENDPOINT_ID='vpce-1a2b3c4d'");
    expect(text).not.toContain("Which endpoint?");
  });

  it("the partition of the role: aws-cn trust statements name aws-cn principals", () => {
    const [trust] = plan("assumeRoleSameChina");
    expect(trust?.statement.Principal).toEqual({
      AWS: "arn:aws-cn:iam::member-account:role/OrganizationAccountAccessRole",
    });
  });

  it("S3 across accounts: the bucket policy names the object, and the caller's side is shown", () => {
    const parts = plan("s3CrossAccount");
    expect(parts.map((p) => [p.target.kind, p.role])).toEqual([
      ["resource-policy", "named"],
      // S3 ARNs carry no account: the caller's side is shown in case the bucket is elsewhere.
      ["identity", "other-side"],
    ]);
    expect(parts[0]?.statement.Resource).toBe("arn:aws:s3:::amzn-s3-demo-bucket/reports/2026.csv");
  });

  it("Lambda and Secrets Manager: function ARN, and `*` in a secret's own policy", () => {
    expect(plan("lambdaCrossAccount")[0]?.statement.Resource).toBe(
      "arn:aws:lambda:us-west-2:444455556666:function:resize",
    );
    expect(plan("secretCrossAccount")[0]?.statement.Resource).toBe("*");
  });

  it("a permissions boundary the message does not name: the commands look it up", () => {
    const [part] = plan("boundaryRole");
    expect(part?.target).toEqual({
      kind: "permissions-boundary",
      principalArn: "arn:aws:iam::123456789012:role/Builder",
      account: "123456789012",
      boundaryArn: undefined,
    });
  });

  it("names the placeholders the reader must replace, the paste's masks included", () => {
    expect(plan("githubOidc")[0]?.placeholders).toEqual(["<ACCOUNT_ID>", "<OWNER>", "<REPO>"]);
    expect(plan("kmsDescribeKeyUser")[0]?.placeholders).toEqual(["****"]);
    expect(plan("webIdentityBare")[0]?.placeholders).toEqual([
      "<ACCOUNT_ID>",
      "<OIDC_PROVIDER_HOST>",
      "<AUDIENCE>",
      "<SUBJECT>",
    ]);
  });

  it("an explicit deny gets no Allow anywhere: a Deny wins over every Allow", () => {
    const report = readErrors(
      "User: arn:aws:iam::123456789012:user/dev is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k with an explicit deny in a resource-based policy",
    );
    const reason = report.groups[0]?.reason;
    expect(reason && fixPlan({ reason, region: undefined })).toEqual([]);
  });

  it("every statement is valid JSON that reads back to itself", () => {
    for (const name of Object.keys(POLICY_TYPE_CASES) as CaseName[])
      for (const part of plan(name))
        expect(JSON.parse(part.json)).toEqual({
          Version: "2012-10-17",
          Statement: [part.statement],
        });
  });
});
