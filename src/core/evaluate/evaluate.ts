import type { PolicyType } from "../errors/reason";
import { rcpApplies, scpApplies } from "./applicability";
import { callerOf, type Caller, type PrincipalMatch } from "./principal-match";
import type {
  Decision,
  DecisionRule,
  EvaluationNote,
  EvaluationRequest,
  EvaluationResult,
  PolicyInput,
  StatementTrace,
} from "./types";
import { serviceRuleFor } from "./service-rules";
import { traceStatement, type TraceContext } from "./trace";
import type { ContextLookup } from "./variables";

/**
 * An IAM policy evaluator for the request in hand, written for this project from AWS's
 * documentation ("Policy evaluation logic", same-account and cross-account:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html).
 * It explains itself: every statement says whether it matched and which element decided it, and
 * the decision names the rule that decided it.
 */
export type * from "./types";
/** Session policies exist only for role sessions and federated users ("Session policies"). */
const SESSION_CALLERS: ReadonlySet<Caller["kind"]> = new Set(["role-session", "federated-user"]);
/** Identity-based policies and boundaries belong to IAM identities ("Permissions boundaries"). */
const IDENTITY_CALLERS: ReadonlySet<Caller["kind"]> = new Set([
  "iam-user",
  "role-session",
  "root",
  "federated-user",
  "unknown",
]);

type Applicability = true | (EvaluationNote & { code: "not-applicable" });

function applicability(
  type: PolicyType,
  request: EvaluationRequest,
  caller: Caller,
): Applicability {
  const no = (why: Extract<EvaluationNote, { code: "not-applicable" }>["why"]) => ({
    code: "not-applicable" as const,
    type,
    why,
  });
  switch (type) {
    case "service-control": {
      const a = scpApplies(caller, request.managementAccount);
      return a === true ? true : no(a);
    }
    case "resource-control": {
      const a = rcpApplies(
        caller,
        request.action,
        request.resourceAccount ?? request.principalAccount,
        request.managementAccount,
        false,
      );
      return a === true ? true : no(a);
    }
    case "session":
      return SESSION_CALLERS.has(caller.kind) ? true : no("not-a-session");
    case "identity-based":
    case "permissions-boundary":
      return IDENTITY_CALLERS.has(caller.kind) ? true : no("no-identity-policies");
    case "resource-based":
    case "vpc-endpoint":
      return true;
  }
}

/** SCPs and RCPs: every level needs an Allow; the levels that have none. */
function levelsLacking(
  traces: readonly StatementTrace[],
  policies: readonly PolicyInput[],
  type: PolicyType,
): string[] {
  const levels = new Map<string, boolean>();
  for (const p of policies)
    if (p.type === type) levels.set(p.level ?? "", levels.get(p.level ?? "") ?? false);
  for (const t of traces) {
    if (t.type !== type || !t.matched || t.effect !== "Allow") continue;
    const level = policies.find((p) => p.name === t.policy)?.level ?? "";
    levels.set(level, true);
  }
  return [...levels].filter(([, allowed]) => !allowed).map(([level]) => level);
}

