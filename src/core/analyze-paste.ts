import { analyze } from "./analyze";
import { binaryKind } from "./input/binary";
import { readErrors, type ErrorReport } from "./errors/error-report";
import type { Analysis } from "./model/analysis";
import type { InputError } from "./notices";
import { nestsDeeperThan } from "./input/balanced";
import { LIMITS } from "./limits";
import { err, ok, type Result } from "./result";
import { looksLikeToolboxOutput } from "./toolbox/sniff";

export type PasteAnalysis =
  | { readonly kind: "decoded"; readonly analysis: Analysis }
  | { readonly kind: "errors"; readonly report: ErrorReport }
  /** Read by the view (toolbox/read-outputs.ts), which loads on demand. */
  | { readonly kind: "toolbox"; readonly text: string };

/**
 * Anything pasted: IAM Toolbox outputs; else a decoded message (its tokens are only noted);
 * otherwise every error, token and reason sentence in the text; otherwise the specific reason
 * nothing was found.
 */
export function analyzePaste(text: string): Result<PasteAnalysis, InputError> {
  const binary = binaryKind(text);
  if (binary !== undefined) return err({ code: "binary", kind: binary });
  // Past the cap on messages only a log can be meant: read its errors (linear), nothing else.
  if (text.length > LIMITS.maxInputChars) {
    if (text.length > LIMITS.maxLogChars)
      return err({ code: "too-large", size: text.length, limit: LIMITS.maxLogChars });
    const report = readErrors(text);
    return report.entries.length > 0
      ? ok({ kind: "errors", report })
      : err({ code: "too-large", size: text.length, limit: LIMITS.maxInputChars });
  }
  // Its field names never occur in a decoded message, whose tolerant reader would otherwise
  // salvage a "context" from it; IAM Toolbox's answer explains more than an error text beside it.
  if (looksLikeToolboxOutput(text)) {
    if (text.length > LIMITS.maxInputChars)
      return err({ code: "too-large", size: text.length, limit: LIMITS.maxInputChars });
    // Its view walks the values (context tables, policies, JSON.stringify): depth is refused here.
    if (nestsDeeperThan(text, LIMITS.maxNesting))
      return err({ code: "too-deep", limit: LIMITS.maxNesting });
    return ok({ kind: "toolbox", text });
  }
  const decoded = analyze(text);
  if (decoded.ok) return ok({ kind: "decoded", analysis: decoded.value });
  if (
    decoded.error.code === "empty" ||
    decoded.error.code === "too-large" ||
    decoded.error.code === "too-deep"
  ) {
    return decoded;
  }
  // IAM Toolbox's answer for an authorization ID explains more than any error text beside it.
  const report = readErrors(text);
  return report.entries.length > 0 ? ok({ kind: "errors", report }) : decoded;
}

/**
 * Where a dropped or pasted text goes (CloudTrail and Athena's results: the organization view),
 * exported here so the first load does not carry it: this module loads right after first paint.
 */
export { looksLikeTrail } from "./cloudtrail/looks-like-trail";
