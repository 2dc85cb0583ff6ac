import { wildcardMatch } from "../policy/wildcard";
import { LITERAL_QUESTION, LITERAL_STAR } from "./variables";

/**
 * IAM's `*` (any run) and `?` (any one character), in Action, Resource and the `…Like` operators;
 * `${*}` and `${?}` (see variables.ts) stand for the literal characters. Greedy with backtracking
 * to the last star: linear in practice, no regular expression built from policy text.
 */
type Token = "*" | "?" | { readonly c: string };

function tokens(pattern: string, caseInsensitive: boolean): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < pattern.length;) {
    if (pattern.startsWith(LITERAL_STAR, i)) {
      out.push({ c: "*" });
      i += LITERAL_STAR.length;
    } else if (pattern.startsWith(LITERAL_QUESTION, i)) {
      out.push({ c: "?" });
      i += LITERAL_QUESTION.length;
    } else {
      const ch = pattern[i] ?? "";
      out.push(
        ch === "*" ? "*" : ch === "?" ? "?" : { c: caseInsensitive ? ch.toLowerCase() : ch },
      );
      i++;
    }
  }
  return out;
}

export function globMatch(pattern: string, value: string, caseInsensitive = false): boolean {
  // Most patterns hold no literal stand-in: match the strings as they are, without tokens.
  if (!pattern.includes("\u0000")) return wildcardMatch(pattern, value, caseInsensitive);
  const p = tokens(pattern, caseInsensitive);
  const v = caseInsensitive ? value.toLowerCase() : value;
  let pi = 0;
  let vi = 0;
  let star = -1;
  let mark = 0;
  while (vi < v.length) {
    const t = p[pi];
    if (t === "*") {
      star = pi++;
      mark = vi;
    } else if (t !== undefined && (t === "?" || t.c === v[vi])) {
      pi++;
      vi++;
    } else if (star !== -1) {
      pi = star + 1;
      vi = ++mark;
    } else return false;
  }
  while (p[pi] === "*") pi++;
  return pi === p.length;
}

/** A literal comparison of a pattern that may hold `${*}`-style stand-ins. */
export const literal = (pattern: string): string =>
  pattern.replaceAll(LITERAL_STAR, "*").replaceAll(LITERAL_QUESTION, "?");
