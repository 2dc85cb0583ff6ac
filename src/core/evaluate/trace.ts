import type { PolicyType } from "../errors/reason";
import type { PastedStatement } from "../policy/pasted-policy";
import { evaluateConditions } from "./conditions";
import type { DecidingElement, EvaluationRequest, PolicyInput, StatementTrace } from "./types";
import { globMatch } from "./glob";
import {
  exemptByNotPrincipal,
  matchPrincipal,
  type Caller,
  type PrincipalMatch,
} from "./principal-match";
import { substitute, type ContextLookup } from "./variables";

/**
 * One statement against the request: each element in IAM's order, the first that fails named
 * (IAM User Guide, "IAM JSON policy elements reference").
 */
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

export interface TraceContext {
  readonly request: EvaluationRequest;
  readonly caller: Caller;
  readonly hasBoundary: boolean;
  readonly lookup: ContextLookup;
}

/** Principal and NotPrincipal, by the policy's type: whom the statement is about. */
function principalElement(
  s: PastedStatement,
  type: PolicyType,
  { caller, hasBoundary }: TraceContext,
): {
  failed: DecidingElement | undefined;
  match?: PrincipalMatch;
  invalid?: StatementTrace["invalid"];
  boundary?: true;
} {
  if (type === "identity-based") {
    return s.Principal !== undefined || s.NotPrincipal !== undefined
      ? { failed: "Principal", invalid: "principal-in-identity-policy" }
      : { failed: undefined };
  }
  if (s.Principal !== undefined) {
    const match = matchPrincipal(s.Principal, caller);
    return match === undefined ? { failed: "Principal" } : { failed: undefined, match };
  }
  if (s.NotPrincipal !== undefined) {
    if (!hasBoundary && exemptByNotPrincipal(s.NotPrincipal, caller, false))
      return { failed: "NotPrincipal" };
    const exemptWithout = exemptByNotPrincipal(s.NotPrincipal, caller, false);
    return {
      failed: undefined,
      match: "everyone",
      ...(exemptWithout ? { boundary: true as const } : {}),
    };
  }
  // A resource-based statement names its principals; AWS refuses one that does not. Organization
  // and endpoint policies apply to every caller without it.
  return type === "resource-based"
    ? { failed: "Principal", invalid: "no-principal" }
    : { failed: undefined, match: "everyone" };
}

export function traceStatement(
  s: PastedStatement,
  index: number,
  policy: PolicyInput,
  ctx: TraceContext,
  applies: boolean,
): StatementTrace {
  const { request, lookup } = ctx;
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
  const principal = principalElement(s, policy.type, ctx);
  if (failed === undefined) failed = principal.failed;
  else if (principal.invalid !== undefined) failed = "Principal";
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
    applies,
    ...(principal.match === undefined || policy.type !== "resource-based"
      ? {}
      : { principalMatch: principal.match }),
    ...(principal.invalid === undefined ? {} : { invalid: principal.invalid }),
    ...(principal.boundary === true && failed === undefined
      ? { notPrincipalBoundary: true as const }
      : {}),
  };
}
