import { parseArn } from "../model/arn";

/**
 * What a denying policy's ARN tells (IAM User Guide, ARN formats; Organizations policy ARNs):
 * - `arn:aws:iam::aws:policy/Name`: AWS-managed, owned by AWS;
 * - `arn:aws:iam::111122223333:policy/path/Name`: customer-managed, in that account;
 * - `arn:aws:organizations::<management-account>:policy/o-xxx/service_control_policy/p-xxx`:
 *   an SCP (`resource_control_policy`: an RCP), held by the organization's management account.
 */
export type PolicyArnFacts =
  | { readonly kind: "aws-managed"; readonly name: string }
  | {
      readonly kind: "customer-managed";
      readonly name: string;
      readonly path: string;
      readonly account: string;
    }
  | {
      readonly kind: "service-control" | "resource-control";
      readonly policyId: string;
      readonly organizationId: string;
      readonly managementAccount: string;
    }
  | { readonly kind: "other"; readonly arn: string };

const ORGANIZATION_POLICY =
  /^policy\/(o-[a-z0-9]{10,32})\/(service_control_policy|resource_control_policy)\/(p-[0-9a-z_]{1,128})$/;

export function policyArnFacts(arn: string): PolicyArnFacts {
  const parsed = parseArn(arn);
  if (!parsed) return { kind: "other", arn };
  if (parsed.service === "iam" && parsed.resource.startsWith("policy/")) {
    const full = parsed.resource.slice("policy/".length);
    const slash = full.lastIndexOf("/");
    const name = full.slice(slash + 1);
    if (name === "") return { kind: "other", arn };
    if (parsed.account === "aws") return { kind: "aws-managed", name };
    return {
      kind: "customer-managed",
      name,
      path: slash === -1 ? "/" : `/${full.slice(0, slash + 1)}`,
      account: parsed.account,
    };
  }
  if (parsed.service === "organizations") {
    const m = ORGANIZATION_POLICY.exec(parsed.resource);
    if (m)
      return {
        kind: m[2] === "service_control_policy" ? "service-control" : "resource-control",
        organizationId: m[1] ?? "",
        policyId: m[3] ?? "",
        managementAccount: parsed.account,
      };
  }
  return { kind: "other", arn };
}
