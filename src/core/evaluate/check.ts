import type { Analysis } from "../model/analysis";
import { parseArn } from "../model/arn";
import { changedLines } from "../policy/changed-lines";
import type { PastedStatement } from "../policy/pasted-policy";
import type { ConditionTrace } from "./conditions";
import {
  evaluatePolicies,
  type Decision,
  type EvaluationNote,
  type EvaluationRequest,
  type PolicyInput,
  type StatementTrace,
} from "./evaluate";

/** The decoded request as the evaluator takes it: principal, action, resource and context keys. */
export function requestFromAnalysis(analysis: Analysis): EvaluationRequest | undefined {
  const action = analysis.action?.qualified;
  if (action === undefined) return undefined;
  const principalArn = analysis.principal?.arn;
  const resource = analysis.resource?.arn;
  const account = (arn: string | undefined) => {
    const a = arn === undefined ? undefined : parseArn(arn)?.account;
    return a === undefined || a === "" ? undefined : a;
  };
  return {
    principalArn,
    principalAccount: account(principalArn),
    action,
    resource,
    resourceAccount: account(resource),
    context: new Map((analysis.conditions ?? []).map((r) => [r.key.toLowerCase(), r.values])),
  };
}

export type AwsDecision = "allow" | "explicit-deny" | "implicit-deny" | "unknown";
const awsDecision = (analysis: Analysis): AwsDecision =>
  analysis.verdict === "allowed"
    ? "allow"
    : analysis.verdict === "explicit-deny" || analysis.verdict === "implicit-deny"
      ? analysis.verdict
      : "unknown";

/** An edit to one Allow statement that would make it match, shown as a diff. */
export interface NearestMiss {
  readonly trace: StatementTrace;
  /** The failing condition, when a condition is what missed. */
  readonly condition: ConditionTrace | undefined;
  readonly before: string;
  readonly after: string | undefined;
  readonly changed: ReadonlySet<number>;
}

export interface Check {
  readonly ours: Decision;
  readonly aws: AwsDecision;
  readonly agree: boolean;
  /** Why they may differ: the policies given are not all that apply; keys the message lacked. */
  readonly differsBecause: readonly ("policies-missing" | "keys-missing")[];
  readonly statements: readonly StatementTrace[];
  readonly nearest: NearestMiss | undefined;
  /** What the evaluator assumed, or where its knowledge stops, for this request. */
  readonly notes: readonly EvaluationNote[];
}

/** How far a statement got: the later the element that failed, the nearer the miss. */
const STAGE = {
  Action: 0,
  NotAction: 0,
  Resource: 1,
  NotResource: 1,
  Principal: 2,
  NotPrincipal: 2,
  Condition: 3,
};
const closeness = (t: StatementTrace) =>
  t.failed === undefined
    ? 4
    : STAGE[t.failed] +
      (t.failed === "Condition"
        ? t.conditions.filter((c) => c.result).length / (t.conditions.length + 1)
        : 0);

const asList = (v: string | readonly string[] | undefined): string[] =>
  v === undefined ? [] : typeof v === "string" ? [v] : [...v];

/** The smallest edit: add the request's action, resource or context value where the statement missed. */
function edit(
  s: PastedStatement,
  t: StatementTrace,
  request: EvaluationRequest,
): PastedStatement | undefined {
  switch (t.failed) {
    case "Action":
      return { ...s, Action: [...asList(s.Action), request.action] };
    case "Resource":
      return request.resource === undefined
        ? undefined
        : { ...s, Resource: [...asList(s.Resource), request.resource] };
    case "Condition": {
      const failing = t.conditions.find((c) => !c.result);
      if (!failing?.requestValues || /Not|Null/.test(failing.operator) || !s.Condition)
        return undefined;
      const block = s.Condition[failing.operator] ?? {};
      const values = [...new Set([...failing.policyValues, ...failing.requestValues])];
      return {
        ...s,
        Condition: { ...s.Condition, [failing.operator]: { ...block, [failing.key]: values } },
      };
    }
    default:
      return undefined;
  }
}

/** Runs the pasted policies on the decoded request, beside AWS's decision. */
export function checkAgainst(
  analysis: Analysis,
  policies: readonly PolicyInput[],
): Check | undefined {
  const request = requestFromAnalysis(analysis);
  if (!request) return undefined;
  const { result, statements, notes } = evaluatePolicies(request, policies);
  const aws = awsDecision(analysis);
  // A refusal by the service is a denial in AWS's message, whatever its kind.
  const agree =
    aws === "unknown" ||
    aws === result.decision ||
    (result.decision === "refused" && aws !== "allow");
  const differsBecause: Check["differsBecause"] = agree
    ? []
    : [
        ...(aws !== "allow" ? (["policies-missing"] as const) : []),
        ...(!analysis.conditionsComplete ||
        statements.some((s) => s.conditions.some((c) => c.requestValues === undefined))
          ? (["keys-missing"] as const)
          : []),
      ];
  let nearest: NearestMiss | undefined;
  if (result.decision === "implicit-deny") {
    const candidates = statements
      .filter((t) => t.effect === "Allow" && !t.matched && result.missing.includes(t.type))
      .sort((a, b) => closeness(b) - closeness(a));
    const best = candidates[0];
    const statement =
      best && policies.find((p) => p.name === best.policy)?.document.Statement[best.index];
    if (best && statement) {
      const before = JSON.stringify(statement, null, 2);
      const edited = edit(statement, best, request);
      const after = edited === undefined ? undefined : JSON.stringify(edited, null, 2);
      nearest = {
        trace: best,
        condition: best.failed === "Condition" ? best.conditions.find((c) => !c.result) : undefined,
        before,
        after,
        changed: after === undefined ? new Set() : changedLines(before, after),
      };
    }
  }
  return { ours: result, aws, agree, differsBecause, statements, nearest, notes };
}
