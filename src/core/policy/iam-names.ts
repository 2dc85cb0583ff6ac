import type { AttachTarget } from "./fix";

/**
 * IAM friendly names: letters, digits and `+=,.@_-`, with a length limit per entity.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-names
 * Permission set names: https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_CreatePermissionSet.html
 */
const NAME = /^[A-Za-z0-9_+=,.@-]+$/;

export const NAME_LIMITS = {
  user: 64,
  role: 64,
  "permission-set": 32,
  policy: 128,
} as const;
export type NamedEntity = keyof typeof NAME_LIMITS;

export interface NameProblem {
  readonly entity: NamedEntity;
  readonly value: string;
  readonly reason: "empty" | "characters" | "length";
}

export function checkName(entity: NamedEntity, value: string): NameProblem | undefined {
  if (value === "") return { entity, value, reason: "empty" };
  if (!NAME.test(value)) return { entity, value, reason: "characters" };
  if (value.length > NAME_LIMITS[entity]) return { entity, value, reason: "length" };
  return undefined;
}

/** Why no command can attach to this target, or undefined when its names are valid IAM names. */
export function targetNameProblem(target: AttachTarget): NameProblem | undefined {
  switch (target.kind) {
    case "iam-user":
      return checkName("user", target.userName);
    case "iam-role":
      return checkName("role", target.roleName);
    case "permission-set":
      return checkName("permission-set", target.permissionSet ?? "");
    case "federated-user":
    case "root":
    case "name-only":
    case "unknown":
      return undefined;
  }
}
