import { parseArn } from "../model/arn";

/**
 * Who calls, as the Principal element sees it (IAM User Guide, "AWS JSON policy elements:
 * Principal": https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html).
 */
export type CallerKind =
  | "iam-user"
  | "role-session"
  | "root"
  | "federated-user"
  /** An AWS service principal (`ec2.amazonaws.com`) acting itself. */
  | "service"
  /** A web identity or SAML caller before it becomes a role session (trust policies). */
  | "federated"
  | "anonymous"
  | "unknown";

export interface Caller {
  readonly kind: CallerKind;
  /** The caller's own ARN: the user, the role session (`assumed-role/R/S`), the root. */
  readonly arn: string | undefined;
  readonly account: string | undefined;
  readonly partition: string;
  /** A role session's role: its name (the session ARN carries no path). */
  readonly roleName: string | undefined;
  readonly service: string | undefined;
  readonly federated: string | undefined;
  readonly canonicalUser: string | undefined;
}

export interface CallerFields {
  readonly principalArn: string | undefined;
  readonly principalAccount: string | undefined;
  readonly caller?: {
    readonly service?: string;
    readonly federated?: string;
    readonly canonicalUser?: string;
    readonly anonymous?: boolean;
  };
}

export function callerOf(request: CallerFields): Caller {
  const arn = request.principalArn;
  const parsed = arn === undefined ? undefined : parseArn(arn);
  const base = {
    arn,
    account: request.principalAccount ?? (parsed?.account === "" ? undefined : parsed?.account),
    partition: parsed?.partition ?? "aws",
    roleName: undefined,
    service: request.caller?.service,
    federated: request.caller?.federated,
    canonicalUser: request.caller?.canonicalUser,
  };
  if (request.caller?.anonymous === true) return { ...base, kind: "anonymous" };
  if (request.caller?.service !== undefined && arn === undefined)
    return { ...base, kind: "service" };
  if (request.caller?.federated !== undefined && arn === undefined)
    return { ...base, kind: "federated" };
  const resource = parsed?.resource ?? "";
  if (parsed?.service === "iam" && resource === "root") return { ...base, kind: "root" };
  if (parsed?.service === "iam" && resource.startsWith("user/"))
    return { ...base, kind: "iam-user" };
  if (parsed?.service === "sts" && resource.startsWith("assumed-role/"))
    return { ...base, kind: "role-session", roleName: resource.split("/")[1] };
  if (parsed?.service === "sts" && resource.startsWith("federated-user/"))
    return { ...base, kind: "federated-user" };
  return { ...base, kind: "unknown" };
}

/** A service-linked role's session: SCPs and RCPs do not restrict it (Organizations User Guide). */
export const isServiceLinkedRole = (caller: Caller): boolean =>
  caller.kind === "role-session" && (caller.roleName ?? "").startsWith("AWSServiceRoleFor");

/**
 * How a Principal entry names the caller, which decides what else must allow (IAM User Guide,
 * "Policy evaluation logic", resource-based policies in the same account):
 * - `everyone`: `"*"`; grants like a direct grant.
 * - `direct`: the IAM user's or the role session's own ARN, a service, a federated provider or an
 *   S3 canonical user: grants by itself, not limited by an implicit deny in a boundary or session
 *   policy.
 * - `role`: the role's ARN for one of its sessions: grants, limited by the session's boundary and
 *   session policy.
 * - `account`: the account (`"111122223333"` or `arn:aws:iam::111122223333:root`): delegates to the
 *   account's identity-based policies; grants nothing by itself.
 */
export type PrincipalMatch = "everyone" | "direct" | "role" | "account";

const list = (v: unknown): string[] =>
  typeof v === "string"
    ? [v]
    : Array.isArray(v)
      ? v.filter((x): x is string => typeof x === "string")
      : [];

const field = (element: unknown, key: string): string[] =>
  typeof element === "object" && element !== null && Object.hasOwn(element, key)
    ? list((element as Record<string, unknown>)[key])
    : [];

/** A role's ARN names it by path and name; a session ARN by name only: compare account and name. */
function roleArnNames(entry: string, caller: Caller): boolean {
  if (caller.kind !== "role-session" || caller.roleName === undefined) return false;
  const p = parseArn(entry);
  if (p?.service !== "iam" || !p.resource.startsWith("role/")) return false;
  return p.account === caller.account && p.resource.split("/").at(-1) === caller.roleName;
}

const isAccountEntry = (entry: string, caller: Caller): boolean =>
  caller.account !== undefined &&
  (entry === caller.account || entry === `arn:${caller.partition}:iam::${caller.account}:root`);

/** How the Principal element names the caller, or undefined when it does not. */
export function matchPrincipal(element: unknown, caller: Caller): PrincipalMatch | undefined {
  if (element === "*") return "everyone";
  const aws = field(element, "AWS");
  if (aws.includes("*")) return "everyone";
  if (caller.kind === "anonymous") return undefined;
  let best: PrincipalMatch | undefined;
  for (const entry of aws) {
    if (caller.arn !== undefined && entry === caller.arn) return "direct";
    if (roleArnNames(entry, caller)) best = "role";
    else if (best === undefined && isAccountEntry(entry, caller)) best = "account";
  }
  if (caller.service !== undefined && field(element, "Service").includes(caller.service))
    return "direct";
  if (caller.federated !== undefined && field(element, "Federated").includes(caller.federated))
    return "direct";
  if (
    caller.canonicalUser !== undefined &&
    field(element, "CanonicalUser").includes(caller.canonicalUser)
  )
    return "direct";
  return best;
}

/**
 * Whether a `NotPrincipal` list exempts the caller from a Deny (IAM User Guide, "NotPrincipal"):
 * only an entry that is the caller itself exempts it. The account's root ARN exempts the root
 * user only, not every user of the account; a role's ARN does not exempt its sessions (the session
 * ARN must be listed). A caller with a permissions boundary is never exempt ("Permissions
 * boundaries for IAM entities": a Deny with NotPrincipal always denies such a principal).
 */
export function exemptByNotPrincipal(
  element: unknown,
  caller: Caller,
  hasBoundary: boolean,
): boolean {
  if (hasBoundary) return false;
  if (element === "*" || field(element, "AWS").includes("*")) return true;
  if (caller.kind === "anonymous") return false;
  const aws = field(element, "AWS");
  if (caller.arn !== undefined && aws.includes(caller.arn)) return true;
  // The account's ID stands for its root ARN: it exempts the root user only.
  if (caller.kind === "root" && aws.some((e) => isAccountEntry(e, caller))) return true;
  if (caller.service !== undefined && field(element, "Service").includes(caller.service))
    return true;
  if (caller.federated !== undefined && field(element, "Federated").includes(caller.federated))
    return true;
  return false;
}
