import { asList, type PolicyStatement } from "../fix";
import { attachPlan, NO_ATTACH_COMMENT, PERMISSION_SET_COMMENT } from "./attach-plan";
import { hclString as q } from "./escape";
import type { PolicyFormatter } from "./format";
import { policyName } from "./policy-name";

/** An HCL list of strings. */
export const hclList = (values: string | readonly string[]): string =>
  `[${asList(values).map(q).join(", ")}]`;
const list = hclList;

/** `aws_iam_policy_document`'s condition blocks, one per operator and key. */
export function conditionBlocks(condition: PolicyStatement["Condition"]): string[] {
  return Object.entries(condition ?? {}).flatMap(([test, keys]) =>
    Object.entries(keys).flatMap(([variable, values]) => [
      "",
      "    condition {",
      `      test     = ${q(test)}`,
      `      variable = ${q(variable)}`,
      `      values   = ${list(values)}`,
      "    }",
    ]),
  );
}

function statement(s: PolicyStatement): string {
  const lines = [
    "  statement {",
    `    sid       = ${q(s.Sid)}`,
    `    effect    = ${q(s.Effect)}`,
    `    actions   = ${list(s.Action)}`,
    `    resources = ${list(s.Resource)}`,
  ];
  lines.push(...conditionBlocks(s.Condition), "  }");
  return lines.join("\n");
}

/** `aws_iam_policy_document` plus the resource that attaches it; strings escaped for HCL templates. */
export const terraform: PolicyFormatter = {
  id: "terraform",
  render(document, target) {
    const data = `data "aws_iam_policy_document" "authz_fix" {\n${document.Statement.map(statement).join("\n\n")}\n}`;
    const name = q(policyName(document));
    const json = "data.aws_iam_policy_document.authz_fix.json";
    const plan = attachPlan(target);
    switch (plan.kind) {
      case "role":
        return `${data}\n\nresource "aws_iam_role_policy" "authz_fix" {\n  name   = ${name}\n  role   = ${q(plan.roleName)}\n  policy = ${json}\n}`;
      case "user":
        return `${data}\n\nresource "aws_iam_user_policy" "authz_fix" {\n  name   = ${name}\n  user   = ${q(plan.userName)}\n  policy = ${json}\n}`;
      case "permission-set":
        return `${data}\n\ndata "aws_ssoadmin_instances" "this" {}\n\ndata "aws_ssoadmin_permission_set" "denied" {\n  instance_arn = tolist(data.aws_ssoadmin_instances.this.arns)[0]\n  name         = ${q(plan.permissionSet)}\n}\n\n# ${PERMISSION_SET_COMMENT}\nresource "aws_ssoadmin_permission_set_inline_policy" "authz_fix" {\n  instance_arn       = data.aws_ssoadmin_permission_set.denied.instance_arn\n  permission_set_arn = data.aws_ssoadmin_permission_set.denied.arn\n  inline_policy      = ${json}\n}`;
      case "managed-only":
        return `${data}\n\n# ${NO_ATTACH_COMMENT[plan.why]}\nresource "aws_iam_policy" "authz_fix" {\n  name   = ${name}\n  policy = ${json}\n}`;
    }
  },
};
