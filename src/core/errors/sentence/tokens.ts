import { columnOf, lineContentStart } from "./gap";

/**
 * One value of the sentence (a principal, an action, a resource) read as a token that tools may
 * have broken: hard-wrapped anywhere (inside a role name, inside an ARN's region), with a stray
 * space after `::`, or holding a placeholder with spaces (`<account id>`, `*account id*`).
 */
export interface ValueRead {
  /** The value with the wrapping removed, as written otherwise. */
  readonly value: string;
  /** View offsets of its first character and just past its last. */
  readonly start: number;
  readonly end: number;
}

/** ASCII printable characters that can be part of an ARN, a name or an action. */
const isTokenChar = (c: string | undefined): boolean => {
  if (c?.length !== 1) return false;
  const code = c.charCodeAt(0);
  return (
    code > 0x20 &&
    code < 0x7f &&
    c !== '"' &&
    c !== "'" &&
    c !== "`" &&
    c !== "\\" &&
    c !== "|" &&
    c !== "(" &&
    c !== ")"
  );
};

/** Spans that are one value although they hold spaces: `<account id>`, `{account id}`, `*account id*`. */
const PLACEHOLDER_SPAN =
  /<[^<>\n]{1,40}>|\{[^{}\n]{1,40}\}|\[[^\][\n]{1,40}\]|\*[A-Za-z][A-Za-z _-]{0,30}\*/y;
const CLOSER: Readonly<Record<string, string>> = { "<": ">", "{": "}", "[": "]", "*": "*" };

/**
 * The placeholder that starts at `j`, also when a hard wrap cut it (`<account⏎ id>`): its text with
 * the break and the next line's prefix removed. `*…*` only with a space inside (else a wildcard).
 */
function placeholderAt(t: string, j: number): { text: string; end: number } | undefined {
  const open = t[j] ?? "";
  PLACEHOLDER_SPAN.lastIndex = j;
  const m = PLACEHOLDER_SPAN.exec(t);
  if (m)
    return open !== "*" || m[0].includes(" ") ? { text: m[0], end: j + m[0].length } : undefined;
  const nl = t.indexOf("\n", j);
  if (nl === -1 || nl - j > 40 || /[<>{}[\]]/.test(t.slice(j + 1, nl))) return undefined;
  const next = lineContentStart(t, nl + 1);
  const close = t.indexOf(CLOSER[open] ?? "", next);
  if (close === -1 || close - next > 40 || t.slice(next, close).includes("\n")) return undefined;
  const text = `${t.slice(j, nl)}${t.slice(next, close + 1)}`;
  if (open === "*" && !/^\*[A-Za-z][A-Za-z _-]{0,30}\*$/.test(text)) return undefined;
  if (open === "*" && !text.includes(" ")) return undefined;
  return { text, end: close + 1 };
}

/**
 * What starts the rest of the sentence (or the log line) after a value, never its continuation:
 * its next words as AWS writes them (`is not`, `on resource`, `because`, `with an`, `action`).
 * Two words where one alone is also the end of a name (`GetLayerVersi` + `on action`).
 */
