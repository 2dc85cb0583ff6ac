export interface Span {
  /** Index just past the value, or the text length when it never closes. */
  readonly end: number;
  /** False for a value cut off before its closing bracket (a truncated paste). */
  readonly closed: boolean;
  /** How deep its brackets nest (1 for a flat object). */
  readonly depth: number;
}

/**
 * Walks the brackets of JSON-like text from `start`, skipping those inside strings, and reports the
 * depth after each one; `visit` returns true to stop. Returns where it stopped, or -1 at the end.
 */
function walkBrackets(text: string, start: number, visit: (depth: number) => boolean): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") depth = Math.max(0, depth - 1);
    else continue;
    if (visit(depth)) return i;
  }
  return -1;
}

/** The extent of the JSON object or array that opens at `start`. */
export function balancedSpan(text: string, start: number): Span {
  let deepest = 0;
  const close = walkBrackets(text, start, (depth) => {
    deepest = Math.max(deepest, depth);
    return depth === 0;
  });
  return close === -1
    ? { end: text.length, closed: false, depth: deepest }
    : { end: close + 1, closed: true, depth: deepest };
}

/**
 * Whether brackets (outside strings) nest deeper than `limit`. Parsers and renderers recurse, and
 * a hostile paste can nest a million levels; real messages nest fewer than ten.
 */
export const nestsDeeperThan = (text: string, limit: number): boolean =>
  walkBrackets(text, 0, (depth) => depth > limit) !== -1;
