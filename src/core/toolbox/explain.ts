import { statedReason, type PolicyType, type Reason } from "../errors/reason";
import { policyArnFacts, type PolicyArnFacts } from "../errors/policy-arn";
import { parseArn } from "../model/arn";
import { isInternalKey, type ConditionRow } from "../model/conditions";
import { draftsFromReasons, type DraftPolicy } from "../policy/draft";
import type { AuthorizationDetails } from "./read-outputs";
import type { Evaluation, PolicyInfo, ToolboxPolicyType } from "./schema";

/** IAM Toolbox's policy types in the words the reason sentences use (errors/reason.ts). */
const TYPE_OF: Readonly<Record<ToolboxPolicyType, PolicyType>> = {
  IDENTITY_BASED_POLICY: "identity-based",
  RESOURCE_BASED_POLICY: "resource-based",
  PERMISSIONS_BOUNDARY: "permissions-boundary",
  SESSION_POLICY: "session",
  SERVICE_CONTROL_POLICY: "service-control",
  RESOURCE_CONTROL_POLICY: "resource-control",
  VPC_ENDPOINT_POLICY: "vpc-endpoint",
};
const policyType = (type: string | undefined): PolicyType | undefined =>
  type !== undefined && Object.hasOwn(TYPE_OF, type)
    ? TYPE_OF[type as ToolboxPolicyType]
    : undefined;

export type EntityKind = "user" | "role" | "group" | "ou" | "account" | "root" | "other";
export interface AttachedEntity {
  readonly arn: string;
  readonly kind: EntityKind;
  /** The user, role or group name, the OU or root ID, or the account number. */
  readonly name: string;
}

/** `arn:aws:iam::1:role/path/R`, `arn:aws:organizations::mgmt:ou/o-x/ou-y`, `…:account/o-x/2222`. */
export function attachedEntity(arn: string): AttachedEntity {
  const parsed = parseArn(arn);
  const [head = "", ...rest] = parsed?.resource.split("/") ?? [];
  const last = rest.at(-1) ?? "";
  if (parsed?.service === "iam" && (head === "user" || head === "role" || head === "group"))
    return { arn, kind: head, name: last };
  if (
    parsed?.service === "organizations" &&
    (head === "ou" || head === "account" || head === "root")
  )
    return { arn, kind: head, name: last };
  return { arn, kind: "other", name: arn };
}

export interface PolicyView {
  readonly uri: string;
  /** Undefined for a type this page does not know yet; `typeText` keeps AWS's word. */
  readonly type: PolicyType | undefined;
  readonly typeText: string | undefined;
  readonly inline: boolean | undefined;
  /** What the URI says, when it is an ARN (inline policies get an opaque identifier). */
  readonly arn: PolicyArnFacts | undefined;
  readonly attachedTo: readonly AttachedEntity[];
}

export interface StatementMatch {
  readonly sid: string | undefined;
  /** `ALLOW` or `DENY` (AWS's words, kept if new). */
  readonly effect: string | undefined;
}

export interface MatchedPolicy {
  readonly policy: PolicyView;
  readonly statements: readonly StatementMatch[];
}

export type EvaluationFix =
  | { readonly kind: "allowed" }
  /** Only the owner of each denying statement can lift it; no Allow helps. */
  | { readonly kind: "explicit-deny"; readonly denying: readonly MatchedPolicy[] }
  /**
   * No Allow of the types listed: an identity-based lack gets a drafted Allow; the limits
   * (boundary, SCP, session and endpoint policies) name the policies that must allow it too.
   */
  | {
      readonly kind: "implicit-deny";
      readonly lacking: readonly PolicyType[];
      readonly limits: readonly PolicyView[];
    }
  | { readonly kind: "unknown"; readonly effect: string | undefined };

export interface EvaluationView {
  readonly action: string;
  readonly resource: string | undefined;
  readonly effect: string | undefined;
  readonly context: readonly ConditionRow[];
  readonly matched: readonly MatchedPolicy[];
  readonly fix: EvaluationFix;
  /**
   * An implicit deny's limits (boundary, SCP, session, endpoint policy) that lacked the Allow, as
   * reason sentences name them: what `policy/targets` drafts each one's statement from.
   */
  readonly limitReasons: readonly Reason[];
}

export interface DetailsExplanation {
  readonly authorizationId: string | undefined;
  readonly principalArn: string | undefined;
  readonly requestContext: readonly ConditionRow[];
  readonly policies: readonly PolicyView[];
  readonly evaluations: readonly EvaluationView[];
  /** One Allow per principal for every evaluation an identity-based policy can fix. */
  readonly drafts: readonly DraftPolicy[];
  readonly moreToFetch: boolean;
}

