import type { PolicyArnFacts } from "../../../core/errors/policy-arn";
import type { AttachedEntity, PolicyView } from "../../../core/toolbox/explain";
import type { Messages } from "../../i18n/messages";

/** A denying policy's ARN in words: its name, its kind, and who holds it. */
export function policyArnText(facts: PolicyArnFacts, { t }: Messages): string {
  switch (facts.kind) {
    case "aws-managed":
      return t("policyArn.aws-managed", { name: facts.name });
    case "customer-managed":
      return t("policyArn.customer-managed", { name: facts.name, account: facts.account });
    case "service-control":
    case "resource-control":
      return t(`policyArn.${facts.kind}`, {
        id: facts.policyId,
        organization: facts.organizationId,
        account: facts.managementAccount,
      });
    case "other":
      return facts.arn;
  }
}

/** "identity-based policy, customer-managed: ExampleDenyPolicy (account 1234…)". */
export function policyTitle(policy: PolicyView, messages: Messages): string {
  const { t } = messages;
  const type =
    policy.type !== undefined
      ? t(`policyType.${policy.type}`)
      : (policy.typeText ?? t("authz.policy.unknownType"));
  const name =
    policy.arn !== undefined
      ? policyArnText(policy.arn, messages)
      : policy.inline === true
        ? t("authz.policy.inline", { uri: policy.uri })
        : policy.uri;
  return `${type}: ${name}`;
}

export const entityText = (entity: AttachedEntity, { t }: Messages): string =>
  entity.kind === "other" ? entity.arn : t(`authz.entity.${entity.kind}`, { name: entity.name });
