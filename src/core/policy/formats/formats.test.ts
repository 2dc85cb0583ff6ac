import { describe, expect, it } from "vitest";
import { ORIGIN_DOCUMENT } from "../../../../fixtures/format-cases";
import type { AttachTarget } from "../fix";
import { hclString, iamLiteral, iamValue, jsonString, shellQuote, yamlString } from "./escape";
import { formatPolicy } from "./index";

const ROLE: AttachTarget = { kind: "iam-role", roleName: "AWSBackupROLEEC2", sessionName: "x" };
const POLICY_FILE = [
  "cat > policy.json <<'EOF'",
  "{",
  '  "Version": "2012-10-17",',
  '  "Statement": [',
  "    {",
  '      "Sid": "AllowIamPassRole",',
  '      "Effect": "Allow",',
  '      "Action": "iam:PassRole",',
  '      "Resource": "arn:aws:iam::123456789012:role/IAM_ROLE_EC2_Access",',
  '      "Condition": {',
  '        "StringEquals": {',
  '          "iam:PassedToService": "ec2.amazonaws.com"',
  "        }",
  "      }",
  "    }",
  "  ]",
  "}",
  "EOF",
];

describe("each format, written out by hand for the origin story", () => {
  it("CLI: single-quoted --option=value words for the role behind the session", () => {
    expect(formatPolicy(ORIGIN_DOCUMENT, ROLE, "cli")).toBe(
      [
        ...POLICY_FILE,
        "aws iam put-role-policy --role-name='AWSBackupROLEEC2' --policy-name='authz-decoder-AllowIamPassRole' --policy-document=file://policy.json",
      ].join("\n"),
    );
  });

  it("CLI: a user named `-rf` is an argument, never an option", () => {
    const text = formatPolicy(ORIGIN_DOCUMENT, { kind: "iam-user", userName: "-rf" }, "cli");
    expect(text.split("\n").at(-1)).toBe(
      "aws iam put-user-policy --user-name='-rf' --policy-name='authz-decoder-AllowIamPassRole' --policy-document=file://policy.json",
    );
  });

  it("CLI: an invalid name gets no attach command, and the name is not echoed", () => {
    const target: AttachTarget = { kind: "iam-user", userName: "bob$(touch${IFS}x)" };
    expect(formatPolicy(ORIGIN_DOCUMENT, target, "cli")).toBe(
      [
        ...POLICY_FILE,
        "aws iam create-policy --policy-name='authz-decoder-AllowIamPassRole' --policy-document=file://policy.json",
        "# No attach step: the principal's name is not a valid IAM name (see the page for why).",
      ].join("\n"),
    );
  });

  it("CLI: a permission set is looked up by name into shell variables, no <PLACEHOLDERS>", () => {
    const target: AttachTarget = {
      kind: "permission-set",
      permissionSet: "PowerUserAccess",
      roleName: "AWSReservedSSO_PowerUserAccess_0123456789abcdef",
    };
    const text = formatPolicy(ORIGIN_DOCUMENT, target, "cli");
    expect(text).not.toMatch(/<[A-Z_]+>/);
    expect(text.split("\n").slice(POLICY_FILE.length)).toEqual([
      "# IAM Identity Center permission set: this replaces the permission set's whole inline policy, so merge in the statements it already has.",
      "PERMISSION_SET_NAME='PowerUserAccess'",
      "SSO_INSTANCE_ARN=$(aws sso-admin list-instances --query 'Instances[0].InstanceArn' --output text)",
      "PERMISSION_SET_ARN=''",
      `for arn in $(aws sso-admin list-permission-sets --instance-arn="$SSO_INSTANCE_ARN" --query 'PermissionSets[]' --output text); do`,
      `  if [ "$(aws sso-admin describe-permission-set --instance-arn="$SSO_INSTANCE_ARN" --permission-set-arn="$arn" --query 'PermissionSet.Name' --output text)" = "$PERMISSION_SET_NAME" ]; then PERMISSION_SET_ARN=$arn; fi`,
      "done",
      `if [ -z "$PERMISSION_SET_ARN" ]; then echo "No permission set named $PERMISSION_SET_NAME" >&2; else`,
      `  aws sso-admin put-inline-policy-to-permission-set --instance-arn="$SSO_INSTANCE_ARN" --permission-set-arn="$PERMISSION_SET_ARN" --inline-policy=file://policy.json`,
      `  aws sso-admin provision-permission-set --instance-arn="$SSO_INSTANCE_ARN" --permission-set-arn="$PERMISSION_SET_ARN" --target-type=ALL_PROVISIONED_ACCOUNTS`,
      "fi",
    ]);
  });

  it("Terraform: aws_iam_policy_document plus aws_iam_role_policy", () => {
    expect(formatPolicy(ORIGIN_DOCUMENT, ROLE, "terraform")).toBe(
      [
        'data "aws_iam_policy_document" "authz_fix" {',
        "  statement {",
        '    sid       = "AllowIamPassRole"',
        '    effect    = "Allow"',
        '    actions   = ["iam:PassRole"]',
        '    resources = ["arn:aws:iam::123456789012:role/IAM_ROLE_EC2_Access"]',
        "",
        "    condition {",
        '      test     = "StringEquals"',
        '      variable = "iam:PassedToService"',
        '      values   = ["ec2.amazonaws.com"]',
        "    }",
        "  }",
        "}",
        "",
        'resource "aws_iam_role_policy" "authz_fix" {',
        '  name   = "authz-decoder-AllowIamPassRole"',
        '  role   = "AWSBackupROLEEC2"',
        "  policy = data.aws_iam_policy_document.authz_fix.json",
        "}",
      ].join("\n"),
    );
  });

  it("CloudFormation: every scalar quoted", () => {
    expect(formatPolicy(ORIGIN_DOCUMENT, ROLE, "cloudformation")).toBe(
      [
        "Resources:",
        "  AuthzFixPolicy:",
        '    Type: "AWS::IAM::RolePolicy"',
        "    Properties:",
        '      RoleName: "AWSBackupROLEEC2"',
        '      PolicyName: "authz-decoder-AllowIamPassRole"',
        "      PolicyDocument:",
        '        Version: "2012-10-17"',
        "        Statement:",
        '          - Sid: "AllowIamPassRole"',
        '            Effect: "Allow"',
        '            Action: "iam:PassRole"',
        '            Resource: "arn:aws:iam::123456789012:role/IAM_ROLE_EC2_Access"',
        "            Condition:",
        '              "StringEquals":',
        '                "iam:PassedToService": "ec2.amazonaws.com"',
      ].join("\n"),
    );
  });

  it("CDK: a PolicyStatement attached to the role", () => {
    expect(formatPolicy(ORIGIN_DOCUMENT, ROLE, "cdk")).toBe(
      [
        'import * as iam from "aws-cdk-lib/aws-iam";',
        "",
        "// Inside your Stack or Construct:",
        'const role = iam.Role.fromRoleName(this, "DeniedRole", "AWSBackupROLEEC2");',
        "role.attachInlinePolicy(",
        '  new iam.Policy(this, "AuthzFixPolicy", {',
        '    policyName: "authz-decoder-AllowIamPassRole",',
        "    statements: [",
        "      new iam.PolicyStatement({",
        '        sid: "AllowIamPassRole",',
        "        effect: iam.Effect.ALLOW,",
        '        actions: ["iam:PassRole"],',
        '        resources: ["arn:aws:iam::123456789012:role/IAM_ROLE_EC2_Access"],',
        "        conditions: {",
        '          "StringEquals": {',
        '            "iam:PassedToService": "ec2.amazonaws.com"',
        "          }",
        "        },",
        "      }),",
        "    ],",
        "  }),",
        ");",
      ].join("\n"),
    );
  });
});

