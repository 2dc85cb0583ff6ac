import { isRealAccountId, parseArn } from "../model/arn";

/**
 * What a policy's Resource can be for a resource an error names. AWS writes an ARN, `*`, or prose
 * (`role cluster-RoleHeadNode-X`, `policy solr-ecs-tasks version v1`, `key-pair/k`, `group .`). Prose
 * is never a Resource: the ARN is built when the same text tells the service, region and account,
 * otherwise the Resource is `*` and the note says why.
 * ARN formats: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html
 */
export type ResourceNote =
  | { readonly code: "resource-built"; readonly written: string; readonly arn: string }
  | {
      readonly code: "resource-wildcard";
      /** What AWS wrote, or undefined when the error named no resource. */
      readonly written: string | undefined;
      readonly why: "no-resource" | "account-unknown" | "region-unknown" | "not-a-resource";
    };

export interface PolicyResource {
  readonly value: string;
  readonly note: ResourceNote | undefined;
}

const IAM_TYPES = ["role", "user", "group", "policy", "instance-profile"] as const;
/** `role name`, `policy name version v1`, `role/path/name`: an IAM entity written out. */
const IAM_PROSE = /^(role|user|group|policy|instance-profile)(?:\s+|\/)([\w+=,.@/-]{1,512})/;
const IAM_NAME = /^(?=.*[A-Za-z0-9])[\w+=,.@-]{1,128}$/;
/** `key-pair/k`, `instance/i-1`: a resource part of a regional ARN. */
const TYPE_SLASH_ID = /^[a-z][a-z0-9-]{1,40}\/[\w+=,.@:/-]{1,512}$/;

/** The IAM entity an IAM action works on, from its name: CreateRole → role. */
function iamTypeOfAction(actionName: string): (typeof IAM_TYPES)[number] | undefined {
  if (actionName.includes("InstanceProfile")) return "instance-profile";
  if (actionName.includes("Role")) return "role";
  if (actionName.includes("User")) return "user";
  if (actionName.includes("Group")) return "group";
  if (actionName.includes("Polic")) return "policy";
  return undefined;
}

export function policyResource({
  written,
  action,
  principal,
  region,
}: {
  written: string | undefined;
  /** `service:Action` */
  action: string;
  /** The principal as the same text names it, for partition and account. */
  principal: string;
  /** The one region the text names, if it names exactly one. */
  region: string | undefined;
}): PolicyResource {
  const wildcard = (why: Extract<ResourceNote, { code: "resource-wildcard" }>["why"]) => ({
    value: "*",
    note: { code: "resource-wildcard" as const, written, why },
  });
  if (written === undefined) return wildcard("no-resource");
  if (written === "*" || parseArn(written) !== undefined)
    return { value: written, note: undefined };

  const [service = "", actionName = ""] = action.split(":");
  const arn = parseArn(principal);
  const account = arn !== undefined && isRealAccountId(arn.account) ? arn.account : undefined;
  const partition = arn?.partition ?? "aws";
  const built = (value: string): PolicyResource => ({
    value,
    note: { code: "resource-built", written, arn: value },
  });

  if (service === "iam") {
    if ((IAM_TYPES as readonly string[]).includes(written)) return wildcard("not-a-resource");
    const prose = IAM_PROSE.exec(written);
    const type = prose?.[1] ?? (IAM_NAME.test(written) ? iamTypeOfAction(actionName) : undefined);
    const name = prose ? prose[2] : written;
    if (
      type === undefined ||
      name === undefined ||
      name === "path" ||
      !IAM_NAME.test(name.split("/").at(-1) ?? "")
    )
      return wildcard("not-a-resource");
    if (account === undefined) return wildcard("account-unknown");
    return built(`arn:${partition}:iam::${account}:${type}/${name}`);
  }
  if (TYPE_SLASH_ID.test(written)) {
    if (account === undefined) return wildcard("account-unknown");
    if (region === undefined) return wildcard("region-unknown");
    return built(`arn:${partition}:${service}:${region}:${account}:${written}`);
  }
  return wildcard("not-a-resource");
}
