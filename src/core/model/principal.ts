import { parseArn, type Arn } from "./arn";

/**
 * Unique ID prefixes: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-prefixes
 */
export const UNIQUE_ID_PREFIXES = {
  ABIA: "sts-bearer-token",
  ACCA: "context-specific-credential",
  AGPA: "group",
  AIDA: "iam-user",
  AIPA: "instance-profile",
  AKIA: "access-key",
  ANPA: "managed-policy",
  ANVA: "managed-policy-version",
  APKA: "public-key",
  AROA: "role",
  ASCA: "certificate",
  ASIA: "temporary-access-key",
} as const;
export type UniqueIdKind = (typeof UNIQUE_ID_PREFIXES)[keyof typeof UNIQUE_ID_PREFIXES];

/** Who runs a role session, when its name or the role's name tells. */
export type SessionOrigin =
  "identity-center" | "aws-backup" | "ec2-instance" | "service-linked" | "other";

export type PrincipalKind =
  | { readonly kind: "iam-user"; readonly userName: string; readonly path: string }
  | {
      readonly kind: "role-session";
      readonly roleName: string;
      readonly sessionName: string;
      readonly origin: SessionOrigin;
      /** The IAM Identity Center permission set, from `AWSReservedSSO_<set>_<suffix>`. */
      readonly permissionSet?: string;
    }
  | { readonly kind: "iam-role"; readonly roleName: string; readonly path: string }
  | { readonly kind: "federated-user"; readonly userName: string }
  | { readonly kind: "root" }
  | { readonly kind: "unknown" };

export interface Principal {
  readonly arn: string | undefined;
  readonly parsedArn: Arn | undefined;
  readonly id: string | undefined;
  readonly idKind: UniqueIdKind | undefined;
  /** The part after `:` in `AROA…:session` ids. */
  readonly idSession: string | undefined;
  readonly name: string | undefined;
  readonly kind: PrincipalKind;
}

const SSO_ROLE = /^AWSReservedSSO_(.+)_[^_]+$/;

function sessionOrigin(roleName: string, sessionName: string): SessionOrigin {
  if (roleName.startsWith("AWSReservedSSO_")) return "identity-center";
  if (sessionName.startsWith("AWSBackup-")) return "aws-backup";
  if (/^i-[0-9a-z]{8,}$/.test(sessionName)) return "ec2-instance";
  if (roleName.startsWith("AWSServiceRoleFor")) return "service-linked";
  return "other";
}

/** Splits `path/to/name` into the IAM path (`/path/to/`) and the friendly name. */
function splitPath(rest: string): { path: string; name: string } {
  const slash = rest.lastIndexOf("/");
  return slash === -1
    ? { path: "/", name: rest }
    : { path: `/${rest.slice(0, slash + 1)}`, name: rest.slice(slash + 1) };
}

export function principalKind(arn: Arn | undefined): PrincipalKind {
  if (!arn) return { kind: "unknown" };
  const { service, resource } = arn;
  if (service === "iam" && resource === "root") return { kind: "root" };
  if (service === "iam" && resource.startsWith("user/")) {
    const { path, name } = splitPath(resource.slice("user/".length));
    return { kind: "iam-user", userName: name, path };
  }
  if (service === "iam" && resource.startsWith("role/")) {
    const { path, name } = splitPath(resource.slice("role/".length));
    return { kind: "iam-role", roleName: name, path };
  }
  if (service === "sts" && resource.startsWith("assumed-role/")) {
    const rest = resource.slice("assumed-role/".length);
    const slash = rest.indexOf("/");
    const roleName = slash === -1 ? rest : rest.slice(0, slash);
    const sessionName = slash === -1 ? "" : rest.slice(slash + 1);
    const origin = sessionOrigin(roleName, sessionName);
    const permissionSet = origin === "identity-center" ? SSO_ROLE.exec(roleName)?.[1] : undefined;
    return {
      kind: "role-session",
      roleName,
      sessionName,
      origin,
      ...(permissionSet === undefined ? {} : { permissionSet }),
    };
  }
  if (service === "sts" && resource.startsWith("federated-user/")) {
    return { kind: "federated-user", userName: resource.slice("federated-user/".length) };
  }
  return { kind: "unknown" };
}

export function buildPrincipal(fields: { arn?: string; id?: string; name?: string }): Principal {
  const parsedArn = fields.arn === undefined ? undefined : parseArn(fields.arn);
  const prefix = fields.id?.slice(0, 4) as keyof typeof UNIQUE_ID_PREFIXES | undefined;
  const idKind =
    prefix !== undefined && Object.hasOwn(UNIQUE_ID_PREFIXES, prefix)
      ? UNIQUE_ID_PREFIXES[prefix]
      : undefined;
  const colon = fields.id?.indexOf(":") ?? -1;
  return {
    arn: fields.arn,
    parsedArn,
    id: fields.id,
    idKind,
    idSession: colon === -1 ? undefined : fields.id?.slice(colon + 1),
    name: fields.name,
    kind: principalKind(parsedArn),
  };
}

/** The short name a person would use: user name, role name, or the ARN itself. */
export function principalLabel(principal: Principal): string {
  const k = principal.kind;
  switch (k.kind) {
    case "iam-user":
    case "federated-user":
      return k.userName;
    case "role-session":
    case "iam-role":
      return k.roleName;
    case "root":
      return "root";
    case "unknown":
      return principal.arn ?? principal.id ?? "";
  }
}
