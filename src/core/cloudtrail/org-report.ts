import { findReasons, type Reason } from "../errors/reason";
import { fixerOf, type Fixer } from "../explain/overview";
import { draftsForReport, type DraftPolicy } from "../policy/draft";
import type { OrgDenial } from "./org-denials";

/** One distinct denial of the organization, explained by the page's own reader. */
export interface OrgRow extends OrgDenial {
  /** The permission AWS named in the message, else `service:EventName` from the event. */
  readonly action: string | undefined;
  readonly resource: string | undefined;
  readonly denial: Reason["denial"];
  readonly policyType: Reason["policyType"];
  readonly fixer: Fixer;
  /** The reason sentence as the error reader read it, for the statements of other policy types. */
  readonly reason: Reason | undefined;
}

export interface OrgReport {
  readonly rows: readonly OrgRow[];
  /** One per principal, for what its own policy can fix (as the page drafts it). */
  readonly policies: readonly DraftPolicy[];
}

/** `ec2.amazonaws.com` + `RunInstances` → `ec2:RunInstances`, when the message names no permission. */
const eventAction = (d: OrgDenial): string | undefined => {
  const service = d.eventSource?.replace(/\.amazonaws\.com$/, "");
  return service === undefined || d.eventName === undefined
    ? undefined
    : `${service}:${d.eventName}`;
};

export function orgReport(denials: readonly OrgDenial[]): OrgReport {
  const reasons = denials.map((d) =>
    d.message === undefined ? undefined : findReasons(d.message)[0],
  );
  const rows = denials.map((d, i): OrgRow => {
    const reason = reasons[i];
    return {
      ...d,
      action: reason?.permission ?? eventAction(d),
      resource: reason?.resource,
      denial: reason?.denial,
      policyType: reason?.policyType,
      fixer: fixerOf(reason),
      reason,
    };
  });
  const region = undefined;
  return {
    rows,
    policies: draftsForReport(
      reasons.map((reason) => ({ reason, decoded: undefined })),
      region,
    ),
  };
}
