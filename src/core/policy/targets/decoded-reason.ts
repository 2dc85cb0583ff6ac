import { statedReason, type Reason } from "../../errors/reason";
import type { Analysis } from "../../model/analysis";

/**
 * A decoded implicit deny as the reason sentence that would carry it: its fix is the caller's own
 * Allow (the decoded view drafts it), so `fixPlan` adds only what lies across an account boundary:
 * the other side's statement, for resources that carry their own policy.
 */
export function decodedReason(analysis: Analysis): Reason | undefined {
  const principal = analysis.principal?.arn;
  const action = analysis.action?.qualified;
  const resource = analysis.resource?.arn;
  if (analysis.verdict !== "implicit-deny" || !principal || !action || !resource) return undefined;
  return statedReason({
    principalArn: principal,
    action,
    resource,
    policyType: "identity-based",
  });
}
