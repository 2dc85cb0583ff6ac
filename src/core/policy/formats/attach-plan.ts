import type { AttachTarget } from "../fix";
import { targetNameProblem, type NameProblem } from "../iam-names";

/**
 * What every format attaches the policy to, decided once: a role or user inline policy, a permission
 * set's inline policy, or (no valid target) a managed policy with no attach step. Names reach a
 * format only after `targetNameProblem` accepted them.
 */
export type AttachPlan =
  | { readonly kind: "role"; readonly roleName: string }
  | { readonly kind: "user"; readonly userName: string }
  | { readonly kind: "permission-set"; readonly permissionSet: string }
  | {
      readonly kind: "managed-only";
      /** Why there is no attach step: the message did not say, or a name is not a valid IAM name. */
      readonly why: "no-target" | "invalid-name";
      readonly problem: NameProblem | undefined;
    };

export function attachPlan(target: AttachTarget): AttachPlan {
  const problem = targetNameProblem(target);
  if (problem) return { kind: "managed-only", why: "invalid-name", problem };
  switch (target.kind) {
    case "iam-role":
      return { kind: "role", roleName: target.roleName };
    case "iam-user":
      return { kind: "user", userName: target.userName };
    case "permission-set":
      return { kind: "permission-set", permissionSet: target.permissionSet ?? "" };
    case "federated-user":
    case "root":
    case "name-only":
    case "unknown":
      return { kind: "managed-only", why: "no-target", problem: undefined };
  }
}

/** The comment line each format puts above a policy it cannot attach (names never appear in it). */
export const NO_ATTACH_COMMENT = {
  "no-target":
    "Attach it where the principal gets its permissions: the message does not say where.",
  "invalid-name":
    "No attach step: the principal's name is not a valid IAM name (see the page for why).",
} as const;

export const PERMISSION_SET_COMMENT =
  "IAM Identity Center permission set: this replaces the permission set's whole inline policy, so merge in the statements it already has.";
