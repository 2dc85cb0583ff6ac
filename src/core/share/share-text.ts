import type { PasteAnalysis } from "../analyze-paste";
import type { ErrorEntry } from "../errors/error-report";

/** Writes an error's findings out again, in words `readErrors` reads back the same way. */
const operationText = (operation: string): string =>
  operation.includes(":")
    ? `API: ${operation}`
    : `An error occurred when calling the ${operation} operation:`;

function entryText(e: ErrorEntry): string {
  const parts: string[] = [];
  const operation = e.apiAction ?? e.reason?.operation;
  if (operation !== undefined) parts.push(operationText(operation));
  const r = e.reason;
  if (r) {
    let sentence = `User: ${r.principalArn} is not authorized to perform: ${r.actionText}`;
    if (r.resource !== undefined) sentence += ` on resource: ${r.resource}`;
    if (r.denial === "implicit" && r.policyWords)
      sentence += ` because no ${r.policyWords} allows the ${r.permission ?? r.actionText} action`;
    if (r.denial === "explicit") {
      sentence += " with an explicit deny";
      if (r.policyWords)
        sentence += ` in ${/^[aeiou]/i.test(r.policyWords) ? "an" : "a"} ${r.policyWords}`;
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
