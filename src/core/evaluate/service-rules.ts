import { parseArn } from "../model/arn";

/**
 * Rules that decide before or beside the policies, as a table with their sources. Each says what
 * it changes: `answer` decides alone (no policy can change it), `requires-resource-policy` makes
 * the resource's own policy necessary (an identity Allow alone is not enough).
 */
export type ServiceRuleCode =
  | "no-permission-needed"
  | "kms-key-policy"
  | "role-trust-policy"
  | "aws-managed-policy"
  | "aws-reserved-role"
  | "service-linked-role"
  | "reserved-alias";

export interface ServiceRule {
  readonly code: ServiceRuleCode;
  readonly effect: "allow" | "refuse" | "requires-resource-policy";
  readonly source: string;
}

export const SERVICE_RULES: Readonly<Record<ServiceRuleCode, ServiceRule>> = {
  "no-permission-needed": {
    code: "no-permission-needed",
    effect: "allow",
    // "No permissions are required to perform this operation. If an administrator attaches a
    // policy to your identity that explicitly denies access to sts:GetCallerIdentity, you can
    // still perform this operation."
    source: "https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html",
  },
  "kms-key-policy": {
    code: "kms-key-policy",
    effect: "requires-resource-policy",
    // "Every KMS key must have exactly one key policy… IAM policies by themselves are not
    // sufficient to allow access to a KMS key": the key policy must allow, or delegate to the
    // account (the default key policy's `arn:aws:iam::<account>:root`), for IAM to matter.
    source: "https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html",
  },
  "role-trust-policy": {
    code: "role-trust-policy",
    effect: "requires-resource-policy",
    // The trust policy is the role's resource-based policy; assuming the role needs it to allow.
    source: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html",
  },
  "aws-managed-policy": {
    code: "aws-managed-policy",
    effect: "refuse",
    // "You cannot change the permissions defined in AWS managed policies."
    source:
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html",
  },
  "aws-reserved-role": {
    code: "aws-reserved-role",
    effect: "refuse",
    // IAM Identity Center's roles (`/aws-reserved/sso.amazonaws.com/`) are managed by Identity
    // Center: "you can't … modify these roles" in IAM.
    source:
      "https://docs.aws.amazon.com/singlesignon/latest/userguide/referencingpermissionsets.html",
  },
  "service-linked-role": {
    code: "service-linked-role",
    effect: "refuse",
    // "You can't edit the permissions or trust policy of a service-linked role" (only its
    // description; deleting goes through iam:DeleteServiceLinkedRole).
    source: "https://docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html",
  },
  "reserved-alias": {
    code: "reserved-alias",
    effect: "refuse",
    // "The alias name cannot begin with aws/. The aws/ prefix is reserved for AWS managed keys."
    source: "https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateAlias.html",
  },
};

/** IAM actions that change an entity (as opposed to reading it). */
const IAM_CHANGE =
  /^iam:(?:Create|Delete|Update|Put|Set|Tag|Untag|Attach|Detach|Add|Remove|Change|Reset|Upload|Enable|Deactivate)/i;
/** What a service-linked role still allows a customer to do. */
const SLR_ALLOWED = /^iam:(?:DeleteServiceLinkedRole|UpdateRoleDescription|TagRole|UntagRole)$/i;

/** The rule that applies to this action on this resource, if any. */
export function serviceRuleFor(
  action: string,
  resource: string | undefined,
): ServiceRule | undefined {
  const a = action.toLowerCase();
  if (a === "sts:getcalleridentity") return SERVICE_RULES["no-permission-needed"];
  const arn = resource === undefined ? undefined : parseArn(resource);
  if (a.startsWith("iam:") && arn?.service === "iam" && IAM_CHANGE.test(action)) {
    if (arn.account === "aws" && arn.resource.startsWith("policy/"))
      return SERVICE_RULES["aws-managed-policy"];
    if (arn.resource.startsWith("role/aws-reserved/")) return SERVICE_RULES["aws-reserved-role"];
    if (arn.resource.startsWith("role/aws-service-role/") && !SLR_ALLOWED.test(action))
      return SERVICE_RULES["service-linked-role"];
  }
  if (
    /^kms:(?:createalias|updatealias)$/.test(a) &&
    arn?.service === "kms" &&
    arn.resource.startsWith("alias/aws/")
  )
    return SERVICE_RULES["reserved-alias"];
  if (a.startsWith("kms:") && arn?.service === "kms" && arn.resource.startsWith("key/"))
    return SERVICE_RULES["kms-key-policy"];
  if (/^sts:assumerole(?:withwebidentity|withsaml)?$/.test(a))
    return SERVICE_RULES["role-trust-policy"];
  return undefined;
}
