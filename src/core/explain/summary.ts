import type { Analysis, Resource, Verdict } from "../model/analysis";
import { isAllMask } from "../model/masks";
import { principalLabel, type Principal, type PrincipalKind } from "../model/principal";

export interface ResourceLabel {
  /** `role`, `instance`, `vpc`… or undefined for `*` and unusual ARNs. */
  readonly type: string | undefined;
  readonly name: string;
}

export interface PrincipalSummary {
  readonly kind: PrincipalKind["kind"];
  readonly label: string;
  /** The name is a mask or elision (`assumed-role/...`, `<arn here>`): never shown as a name. */
  readonly masked: boolean;
  readonly session: string | undefined;
  readonly account: string | undefined;
}

export interface Summary {
  readonly verdict: Verdict;
  readonly principal: PrincipalSummary | undefined;
  readonly action: string | undefined;
  readonly resource: ResourceLabel | undefined;
}

export function resourceLabel(resource: Resource): ResourceLabel {
  const rest = resource.parsed?.resource;
  if (rest === undefined) return { type: undefined, name: resource.arn };
  // S3 ARNs carry no resource type: `bucket` or `bucket/key`.
  if (resource.parsed?.service === "s3")
    return { type: rest.includes("/") ? "object" : "bucket", name: rest };
  const cut = rest.search(/[/:]/);
  if (cut === -1) return { type: resource.parsed?.service, name: rest };
  return { type: rest.slice(0, cut), name: rest.slice(cut + 1) };
}

/** A value worth showing: present and not left out (`assumed-role/R/...`); masks such as `xxxx` stay visible. */
const shown = (value: string | undefined): string | undefined =>
  value === undefined || value === "" || /^(?:\.{3,}|…)$/.test(value) ? undefined : value;

export const summarizePrincipal = (p: Principal): PrincipalSummary => {
  const label = principalLabel(p);
  return {
    kind: p.kind.kind,
    label,
    masked: label === "" || isAllMask(label),
    session: p.kind.kind === "role-session" ? shown(p.kind.sessionName) : undefined,
    account: shown(p.parsedArn?.account),
  };
};

/** The facts of the one-sentence summary; the UI phrases them in the reader's language. */
export function summarize(analysis: Analysis): Summary {
  const p = analysis.principal;
  return {
    verdict: analysis.verdict,
    principal: p === undefined ? undefined : summarizePrincipal(p),
    action: analysis.action?.qualified,
    resource: analysis.resource && resourceLabel(analysis.resource),
  };
}
