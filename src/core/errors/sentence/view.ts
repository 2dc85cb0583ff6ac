import { lineContentStart } from "./gap";

/**
 * The paste as the sentence reader sees it: one pass that undoes what tools and people wrap AWS's
 * sentence in, keeping for every character where it came from so "At line N" points into the paste.
 *
 * - escapes, at any depth (`\"`, `\\\"`, `\/`, `\n`, `\u003c`): JSON strings, logs of JSON, SDK debug
 *   dumps of escaped XML bodies;
 * - HTML and XML markup: entities (`&quot;`), and the tags of HTML and of AWS's XML error bodies
 *   (`<td>`, `<Message>`); any other `<…>` is a placeholder and stays;
 * - Markdown bold (`**`) typed into the sentence; curly quotes; non-breaking and
 *   zero-width spaces.
 *
 * Tokens are read from the paste itself (`read-token.ts`), never from this view.
 */
export interface TextView {
  readonly text: string;
  /** Offset in the paste of the view's character `i` (`i === text.length` maps past the end). */
  readonly origin: (i: number) => number;
}

const ENTITIES: Readonly<Record<string, string>> = {
  "&quot;": '"',
  "&#34;": '"',
  "&#x22;": '"',
  "&apos;": "'",
  "&#39;": "'",
  "&#x27;": "'",
  "&lt;": "<",
  "&#60;": "<",
  "&gt;": ">",
  "&#62;": ">",
  "&amp;": "&",
  "&#38;": "&",
  "&nbsp;": " ",
};
const ENTITY = /&(?:quot|apos|lt|gt|amp|nbsp|#34|#39|#60|#62|#38|#x22|#x27);/y;

/** Tags that end a line of text where they stand (cells, paragraphs, AWS's XML elements). */
const BLOCK_TAGS = new Set([
  "br",
  "p",
  "div",
  "li",
  "tr",
  "td",
  "th",
  "pre",
  "table",
  "tbody",
  "thead",
  "ul",
  "ol",
  "h1",
  "h2",
  "h3",
  "h4",
  "blockquote",
  "details",
  "summary",
  "error",
  "errorresponse",
  "code",
  "message",
  "requestid",
  "hostid",
  "resource",
  "bucketname",
  "key",
  "type",
]);
/** Inline tags, removed without a break. */
const INLINE_TAGS = new Set(["b", "i", "em", "strong", "span", "a", "tt", "kbd", "samp", "sup"]);
// Attributes start on the tag's line: `<a⏎cct>` is a wrapped placeholder, not a link.
const TAG = /<\/?([A-Za-z][A-Za-z0-9]{0,20})(?:[ \t][^<>\n]{0,200})?\/?>/y;
const XML_DECLARATION = /<\?xml[^<>\n]{0,200}\?>/y;
const UNICODE_ESCAPE = /u([0-9a-fA-F]{4})/y;

const SINGLE: Readonly<Record<string, string>> = {
  "\u201c": '"',
  "\u201d": '"',
  "\u201e": '"',
  "\u2018": "'",
  "\u2019": "'",
  "\u00a0": " ",
  "\u3000": " ",
  "\uff1a": ":",
  "\r": "",
  "\u200b": "",
  "\u200c": "",
  "\u200d": "",
  "\ufeff": "",
};

/**
 * The words of AWS's sentence. A terminal that hard-wraps at a fixed column breaks them anywhere
 * (`autho⏎rized`); a break inside one of them, at the end of a full line, is joined. Values (ARNs,
 * actions) are joined by `tokens.ts`; other words are left as they are, so no two log lines merge.
 */
const SENTENCE_WORDS = new Set([
  "user",
  "role",
  "is",
  "not",
  "authorized",
  "authorised",
  "to",
  "perform",
  "on",
  "this",
  "resource",
  "because",
  "no",
  "allows",
  "allow",
  "the",
  "action",
  "with",
  "an",
  "explicit",
  "deny",
  "in",
  "identity-based",
  "resource-based",
  "permissions",
  "boundary",
  "service",
  "control",
  "session",
  "vpc",
  "endpoint",
  "policy",
  "policies",
  "does",
  "exist",
  "region",
  "access",
  "explicitly",
  "denies",
  "or",
  "version",
]);
const MIN_WRAPPED_LINE = 60;
/** A-Z, a-z or `-`, by code (this runs at every line break of a paste). */
const isLetter = (code: number): boolean =>
  (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 45;

/**
 * At the line break `at`: when it splits one of the sentence's words at the end of a full line,
 * where the word goes on in the paste (past the continuation's prefix); else undefined.
 */
function wrappedWordEnd(paste: string, at: number): number | undefined {
  let k = at;
  while (k > 0 && at - k < 20 && isLetter(paste.charCodeAt(k - 1))) k--;
  if (k === at) return undefined;
  let column = 0;
  for (let q = k - 1; q >= 0 && paste[q] !== "\n" && column < MIN_WRAPPED_LINE; q--) column++;
  if (column + (at - k) < MIN_WRAPPED_LINE) return undefined;
  const next = lineContentStart(paste, at + 1);
  let e = next;
  while (e < paste.length && e - next < 20 && isLetter(paste.charCodeAt(e))) e++;
  if (e === next) return undefined;
  const word = (paste.slice(k, at) + paste.slice(next, e)).toLowerCase();
  return SENTENCE_WORDS.has(word) ? next : undefined;
}

/**
 * `**` that opens (before a letter, after a blank) or closes (after a letter, before a blank) a
 * Markdown bold; runs of three or more, and pairs beside digits (`3915824**`), are masks.
 */
function isBold(paste: string, i: number): boolean {
  const before = paste[i - 1] ?? " ";
  const after = paste[i + 2] ?? " ";
  if (before === "*" || after === "*") return false;
  const blank = (c: string) => /[\s"'`(>.,;:]/.test(c);
  return (blank(before) && /[A-Za-z]/.test(after)) || (/[A-Za-z)]/.test(before) && blank(after));
}

/** Characters the view may change; everything between them is copied as it is. */
const SPECIAL = /[\\&<*\n\r\u201c\u201d\u201e\u2018\u2019\u00a0\u3000\uff1a\u200b-\u200d\ufeff]/g;

/**
 * Where each piece of the view came from, as runs: a copied run maps one to one, an emitted one
 * (an unescaped quote, a tag's line break) maps every character to where it stood. A run per
 * change, not an offset per character: a 5 MB log costs a few thousand entries, not 20 MB.
 */
class OriginMap {
  private readonly viewAt: number[] = [];
  private readonly pasteAt: number[] = [];
  private readonly copied: boolean[] = [];

  add(viewAt: number, pasteAt: number, copied: boolean): void {
    this.viewAt.push(viewAt);
    this.pasteAt.push(pasteAt);
    this.copied.push(copied);
  }

  origin(k: number, end: number, pasteLength: number): number {
    if (k >= end) return pasteLength;
    let lo = 0;
    let hi = this.viewAt.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.viewAt[mid] ?? 0) <= k) lo = mid;
      else hi = mid - 1;
    }
    const at = this.pasteAt[lo] ?? 0;
    return this.copied[lo] === true ? at + (Math.max(0, k) - (this.viewAt[lo] ?? 0)) : at;
  }
}

