import { sidFor, type PolicyStatement } from "./fix";

export interface Grant {
  readonly action: string;
  readonly resource: string;
}

const one = (items: readonly string[]): string | readonly string[] =>
  items.length === 1 ? (items[0] ?? "") : items;

/**
 * The fewest Allow statements that grant exactly these (action, resource) pairs and nothing more:
 * resources that need the same actions share a statement; duplicates vanish. Output is sorted so
 * the same denials always give the same policy.
 */
export function mergeGrants(grants: readonly Grant[]): PolicyStatement[] {
  const actionsByResource = new Map<string, Set<string>>();
  for (const { action, resource } of grants) {
    const actions = actionsByResource.get(resource) ?? new Set<string>();
    actions.add(action);
    actionsByResource.set(resource, actions);
  }
  const resourcesByActions = new Map<string, { actions: string[]; resources: string[] }>();
  for (const [resource, actions] of actionsByResource) {
    const sorted = [...actions].sort();
    const key = sorted.join("\n");
    const entry = resourcesByActions.get(key) ?? { actions: sorted, resources: [] };
    entry.resources.push(resource);
    resourcesByActions.set(key, entry);
  }
  const used = new Map<string, number>();
  return [...resourcesByActions.values()]
    .sort((a, b) => (a.actions[0] ?? "").localeCompare(b.actions[0] ?? ""))
    .map(({ actions, resources }) => {
      const [first = ""] = actions;
      const colon = first.indexOf(":");
      const service = colon === -1 ? undefined : first.slice(0, colon);
      const base = sidFor(service, actions.length === 1 ? first.slice(colon + 1) : "Actions");
      const count = (used.get(base) ?? 0) + 1;
      used.set(base, count);
      return {
        Sid: count === 1 ? base : `${base}${count}`,
        Effect: "Allow" as const,
        Action: one(actions),
        Resource: one(resources.sort()),
      };
    });
}
