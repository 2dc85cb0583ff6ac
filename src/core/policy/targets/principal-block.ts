import type { TargetStatement } from "./target-document";

/** The principal a statement is for: the role (never its session), a user, a bare name. */
export interface Caller {
  readonly arn: string;
  readonly account: string | undefined;
}

/** A principal named without an ARN (`User: ci-deployer`) cannot be a Principal as written. */
export const principalFor = (caller: Caller): string =>
  caller.arn.startsWith("arn:") ? caller.arn : "<PRINCIPAL_ARN>";

/** IAM Identity Center's roles: `AWSReservedSSO_<permission set>_<16 hex>`. */
const IDENTITY_CENTER_ROLE =
  /^arn:([\w-]+):iam::([^:]*):role\/(?:.*\/)?AWSReservedSSO_(.+)_[0-9a-f]{16}$/;

/**
 * Who a resource, endpoint or trust statement lets in. An IAM Identity Center role lives under the
 * path `aws-reserved/sso.amazonaws.com/` (which the session ARN leaves out) and is made again,
 * with a new suffix, when its permission set is provisioned anew: a Principal naming it would
 * be refused or go stale, so the statement matches the permission set's roles by
 * `aws:PrincipalArn` instead.
 * https://docs.aws.amazon.com/singlesignon/latest/userguide/referencingpermissionsets.html
 */
function principalOf(caller: Caller): Pick<TargetStatement, "Principal" | "Condition"> {
  const sso = IDENTITY_CENTER_ROLE.exec(caller.arn);
  if (!sso) return { Principal: { AWS: principalFor(caller) } };
  const [, partition = "aws", account = "", permissionSet = ""] = sso;
  return {
    Principal: { AWS: "*" },
    Condition: {
      ArnLike: {
        "aws:PrincipalArn": `arn:${partition}:iam::${account}:role/aws-reserved/sso.amazonaws.com/*AWSReservedSSO_${permissionSet}_*`,
      },
    },
  };
}

/** A statement with a Principal, its elements in the order IAM's documentation writes them. */
export function resourceShaped(
  sid: string,
  caller: Caller,
  action: string | readonly string[],
  resource: string | readonly string[] | undefined,
): TargetStatement {
  const { Principal, Condition } = principalOf(caller);
  return {
    Sid: sid,
    Effect: "Allow",
    ...(Principal === undefined ? {} : { Principal }),
    Action: action,
    ...(resource === undefined ? {} : { Resource: resource }),
    ...(Condition === undefined ? {} : { Condition }),
  };
}
