import RCP_SERVICES from "../data/rcp-services.json";
import { isServiceLinkedRole, type Caller } from "./principal-match";

/**
 * Who an organization policy applies to, from AWS Organizations' pages:
 * - SCPs restrict the IAM users and roles (and the root user) of member accounts; not the
 *   management account's, not service-linked roles, not principals outside the organization or
 *   anonymous callers ("Service control policies (SCPs)", "Tasks and entities not restricted by
 *   SCPs": https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html).
 * - RCPs restrict the resources of member accounts, whoever calls; not the management account's
 *   resources, not service-linked roles, not AWS managed KMS keys, only the services listed in
 *   `data/rcp-services.json` ("Resource control policies (RCPs)":
 *   https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html).
 */
export type NotApplicable =
  | "management-account"
  | "service-linked-role"
  | "not-an-iam-principal"
  | "service-not-supported"
  | "aws-managed-key";

const RCP_SUPPORTED: ReadonlySet<string> = new Set(RCP_SERVICES.services);
export const RCP_DATA = { source: RCP_SERVICES.source, date: RCP_SERVICES.date } as const;

const IAM_PRINCIPALS: ReadonlySet<Caller["kind"]> = new Set([
  "iam-user",
  "role-session",
  "root",
  "federated-user",
]);

export function scpApplies(
  caller: Caller,
  managementAccount: string | undefined,
): NotApplicable | true {
  if (!IAM_PRINCIPALS.has(caller.kind)) return "not-an-iam-principal";
  if (managementAccount !== undefined && caller.account === managementAccount)
    return "management-account";
  if (isServiceLinkedRole(caller)) return "service-linked-role";
  return true;
}

export function rcpApplies(
  caller: Caller,
  action: string,
  resourceAccount: string | undefined,
  managementAccount: string | undefined,
  awsManagedKey: boolean,
): NotApplicable | true {
  const service = action.split(":")[0]?.toLowerCase() ?? "";
  if (!RCP_SUPPORTED.has(service)) return "service-not-supported";
  if (managementAccount !== undefined && resourceAccount === managementAccount)
    return "management-account";
  if (isServiceLinkedRole(caller)) return "service-linked-role";
  if (awsManagedKey) return "aws-managed-key";
  return true;
}
