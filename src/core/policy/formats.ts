import { asList, type AttachTarget, type PolicyDocument, type PolicyStatement } from "./fix";

/**
 * The same policy in the forms people deploy with. Every output is plain text, asserted exactly in
 * formats.test.ts. Names that the message cannot tell (a permission set's ARN) are left as
 * <PLACEHOLDERS> that the user must fill in, never guessed.
 */
export const FORMATS = ["json", "cli", "terraform", "cloudformation", "cdk"] as const;
export type PolicyFormat = (typeof FORMATS)[number];

const q = (s: string): string => JSON.stringify(s);

/** A policy name from the first statement's Sid: `AllowIamPassRole` → `authz-decoder-AllowIamPassRole`. */
export const policyName = (doc: PolicyDocument): string =>
  `authz-decoder-${doc.Statement.length === 1 ? (doc.Statement[0]?.Sid ?? "Fix") : "Fix"}`;

function cli(doc: PolicyDocument, target: AttachTarget, json: string): string {
  const name = policyName(doc);
  const file = `cat > policy.json <<'EOF'\n${json}\nEOF\n`;
  switch (target.kind) {
    case "iam-role":
      return `${file}aws iam put-role-policy --role-name ${target.roleName} --policy-name ${name} --policy-document file://policy.json`;
    case "iam-user":
      return `${file}aws iam put-user-policy --user-name ${target.userName} --policy-name ${name} --policy-document file://policy.json`;
    case "permission-set":
      return `${file}# ${target.roleName} belongs to IAM Identity Center: change its permission set, not the role.\naws sso-admin put-inline-policy-to-permission-set --instance-arn <SSO_INSTANCE_ARN> --permission-set-arn <PERMISSION_SET_ARN> --inline-policy file://policy.json\naws sso-admin provision-permission-set --instance-arn <SSO_INSTANCE_ARN> --permission-set-arn <PERMISSION_SET_ARN> --target-type ALL_PROVISIONED_ACCOUNTS`;
    case "federated-user":
    case "root":
    case "unknown":
      return `${file}aws iam create-policy --policy-name ${name} --policy-document file://policy.json\n# Then attach it where the principal gets its permissions, e.g.:\n# aws iam attach-role-policy --role-name <ROLE> --policy-arn <POLICY_ARN>`;
  }
}

function hclStatement(s: PolicyStatement): string {
  const lines = [
    "  statement {",
    `    sid       = ${q(s.Sid)}`,
    `    effect    = "Allow"`,
    `    actions   = [${asList(s.Action).map(q).join(", ")}]`,
    `    resources = [${asList(s.Resource).map(q).join(", ")}]`,
  ];
  for (const [test, keys] of Object.entries(s.Condition ?? {})) {
    for (const [variable, values] of Object.entries(keys)) {
      lines.push(
        "",
        "    condition {",
        `      test     = ${q(test)}`,
        `      variable = ${q(variable)}`,
        `      values   = [${asList(values).map(q).join(", ")}]`,
        "    }",
      );
    }
  }
  lines.push("  }");
  return lines.join("\n");
}

function terraform(doc: PolicyDocument, target: AttachTarget): string {
  const data = `data "aws_iam_policy_document" "authz_fix" {\n${doc.Statement.map(hclStatement).join("\n\n")}\n}`;
  const name = policyName(doc);
  switch (target.kind) {
    case "iam-role":
      return `${data}\n\nresource "aws_iam_role_policy" "authz_fix" {\n  name   = ${q(name)}\n  role   = ${q(target.roleName)}\n  policy = data.aws_iam_policy_document.authz_fix.json\n}`;
    case "iam-user":
      return `${data}\n\nresource "aws_iam_user_policy" "authz_fix" {\n  name   = ${q(name)}\n  user   = ${q(target.userName)}\n  policy = data.aws_iam_policy_document.authz_fix.json\n}`;
    case "permission-set":
      return `${data}\n\n# ${target.roleName} belongs to IAM Identity Center: change its permission set.\nresource "aws_ssoadmin_permission_set_inline_policy" "authz_fix" {\n  instance_arn       = "<SSO_INSTANCE_ARN>"\n  permission_set_arn = "<PERMISSION_SET_ARN>"\n  inline_policy      = data.aws_iam_policy_document.authz_fix.json\n}`;
    case "federated-user":
    case "root":
    case "unknown":
      return `${data}\n\nresource "aws_iam_policy" "authz_fix" {\n  name   = ${q(name)}\n  policy = data.aws_iam_policy_document.authz_fix.json\n}`;
  }
}

