import type { Analysis, Statement } from "../model/analysis";
import { isPlaceholderAccount } from "../model/arn";
import { findCondition } from "../model/conditions";
import type { Principal } from "../model/principal";

export interface PolicyOptions {
  /** Scope `iam:PassRole` to the service the role is passed to (on by default when known). */
  readonly passedToService: boolean;
}

export const DEFAULT_POLICY_OPTIONS: PolicyOptions = { passedToService: true };

export interface PolicyStatement {
  readonly Sid: string;
  readonly Effect: "Allow";
  readonly Action: string | readonly string[];
  readonly Resource: string | readonly string[];
  readonly Condition?: Readonly<Record<string, Readonly<Record<string, string | readonly string[]>>>>;
}

export interface PolicyDocument {
  readonly Version: "2012-10-17";
  readonly Statement: readonly PolicyStatement[];
}

/** Where the Allow belongs, read from the principal's ARN. */
export type AttachTarget =
  | { readonly kind: "iam-user"; readonly userName: string }
  | {
      readonly kind: "iam-role";
      readonly roleName: string;
      readonly sessionName: string | undefined;
    }
  | {
      readonly kind: "permission-set";
      readonly permissionSet: string | undefined;
      readonly roleName: string;
    }
  | { readonly kind: "federated-user"; readonly userName: string }
  | { readonly kind: "root" }
  | { readonly kind: "unknown" };

export type FixNote =
  | { readonly code: "placeholder-account"; readonly value: string }
  | { readonly code: "run-instances-resources" }
  | { readonly code: "passed-to-service"; readonly service: string }
  | { readonly code: "passed-to-service-unknown" }
  | { readonly code: "tentative-verdict" }
  | { readonly code: "other-policies-can-deny" };

export type Fix =
  | {
      readonly kind: "allow-policy";
      readonly document: PolicyDocument;
      /** Exactly what Copy policy copies. */
      readonly json: string;
      readonly attachTo: AttachTarget;
      /** The `iam:PassedToService` value this PassRole can be scoped to, when the message tells. */
      readonly passedToService: string | undefined;
      readonly notes: readonly FixNote[];
    }
  | {
      readonly kind: "explicit-deny";
      readonly statements: readonly Statement[];
      /** A statement with `SCOPE_POLICY_ISSUER` as principal comes from a permissions boundary. */
      readonly fromPermissionsBoundary: boolean;
      readonly identityCenter: boolean;
    }
  | { readonly kind: "allowed" }
  | { readonly kind: "insufficient"; readonly missing: readonly ("action" | "resource")[] };

const PASS_ROLE = "iam:passrole";

/** Sids allow only ASCII letters and digits. */
export function sidFor(service: string | undefined, actionName: string): string {
  const pascal = (s: string) =>
    s.replace(/(^|[^A-Za-z0-9]+)([A-Za-z0-9])/g, (_, __, c: string) => c.toUpperCase());
  return `Allow${pascal(service ?? "")}${pascal(actionName)}`.replace(/[^A-Za-z0-9]/g, "");
}

export const policyJson = (document: PolicyDocument): string => JSON.stringify(document, null, 2);

export function attachTarget(principal: Principal | undefined): AttachTarget {
  const k = principal?.kind;
  switch (k?.kind) {
    case "iam-user":
      return { kind: "iam-user", userName: k.userName };
    case "iam-role":
      return { kind: "iam-role", roleName: k.roleName, sessionName: undefined };
    case "role-session":
      return k.origin === "identity-center"
        ? { kind: "permission-set", permissionSet: k.permissionSet, roleName: k.roleName }
        : { kind: "iam-role", roleName: k.roleName, sessionName: k.sessionName };
    case "federated-user":
      return { kind: "federated-user", userName: k.userName };
    case "root":
      return { kind: "root" };
    case undefined:
    case "unknown":
      return { kind: "unknown" };
  }
}

/**
 * The fix for a denial. No statement allowed it: one Allow for exactly the denied action and
 * resource. An explicit Deny: no Allow can help (a Deny always wins), so none is generated.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 */
export function buildFix(analysis: Analysis, options: PolicyOptions = DEFAULT_POLICY_OPTIONS): Fix {
  const { verdict, action, resource } = analysis;
  if (verdict === "allowed") return { kind: "allowed" };
  if (verdict === "explicit-deny") {
    const denying = analysis.statements.filter((s) => s.effect?.toUpperCase() !== "ALLOW");
    return {
      kind: "explicit-deny",
      statements: denying,
      fromPermissionsBoundary: denying.some((s) => s.fromPermissionsBoundary),
      identityCenter:
        analysis.principal?.kind.kind === "role-session" &&
        analysis.principal.kind.origin === "identity-center",
    };
  }
  if (action === undefined || resource === undefined) {
    const missing: ("action" | "resource")[] = [];
    if (action === undefined) missing.push("action");
    if (resource === undefined) missing.push("resource");
    return { kind: "insufficient", missing };
  }

  const notes: FixNote[] = [];
  let condition: PolicyStatement["Condition"];
  let passedToService: string | undefined;
  if (action.qualified.toLowerCase() === PASS_ROLE) {
    const service = findCondition(analysis.conditions, "aws:Service")?.values[0];
    passedToService = service === undefined ? undefined : `${service}.amazonaws.com`;
    if (passedToService === undefined) notes.push({ code: "passed-to-service-unknown" });
    else {
      notes.push({ code: "passed-to-service", service: passedToService });
      if (options.passedToService)
        condition = { StringEquals: { "iam:PassedToService": passedToService } };
    }
  }
  const statement: PolicyStatement = {
    Sid: sidFor(action.service, action.name),
    Effect: "Allow",
    Action: action.qualified,
    Resource: resource.arn,
    ...(condition === undefined ? {} : { Condition: condition }),
  };
  const document: PolicyDocument = { Version: "2012-10-17", Statement: [statement] };

  const account = resource.parsed?.account;
  if (account !== undefined && isPlaceholderAccount(account))
    notes.push({ code: "placeholder-account", value: account });
  if (action.qualified.toLowerCase() === "ec2:runinstances")
    notes.push({ code: "run-instances-resources" });
  if (verdict !== "implicit-deny") notes.push({ code: "tentative-verdict" });
  notes.push({ code: "other-policies-can-deny" });

  return {
    kind: "allow-policy",
    document,
    json: policyJson(document),
    attachTo: attachTarget(analysis.principal),
    passedToService,
    notes,
  };
}
