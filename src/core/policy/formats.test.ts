import { describe, expect, it } from "vitest";
import { readFixture } from "../../../fixtures/fixtures";
import { analyze } from "../analyze";
import type { AttachTarget, PolicyDocument } from "./fix";
import { buildFix } from "./fix";
import { formatPolicy } from "./formats";

function fixFor(
  folder: "decoded" | "synthetic",
  name: string,
): { doc: PolicyDocument; target: AttachTarget } {
  const r = analyze(readFixture(folder, name));
  if (!r.ok) throw new Error("analysis expected");
  const fix = buildFix(r.value);
  if (fix.kind !== "allow-policy") throw new Error("allow policy expected");
  return { doc: fix.document, target: fix.attachTo };
}

const BACKUP = fixFor("decoded", "16-iam-passrole-aws-backup-restore-envelope.txt");
const USER = fixFor("decoded", "24-awsdocs-iam-cli-example-runinstances-chain-user.txt");
const SSO = fixFor("synthetic", "sso-implicit-deny-unknown-fields.txt");
const MERGED: PolicyDocument = {
  Version: "2012-10-17",
  Statement: [
    {
      Sid: "AllowS3Actions",
      Effect: "Allow",
      Action: ["s3:GetObject", "s3:PutObject"],
      Resource: ["arn:aws:s3:::a/*", "arn:aws:s3:::b/*"],
    },
    {
      Sid: "AllowEc2CreateTags",
      Effect: "Allow",
      Action: "ec2:CreateTags",
      Resource: "*",
      Condition: { StringEquals: { "ec2:CreateAction": ["RunInstances", "CreateVolume"] } },
    },
  ],
};