describe("escaping, value by value", () => {
  it.each([
    ["plain", "'plain'"],
    ["it's", `'it'\\''s'`],
    ["$(touch x)", "'$(touch x)'"],
    ["-rf", "'-rf'"],
  ])("shell %j → %s", (value, quoted) => {
    expect(shellQuote(value)).toBe(quoted);
  });

  it.each([
    ["yes", '"yes"'],
    ["017", '"017"'],
    ['a"b\\c', '"a\\"b\\\\c"'],
    ["x\u2028y\u0085", '"x\\u2028y\\u0085"'],
    ["😀", '"\\U0001f600"'],
  ])("YAML %j → %s", (value, quoted) => {
    expect(yamlString(value)).toBe(quoted);
  });

  it.each([
    ["${aws:username}", '"$${aws:username}"'],
    ["%{if x}", '"%%{if x}"'],
    ["a\bb", '"a\\u0008b"'],
    ["\u202e", '"\\u202e"'],
  ])("HCL %j → %s", (value, quoted) => {
    expect(hclString(value)).toBe(quoted);
  });

  it.each([
    ["a\u200bb", '"a\\u200bb"'],
    ['"', '"\\""'],
  ])("JSON %j → %s", (value, quoted) => {
    expect(jsonString(value)).toBe(quoted);
  });

  it("IAM: a literal ${ is written ${$}{, and read back", () => {
    expect(iamLiteral("arn:aws:s3:::b/${x}")).toBe("arn:aws:s3:::b/${$}{x}");
    expect(iamValue("arn:aws:s3:::b/${$}{x}")).toBe("arn:aws:s3:::b/${x}");
    expect(iamLiteral("cost$")).toBe("cost$");
  });
});
