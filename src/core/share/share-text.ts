import type { PasteAnalysis } from "../analyze-paste";
import type { ErrorEntry } from "../errors/error-report";

/** Writes an error's findings out again, in words `readErrors` reads back the same way. */
function entryText(e: ErrorEntry): string {
  const parts: string[] = [];
  if (e.apiAction !== undefined) {
    parts.push(
      e.apiAction.includes(":")
        ? `API: ${e.apiAction}`
        : `An error occurred when calling the ${e.apiAction} operation:`,
    );
  }
  const r = e.reason;
  if (r) {
    let sentence = `User: ${r.principalArn} is not authorized to perform: ${r.action}`;
    if (r.resource !== undefined) sentence += ` on resource: ${r.resource}`;
    if (r.denial === "implicit" && r.policyWords)
      sentence += ` because no ${r.policyWords} allows the ${r.action} action`;
    if (r.denial === "explicit" && r.policyWords) {
      sentence += ` with an explicit deny in ${/^[aeiou]/i.test(r.policyWords) ? "an" : "a"} ${r.policyWords}`;
      if (r.policyArn !== undefined) sentence += `: ${r.policyArn}`;
    }
    parts.push(`${sentence}.`);
  }
  const t = e.token;
  if (t) {
    const value = t.token !== "" ? t.token : (t.placeholder ?? "");
    const ellipsis = t.judgement === "truncated" && t.token.length >= 300 ? "..." : "";
    parts.push(`Encoded authorization failure message: ${value}${ellipsis}`);
  }
  return parts.join(" ");
}

/**
 * The text a share link carries: only what the analysis was made from. For a decoded message, the
 * message itself (not the prompts around it); for error text, each finding written out again (not
 * the rest of the log, which may hold anything).
 */
export function shareText(paste: PasteAnalysis): string {
  return paste.kind === "decoded"
    ? paste.analysis.sourceText
    : paste.report.entries.map(entryText).join("\n");
}
