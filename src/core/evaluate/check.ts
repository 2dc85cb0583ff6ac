import type { Analysis } from "../model/analysis";
import { parseArn } from "../model/arn";
import { changedLines } from "../policy/changed-lines";
import { passedToServiceOf } from "../policy/fix";
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
  const context = new Map(
    (analysis.conditions ?? []).map((r) => [r.key.toLowerCase(), r.values] as const),
  );
  const passedTo = passedToServiceOf(analysis);
  if (passedTo !== undefined && !context.has("iam:passedtoservice"))
    context.set("iam:passedtoservice", [passedTo]);
  return {
    principalArn,
    principalAccount: account(principalArn),
    action,
    resource,
    resourceAccount: account(resource),
    context,
  };
}

export type AwsDecision = "allow" | "explicit-deny" | "implicit-deny" | "unknown";
const awsDecision = (analysis: Analysis): AwsDecision =>
  analysis.verdict === "allowed"
    ? "allow"
    : analysis.verdict === "explicit-deny" || analysis.verdict === "implicit-deny"
      ? analysis.verdict
      : "unknown";

/** One element of the statement that did not match the request. */
export interface Miss {
  readonly element: NonNullable<StatementTrace["failed"]>;
  /** The failing condition, when a condition is what missed. */
  readonly condition: ConditionTrace | undefined;
}

/** An edit to one Allow statement that would make it match, shown as a diff. */
export interface NearestMiss {
  readonly trace: StatementTrace;
  /** The first failing condition, when a condition is what missed first. */
  readonly condition: ConditionTrace | undefined;
  /** Every element that missed, in the order the evaluator met them (edit, re-run, repeat). */
  readonly misses: readonly Miss[];
  readonly before: string;
  /** The edited statement; offered only when `allows` (the evaluator re-ran the policies with it). */
  readonly after: string | undefined;
  readonly changed: ReadonlySet<number>;
  /** The policies with the edit allow the request; when false, what still lacks an Allow. */
  readonly allows: boolean;
  readonly stillMissing: readonly PolicyInput["type"][];
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

const failedCondition = (t: StatementTrace): ConditionTrace | undefined =>
  t.failed === "Condition" ? t.conditions.find((c) => !c.result) : undefined;

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
      const failing = failedCondition(t);
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

/** Enough for any statement: one edit per element (Action, Resource) and per condition key. */
const MAX_EDITS = 12;

/**
 * The edit that makes the nearest statement match, over every element that missed: the trace
 * stops at the first failing element, so edit it, run the policies again with the edited
 * statement, and repeat. The edit is offered only if the policies with it allow the request (a
 * boundary or SCP without an Allow, a Deny, a required resource policy can still refuse it).
 */
function nearestEdit(
  policies: readonly PolicyInput[],
  best: StatementTrace,
  statement: PastedStatement,
  request: EvaluationRequest,
): NearestMiss {
  const before = JSON.stringify(statement, null, 2);
  const misses: Miss[] = [];
  const withStatement = (s: PastedStatement): PolicyInput[] =>
    policies.map((p) =>
      p.name === best.policy
        ? {
            ...p,
            document: {
              ...p.document,
              Statement: p.document.Statement.map((old, i) => (i === best.index ? s : old)),
            },
          }
        : p,
    );
  let current = statement;
  let trace: StatementTrace | undefined = best;
  let run: ReturnType<typeof evaluatePolicies> | undefined;
  for (let i = 0; i < MAX_EDITS && trace && !trace.matched && trace.failed; i++) {
    misses.push({ element: trace.failed, condition: failedCondition(trace) });
    const next = edit(current, trace, request);
    if (next === undefined) {
      run = undefined;
      break;
    }
    current = next;
    run = evaluatePolicies(request, withStatement(current));
    trace = run.statements.find((t) => t.policy === best.policy && t.index === best.index);
  }
  const matched = run !== undefined && trace?.matched === true;
  const allows = matched && run?.result.decision === "allow";
  const after = allows ? JSON.stringify(current, null, 2) : undefined;
  return {
    trace: best,
    condition: failedCondition(best),
    misses,
    before,
    after,
    changed: after === undefined ? new Set() : changedLines(before, after),
    allows,
    stillMissing: matched && run?.result.decision === "implicit-deny" ? run.result.missing : [],
  };
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
    if (best && statement) nearest = nearestEdit(policies, best, statement, request);
  }
  return { ours: result, aws, agree, differsBecause, statements, nearest, notes };
}