export function evaluatePolicies(
  request: EvaluationRequest,
  policies: readonly PolicyInput[],
): EvaluationResult {
  const caller = callerOf(request);
  const lookup: ContextLookup = (key) => request.context.get(key.toLowerCase());
  const hasBoundary = policies.some((p) => p.type === "permissions-boundary");
  const ctx: TraceContext = { request, caller, hasBoundary, lookup };
  const notes: EvaluationNote[] = [];
  const applies = new Map<PolicyType, boolean>();
  for (const type of new Set(policies.map((p) => p.type))) {
    const a = applicability(type, request, caller);
    applies.set(type, a === true);
    if (a !== true) notes.push(a);
  }
  const statements = policies.flatMap((p) =>
    p.document.Statement.map((s, i) => traceStatement(s, i, p, ctx, applies.get(p.type) === true)),
  );
  for (const t of statements)
    if (t.invalid !== undefined)
      notes.push({ code: "invalid-statement", policy: t.policy, index: t.index, why: t.invalid });
  const rule = serviceRuleFor(request.action, request.resource);
  const serviceRule = rule === undefined ? {} : { serviceRule: rule.code };
  const service = request.action.split(":")[0]?.toLowerCase();
  if (service === "kms") notes.push({ code: "unmodeled", what: "kms-grants" });
  if (service === "s3") notes.push({ code: "unmodeled", what: "s3-acls" });
  const done = (result: Decision): EvaluationResult => ({
    result,
    statements,
    notes,
    ...serviceRule,
  });

  // 0. Rules no policy can change.
  if (rule?.effect === "allow")
    return done({ decision: "allow", allowedBy: [], rule: "no-permission-needed" });
  if (rule?.effect === "refuse")
    return done({ decision: "refused", rule: "refused-by-service", serviceRule: rule.code });

  // 1. An explicit Deny in any policy that applies decides, whatever allows.
  const deniedBy = statements.filter((s) => s.applies && s.matched && s.effect === "Deny");
  if (deniedBy.length > 0)
    return done({
      decision: "explicit-deny",
      deniedBy,
      rule: deniedBy.every((d) => d.notPrincipalBoundary === true)
        ? "not-principal-boundary"
        : "explicit-deny",
    });

  const allows = (type: PolicyType) =>
    statements.filter((s) => s.type === type && s.applies && s.matched && s.effect === "Allow");
  const present = (type: PolicyType) => applies.get(type) === true;

  // 2. Organization policies: every level must allow (RCPFullAWSAccess and FullAWSAccess are what
  // AWS attaches by default, so they are given as written).
  const missing: PolicyType[] = [];
  const levels: string[] = [];
  for (const type of ["service-control", "resource-control"] as const) {
    if (!present(type)) continue;
    if (policies.some((p) => p.type === type && p.level === undefined))
      notes.push({ code: "levels-assumed", type });
    const lacking = levelsLacking(statements, policies, type);
    if (lacking.length > 0) {
      missing.push(type);
      levels.push(...lacking.filter((l) => l !== ""));
    }
  }
  if (present("vpc-endpoint") && allows("vpc-endpoint").length === 0) missing.push("vpc-endpoint");

  // 3. Grants. The resource's policy by how it names the caller; the identity side with its
  // boundary and session policy.
  const resourceAllows = allows("resource-based");
  const named = (...m: PrincipalMatch[]) =>
    resourceAllows.some((t) => t.principalMatch !== undefined && m.includes(t.principalMatch));
  const boundaryOk = !present("permissions-boundary") || allows("permissions-boundary").length > 0;
  const sessionOk = !present("session") || allows("session").length > 0;
  const identityLimits: PolicyType[] = [
    ...(boundaryOk ? [] : (["permissions-boundary"] as const)),
    ...(sessionOk ? [] : (["session"] as const)),
  ];
  const identity = allows("identity-based").length > 0;
  const requiresResource = rule?.effect === "requires-resource-policy";
  if (requiresResource && !policies.some((p) => p.type === "resource-based"))
    notes.push({ code: "resource-policy-not-given", rule: rule.code });
  const crossAccount =
    request.resourceAccount !== undefined &&
    request.principalAccount !== undefined &&
    request.resourceAccount !== request.principalAccount;
  const requiredRule: DecisionRule =
    rule?.code === "role-trust-policy" ? "trust-policy-required" : "key-policy-required";

  let granted: { rule: DecisionRule; by: StatementTrace[] } | undefined;
  let grantRule: DecisionRule = "nothing-allows";
  const grantMissing: PolicyType[] = [];
  const identityBy = allows("identity-based");
  if (!crossAccount) {
    if (named("everyone", "direct"))
      // Same account, the user's or session's own ARN (or everyone): no boundary or session
      // policy can take it back by an implicit deny.
      granted = { rule: "direct-grant", by: resourceAllows };
    else if (named("role")) {
      if (identityLimits.length === 0) granted = { rule: "role-grant", by: resourceAllows };
      else {
        grantMissing.push(...identityLimits);
        grantRule = "limit-lacks-allow";
      }
    } else if (identity && (!requiresResource || named("account"))) {
      if (identityLimits.length === 0)
        granted = {
          rule: named("account") ? "account-delegation" : "identity-allow",
          by: [...identityBy, ...resourceAllows],
        };
      else {
        grantMissing.push(...identityLimits);
        grantRule = "limit-lacks-allow";
      }
    } else if (requiresResource && !named("account")) {
      grantMissing.push("resource-based");
      grantRule = requiredRule;
    } else {
      grantMissing.push("identity-based");
      grantRule = named("account") ? "account-delegation" : "nothing-allows";
    }
  } else {
    const resourceSide = named("everyone", "direct", "role", "account");
    if (!identity) grantMissing.push("identity-based");
    grantMissing.push(...identityLimits);
    if (!resourceSide) grantMissing.push("resource-based");
    if (grantMissing.length === 0)
      granted = { rule: "both-sides", by: [...identityBy, ...resourceAllows] };
    else
      grantRule =
        !resourceSide && requiresResource
          ? requiredRule
          : identity && identityLimits.length > 0
            ? "limit-lacks-allow"
            : "nothing-allows";
  }
  if (missing.length > 0 || granted === undefined) {
    const all = [...missing, ...grantMissing.filter((m) => !missing.includes(m))];
    return done({
      decision: "implicit-deny",
      missing: all,
      rule: missing.length > 0 ? "limit-lacks-allow" : grantRule,
      ...(levels.length > 0 ? { levels } : {}),
    });
  }
  return done({ decision: "allow", allowedBy: granted.by, rule: granted.rule });
}