const asText = (v: unknown): string => (typeof v === "string" ? v : JSON.stringify(v));

/** Context keys as the decoded message's table shows them: one row per key, each value a line. */
export const contextRows = (context: Readonly<Record<string, unknown>>): ConditionRow[] =>
  Object.entries(context).map(([key, value]) => ({
    key,
    values: Array.isArray(value) ? value.map(asText) : [asText(value)],
    internal: isInternalKey(key),
  }));

function policyView(info: PolicyInfo | undefined, uri: string): PolicyView {
  return {
    uri,
    type: policyType(info?.type),
    typeText: info?.type,
    inline: info?.inline,
    arn: uri.startsWith("arn:") ? policyArnFacts(uri) : undefined,
    attachedTo: (info?.attachedTo ?? []).map((a) => attachedEntity(a.arn)),
  };
}

/** The types that limit what others grant: each must allow the request too (IAM's evaluation logic). */
const LIMITS: readonly PolicyType[] = [
  "service-control",
  "permissions-boundary",
  "session",
  "vpc-endpoint",
];

function fixFor(
  evaluation: Evaluation,
  matched: readonly MatchedPolicy[],
  policies: readonly PolicyView[],
): EvaluationFix {
  const effect = evaluation.evaluatedEffect;
  if (effect === "ALLOW") return { kind: "allowed" };
  if (effect === "EXPLICIT_DENY")
    return {
      kind: "explicit-deny",
      denying: matched
        .map((m) => ({ ...m, statements: m.statements.filter((s) => s.effect === "DENY") }))
        .filter((m) => m.statements.length > 0),
    };
  if (effect !== "IMPLICIT_DENY") return { kind: "unknown", effect };
  const allowedBy = new Set(
    matched.filter((m) => m.statements.some((s) => s.effect === "ALLOW")).map((m) => m.policy.type),
  );
  const limits = policies.filter(
    (p) => p.type !== undefined && LIMITS.includes(p.type) && !allowedBy.has(p.type),
  );
  const lacking = [...new Set(limits.map((p) => p.type).filter((t) => t !== undefined))];
  // Same account: an Allow in either the identity's or the resource's policy grants it.
  if (!allowedBy.has("identity-based") && !allowedBy.has("resource-based"))
    lacking.unshift("identity-based");
  return { kind: "implicit-deny", lacking, limits };
}

/** The details explained: per evaluation, what matched and what the fix is. */
export function explainDetails(details: AuthorizationDetails): DetailsExplanation {
  const infos = new Map(details.policies.map((p) => [p.uri, p]));
  const policies = details.policies.map((p) => policyView(p, p.uri));
  const principal = details.requestContext["aws:PrincipalArn"];
  const principalArn = typeof principal === "string" ? principal : undefined;
  const reasonFor = (e: Evaluation, policyType: PolicyType, policyArn?: string): Reason =>
    statedReason({
      principalArn,
      action: e.action,
      resource: e.resource,
      policyType,
      policyArn,
      authorizationId: details.authorizationId,
    });
  const evaluations = details.evaluations.map((e): EvaluationView => {
    const matched = (e.matchedPolicies ?? []).map((m) => ({
      policy: policyView(infos.get(m.uri), m.uri),
      statements: (m.matchedStatements ?? []).map((s) => ({
        sid: s.sid,
        effect: s.evaluatedEffect,
      })),
    }));
    const fix = fixFor(e, matched, policies);
    return {
      action: e.action,
      resource: e.resource,
      effect: e.evaluatedEffect,
      context: contextRows(e.context ?? {}),
      matched,
      fix,
      limitReasons:
        fix.kind === "implicit-deny" && principalArn !== undefined
          ? fix.limits.flatMap((p) =>
              p.type === undefined
                ? []
                : [reasonFor(e, p.type, p.uri.startsWith("arn:") ? p.uri : undefined)],
            )
          : [],
    };
  });
  const region = details.requestContext["aws:RequestedRegion"];
  const reasons = details.evaluations.flatMap((e, i): Reason[] => {
    const fix = evaluations[i]?.fix;
    return principalArn !== undefined &&
      fix?.kind === "implicit-deny" &&
      fix.lacking.includes("identity-based")
      ? [reasonFor(e, "identity-based")]
      : [];
  });
  return {
    authorizationId: details.authorizationId,
    principalArn,
    requestContext: contextRows(details.requestContext),
    policies,
    evaluations,
    drafts: draftsFromReasons(reasons, typeof region === "string" ? region : undefined),
    moreToFetch: details.nextToken !== undefined,
  };
}
