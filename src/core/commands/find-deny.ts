import type { PrincipalKind } from "../model/principal";
import { shellQuote } from "../policy/formats/escape";

/**
 * The read-only commands that list where an explicit Deny can sit for a principal, so the reader
 * can find the statement (AWS CLI reference, `aws iam list-*-policies`, `get-*-policy`,
 * `aws organizations list-policies-for-target`). Names come from pasted text: always
 * shell-quoted. IAM Toolbox's details, when an authorization ID exists, name the statement
 * outright; these are for the messages without one.
 */
export interface FindDenyCommands {
  /** The principal's own policies: inline, attached managed, groups (users), the boundary. */
  readonly identity: string;
  /** SCPs and RCPs over the account: only the organization's management account can list them. */
  readonly organization: string | undefined;
}

/** Prints each inline policy document, then each attached policy's default version. */
const documents = (kind: "user" | "role" | "group", name: string): string[] => {
  const q = shellQuote(name);
  const Kind = `${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;
  return [
    `for p in $(aws iam list-${kind}-policies --${kind}-name ${q} --query PolicyNames --output text); do`,
    `  aws iam get-${kind}-policy --${kind}-name ${q} --policy-name "$p" --query PolicyDocument`,
    "done",
    `for arn in $(aws iam list-attached-${kind}-policies --${kind}-name ${q} --query 'AttachedPolicies[].PolicyArn' --output text); do`,
    `  v=$(aws iam get-policy --policy-arn "$arn" --query Policy.DefaultVersionId --output text)`,
    `  echo "# $arn"; aws iam get-policy-version --policy-arn "$arn" --version-id "$v" --query PolicyVersion.Document`,
    "done",
    ...(kind === "group"
      ? []
      : [`aws iam get-${kind} --${kind}-name ${q} --query ${Kind}.PermissionsBoundary`]),
  ];
};

export function findDenyCommands(
  principal: PrincipalKind,
  account: string | undefined,
): FindDenyCommands | undefined {
  const identity =
    principal.kind === "iam-user"
      ? [
          "# The user's inline and attached policies, and its permissions boundary",
          ...documents("user", principal.userName),
          "# Its groups' policies",
          `aws iam list-groups-for-user --user-name ${shellQuote(principal.userName)} --query 'Groups[].GroupName' --output text`,
        ]
      : principal.kind === "role-session" || principal.kind === "iam-role"
        ? [
            "# The role's inline and attached policies, and its permissions boundary",
            ...documents("role", principal.roleName),
          ]
        : undefined;
  if (identity === undefined) return undefined;
  const organization =
    account === undefined || !/^\d{12}$/.test(account)
      ? undefined
      : [
          "# From the organization's management account: the SCPs and RCPs over the account",
          `aws organizations list-policies-for-target --target-id ${account} --filter SERVICE_CONTROL_POLICY`,
          `aws organizations list-policies-for-target --target-id ${account} --filter RESOURCE_CONTROL_POLICY`,
          `aws organizations list-parents --child-id ${account}`,
        ].join("\n");
  return { identity: identity.join("\n"), organization };
}
