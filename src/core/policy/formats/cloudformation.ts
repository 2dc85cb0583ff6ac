import type { PolicyDocument, PolicyStatement } from "../fix";
import { attachPlan, NO_ATTACH_COMMENT, PERMISSION_SET_COMMENT } from "./attach-plan";
import { yamlString as q } from "./escape";
import type { PolicyFormatter } from "./format";
import { policyName } from "./policy-name";

/** Every scalar double-quoted: CloudFormation reads YAML 1.1, where `yes`, `017` and `null` are not strings. */
export function yamlValue(v: string | readonly string[], indent: string): string {
  return typeof v === "string" ? ` ${q(v)}` : `\n${v.map((x) => `${indent}- ${q(x)}`).join("\n")}`;
}
const value = yamlValue;

/** A statement's Condition block, its first line indented by `i` plus two. */
export function conditionLines(condition: PolicyStatement["Condition"], i: string): string[] {
  if (!condition) return [];
  return [
    `${i}  Condition:`,
    ...Object.entries(condition).flatMap(([test, keys]) => [
      `${i}    ${q(test)}:`,
      ...Object.entries(keys).map(
        ([key, values]) => `${i}      ${q(key)}:${value(values, `${i}        `)}`,
      ),
    ]),
  ];
}

function statement(s: PolicyStatement, i: string): string {
  const lines = [
    `${i}- Sid: ${q(s.Sid)}`,
    `${i}  Effect: ${q(s.Effect)}`,
    `${i}  Action:${value(s.Action, `${i}    `)}`,
    `${i}  Resource:${value(s.Resource, `${i}    `)}`,
  ];
  lines.push(...conditionLines(s.Condition, i));
  return lines.join("\n");
}

const documentYaml = (doc: PolicyDocument, key: string): string =>
  `      ${key}:\n        Version: ${q(doc.Version)}\n        Statement:\n${doc.Statement.map((s) => statement(s, "          ")).join("\n")}`;

const resource = (type: string, properties: string): string =>
  `Resources:\n  AuthzFixPolicy:\n    Type: ${q(type)}\n    Properties:\n${properties}`;

export const cloudformation: PolicyFormatter = {
  id: "cloudformation",
  render(document, target) {
    const name = q(policyName(document));
    const plan = attachPlan(target);
    switch (plan.kind) {
      case "role":
        return resource(
          "AWS::IAM::RolePolicy",
          `      RoleName: ${q(plan.roleName)}\n      PolicyName: ${name}\n${documentYaml(document, "PolicyDocument")}`,
        );
      case "user":
        return resource(
          "AWS::IAM::UserPolicy",
          `      UserName: ${q(plan.userName)}\n      PolicyName: ${name}\n${documentYaml(document, "PolicyDocument")}`,
        );
      case "permission-set":
        // The permission set's own resource: its InlinePolicy is where the statement belongs.
        return `# ${PERMISSION_SET_COMMENT}\nParameters:\n  SsoInstanceArn:\n    Type: "String"\n    Description: "aws sso-admin list-instances"\nResources:\n  AuthzFixPolicy:\n    Type: "AWS::SSO::PermissionSet"\n    Properties:\n      InstanceArn:\n        Ref: "SsoInstanceArn"\n      Name: ${q(plan.permissionSet)}\n${documentYaml(document, "InlinePolicy")}`;
      case "managed-only":
        return `# ${NO_ATTACH_COMMENT[plan.why]}\n${resource(
          "AWS::IAM::ManagedPolicy",
          `      ManagedPolicyName: ${name}\n${documentYaml(document, "PolicyDocument")}`,
        )}`;
    }
  },
};
