import { analyze } from "./analyze";
import { readErrors, type ErrorReport } from "./errors/error-report";
import type { Analysis } from "./model/analysis";
import type { InputError } from "./notices";
import { ok, type Result } from "./result";
import { readToolboxOutputs, type ToolboxPaste } from "./toolbox/read-outputs";

export type PasteAnalysis =
  | { readonly kind: "decoded"; readonly analysis: Analysis }
  | { readonly kind: "errors"; readonly report: ErrorReport }
  | { readonly kind: "toolbox"; readonly toolbox: ToolboxPaste };

/**
 * Anything pasted: a decoded message wins (its tokens are only noted); then IAM Toolbox outputs;
 * otherwise every error, token and reason sentence in the text; otherwise the specific reason
 * nothing was found.
 */
export function analyzePaste(text: string): Result<PasteAnalysis, InputError> {
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
  const toolbox = readToolboxOutputs(text);
  if (toolbox) return ok({ kind: "toolbox", toolbox });
  const report = readErrors(text);
  return report.entries.length > 0 ? ok({ kind: "errors", report }) : decoded;
}