function yamlValue(v: string | readonly string[], indent: string): string {
  return typeof v === "string" ? ` ${q(v)}` : `\n${v.map((x) => `${indent}- ${q(x)}`).join("\n")}`;
}

function yamlStatement(s: PolicyStatement, indent: string): string {
  const i = indent;
  const lines = [
    `${i}- Sid: ${s.Sid}`,
    `${i}  Effect: Allow`,
    `${i}  Action:${yamlValue(s.Action, `${i}    `)}`,
    `${i}  Resource:${yamlValue(s.Resource, `${i}    `)}`,
  ];
  if (s.Condition) {
    lines.push(`${i}  Condition:`);
    for (const [test, keys] of Object.entries(s.Condition)) {
      lines.push(`${i}    ${test}:`);
      for (const [key, values] of Object.entries(keys))
        lines.push(`${i}      ${q(key)}:${yamlValue(values, `${i}        `)}`);
    }
  }
  return lines.join("\n");
}

function cloudformation(doc: PolicyDocument, target: AttachTarget): string {
  const document = `      PolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n${doc.Statement.map((s) => yamlStatement(s, "          ")).join("\n")}`;
  const name = policyName(doc);
  switch (target.kind) {
    case "iam-role":
      return `Resources:\n  AuthzFixPolicy:\n    Type: AWS::IAM::RolePolicy\n    Properties:\n      RoleName: ${target.roleName}\n      PolicyName: ${name}\n${document}`;
    case "iam-user":
      return `Resources:\n  AuthzFixPolicy:\n    Type: AWS::IAM::UserPolicy\n    Properties:\n      UserName: ${target.userName}\n      PolicyName: ${name}\n${document}`;
    case "permission-set":
    case "federated-user":
    case "root":
    case "unknown":
      return `Resources:\n  AuthzFixPolicy:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      ManagedPolicyName: ${name}\n${document}`;
  }
}

function cdkStatement(s: PolicyStatement): string {
  const lines = [
    "  new iam.PolicyStatement({",
    `    sid: ${q(s.Sid)},`,
    "    effect: iam.Effect.ALLOW,",
    `    actions: [${asList(s.Action).map(q).join(", ")}],`,
    `    resources: [${asList(s.Resource).map(q).join(", ")}],`,
  ];
  if (s.Condition)
    lines.push(
      `    conditions: ${JSON.stringify(s.Condition, null, 2).split("\n").join("\n    ")},`,
    );
  lines.push("  }),");
  return lines.join("\n");
}

function cdk(doc: PolicyDocument, target: AttachTarget): string {
  const statements = doc.Statement.map(cdkStatement).join("\n");
  const head =
    'import * as iam from "aws-cdk-lib/aws-iam";\n\n// Inside your Stack or Construct:\n';
  switch (target.kind) {
    case "iam-role":
      return `${head}const role = iam.Role.fromRoleName(this, "DeniedRole", ${q(target.roleName)});\nrole.attachInlinePolicy(\n  new iam.Policy(this, "AuthzFixPolicy", {\n    policyName: ${q(policyName(doc))},\n    statements: [\n${indent(statements, 6)}\n    ],\n  }),\n);`;
    case "iam-user":
      return `${head}const user = iam.User.fromUserName(this, "DeniedUser", ${q(target.userName)});\nuser.attachInlinePolicy(\n  new iam.Policy(this, "AuthzFixPolicy", {\n    policyName: ${q(policyName(doc))},\n    statements: [\n${indent(statements, 6)}\n    ],\n  }),\n);`;
    case "permission-set":
    case "federated-user":
    case "root":
    case "unknown":
      return `${head}new iam.ManagedPolicy(this, "AuthzFixPolicy", {\n  managedPolicyName: ${q(policyName(doc))},\n  statements: [\n${indent(statements, 4)}\n  ],\n});`;
  }
}

const indent = (text: string, spaces: number): string =>
  text
    .split("\n")
    .map((l) => `${" ".repeat(spaces - 2)}${l}`)
    .join("\n");

export function formatPolicy(
  doc: PolicyDocument,
  target: AttachTarget,
  format: PolicyFormat,
): string {
  const json = JSON.stringify(doc, null, 2);
  switch (format) {
    case "json":
      return json;
    case "cli":
      return cli(doc, target, json);
    case "terraform":
      return terraform(doc, target);
    case "cloudformation":
      return cloudformation(doc, target);
    case "cdk":
      return cdk(doc, target);
  }
}