describe("formatPolicy", () => {
  it("JSON is the policy document itself", () => {
    expect(formatPolicy(BACKUP.doc, BACKUP.target, "json")).toBe(
      JSON.stringify(BACKUP.doc, null, 2),
    );
  });

  it("CLI: put-role-policy on the role behind the session (origin story)", () => {
    expect(formatPolicy(BACKUP.doc, BACKUP.target, "cli")).toMatchInlineSnapshot(`
      "cat > policy.json <<'EOF'
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Sid": "AllowIamPassRole",
            "Effect": "Allow",
            "Action": "iam:PassRole",
            "Resource": "arn:aws:iam::xxxxxxxxxxxxx:role/IAM_ROLE_EC2_Access",
            "Condition": {
              "StringEquals": {
                "iam:PassedToService": "ec2.amazonaws.com"
              }
            }
          }
        ]
      }
      EOF
      aws iam put-role-policy --role-name AWSBackupROLEEC2 --policy-name authz-decoder-AllowIamPassRole --policy-document file://policy.json"
    `);
  });

  it("CLI: put-user-policy for an IAM user", () => {
    expect(formatPolicy(USER.doc, USER.target, "cli").split("\n").at(-1)).toMatchInlineSnapshot(
      `"aws iam put-user-policy --user-name chain-user --policy-name authz-decoder-AllowEc2RunInstances --policy-document file://policy.json"`,
    );
  });

  it("CLI: the permission set, not the Identity Center role", () => {
    expect(formatPolicy(SSO.doc, SSO.target, "cli").split("EOF\n")[1]).toMatchInlineSnapshot(`
      "# AWSReservedSSO_PowerUserAccess_0123456789abcdef belongs to IAM Identity Center: change its permission set, not the role.
      aws sso-admin put-inline-policy-to-permission-set --instance-arn <SSO_INSTANCE_ARN> --permission-set-arn <PERMISSION_SET_ARN> --inline-policy file://policy.json
      aws sso-admin provision-permission-set --instance-arn <SSO_INSTANCE_ARN> --permission-set-arn <PERMISSION_SET_ARN> --target-type ALL_PROVISIONED_ACCOUNTS"
    `);
  });

  it("Terraform: aws_iam_policy_document plus aws_iam_role_policy", () => {
    expect(formatPolicy(BACKUP.doc, BACKUP.target, "terraform")).toMatchInlineSnapshot(`
      "data "aws_iam_policy_document" "authz_fix" {
        statement {
          sid       = "AllowIamPassRole"
          effect    = "Allow"
          actions   = ["iam:PassRole"]
          resources = ["arn:aws:iam::xxxxxxxxxxxxx:role/IAM_ROLE_EC2_Access"]

          condition {
            test     = "StringEquals"
            variable = "iam:PassedToService"
            values   = ["ec2.amazonaws.com"]
          }
        }
      }

      resource "aws_iam_role_policy" "authz_fix" {
        name   = "authz-decoder-AllowIamPassRole"
        role   = "AWSBackupROLEEC2"
        policy = data.aws_iam_policy_document.authz_fix.json
      }"
    `);
  });

  it("Terraform: several statements, lists and multi-value conditions, for a user", () => {
    expect(formatPolicy(MERGED, { kind: "iam-user", userName: "ci" }, "terraform"))
      .toMatchInlineSnapshot(`
      "data "aws_iam_policy_document" "authz_fix" {
        statement {
          sid       = "AllowS3Actions"
          effect    = "Allow"
          actions   = ["s3:GetObject", "s3:PutObject"]
          resources = ["arn:aws:s3:::a/*", "arn:aws:s3:::b/*"]
        }

        statement {
          sid       = "AllowEc2CreateTags"
          effect    = "Allow"
          actions   = ["ec2:CreateTags"]
          resources = ["*"]

          condition {
            test     = "StringEquals"
            variable = "ec2:CreateAction"
            values   = ["RunInstances", "CreateVolume"]
          }
        }
      }

      resource "aws_iam_user_policy" "authz_fix" {
        name   = "authz-decoder-Fix"
        user   = "ci"
        policy = data.aws_iam_policy_document.authz_fix.json
      }"
    `);
  });

  it("CloudFormation: AWS::IAM::RolePolicy", () => {
    expect(formatPolicy(BACKUP.doc, BACKUP.target, "cloudformation")).toMatchInlineSnapshot(`
      "Resources:
        AuthzFixPolicy:
          Type: AWS::IAM::RolePolicy
          Properties:
            RoleName: AWSBackupROLEEC2
            PolicyName: authz-decoder-AllowIamPassRole
            PolicyDocument:
              Version: "2012-10-17"
              Statement:
                - Sid: AllowIamPassRole
                  Effect: Allow
                  Action: "iam:PassRole"
                  Resource: "arn:aws:iam::xxxxxxxxxxxxx:role/IAM_ROLE_EC2_Access"
                  Condition:
                    StringEquals:
                      "iam:PassedToService": "ec2.amazonaws.com""
    `);
  });

  it("CloudFormation: lists in YAML, a managed policy when the principal is unknown", () => {
    expect(formatPolicy(MERGED, { kind: "unknown" }, "cloudformation")).toMatchInlineSnapshot(`
      "Resources:
        AuthzFixPolicy:
          Type: AWS::IAM::ManagedPolicy
          Properties:
            ManagedPolicyName: authz-decoder-Fix
            PolicyDocument:
              Version: "2012-10-17"
              Statement:
                - Sid: AllowS3Actions
                  Effect: Allow
                  Action:
                    - "s3:GetObject"
                    - "s3:PutObject"
                  Resource:
                    - "arn:aws:s3:::a/*"
                    - "arn:aws:s3:::b/*"
                - Sid: AllowEc2CreateTags
                  Effect: Allow
                  Action: "ec2:CreateTags"
                  Resource: "*"
                  Condition:
                    StringEquals:
                      "ec2:CreateAction":
                        - "RunInstances"
                        - "CreateVolume""
    `);
  });

  it("CDK: PolicyStatement attached to the role", () => {
    expect(formatPolicy(BACKUP.doc, BACKUP.target, "cdk")).toMatchInlineSnapshot(`
      "import * as iam from "aws-cdk-lib/aws-iam";

      // Inside your Stack or Construct:
      const role = iam.Role.fromRoleName(this, "DeniedRole", "AWSBackupROLEEC2");
      role.attachInlinePolicy(
        new iam.Policy(this, "AuthzFixPolicy", {
          policyName: "authz-decoder-AllowIamPassRole",
          statements: [
            new iam.PolicyStatement({
              sid: "AllowIamPassRole",
              effect: iam.Effect.ALLOW,
              actions: ["iam:PassRole"],
              resources: ["arn:aws:iam::xxxxxxxxxxxxx:role/IAM_ROLE_EC2_Access"],
              conditions: {
                "StringEquals": {
                  "iam:PassedToService": "ec2.amazonaws.com"
                }
              },
            }),
          ],
        }),
      );"
    `);
  });

  it("CDK: a user's inline policy with two statements", () => {
    expect(formatPolicy(MERGED, { kind: "iam-user", userName: "ci" }, "cdk"))
      .toMatchInlineSnapshot(`
      "import * as iam from "aws-cdk-lib/aws-iam";

      // Inside your Stack or Construct:
      const user = iam.User.fromUserName(this, "DeniedUser", "ci");
      user.attachInlinePolicy(
        new iam.Policy(this, "AuthzFixPolicy", {
          policyName: "authz-decoder-Fix",
          statements: [
            new iam.PolicyStatement({
              sid: "AllowS3Actions",
              effect: iam.Effect.ALLOW,
              actions: ["s3:GetObject", "s3:PutObject"],
              resources: ["arn:aws:s3:::a/*", "arn:aws:s3:::b/*"],
            }),
            new iam.PolicyStatement({
              sid: "AllowEc2CreateTags",
              effect: iam.Effect.ALLOW,
              actions: ["ec2:CreateTags"],
              resources: ["*"],
              conditions: {
                "StringEquals": {
                  "ec2:CreateAction": [
                    "RunInstances",
                    "CreateVolume"
                  ]
                }
              },
            }),
          ],
        }),
      );"
    `);
  });
});
