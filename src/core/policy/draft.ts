import type { Reason } from "../errors/reason";
import type { Analysis } from "../model/analysis";
import { parseArn } from "../model/arn";
import { buildPrincipal } from "../model/principal";
import {
  asList,
  attachTarget,
  buildFix,
  policyJson,
  type AttachTarget,
  type PolicyDocument,
  type PolicyStatement,
} from "./fix";
import { iamLiteral, iamValue } from "./formats/escape";
import { checkPolicy, type PolicyWarning } from "./guardrails";
import { mergeGrants, type Grant } from "./merge";
import { policyResource, type ResourceNote } from "./policy-resource";

/**
 * Drafting in one place: the policy for several denials of one principal, whether they came as
 * reason sentences in an error text or as decoded messages. `errors/` only reads.
 */
export type DraftNote =
  | ResourceNote
  /** AWS performed one action and checked another permission: the draft grants the permission. */
  | {
      readonly code: "permission-differs";
      readonly performed: string;
      readonly permission: string;
    };

export interface DraftPolicy {
  readonly principalArn: string;
  readonly attachTo: AttachTarget;
  readonly document: PolicyDocument;
  /** Exactly what Copy policy copies. */
  readonly json: string;
  readonly notes: readonly DraftNote[];
  readonly warnings: readonly PolicyWarning[];
}

/** Only "no identity-based policy allows" is fixed by an Allow in the principal's own policy. */
export const fixableByIdentityPolicy = (reason: Reason | undefined): reason is Reason =>
  reason?.denial === "implicit" &&
  reason.policyType === "identity-based" &&
  reason.permission !== undefined;

/** Statements with conditions stay whole (merging would drop them); the rest merge by grant. */
function draft(
  principalArn: string,
  grants: readonly Grant[],
  notes: readonly DraftNote[],
  conditioned: readonly PolicyStatement[] = [],
): DraftPolicy {
  const merged = mergeGrants(grants.map((g) => ({ ...g, resource: iamLiteral(g.resource) })));
  const sids = new Set(merged.map((s) => s.Sid));
  const kept = conditioned.map((s) => {
    let sid = s.Sid;
    for (let n = 2; sids.has(sid); n++) sid = `${s.Sid}${n}`;
    sids.add(sid);
    return { ...s, Sid: sid };
  });
  const document: PolicyDocument = { Version: "2012-10-17", Statement: [...merged, ...kept] };
  const attachTo = attachTarget(buildPrincipal({ arn: principalArn }));
  return {
    principalArn,
    attachTo,
    document,
    json: policyJson(document),
    notes,
    warnings: checkPolicy(document, attachTo),
  };
}

function byPrincipal<T>(items: readonly T[], key: (t: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const members = groups.get(k);
    if (members) members.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Who holds the policy: a role session's role (sessions hold none), else the principal itself. */
export function grantee(principalArn: string): string {
  const arn = parseArn(principalArn);
  if (arn?.service !== "sts" || !arn.resource.startsWith("assumed-role/")) return principalArn;
  const role = arn.resource.slice("assumed-role/".length).split("/")[0] ?? "";
  return `arn:${arn.partition}:iam::${arn.account}:role/${role}`;
}

/** One policy per principal for the denials of an error text that its own policy can fix. */
export function draftsFromReasons(
  reasons: readonly (Reason | undefined)[],
  region: string | undefined,
): DraftPolicy[] {
  const fixable = reasons.filter(fixableByIdentityPolicy);
  return [...byPrincipal(fixable, (r) => grantee(r.principalArn))].map(
    ([principalArn, members]) => {
      const notes: DraftNote[] = [];
      const grants = members.map((r) => {
        const permission = r.permission ?? "";
        const resource = policyResource({
          written: r.resource,
          action: permission,
          principal: principalArn,
          region,
        });
        if (resource.note) notes.push(resource.note);
        if (r.action !== undefined && r.action.toLowerCase() !== permission.toLowerCase())
          notes.push({ code: "permission-differs", performed: r.action, permission });
        return { action: permission, resource: resource.value };
      });
      const seen = new Set<string>();
      return draft(
        principalArn,
        grants,
        notes.filter((n) => {
          const k = JSON.stringify(n);
          return !seen.has(k) && seen.add(k);
        }),
      );
    },
  );
}

/** Several decoded denials of one principal that an Allow fixes: one merged policy for them. */
export function draftsFromAnalyses(analyses: readonly (Analysis | undefined)[]): DraftPolicy[] {
  const fixes = analyses.flatMap((analysis) => {
    if (!analysis) return [];
    const fix = buildFix(analysis);
    const arn = analysis.principal?.arn;
    return fix.kind === "allow-policy" && arn !== undefined ? [{ arn, fix }] : [];
  });
  return [...byPrincipal(fixes, (f) => grantee(f.arn))]
    .filter(([, members]) => members.length > 1)
    .map(([principalArn, members]) => {
      const statements = members.flatMap(({ fix }) => fix.document.Statement);
      return draft(
        principalArn,
        statements
          .filter((s) => s.Condition === undefined)
          .flatMap((s) =>
            asList(s.Action).flatMap((action) =>
              asList(s.Resource).map((resource) => ({ action, resource: iamValue(resource) })),
            ),
          ),
        [],
        statements.filter((s) => s.Condition !== undefined),
      );
    });
}