const NEXT_PART =
  /^(?:is\s+not|on\s+(?:resource|this|arn:)|with\s+an?\s|because|action(?![A-Za-z0-9:/_-])|status\s+code|request\s+id|\()/i;
/** A wrap makes full lines: a line shorter than this before a break ended its value there. */
const MIN_WRAPPED_LINE = 60;
const MAX_VALUE = 2048;

const colonCount = (s: string): number => {
  let n = 0;
  for (const c of s) if (c === ":") n++;
  return n;
};

/**
 * The value so far cannot end here: an ARN without its six fields, or a value that ends on a
 * separator (`addf-eks-viz-core-`, `assumed-role/`, `arn:aws:lambda:af-`).
 */
export function unfinished(value: string, kind: "arn" | "action"): boolean {
  if (/[-:/_=@+]$/.test(value)) return true;
  if (kind === "arn" && value.startsWith("arn:") && colonCount(value) < 5) return true;
  // `a⏎rn:aws:…`: a wrap right after the first letters of an ARN.
  if (kind === "arn" && /^(?:a|ar|arn)$/.test(value)) return true;
  return false;
}

/** Reads one value starting at `at` (no leading gap). Empty when no value starts there. */
export function readValue(t: string, at: number, kind: "arn" | "action"): ValueRead {
  let value = "";
  let j = at;
  const limit = Math.min(t.length, at + MAX_VALUE);
  while (j < limit) {
    const c = t[j];
    if (c === "<" || c === "{" || c === "[" || c === "*") {
      const span = placeholderAt(t, j);
      if (span !== undefined) {
        value += span.text;
        j = span.end;
        continue;
      }
    }
    if (c !== undefined && isTokenChar(c)) {
      value += c;
      j++;
      continue;
    }
    if (c === " " || c === "\t" || c === "\n") {
      const next = continuationAt(t, j, value, kind);
      if (next !== undefined) {
        j = next;
        continue;
      }
    }
    break;
  }
  return { value, start: at, end: j };
}

/**
 * Where the value goes on after the blanks (and line break) at `i`, or undefined when it ended.
 * Within a line only an unfinished ARN goes on (`arn:aws:iam:: 123…`); across a line break an
 * unfinished value goes on, and so does one cut at the end of a full line with no trailing blank
 * (a terminal's hard wrap), unless the next line starts the rest of the sentence.
 */
function continuationAt(t: string, i: number, value: string, kind: "arn" | "action") {
  if (value === "") return undefined;
  let j = i;
  while (t[j] === " " || t[j] === "\t") j++;
  const trailingBlank = j > i;
  if (t[j] !== "\n") {
    if (kind !== "arn" || !value.endsWith(":") || !value.startsWith("arn:") || j - i > 2)
      return undefined;
    return isTokenChar(t[j]) && !NEXT_PART.test(t.slice(j, j + 24)) ? j : undefined;
  }
  const start = lineContentStart(t, j + 1);
  if (!isTokenChar(t[start]) && t[start] !== "<" && t[start] !== "{") return undefined;
  if (NEXT_PART.test(t.slice(start, start + 24))) return undefined;
  if (unfinished(value, kind)) return start;
  // A value that ends a sentence (`…/ExampleDenyPolicy.` then `Go to …`) ends there; an elision
  // cut in two (`role-.` then `../x`) goes on.
  if (/[,;]$/.test(value)) return undefined;
  if (!trailingBlank && columnOf(t, i) >= MIN_WRAPPED_LINE && continuesSentence(t, start))
    return start;
  return undefined;
}

/** What may follow a value of the sentence: its next word, punctuation, or the end of a line. */
const FOLLOWER =
  /^(?:[ \t]*(?:\n|$)|[ \t]*[.,;:"'`\\()]|[ \t]+(?:is|because|with|on|action|status|request|and|version)(?![A-Za-z]))/i;

/**
 * A hard wrap continues the value only when what comes after the continued part goes on as the
 * sentence does; a new log line (`Caught Exception whilst…`) after a full line does not.
 */
export function continuesSentence(t: string, start: number): boolean {
  let k = start;
  while (k < t.length && k - start < MAX_VALUE) {
    const span = "<{[*".includes(t[k] ?? " ") ? placeholderAt(t, k) : undefined;
    if (span !== undefined) k = span.end;
    else if (isTokenChar(t[k])) k++;
    else break;
  }
  return FOLLOWER.test(t.slice(k, k + 24));
}

/** Sentence punctuation and unbalanced closers after a value are not part of it. */
export function trimValue(value: string): string {
  // One full stop ends a sentence; three are an elision (`cfn-exec-role-...`) and stay.
  let v = value.replace(/[,;]+$/, "").replace(/(?<!\.)\.$/, "");
  for (const [open, close] of [
    ["[", "]"],
    ["{", "}"],
    ["<", ">"],
  ] as const) {
    while (v.endsWith(close) && count(v, open) < count(v, close)) v = v.slice(0, -1);
  }
  return v.replace(/[,;]+$/, "").replace(/(?<!\.)\.$/, "");
}

const count = (s: string, c: string): number => s.split(c).length - 1;
