import type { ReactNode } from "react";
import type { FixTarget } from "../../../core/policy/targets/fix-target";
import { roleNameOf } from "../../../core/policy/targets/fix-target";
import { parseArn } from "../../../core/model/arn";
import { resourceName } from "../../../core/policy/targets/resource-services";
import type { Messages } from "../../i18n/messages";

/** The name a reader knows a resource by: the bucket, the key's ID, the queue, the function. */
function resourceLabel(t: Extract<FixTarget, { kind: "resource-policy" }>): string {
  const arn = parseArn(t.resourceArn);
  if (!arn || t.service === undefined) return t.resourceArn;
  switch (t.service) {
    case "kms":
      return arn.resource.replace(/^key\//, "");
    case "sns":
      return arn.resource;
    case "secretsmanager":
      return arn.resource.replace(/^secret:/, "");
    default:
      return resourceName(t.service, arn, arn.resource);
  }
}

/** "bucket policy of amzn-s3-demo-bucket": the policy a statement goes in, as a noun phrase. */
export function targetNoun(target: FixTarget, { tNodes }: Messages): ReactNode {
  const code = (text: string) => <code>{text}</code>;
  switch (target.kind) {
    case "identity":
      return tNodes("fixTarget.identity", { who: code(target.principalArn) });
    case "permissions-boundary":
      return target.boundaryArn === undefined
        ? tNodes("fixTarget.boundary.unnamed", { who: code(target.principalArn) })
        : tNodes("fixTarget.boundary", {
            who: code(target.principalArn),
            boundary: code(target.boundaryArn),
          });
    case "session":
      return tNodes("fixTarget.session", { who: code(target.principalArn) });
    case "service-control":
      return target.policyArn === undefined
        ? tNodes("fixTarget.scp.unnamed", {})
        : tNodes("fixTarget.scp", { policy: code(target.policyArn) });
    case "resource-policy":
      return tNodes(`fixTarget.resource.${target.service ?? "other"}`, {
        name: code(resourceLabel(target)),
      });
    case "vpc-endpoint":
      return target.endpointId === undefined
        ? tNodes("fixTarget.endpoint.unnamed", { service: code(target.service ?? "?") })
        : tNodes("fixTarget.endpoint", { endpoint: code(target.endpointId) });
    case "trust": {
      const role = roleNameOf(target.roleArn);
      return role === undefined
        ? tNodes("fixTarget.trust.unnamed", {})
        : tNodes("fixTarget.trust", { role: code(role) });
    }
  }
}

/** " (account 444455556666)"; S3 ARNs name no account; an SCP's is the member account it covers. */
export function accountWords(target: FixTarget, { t }: Messages): string {
  if (target.account !== undefined) return t("fixTarget.account", { account: target.account });
  return target.kind === "resource-policy" ? t("fixTarget.account.unknown") : "";
}

/** The heading above a statement: which policy, whose, in which account (`fix-target`). */
export function targetHeading(target: FixTarget, messages: Messages): ReactNode {
  return messages.tNodes("fixTarget.add", {
    target: targetNoun(target, messages),
    account: accountWords(target, messages),
  });
}
