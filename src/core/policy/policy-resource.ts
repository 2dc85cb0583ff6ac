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
  /**
   * The ARN built from prose with a placeholder where the text does not tell a field (`<ACCOUNT_ID>`,
   * `<REGION>`): narrower than `*`, and the guardrails warn until it is filled in.
   */
  | {
      readonly code: "resource-placeholder";
      readonly written: string;
      readonly arn: string;
      readonly missing: readonly ("account" | "region")[];
    }
  | {
      readonly code: "resource-wildcard";
      /** What AWS wrote, or undefined when the error named no resource. */
      readonly written: string | undefined;
      readonly why: "no-resource" | "not-a-resource";
    };

export interface PolicyResource {
  readonly value: string;
  readonly note: ResourceNote | undefined;
}

const IAM_TYPES = ["role", "user", "group", "policy", "instance-profile"] as const;
/** `role name`, `instance profile name`, `policy name version v1`, `role/path/name`: an IAM entity written out. */
const IAM_PROSE = /^(role|user|group|policy|instance[- ]profile)(?:\s+|\/)([\w+=,.@/-]{1,512})/;
export const ACCOUNT_PLACEHOLDER = "<ACCOUNT_ID>";
export const REGION_PLACEHOLDER = "<REGION>";
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
  const withPlaceholders = (
    value: string,
    missing: readonly ("account" | "region")[],
  ): PolicyResource =>
    missing.length === 0
      ? built(value)
      : { value, note: { code: "resource-placeholder", written, arn: value, missing } };

  if (service === "iam") {
    if ((IAM_TYPES as readonly string[]).includes(written)) return wildcard("not-a-resource");
    const prose = IAM_PROSE.exec(written);
    const type =
      prose?.[1]?.replace(" ", "-") ??
      (IAM_NAME.test(written) ? iamTypeOfAction(actionName) : undefined);
    const name = prose ? prose[2] : written;
    if (
      type === undefined ||
      name === undefined ||
      name === "path" ||
      !IAM_NAME.test(name.split("/").at(-1) ?? "")
    )
      return wildcard("not-a-resource");
    return withPlaceholders(
      `arn:${partition}:iam::${account ?? ACCOUNT_PLACEHOLDER}:${type}/${name}`,
      account === undefined ? ["account"] : [],
    );
  }
  if (TYPE_SLASH_ID.test(written)) {
    return withPlaceholders(
      `arn:${partition}:${service}:${region ?? REGION_PLACEHOLDER}:${account ?? ACCOUNT_PLACEHOLDER}:${written}`,
      [
        ...(region === undefined ? ["region" as const] : []),
        ...(account === undefined ? ["account" as const] : []),
      ],
    );
  }
  return wildcard("not-a-resource");
}
