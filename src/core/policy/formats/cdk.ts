import { asList, type PolicyStatement } from "../fix";
import { attachPlan, NO_ATTACH_COMMENT, PERMISSION_SET_COMMENT } from "./attach-plan";
import { escapeInvisibleInJson, jsonString as q } from "./escape";
import type { PolicyFormatter } from "./format";
import { policyName } from "./policy-name";

const indent = (text: string, spaces: number): string =>
  text
    .split("\n")
    .map((l) => `${" ".repeat(spaces)}${l}`)
    .join("\n");

/** A JSON value is a TypeScript expression; its strings are escaped by JSON's rules. */
const literal = (v: unknown): string => escapeInvisibleInJson(JSON.stringify(v, null, 2));

function statement(s: PolicyStatement): string {
  const lines = [
    "new iam.PolicyStatement({",
    `  sid: ${q(s.Sid)},`,
    "  effect: iam.Effect.ALLOW,",
    `  actions: [${asList(s.Action).map(q).join(", ")}],`,
    `  resources: [${asList(s.Resource).map(q).join(", ")}],`,
  ];
  if (s.Condition) lines.push(`  conditions: ${indent(literal(s.Condition), 2).trimStart()},`);
  lines.push("}),");
  return lines.join("\n");
}

const HEAD = 'import * as iam from "aws-cdk-lib/aws-iam";\n\n// Inside your Stack or Construct:\n';

export const cdk: PolicyFormatter = {
  id: "cdk",
  render(document, target) {
    const statements = document.Statement.map(statement).join("\n");
    const name = q(policyName(document));
    const inline = (construct: string): string =>
      `${construct}.attachInlinePolicy(\n  new iam.Policy(this, "AuthzFixPolicy", {\n    policyName: ${name},\n    statements: [\n${indent(statements, 6)}\n    ],\n  }),\n);`;
    const plan = attachPlan(target);
    switch (plan.kind) {
      case "role":
        return `${HEAD}const role = iam.Role.fromRoleName(this, "DeniedRole", ${q(plan.roleName)});\n${inline("role")}`;
      case "user":
        return `${HEAD}const user = iam.User.fromUserName(this, "DeniedUser", ${q(plan.userName)});\n${inline("user")}`;
      case "permission-set":
        return `import * as sso from "aws-cdk-lib/aws-sso";\n\n// Inside your Stack, where the permission set is defined.\n// ${PERMISSION_SET_COMMENT}\ndeclare const ssoInstanceArn: string; // aws sso-admin list-instances\nnew sso.CfnPermissionSet(this, "AuthzFixPermissionSet", {\n  instanceArn: ssoInstanceArn,\n  name: ${q(plan.permissionSet)},\n  inlinePolicy: ${indent(literal(document), 2).trimStart()},\n});`;
      case "managed-only":
        return `${HEAD}// ${NO_ATTACH_COMMENT[plan.why]}\nnew iam.ManagedPolicy(this, "AuthzFixPolicy", {\n  managedPolicyName: ${name},\n  statements: [\n${indent(statements, 4)}\n  ],\n});`;
    }
  },
};
