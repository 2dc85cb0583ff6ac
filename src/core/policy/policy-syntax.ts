import { parseTree, type ParseError } from "jsonc-parser";
import { nestsDeeperThan } from "../input/balanced";
import { LIMITS } from "../limits";
import { describeProblem, type JsonProblem } from "../parse/tolerant-json";

/**
 * Where a pasted policy stops being JSON: a document that names `Statement` but does not parse (a
 * missing comma, a stray quote) is a broken policy, not "no policy", and the reader needs the line
 * and column to fix it. Undefined when the text does not look like a policy or parses.
 */
export function policySyntaxProblem(text: string): JsonProblem | undefined {
  const named = text.search(/"Statement"\s*:/);
  if (named === -1) return undefined;
  const start = text.lastIndexOf("{", named);
  if (start === -1) return undefined;
  // jsonc-parser recurses per bracket: past the nesting every box refuses, there is no policy to
  // point into (and 50,000 `[` would overflow the stack).
  if (nestsDeeperThan(text, LIMITS.maxNesting)) return undefined;
  const errors: ParseError[] = [];
  const root = parseTree(text.slice(start), errors, {
    allowTrailingComma: false,
    disallowComments: true,
  });
  // Text after a whole document (a prompt, the next command) is not the policy's fault.
  const end = root ? root.offset + root.length : Infinity;
  const first = errors.find((e) => e.offset < end);
  if (!first) return undefined;
  return describeProblem(text, { ...first, offset: first.offset + start });
}