/**
 * Words one of which every reason sentence keeps whole: a hard wrap splits at most one of
 * "authorized" and "perform", 4 characters apart.
 */
const ANCHOR = /[Aa]uthori[sz]ed|[Pp]erform|AUTHORI[SZ]ED|PERFORM/g;
/** Around an anchor, room for the principal before it and the resource, reason and trail after. */
const BEFORE = 3_000;
const AFTER = 5_000;
/** Below this a paste is viewed whole; above it only around its anchors. */
const WHOLE_BELOW = 65_536;

/** The parts of the paste a sentence can be in: all of it, or the windows around its anchors. */
function sentenceRanges(paste: string): [number, number][] {
  if (paste.length < WHOLE_BELOW) return [[0, paste.length]];
  const ranges: [number, number][] = [];
  for (const m of paste.matchAll(ANCHOR)) {
    const from = Math.max(0, m.index - BEFORE);
    const to = Math.min(paste.length, m.index + AFTER);
    const last = ranges.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else ranges.push([from, to]);
  }
  return ranges;
}

export function textView(paste: string): TextView {
  const out: string[] = [];
  const map = new OriginMap();
  let n = 0;
  const emit = (s: string, from: number) => {
    if (s === "") return;
    out.push(s);
    map.add(n, from, false);
    n += s.length;
  };
  const copy = (from: number, to: number) => {
    out.push(paste.slice(from, to));
    map.add(n, from, true);
    n += to - from;
  };
  let at = 0;
  for (const [from, to] of sentenceRanges(paste)) {
    if (from > at) {
      // What lies between two windows holds no sentence: one line break stands for it.
      if (n > 0) emit("\n", at);
      at = from;
    }
    at = viewRange(at, to);
  }
  const text = out.join("");
  return { text, origin: (k) => map.origin(k, n, paste.length) };

  /** Views the paste from `start` to `end` (a step may go a little past it); returns where it stopped. */
  function viewRange(start: number, end: number): number {
    let i = start;
    while (i < end) {
      // Most of a paste is plain text: copy it a run at a time.
      SPECIAL.lastIndex = i;
      const special = SPECIAL.exec(paste);
      const runEnd = special === null || special.index > end ? end : special.index;
      if (runEnd > i) {
        copy(i, runEnd);
        i = runEnd;
        continue;
      }
      const c = paste[i] ?? "";
      if (c === "\\") {
        let j = i;
        while (paste[j] === "\\") j++;
        const next = paste[j];
        if (next === '"' || next === "'" || next === "/") {
          emit(next, j);
          i = j + 1;
          continue;
        }
        if (next === "n" || next === "r" || next === "t") {
          emit(next === "t" ? " " : "\n", i);
          i = j + 1;
          continue;
        }
        if (next === "u") {
          UNICODE_ESCAPE.lastIndex = j;
          const m = UNICODE_ESCAPE.exec(paste);
          if (m?.[1] !== undefined) {
            emit(String.fromCharCode(parseInt(m[1], 16)), i);
            i = j + m[0].length;
            continue;
          }
        }
        emit(paste.slice(i, j), i);
        i = j;
        continue;
      }
      if (c === "&") {
        ENTITY.lastIndex = i;
        const m = ENTITY.exec(paste);
        if (m) {
          emit(ENTITIES[m[0]] ?? "", i);
          i += m[0].length;
          continue;
        }
      }
      if (c === "<") {
        XML_DECLARATION.lastIndex = i;
        const decl = XML_DECLARATION.exec(paste);
        if (decl) {
          emit("\n", i);
          i += decl[0].length;
          continue;
        }
        TAG.lastIndex = i;
        const tag = TAG.exec(paste);
        const name = tag?.[1]?.toLowerCase();
        if (tag && name !== undefined && (BLOCK_TAGS.has(name) || INLINE_TAGS.has(name))) {
          if (BLOCK_TAGS.has(name)) emit("\n", i);
          i += tag[0].length;
          continue;
        }
      }
      // Markdown bold typed into the sentence; runs of three or more are masks (`****`) and stay.
      if (c === "*" && paste[i + 1] === "*" && isBold(paste, i)) {
        i += 2;
        continue;
      }
      if (c === "\n") {
        const joined = wrappedWordEnd(paste, i);
        if (joined !== undefined) {
          i = joined;
          continue;
        }
      }
      const single = SINGLE[c];
      if (single !== undefined) {
        if (single !== "") emit(single, i);
        i++;
        continue;
      }
      copy(i, i + 1);
      i++;
    }
    return i;
  }
}
