import type { DenialGroup } from "../errors/error-report";
import type { PolicyType, Reason } from "../errors/reason";

/** Who can make the change that fixes a denial, from the policy type AWS named. */
export const FIXERS = [
  "you",
  "organization",
  "boundary-owner",
  "resource-owner",
  "session-issuer",
  "endpoint-owner",
  /** STS refused to let a web identity, SAML or unnamed caller assume a role: its trust policy. */
  "role-owner",
  "unknown",
] as const;
export type Fixer = (typeof FIXERS)[number];

const FIXER_BY_TYPE: Readonly<Record<PolicyType, Fixer>> = {
  "identity-based": "you",
  "service-control": "organization",
  "resource-control": "organization",
  "permissions-boundary": "boundary-owner",
  "resource-based": "resource-owner",
  session: "session-issuer",
  "vpc-endpoint": "endpoint-owner",
};

export const fixerOf = (reason: Reason | undefined): Fixer => {
  if (reason?.sts === true) return "role-owner";
  // S3's own settings (Block Public Access, SSE-C) belong to the bucket's owner; a declarative
  // policy to the organization. Neither is an IAM policy.
  switch (reason?.cause?.code) {
    case "setting":
    case "sse-c-blocked":
      return "resource-owner";
    case "declarative-policy":
      return "organization";
    default:
      return reason?.policyType === undefined ? "unknown" : FIXER_BY_TYPE[reason.policyType];
  }
};

export interface OverviewRow {
  /** The permission to grant, or what AWS wrote after "perform:" when it named none. */
  readonly action: string | undefined;
  /** The action is the tool's wording read as one (`creating EC2 Instance`), not AWS's. */
  readonly likely: boolean;
  readonly resource: string | undefined;
  readonly denial: Reason["denial"];
  readonly policyType: PolicyType | undefined;
  readonly fixer: Fixer;
  /** How many errors of the paste are this denial. */
  readonly count: number;
  /** Usable tokens among them: decoding tells more. */
  readonly tokens: number;
}

/** One row per distinct denial, in the order they first appear. */
export function denialsOverview(
  groups: readonly DenialGroup[],
  isUsable: (judgement: DenialGroup["tokens"][number]["judgement"]) => boolean,
): OverviewRow[] {
  return groups.map((g) => {
    const stated =
      g.reason?.permission ?? g.reason?.actionText ?? g.entries.find((e) => e.apiAction)?.apiAction;
    const likely = stated === undefined ? likelyActionOf(g) : undefined;
    return {
      action: stated ?? likely,
      likely: likely !== undefined,
      resource: g.reason?.resource,
      denial: g.reason?.denial,
      policyType: g.reason?.policyType,
      fixer: fixerOf(g.reason),
      count: g.entries.length,
      tokens: g.tokens.filter((t) => isUsable(t.judgement)).length,
    };
  });
}

/** The tool's wording for a group's errors, when they agree. */
export const likelyActionOf = (g: DenialGroup): string | undefined =>
  g.entries.find((e) => e.likelyAction !== undefined)?.likelyAction;
