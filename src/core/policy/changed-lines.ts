import { diffLines } from "diff";

/**
 * The 1-based numbers of the lines in `after` that `before` does not have: what a narrowing choice
 * added or changed in the policy, so the page can mark exactly those lines.
 */
export function changedLines(before: string, after: string): ReadonlySet<number> {
  const changed = new Set<number>();
  let line = 1;
  for (const part of diffLines(before, after)) {
    if (part.removed) continue;
    const count = part.count;
    if (part.added) for (let i = 0; i < count; i++) changed.add(line + i);
    line += count;
  }
  return changed;
}
