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
  /** Some statement came from a reason sentence: its conditions are unknown until decoded. */
  readonly fromReasons: boolean;
}

/** Only "no identity-based policy allows" is fixed by an Allow in the principal's own policy. */
export const fixableByIdentityPolicy = (
  reason: Reason | undefined,
): reason is Reason & { readonly principalArn: string } =>
  reason?.principalArn !== undefined &&
  reason.denial === "implicit" &&
  reason.policyType === "identity-based" &&
  reason.permission !== undefined;

/** Statements with conditions stay whole (merging would drop them); the rest merge by grant. */
function draft(
  principalArn: string,
  grants: readonly Grant[],
  notes: readonly DraftNote[],
  conditioned: readonly PolicyStatement[] = [],
  fromReasons = true,
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
    fromReasons,
  };
}

const uniqueNotes = (notes: readonly DraftNote[]): DraftNote[] => {
  const seen = new Set<string>();
  return notes.filter((n) => {
    const k = JSON.stringify(n);
    return !seen.has(k) && seen.add(k);
  });
};

/** The grant a reason sentence asks for, with the notes that say what the text left unknown. */
export function reasonGrant(
  r: Reason,
  principalArn: string,
  region: string | undefined,
): { grant: Grant; notes: DraftNote[] } {
  const permission = r.permission ?? "";
  const notes: DraftNote[] = [];
  const resource = policyResource({
    written: r.resource,
    action: permission,
    principal: principalArn,
    region,
  });
  if (resource.note) notes.push(resource.note);
  if (r.action !== undefined && r.action.toLowerCase() !== permission.toLowerCase())
    notes.push({ code: "permission-differs", performed: r.action, permission });
  return { grant: { action: permission, resource: resource.value }, notes };
}

/** An Allow statement's grants (merged with others) or, with conditions, the statement whole. */
const statementGrants = (s: PolicyStatement): Grant[] =>
  asList(s.Action).flatMap((action) =>
    asList(s.Resource).map((resource) => ({ action, resource: iamValue(resource) })),
  );

/** One denial of a report: decoded (exact) when its token was decoded, else its reason sentence. */
export interface DenialSource {
  readonly reason: Reason | undefined;
  readonly decoded: Analysis | undefined;
}

/**
 * The one policy per principal for a report, before and after decoding: each denial contributes
 * its decoded message's Allow when it has one (conditions known), else its reason sentence's grant.
 * A decoded denial that an Allow cannot fix (explicit deny, allowed) contributes nothing.
 */
export function draftsForReport(
  denials: readonly DenialSource[],
  region: string | undefined,
): DraftPolicy[] {
  interface Member {
    grants: Grant[];
    conditioned: PolicyStatement[];
    notes: DraftNote[];
    fromReason: boolean;
  }
  const members = denials.flatMap(({ reason, decoded }): { arn: string; m: Member }[] => {
    if (decoded) {
      const fix = buildFix(decoded);
      const arn = decoded.principal?.arn;
      if (fix.kind !== "allow-policy" || arn === undefined) return [];
      const statements = fix.document.Statement;
      return [
        {
          arn: grantee(arn),
          m: {
            grants: statements.filter((s) => s.Condition === undefined).flatMap(statementGrants),
            conditioned: statements.filter((s) => s.Condition !== undefined),
            notes: [],
            fromReason: false,
          },
        },
      ];
    }
    if (!fixableByIdentityPolicy(reason)) return [];
    const arn = grantee(reason.principalArn);
    const { grant, notes } = reasonGrant(reason, arn, region);
    return [{ arn, m: { grants: [grant], conditioned: [], notes, fromReason: true } }];
  });
  return [...byPrincipal(members, (x) => x.arn)].map(([principalArn, group]) =>
    draft(
      principalArn,
      group.flatMap((x) => x.m.grants),
      uniqueNotes(group.flatMap((x) => x.m.notes)),
      group.flatMap((x) => x.m.conditioned),
      group.some((x) => x.m.fromReason),
    ),
  );
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
  return draftsForReport(
    reasons.map((reason) => ({ reason, decoded: undefined })),
    region,
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
        statements.filter((s) => s.Condition === undefined).flatMap(statementGrants),
        [],
        statements.filter((s) => s.Condition !== undefined),
        false,
      );
    });
}
