import { visit } from "jsonc-parser";

/**
 * Keys written twice in one object. JSON.parse keeps the last silently, so a pasted message with
 * two `"allowed"` keys could say one thing and be read as the other: the page reports them instead.
 */
export function duplicateKeys(jsonText: string, max = 10): string[] {
  const found: string[] = [];
  const stack: Set<string>[] = [];
  visit(jsonText, {
    onObjectBegin: () => {
      stack.push(new Set());
    },
    onObjectEnd: () => {
      stack.pop();
    },
    onObjectProperty: (property) => {
      const keys = stack.at(-1);
      if (!keys) return;
      if (keys.has(property) && found.length < max && !found.includes(property))
        found.push(property);
      keys.add(property);
    },
  });
  return found;
}
