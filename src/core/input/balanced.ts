export interface Span {
  /** Index just past the value, or the text length when it never closes. */
  readonly end: number;
  /** False for a value cut off before its closing bracket (a truncated paste). */
  readonly closed: boolean;
}

/** The extent of the JSON object or array that opens at `start`, skipping brackets inside strings. */
export function balancedSpan(text: string, start: number): Span {
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
    else if (c === "}" || c === "]") {
      depth--;
      if (depth === 0) return { end: i + 1, closed: true };
    }
  }
  return { end: text.length, closed: false };
}

/**
 * Whether brackets (outside strings) nest deeper than `limit`. Parsers and renderers recurse, and
 * a hostile paste can nest a million levels; real messages nest fewer than ten.
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === "{" || c === "[") {
      if (++depth > limit) return true;
    } else if (c === "}" || c === "]") depth = Math.max(0, depth - 1);
  }
  return false;
}
