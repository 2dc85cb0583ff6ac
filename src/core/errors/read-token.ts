/**
 * Reads the encoded message that follows a marker, removing exactly the wrapping that tools add
 * (line breaks with indentation or `│` prefixes, `\` continuations, string concatenation) and never
 * changing a character of the token itself.
 */

const TOKEN_CHAR = /[A-Za-z0-9_-]/;
const isTokenChar = (c: string | undefined): boolean => c !== undefined && TOKEN_CHAR.test(c);
const isBlank = (c: string | undefined): boolean => c === " " || c === "\t";
const isLineBreak = (c: string | undefined): boolean => c === "\n" || c === "\r";
/** What log viewers and Terraform put at the start of a continuation line. */
const isLinePrefix = (c: string | undefined): boolean =>
  isBlank(c) || c === "│" || c === "|" || c === ">";

/** Hard-wrapped tokens fill their lines; a short line before a break is the end of the token. */
const MIN_WRAPPED_LINE = 40;

export interface TokenRead {
  /** The token's characters, wrapping removed; empty when none follow the marker. */
  readonly token: string;
  /** Non-token text right after the marker, such as `<omitted>` or `<省略>`, when there is no token. */
  readonly placeholder: string | undefined;
  /** The token ends in `...` or `…`: the tool cut it off. */
  readonly ellipsis: boolean;
  /** Index in the text just past what was read. */
  readonly end: number;
}

function skipLineBreakAndPrefix(text: string, i: number): number {
  let j = i;
  if (text[j] === "\r") j++;
  if (text[j] === "\n") j++;
  while (isLinePrefix(text[j])) j++;
  return j;
}

/** If a hard-wrapped continuation of the token starts after position `i` (at a line end), where. */
function continuation(text: string, i: number, lineLength: number): number | undefined {
  let j = i;
  if (text[j] === "\\") j++; // shell continuation
  while (isBlank(text[j])) j++;
  if (!isLineBreak(text[j]) || lineLength < MIN_WRAPPED_LINE) return undefined;
  const start = skipLineBreakAndPrefix(text, j);
  // The next line must hold token characters only (then blanks, a `\`, or the end).
  let k = start;
  while (isTokenChar(text[k])) k++;
  if (k === start) return undefined;
  let rest = k;
  while (isBlank(text[rest])) rest++;
  if (text[rest] === "\\") rest++;
  while (isBlank(text[rest])) rest++;
  return rest >= text.length || isLineBreak(text[rest]) ? start : undefined;
}

/** `"abc" +\n  "def"`: a token split into concatenated string literals. */
function concatenation(text: string, i: number): number | undefined {
  const match = /^["'`][ \t]{0,16}\+[ \t\r\n]{0,64}["'`]/.exec(text.slice(i, i + 96));
  return match ? i + match[0].length : undefined;
}

export function readToken(text: string, from: number): TokenRead {
  let i = from;
  while (isBlank(text[i])) i++;
  // The token may start on the next lines (AWS CLI v1 indents it under a blank line).
  let lookahead = i;
  for (let breaks = 0; breaks < 3 && isLineBreak(text[lookahead]); breaks++) {
    lookahead = skipLineBreakAndPrefix(text, lookahead);
  }
  if (isTokenChar(text[lookahead])) i = lookahead;
  // Another marker right away: this error's token is missing, not the next marker's first word.
  if (/^Encoded\s+authori/i.test(text.slice(i, i + 24)))
    return { token: "", placeholder: undefined, ellipsis: false, end: i };
  // A quote may open it: JSON strings, Python reprs, backticks.
  if (/["'`]/.test(text[i] ?? "") && isTokenChar(text[i + 1])) i++;

  const parts: string[] = [];
  let lineLength = 0;
  for (;;) {
    const start = i;
    while (isTokenChar(text[i])) i++;
    parts.push(text.slice(start, i));
    lineLength += i - start;
    if (i === start) break;
    const concatenated = concatenation(text, i);
    if (concatenated !== undefined && isTokenChar(text[concatenated])) {
      i = concatenated;
      continue;
    }
    const next = continuation(text, i, lineLength);
    if (next === undefined) break;
    i = next;
    lineLength = 0;
  }
  const token = parts.join("");
  const ellipsis = text.startsWith("...", i) || text[i] === "…";
  if (token !== "") return { token, placeholder: undefined, ellipsis, end: i };
  // `<ENCODED MESSAGE>`, `[redacted]`: a bracketed placeholder may hold spaces.
  const placeholder =
    /^(?:<[^<>\n]{1,40}>|\[[^[\]\n]{1,40}\]|\{[^{}\n]{1,40}\}|[^\s"'`,]{1,40})/.exec(
      text.slice(i, i + 48),
    )?.[0];
  return { token, placeholder, ellipsis: false, end: i + (placeholder?.length ?? 0) };
}

/** A paste that is nothing but a token, possibly hard-wrapped over many lines. */
export function bareToken(text: string): string | undefined {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/\\$/, "").trimEnd())
    .filter((line) => line !== "");
  // Each line one run of token characters: prose with spaces is never mistaken for a token.
  if (lines.length === 0 || !lines.every((line) => /^[A-Za-z0-9_-]+$/.test(line))) return undefined;
  const token = lines.join("");
  return token.length >= 100 && /[A-Z]/.test(token) && /[a-z]/.test(token) && /[0-9]/.test(token)
    ? token
    : undefined;
}
