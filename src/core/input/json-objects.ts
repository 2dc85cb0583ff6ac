import { balancedSpan } from "./balanced";

/**
 * The JSON objects in a paste, wherever they are (prompts, commands and logs around them), with
 * where each starts. Each try walks to its value's end: a paste of unclosed braces would make that
 * quadratic, so the walking is capped at a few passes over the text, and the count at `max`.
 */
export function jsonObjects(
  text: string,
  max = 200,
): { at: number; value: Record<string, unknown> }[] {
  const out: { at: number; value: Record<string, unknown> }[] = [];
  let at = text.indexOf("{");
  let budget = 4 * text.length + 1024;
  while (at !== -1 && out.length < max && budget > 0) {
    const span = balancedSpan(text, at);
    budget -= span.end - at;
    let value: unknown;
    try {
      value = span.closed ? JSON.parse(text.slice(at, span.end)) : undefined;
    } catch {
      value = undefined;
    }
    if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      out.push({ at, value: value as Record<string, unknown> });
      at = text.indexOf("{", span.end);
    } else at = text.indexOf("{", at + 1);
  }
  return out;
}
