import type { PolicyType } from "../errors/reason";
import type { PastedPolicyDocument, PastedStatement } from "../policy/pasted-policy";
import { evaluateConditions, type ConditionTrace } from "./conditions";
import { globMatch } from "./glob";
import { substitute, type ContextLookup } from "./variables";

/**
 * An IAM policy evaluator for the request in hand, written for this project from AWS's
 * documentation ("Policy evaluation logic":
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html).
 * It explains itself: every statement says whether it matched and which element decided it.
 */
export interface EvaluationRequest {
  /** The caller's ARN (for Principal matching) and its account. */
  readonly principalArn: string | undefined;
  readonly principalAccount: string | undefined;
  readonly action: string;
  readonly resource: string | undefined;
  /** The resource's account, for same- vs cross-account logic; undefined: same account. */
  readonly resourceAccount: string | undefined;
  /** Context keys (case-insensitive) to their values. */
  readonly context: ReadonlyMap<string, readonly string[]>;
}

export interface PolicyInput {
  readonly type: PolicyType;
  readonly name: string;
  readonly document: PastedPolicyDocument;
}

export type DecidingElement =
  "Action" | "NotAction" | "Resource" | "NotResource" | "Principal" | "NotPrincipal" | "Condition";

export interface StatementTrace {
  readonly policy: string;
  readonly type: PolicyType;
  readonly index: number;
  readonly sid: string | undefined;
  readonly effect: "Allow" | "Deny";
  readonly matched: boolean;
  /** The first element that failed (for a miss), or undefined when every element held. */
  readonly failed: DecidingElement | undefined;
  readonly conditions: readonly ConditionTrace[];
}

export type Decision =
  | { readonly decision: "allow"; readonly allowedBy: readonly StatementTrace[] }
  | { readonly decision: "explicit-deny"; readonly deniedBy: readonly StatementTrace[] }
  | {
      readonly decision: "implicit-deny";
      /** The policy types that lacked an Allow; each must allow for the request to pass. */
      readonly missing: readonly PolicyType[];
    };

export interface EvaluationResult {
  readonly result: Decision;
  readonly statements: readonly StatementTrace[];
}

const list = (v: string | readonly string[] | undefined): readonly string[] =>
  v === undefined ? [] : typeof v === "string" ? [v] : v;

/** Action names match case-insensitively, with wildcards ("IAM JSON policy elements: Action"). */
const actionMatches = (patterns: readonly string[], action: string) =>
  patterns.some((p) => p === "*" || globMatch(p, action, true));

/** Resources match case-sensitively, after policy variables ("IAM JSON policy elements: Resource"). */
const resourceMatches = (
  patterns: readonly string[],
  resource: string | undefined,
  lookup: ContextLookup,
) =>
  patterns.some((p) => {
    if (p === "*") return true;
    if (resource === undefined) return false;
    const s = substitute(p, lookup);
    return s !== undefined && globMatch(s, resource);
  });

/**
 * Principal in resource-based policies ("AWS JSON policy elements: Principal"): `"*"`, an account
 * (its ID or `:root` ARN: every principal of it), or the caller's own ARN. A role session is matched
 * by its role's ARN too.
 */
function principalMatches(element: unknown, request: EvaluationRequest): boolean {
  if (element === "*") return true;
  const aws =
    typeof element === "object" && element !== null && "AWS" in element
      ? list((element as { AWS: string | string[] }).AWS)
      : [];
  const caller = request.principalArn ?? "";
  const session = /^arn:([^:]+):sts::(\d{12}):assumed-role\/([^/]+)\//.exec(caller);
  const roleArn = session
    ? `arn:${session[1] ?? ""}:iam::${session[2] ?? ""}:role/${session[3] ?? ""}`
    : undefined;
  return aws.some(
    (p) =>
      p === "*" ||
      p === request.principalAccount ||
      p === `arn:aws:iam::${request.principalAccount ?? ""}:root` ||
      p === caller ||
      (roleArn !== undefined && p === roleArn),
  );
}

function traceStatement(
  s: PastedStatement,
  index: number,
  policy: PolicyInput,
  request: EvaluationRequest,
  lookup: ContextLookup,
): StatementTrace {
  const effect = s.Effect.toLowerCase() === "deny" ? "Deny" : "Allow";
  let failed: DecidingElement | undefined;
  if (s.Action !== undefined && !actionMatches(list(s.Action), request.action)) failed = "Action";
  else if (s.NotAction !== undefined && actionMatches(list(s.NotAction), request.action))
    failed = "NotAction";
  else if (s.Resource !== undefined && !resourceMatches(list(s.Resource), request.resource, lookup))
    failed = "Resource";
  else if (
    s.NotResource !== undefined &&
    resourceMatches(list(s.NotResource), request.resource, lookup)
  )
    failed = "NotResource";
  else if (s.Principal !== undefined && !principalMatches(s.Principal, request))
    failed = "Principal";
  else if (s.NotPrincipal !== undefined && principalMatches(s.NotPrincipal, request))
    failed = "NotPrincipal";
  // Conditions are read only when every other element held: the trace of a miss names its first cause.
  const conditions =
    failed === undefined ? evaluateConditions(s.Condition, lookup) : { result: true, traces: [] };
  if (failed === undefined && !conditions.result) failed = "Condition";
  return {
    policy: policy.name,
    type: policy.type,
    index,
    sid: s.Sid,
    effect,
    matched: failed === undefined,
    failed,
    conditions: conditions.traces,
  };
}

/** Types that only limit what others grant: when present, each must allow too. */
const LIMITS: readonly PolicyType[] = [
  "service-control",
  "resource-control",
  "permissions-boundary",
  "session",
  "vpc-endpoint",
];

export function evaluatePolicies(
  request: EvaluationRequest,
  policies: readonly PolicyInput[],
): EvaluationResult {
  const lookup: ContextLookup = (key) => request.context.get(key.toLowerCase());
  const statements = policies.flatMap((p) =>
    p.document.Statement.map((s, i) => traceStatement(s, i, p, request, lookup)),
  );
  // 1. An explicit Deny in any policy decides, whatever allows.
  const deniedBy = statements.filter((s) => s.matched && s.effect === "Deny");
  if (deniedBy.length > 0) return { result: { decision: "explicit-deny", deniedBy }, statements };

  const allowsOf = (type: PolicyType) =>
    statements.filter((s) => s.type === type && s.matched && s.effect === "Allow");
  const present = new Set(policies.map((p) => p.type));
  const missing: PolicyType[] = [];
  // 2. Limits: SCPs, RCPs, boundaries, session and endpoint policies must each allow, if present.
  // (RCPs are given as written: AWS attaches RCPFullAWSAccess by default.)
  for (const type of LIMITS)
    if (present.has(type) && allowsOf(type).length === 0) missing.push(type);
  // 3. Grants: same account, an identity or a resource-based Allow is enough; across accounts,
  // both sides must allow ("Cross-account policy evaluation logic").
  const identity = allowsOf("identity-based");
  const resource = allowsOf("resource-based");
  const crossAccount =
    request.resourceAccount !== undefined &&
    request.principalAccount !== undefined &&
    request.resourceAccount !== request.principalAccount;
  if (crossAccount) {
    if (identity.length === 0) missing.push("identity-based");
    if (resource.length === 0) missing.push("resource-based");
  } else if (identity.length === 0 && resource.length === 0) missing.push("identity-based");
  if (missing.length > 0) return { result: { decision: "implicit-deny", missing }, statements };
  return { result: { decision: "allow", allowedBy: [...identity, ...resource] }, statements };
}
