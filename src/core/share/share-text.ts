import type { PasteAnalysis } from "../analyze-paste";
import { detailsCommand, policyCommand } from "../commands/toolbox-command";
import { readToolboxOutputs, type ToolboxPaste } from "../toolbox/read-outputs";
import type { ErrorEntry } from "../errors/error-report";
import { TOKEN_JUDGEMENTS, type TokenJudgement } from "../errors/token-vocabulary";

/** What a share link writes where a token was; the reader reads it back as a placeholder. */
const withheld = (length: number, judgement: TokenJudgement): string =>
  `<token withheld: ${length} chars, ${judgement}>`;

/** The length and judgement of a token a share link left out, from its placeholder. */
export function withheldToken(
  placeholder: string | undefined,
): { length: number; judgement: TokenJudgement } | undefined {
  const m = /^<token withheld: (\d{1,5}) chars, ([a-z]{1,16})>$/.exec(placeholder ?? "");
  const judgement = TOKEN_JUDGEMENTS.find((j) => j === m?.[2]);
  return m && judgement ? { length: Number(m[1]), judgement } : undefined;
}

/** Writes an error's findings out again, in words `readErrors` reads back the same way. */
const operationText = (operation: string): string =>
  operation.includes(":")
    ? `API: ${operation}`
    : `An error occurred when calling the ${operation} operation:`;

const PROVIDER_WORDS = {
  github: "Could not assume role with OIDC: ",
  eks: "WebIdentityErr: AccessDenied: ",
  none: "",
} as const;

/** KMS's own words for a key it cannot use: written again as KMS writes them. */
const KMS_COMBINED =
  "the resource does not exist in this Region, no resource-based policies allow access, or a resource-based policy explicitly denies access";

function entryText(e: ErrorEntry): string {
  const parts: string[] = [];
  const operation = e.apiAction ?? e.reason?.operation;
  if (operation !== undefined) parts.push(operationText(operation));
  const r = e.reason;
  // An authorization ID stays out of a default link (the hand-off carries it).
  if (r?.trailOnly === true) return parts.join(" ");
  if (r?.cause?.code === "sse-c-blocked")
    parts.push("AccessDenied: S3 refused an upload encrypted with SSE-C (customer-provided keys).");
  else if (r?.cause?.code === "declarative-policy") parts.push(r.cause.text);
  else if (r) {
    // STS's own sentence names nobody; its provider is told by the words each tool writes.
    let sentence =
      r.sts === true
        ? `${PROVIDER_WORDS[r.provider ?? "none"]}Not authorized to perform ${r.actionText}`
        : r.principalArn === undefined
          ? `not authorized to perform: ${r.actionText}`
          : `User: ${r.principalArn} is not authorized to perform: ${r.actionText}`;
    if (r.cause?.code === "kms-key-unavailable") sentence += " on this resource";
    else if (r.resource !== undefined)
      sentence +=
        r.sts === true ? ` (role-to-assume: ${r.resource})` : ` on resource: ${r.resource}`;
    if (r.cause?.code === "kms-key-unavailable") sentence += ` because ${KMS_COMBINED}`;
    if (r.cause?.code === "setting") sentence += ` because ${r.cause.text}`;
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
    // A token decodes to the whole request context: links carry its length and judgement only.
    // A teammate who should decode it gets a hand-off link, which carries the tokens on purpose.
    const value = t.token !== "" ? withheld(t.token.length, t.judgement) : (t.placeholder ?? "");
    parts.push(`Encoded authorization failure message: ${value}`);
  }
  return parts.join(" ");
}

/**
 * The text a share link carries: only what the analysis was made from. For a decoded message, the
 * message itself (not the prompts around it); for error text, each finding written out again (not
 * the rest of the log, which may hold anything).
 */
export function shareText(paste: PasteAnalysis): string {
  switch (paste.kind) {
    case "decoded":
      return paste.analysis.sourceText;
    case "errors":
      return paste.report.entries.map(entryText).join("\n");
    case "toolbox": {
      const toolbox = readToolboxOutputs(paste.text);
      return toolbox ? toolboxText(toolbox) : "";
    }
  }
}

/**
 * IAM Toolbox outputs written out again: the details as one page, then each policy after the
 * command that names its URI, so the link reads back the same (and carries no prompt or log).
 */
function toolboxText({ details, policies }: ToolboxPaste): string {
  const id = details?.authorizationId ?? "ID";
  const parts: string[] = [];
  if (details) {
    const { requestContext, evaluations, policies: infos } = details;
    parts.push(
      `$ ${detailsCommand(id, undefined)}`,
      JSON.stringify({ requestContext, evaluations, policies: infos }, null, 2),
    );
  }
  for (const p of policies) {
    if (p.uri !== undefined) parts.push(`$ ${policyCommand(id, p.uri, undefined)}`);
    parts.push(JSON.stringify({ policyDocument: p.document }, null, 2));
  }
  return parts.join("\n");
}
