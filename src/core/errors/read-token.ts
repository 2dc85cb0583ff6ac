/**
 * Reads the encoded message that follows a marker, removing exactly the wrapping that tools add
 * (line breaks with indentation or `│` prefixes, `\` continuations, string concatenation) and never
 * changing a character of the token itself.
 */
import { isTokenChar, looksLikeToken, TOKEN_RUN } from "./token-vocabulary";

const isBlank = (c: string | undefined): boolean => c === " " || c === "\t";
const isLineBreak = (c: string | undefined): boolean => c === "\n" || c === "\r";
/** What log viewers and Terraform put at the start of a continuation line. */
const isLinePrefix = (c: string | undefined): boolean =>
  isBlank(c) || c === "│" || c === "|" || c === ">";

/** Hard-wrapped lines are full; a short line before a break is the end of the token. */
const MIN_WRAPPED_LINE = 40;

export interface TokenRead {
  /** The token's characters, wrapping removed; empty when none follow the marker. */
  readonly token: string;
  /** Non-token text right after the marker, such as `<omitted>` or `<省略>`, when there is no token. */
  readonly placeholder: string | undefined;
  /** The token ends in `...` or `…`: the tool cut it off. */
  readonly ellipsis: boolean;
  /** An author's elision inside the token (`...`, `<中略>`, `‹snip›`): the marker as written. */
  readonly elided: string | undefined;
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

/**
 * Characters from the start of the line that holds `i` up to `i`: a hard wrap fills its line.
 * Looks back a bounded distance (a long line is long enough), so many markers on one line stay linear.
 */
function columnOf(text: string, i: number): number {
  const limit = Math.max(0, i - 256);
  let j = i;
  while (j > limit && text.charCodeAt(j - 1) !== 10) j--;
  return i - j;
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

const CONCATENATION = /["'`][ \t]{0,16}\+[ \t\r\n]{0,64}["'`]/y;

/** `"abc" +\n  "def"`: a token split into concatenated string literals. */
function concatenation(text: string, i: number): number | undefined {
  const c = text[i];
  if (c !== '"' && c !== "'" && c !== "`") return undefined;
  CONCATENATION.lastIndex = i;
  const match = CONCATENATION.exec(text);
  return match ? i + match[0].length : undefined;
}

/** An author's elision between two runs of token characters. */
const ELISION = /(?:\.{3}|…|<[^<>\n]{1,12}>|‹[^‹›\n]{1,12}›|\[[^[\]\n]{0,12}\]|\((?:\.{3}|…)\))/y;

function elisionAt(text: string, i: number): string | undefined {
  if (!".…<‹[(".includes(text[i] ?? " ")) return undefined;
  ELISION.lastIndex = i;
  const m = ELISION.exec(text);
  return m && isTokenChar(text[i + m[0].length]) ? m[0] : undefined;
}

export function readToken(text: string, from: number): TokenRead {
  let i = from;
  while (isBlank(text[i])) i++;
  // The first literal may start on the next line: `message: " +\n    "AbC…`.
  const opening = concatenation(text, i);
  if (opening !== undefined && isTokenChar(text[opening])) i = opening;
  // The token may start on the next lines (AWS CLI v1 indents it under a blank line).
  let lookahead = i;
  for (let breaks = 0; breaks < 3 && isLineBreak(text[lookahead]); breaks++) {
    lookahead = skipLineBreakAndPrefix(text, lookahead);
  }
  if (isTokenChar(text[lookahead])) i = lookahead;
  // Another marker right away: this error's token is missing, not the next marker's first word.
  if (/^Encoded\s+authori/i.test(text.slice(i, i + 24)))
    return { token: "", placeholder: undefined, ellipsis: false, elided: undefined, end: i };
  // A quote may open it: JSON strings, Python reprs, backticks.
  if (/["'`]/.test(text[i] ?? "") && isTokenChar(text[i + 1])) i++;

  const parts: string[] = [];
  let elided: string | undefined;
  // The first line is measured from its start: the marker shares it, and the wrap column is fixed.
  let lineLength = columnOf(text, i);
  for (;;) {
    const start = i;
    while (isTokenChar(text[i])) i++;
    parts.push(text.slice(start, i));
    lineLength += i - start;
    if (i === start) break;
    const elision = elisionAt(text, i);
    if (elision !== undefined) {
      elided ??= elision;
      i += elision.length;
      lineLength += elision.length;
      continue;
    }
    const concatenated = concatenation(text, i);
    if (concatenated !== undefined && isTokenChar(text[concatenated])) {
      i = concatenated;
      continue;
    }
    const next = continuation(text, i, lineLength);
    if (next === undefined) break;
    i = next;
    lineLength = columnOf(text, next);
  }
  const token = parts.join("");
  const ellipsis = text.startsWith("...", i) || text[i] === "…";
  if (token !== "") return { token, placeholder: undefined, ellipsis, elided, end: i };
  // `<ENCODED MESSAGE>`, `[redacted]`: a bracketed placeholder may hold spaces.
  const placeholder =
    /^(?:<[^<>\n]{1,40}>|\[[^[\]\n]{1,40}\]|\{[^{}\n]{1,40}\}|[^\s"'`,]{1,40})/.exec(
      text.slice(i, i + 48),
    )?.[0];
  return {
    token,
    placeholder,
    ellipsis: false,
    elided: undefined,
    end: i + (placeholder?.length ?? 0),
  };
}

/**
 * Tokens standing alone on their own lines with no marker (`Here is the encoded message:` and the
 * token below it), hard-wrapped or not, outside the ranges other readers already took.
 */
export function looseTokens(
  text: string,
  taken: readonly { start: number; end: number }[],
): { token: string; start: number; end: number }[] {
  const found: { token: string; start: number; end: number }[] = [];
  // Runs come in text order: one pointer over the taken ranges, sorted by start, keeps this linear.
  const ranges = [...taken].sort((a, b) => a.start - b.start);
  let p = 0;
  const overlapsTaken = (start: number, end: number): boolean => {
    while (p < ranges.length && (ranges[p]?.end ?? 0) <= start) p++;
    return (ranges[p]?.start ?? Infinity) < end;
  };
  let run: { parts: string[]; start: number; end: number } | undefined;
  const close = () => {
    if (run) {
      const { start, end } = run;
      const token = run.parts.join("");
      if (looksLikeToken(token) && !overlapsTaken(start, end)) found.push({ token, start, end });
    }
    run = undefined;
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    // A line may be quoted, or end in a shell continuation: neither is part of the token.
    const line = text
      .slice(lineStart, lineEnd)
      .trim()
      .replace(/\\$/, "")
      .trim()
      .replace(/^["'`]|["'`]$/g, "");
    if (line.length >= MIN_WRAPPED_LINE / 2 && TOKEN_RUN.test(line)) {
      run ??= { parts: [], start: lineStart, end: lineEnd };
      run.parts.push(line);
      run.end = lineEnd;
    } else close();
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  close();
  return found;
}
