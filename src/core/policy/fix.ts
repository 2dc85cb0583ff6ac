import type { Analysis, Statement } from "../model/analysis";
import { parseArn } from "../model/arn";
import { isRunInstances, launchResources } from "./launch-set";
import type { ActionFacts } from "../iam/facts";
import { findCondition } from "../model/conditions";
import { escapeInvisibleInJson, iamLiteral } from "./formats/escape";
import type { PolicyDocument, PolicyStatement } from "./document";
import { checkPolicy, type PolicyWarning } from "./guardrails";
import type { Principal } from "../model/principal";

export const RESOURCE_SCOPES = ["exact", "type", "any"] as const;
/** The denied ARN itself, every resource of its type there (`instance/*`), or `*`. */
export type ResourceScope = (typeof RESOURCE_SCOPES)[number];

export interface PolicyOptions {
  /** Scope `iam:PassRole` to the service the role is passed to (on by default when known). */
  readonly passedToService: boolean;
  /** Context keys (as the message writes them) the user ticked to narrow the statement. */
  readonly conditionKeys?: readonly string[];
  readonly resourceScope?: ResourceScope;
  /** `ec2:RunInstances`: cover the launch's other resources too (launch-set.ts). */
  readonly launchSet?: boolean;
}

export const DEFAULT_POLICY_OPTIONS: PolicyOptions = { passedToService: true };

/**
 * IAM's operator for testing a key of this type against the request's exact value; multivalued
 * keys need a set operator. https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 */
export const OPERATOR_BY_TYPE: Readonly<Record<string, string>> = {
  String: "StringEquals",
  ArrayOfString: "ForAllValues:StringEquals",
  ARN: "ArnEquals",
  ArrayOfARN: "ForAllValues:ArnEquals",
  Bool: "Bool",
  ArrayOfBool: "ForAllValues:Bool",
  ArrayOfNumeric: "ForAllValues:NumericEquals",
  Numeric: "NumericEquals",
  Date: "DateEquals",
  IPAddress: "IpAddress",
};

/** Keys whose value is different on every request: an equality on them never matches again. */
const CHANGES_EVERY_REQUEST = new Set([
  "aws:currenttime",
  "aws:epochtime",
  "aws:multifactorauthage",
  "aws:tokenissuetime",
]);

export type Narrowing =
  | { readonly ok: true; readonly operator: string }
  | { readonly ok: false; readonly why: "changes-every-request" | "wildcard-value" };

/** Whether a context key can narrow the Allow to this request, and with which operator. */
export function narrowingFor(key: string, type: string, values: readonly string[]): Narrowing {
  if (CHANGES_EVERY_REQUEST.has(key.toLowerCase()) || type === "Date" || type === "ArrayOfDate")
    return { ok: false, why: "changes-every-request" };
  const operator = OPERATOR_BY_TYPE[type] ?? "StringEquals";
  // Under StringEquals `*` is a literal star, not "any": offering it would mislead.
  if (operator.endsWith("StringEquals") && values.includes("*"))
    return { ok: false, why: "wildcard-value" };
  return { ok: true, operator };
}

/** `arn:aws:ec2:r:a:instance/i-1` → `arn:aws:ec2:r:a:instance/*`; S3 `bucket/key` → `bucket/*`. */
export function scopeResource(arn: string, scope: ResourceScope): string {
  if (scope === "any") return "*";
  if (scope === "exact") return arn;
  const parsed = parseArn(arn);
  if (!parsed) return arn;
  const cut = parsed.resource.search(/[/:]/);
  const prefix = arn.slice(0, arn.length - parsed.resource.length);
  return cut === -1 ? `${prefix}*` : `${prefix}${parsed.resource.slice(0, cut + 1)}*`;
}

// The document's shape lives apart so that guardrails.ts can use it without importing this file.
export { asList, type PolicyDocument, type PolicyStatement } from "./document";

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
  /** AWS named the principal without an ARN (`User: ci-deployer`): user or role, account unknown. */
  | { readonly kind: "name-only"; readonly name: string }
  | { readonly kind: "unknown" };

export type FixNote =
  | { readonly code: "run-instances-resources" }
  /** The Resource covers the launch's image, subnet, interface, groups, volumes and key pair. */
  | { readonly code: "launch-set" }
  /** The action authorizes several resource types; the request (and this fix) touched `covered`. */
  | {
      readonly code: "other-resource-types";
      readonly action: string;
      readonly covered: string | undefined;
      readonly others: readonly string[];
    }
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
      /** What to know before pasting it (guardrails.ts). */
      readonly warnings: readonly PolicyWarning[];
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

