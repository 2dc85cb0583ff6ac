import { LIMITS } from "../limits";
import { balancedSpan } from "./balanced";

export interface JsonObjects {
  readonly objects: readonly { readonly at: number; readonly value: Record<string, unknown> }[];
  /**
   * Values skipped for nesting deeper than `LIMITS.maxNesting`: JSON.parse copes, but everything
   * after it (schemas, the evaluator, JSON.stringify, the highlighter) recurses.
   */
  readonly tooDeep: number;
}

/**
 * The JSON objects in a paste, wherever they are (prompts, commands and logs around them), with
 * where each starts. Each try walks to its value's end: a paste of unclosed braces would make that
 * quadratic, so the walking is capped at a few passes over the text, and the count at `max`.
 */
export function jsonObjects(text: string, max = 200): JsonObjects {
  const objects: { at: number; value: Record<string, unknown> }[] = [];
  let tooDeep = 0;
  let at = text.indexOf("{");
  let budget = 4 * text.length + 1024;
  while (at !== -1 && objects.length < max && budget > 0) {
    const span = balancedSpan(text, at);
    budget -= span.end - at;
    if (span.closed && span.depth > LIMITS.maxNesting) {
      tooDeep++;
      at = text.indexOf("{", span.end);
      continue;
    }
    let value: unknown;
    try {
      value = span.closed ? JSON.parse(text.slice(at, span.end)) : undefined;
    } catch {
      value = undefined;
    }
    if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      objects.push({ at, value: value as Record<string, unknown> });
      at = text.indexOf("{", span.end);
    } else at = text.indexOf("{", at + 1);
  }
  return { objects, tooDeep };
}
