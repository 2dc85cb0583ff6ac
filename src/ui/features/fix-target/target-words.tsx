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

/**
 * "role/terraform-deployer" for its ARN: where a table row has no room for the account, which the
 * draft's heading and the card still name in full (and the title here does on hover).
 */
export function shortPrincipal(arn: string): ReactNode {
  const parsed = parseArn(arn);
  return parsed === undefined || parsed.resource === "" ? (
    <code>{arn}</code>
  ) : (
    <code title={arn}>{parsed.resource}</code>
  );
}

/** "bucket policy of amzn-s3-demo-bucket": the policy a statement goes in, as a noun phrase. */
export function targetNoun(
  target: FixTarget,
  { tNodes }: Messages,
  { short = false }: { short?: boolean } = {},
): ReactNode {
  const code = (text: string) => <code>{text}</code>;
  const who = (arn: string) => (short ? shortPrincipal(arn) : code(arn));
  switch (target.kind) {
    case "identity":
      return tNodes("fixTarget.identity", { who: who(target.principalArn) });
    case "permissions-boundary":
      return target.boundaryArn === undefined
        ? tNodes("fixTarget.boundary.unnamed", { who: who(target.principalArn) })
        : tNodes("fixTarget.boundary", {
            who: who(target.principalArn),
            boundary: code(target.boundaryArn),
          });
    case "session":
      return tNodes("fixTarget.session", { who: who(target.principalArn) });
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