/**
 * The service a role was passed to. Decoded iam:PassRole messages carry no iam:PassedToService;
 * they write the receiving service as `aws:Service` (`ec2`), whose endpoint principal is the key's
 * value (`ec2.amazonaws.com`). The draft and the evaluator both read it so.
 */
export function passedToServiceOf(analysis: Analysis): string | undefined {
  if (analysis.action?.qualified.toLowerCase() !== PASS_ROLE) return undefined;
  const service = findCondition(analysis.conditions, "aws:Service")?.values[0];
  return service === undefined ? undefined : `${service}.amazonaws.com`;
}

/** Sids allow only ASCII letters and digits. */
export function sidFor(service: string | undefined, actionName: string): string {
  const pascal = (s: string) =>
    s.replace(/(^|[^A-Za-z0-9]+)([A-Za-z0-9])/g, (_, __, c: string) => c.toUpperCase());
  return `Allow${pascal(service ?? "")}${pascal(actionName)}`.replace(/[^A-Za-z0-9]/g, "");
}

/** The policy as IAM reads it; invisible characters written as `\u…` escapes so they can be seen. */
export const policyJson = (document: PolicyDocument): string =>
  escapeInvisibleInJson(JSON.stringify(document, null, 2));

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
    case "unknown": {
      const name = principal?.arn;
      return name !== undefined && name !== "" && !name.startsWith("arn:")
        ? { kind: "name-only", name }
        : { kind: "unknown" };
    }
  }
}

/**
 * The fix for a denial. No statement allowed it: one Allow for exactly the denied action and
 * resource. An explicit Deny: no Allow can help (a Deny always wins), so none is generated.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 */
export function buildFix(
  analysis: Analysis,
  options: PolicyOptions = DEFAULT_POLICY_OPTIONS,
  facts?: ActionFacts,
): Fix {
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
  const condition: Record<string, Record<string, string | readonly string[]>> = {};
  const addCondition = (operator: string, key: string, values: readonly string[]) => {
    const literal = values.map(iamLiteral);
    condition[operator] = {
      ...condition[operator],
      [key]: literal.length === 1 ? (literal[0] ?? "") : literal,
    };
  };
  let passedToService: string | undefined;
  if (action.qualified.toLowerCase() === PASS_ROLE) {
    passedToService = passedToServiceOf(analysis);
    if (passedToService === undefined) notes.push({ code: "passed-to-service-unknown" });
    else {
      notes.push({ code: "passed-to-service", service: passedToService });
      if (options.passedToService)
        addCondition("StringEquals", "iam:PassedToService", [passedToService]);
    }
  }
  // Only keys IAM documents for this action (or global ones) can narrow it, with their type's operator.
  for (const key of options.conditionKeys ?? []) {
    const support = facts?.keys.get(key.toLowerCase());
    const row = findCondition(analysis.conditions, key);
    if (!support || !row) continue;
    const narrowing = narrowingFor(support.documented, support.type, row.values);
    if (!narrowing.ok) continue;
    addCondition(
      narrowing.operator,
      support.documented.includes("${") ? row.key : support.documented,
      row.values,
    );
  }
  const canonical = facts?.exists ? facts.canonical : action.qualified;
  const launch =
    options.launchSet === true &&
    options.resourceScope !== "any" &&
    isRunInstances(action.qualified)
      ? launchResources(resource.arn)?.map(iamLiteral)
      : undefined;
  const statement: PolicyStatement = {
    Sid: sidFor(action.service, canonical.slice(canonical.indexOf(":") + 1)),
    Effect: "Allow",
    Action: canonical,
    Resource: launch ?? iamLiteral(scopeResource(resource.arn, options.resourceScope ?? "exact")),
    ...(Object.keys(condition).length === 0 ? {} : { Condition: condition }),
  };
  const document: PolicyDocument = { Version: "2012-10-17", Statement: [statement] };

  const types = facts?.resourceTypes ?? [];
  if (launch !== undefined) notes.push({ code: "launch-set" });
  else if (types.length > 1 && facts?.resourceType !== undefined && options.resourceScope !== "any")
    notes.push({
      code: "other-resource-types",
      action: canonical,
      covered: facts.resourceType,
      others: types.filter((t) => t !== facts.resourceType),
    });
  else if (isRunInstances(action.qualified)) notes.push({ code: "run-instances-resources" });
  if (verdict !== "implicit-deny") notes.push({ code: "tentative-verdict" });
  notes.push({ code: "other-policies-can-deny" });

  const attachTo = attachTarget(analysis.principal);
  return {
    kind: "allow-policy",
    document,
    json: policyJson(document),
    attachTo,
    passedToService,
    notes,
    warnings: checkPolicy(document, attachTo),
  };
}
