import { policyJson } from "../fix";
import { attachPlan, NO_ATTACH_COMMENT, PERMISSION_SET_COMMENT } from "./attach-plan";
import { shellQuote } from "./escape";
import type { PolicyFormatter } from "./format";
import { policyName } from "./policy-name";

/**
 * AWS CLI commands for bash or zsh. Every value is one single-quoted word in `--option=value` form,
 * so a name starting with `-` is never read as an option. The policy goes through a quoted
 * here-document: pretty JSON never has a line that is exactly `EOF`.
 */
export const cli: PolicyFormatter = {
  id: "cli",
  render(document, target) {
    const file = `cat > policy.json <<'EOF'\n${policyJson(document)}\nEOF\n`;
    const name = shellQuote(policyName(document));
    const plan = attachPlan(target);
    switch (plan.kind) {
      case "role":
        return `${file}aws iam put-role-policy --role-name=${shellQuote(plan.roleName)} --policy-name=${name} --policy-document=file://policy.json`;
      case "user":
        return `${file}aws iam put-user-policy --user-name=${shellQuote(plan.userName)} --policy-name=${name} --policy-document=file://policy.json`;
      case "permission-set":
        return [
          file.trimEnd(),
          `# ${PERMISSION_SET_COMMENT}`,
          `PERMISSION_SET_NAME=${shellQuote(plan.permissionSet)}`,
          `SSO_INSTANCE_ARN=$(aws sso-admin list-instances --query 'Instances[0].InstanceArn' --output text)`,
          `PERMISSION_SET_ARN=''`,
          `for arn in $(aws sso-admin list-permission-sets --instance-arn="$SSO_INSTANCE_ARN" --query 'PermissionSets[]' --output text); do`,
          `  if [ "$(aws sso-admin describe-permission-set --instance-arn="$SSO_INSTANCE_ARN" --permission-set-arn="$arn" --query 'PermissionSet.Name' --output text)" = "$PERMISSION_SET_NAME" ]; then PERMISSION_SET_ARN=$arn; fi`,
          `done`,
          `if [ -z "$PERMISSION_SET_ARN" ]; then echo "No permission set named $PERMISSION_SET_NAME" >&2; else`,
          `  aws sso-admin put-inline-policy-to-permission-set --instance-arn="$SSO_INSTANCE_ARN" --permission-set-arn="$PERMISSION_SET_ARN" --inline-policy=file://policy.json`,
          `  aws sso-admin provision-permission-set --instance-arn="$SSO_INSTANCE_ARN" --permission-set-arn="$PERMISSION_SET_ARN" --target-type=ALL_PROVISIONED_ACCOUNTS`,
          `fi`,
        ].join("\n");
      case "managed-only":
        return `${file}aws iam create-policy --policy-name=${name} --policy-document=file://policy.json\n# ${NO_ATTACH_COMMENT[plan.why]}`;
    }
  },
};
