import type { Analysis, Statement } from "../model/analysis";
import { wildcardMatch } from "../policy/wildcard";

/**
 * Why a matched Deny caught this request, from the decoded message alone. The message keeps each
 * matched statement's actions, resources and condition keys with their values, but not the
 * operators nor whether the list was `Action` or `NotAction` (IAM User Guide, "Policy evaluation
 * logic"; "IAM JSON policy elements: NotAction"), so what follows is inference and says so.
 */
export interface ConditionCheck {
  readonly key: string;
  readonly policyValues: readonly string[];
  /** The request's values for the key; undefined when the request did not carry it. */
  readonly requestValues: readonly string[] | undefined;
  /** Whether any request value equals (with IAM's wildcards) any value the statement lists. */
  readonly overlaps: boolean;
}

export type LikelyCause =
  | { readonly code: "mfa" }
  /**
   * AWS's guardrail for AI agents: a Deny on requests made through an AWS-managed MCP server
   * (Agent Toolkit for AWS user guide, "Identity-based policy examples for AWS MCP Server").
   * Reported as such; nothing is drafted or suggested that removes it.
   */
  | { readonly code: "ai-agent"; readonly key: string }
  | { readonly code: "secure-transport" }
  | {
      readonly code: "region";
      /** The request's region, and whether the statement lists it (a Deny *of* it) or not (a Deny of all *but* these). */
      readonly requested: string | undefined;
      readonly listed: readonly string[];
      readonly requestedIsListed: boolean;
    }
  | {
      readonly code: "request-tag";
      readonly tag: string;
      readonly values: readonly string[];
      /** Whether the request carried the tag at all. */
      readonly present: boolean;
    }
  | { readonly code: "resource-tag"; readonly tag: string; readonly values: readonly string[] }
  | {
      readonly code: "source-ip";
      readonly values: readonly string[];
      readonly requested: string | undefined;
    }
  | { readonly code: "network-path"; readonly key: string; readonly values: readonly string[] }
  | { readonly code: "organization"; readonly key: string; readonly values: readonly string[] }
  | {
      readonly code: "other-key";
      readonly key: string;
      readonly values: readonly string[];
      readonly requested: readonly string[] | undefined;
    };

export interface StatementCause {
  readonly statementId: string | undefined;
  /** The request's action is among the listed ones (wildcards included). */
  readonly actionListed: boolean;
  /** Not listed, yet the statement matched: it must be a NotAction ("denies all but these"). */
  readonly notAction: boolean;
  readonly resourceListed: boolean;
  readonly notResource: boolean;
  readonly conditions: readonly ConditionCheck[];
  readonly likely: readonly LikelyCause[];
  /** `SCOPE_POLICY_ISSUER` among the principals: a permissions boundary's statement (inferred). */
  readonly inferredBoundary: boolean;
}

const lower = (s: string) => s.toLowerCase();

/** The condition keys AWS documents for requests made through its managed MCP servers. */
export const AI_AGENT_KEYS: ReadonlySet<string> = new Set([
  "aws:viaawsmcpservice",
  "aws:calledviaawsmcp",
]);

/** A matched Deny that is AWS's guardrail for AI agents: never to be worked around. */
export const isAiAgentGuardrail = (cause: StatementCause): boolean =>
  cause.likely.some((l) => l.code === "ai-agent");

function likelyCause(check: ConditionCheck): LikelyCause {
  const key = lower(check.key);
  const values = check.policyValues;
  const requested = check.requestValues;
  if (AI_AGENT_KEYS.has(key)) return { code: "ai-agent", key: check.key };
  if (key === "aws:multifactorauthpresent" && values.some((v) => lower(v) === "false"))
    return { code: "mfa" };
  if (key === "aws:securetransport" && values.some((v) => lower(v) === "false"))
    return { code: "secure-transport" };
  if (key === "aws:requestedregion")
    return {
      code: "region",
      requested: requested?.[0],
      listed: values,
      requestedIsListed: check.overlaps,
    };
  if (key.startsWith("aws:requesttag/"))
    return {
      code: "request-tag",
      tag: check.key.slice("aws:RequestTag/".length),
      values,
      present: requested !== undefined,
    };
  if (key.startsWith("aws:resourcetag/") || /^[a-z0-9-]+:resourcetag\//.test(key))
    return { code: "resource-tag", tag: check.key.slice(check.key.indexOf("/") + 1), values };
  if (key === "aws:sourceip") return { code: "source-ip", values, requested: requested?.[0] };
  if (["aws:sourcevpc", "aws:sourcevpce", "aws:vpcsourceip", "aws:viaawsservice"].includes(key))
    return { code: "network-path", key: check.key, values };
  if (/^aws:(principal|resource|source)org(id|paths)$/.test(key))
    return { code: "organization", key: check.key, values };
  return { code: "other-key", key: check.key, values, requested };
}

function statementCause(statement: Statement, analysis: Analysis): StatementCause {
  const action = analysis.action?.qualified;
  const resource = analysis.resource?.arn;
  // Action names are case-insensitive; ARNs are matched as written (IAM User Guide, "Action", "Resource").
  const actionListed =
    action !== undefined && statement.actions.some((a) => wildcardMatch(a, action, true));
  const resourceListed =
    resource !== undefined && statement.resources.some((r) => wildcardMatch(r, resource));
  const request = new Map((analysis.conditions ?? []).map((r) => [lower(r.key), r.values]));
  const conditions = statement.conditions.map((c): ConditionCheck => {
    const requestValues = request.get(lower(c.key));
    return {
      key: c.key,
      policyValues: c.values,
      requestValues,
      overlaps:
        requestValues?.some((rv) => c.values.some((pv) => wildcardMatch(pv, rv, true))) === true,
    };
  });
  return {
    statementId: statement.statementId,
    actionListed,
    notAction: action !== undefined && statement.actions.length > 0 && !actionListed,
    resourceListed,
    notResource: resource !== undefined && statement.resources.length > 0 && !resourceListed,
    conditions,
    likely: conditions.map(likelyCause),
    inferredBoundary: statement.fromPermissionsBoundary,
  };
}

/** Each matched Deny statement explained against the request; empty when none matched. */
export function denyCauses(analysis: Analysis): StatementCause[] {
  return analysis.statements
    .filter((s) => s.effect === undefined || lower(s.effect) === "deny")
    .map((s) => statementCause(s, analysis));
}
