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
const LETTER = /[A-Za-z-]/;

/**
 * At the line break `at`: when it splits one of the sentence's words at the end of a full line,
 * where the word goes on in the paste (past the continuation's prefix); else undefined.
 */
function wrappedWordEnd(paste: string, at: number): number | undefined {
  let k = at;
  while (k > 0 && at - k < 20 && LETTER.test(paste[k - 1] ?? "")) k--;
  if (k === at) return undefined;
  let column = 0;
  for (let q = k - 1; q >= 0 && paste[q] !== "\n" && column < MIN_WRAPPED_LINE; q--) column++;
  if (column + (at - k) < MIN_WRAPPED_LINE) return undefined;
  const next = lineContentStart(paste, at + 1);
  let e = next;
  while (e < paste.length && e - next < 20 && LETTER.test(paste[e] ?? "")) e++;
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

export function textView(paste: string): TextView {
  const out: string[] = [];
  // Int32 per character: a 2 MB paste costs 8 MB here, once.
  const map = new Int32Array(paste.length + 1);
  let n = 0;
  const emit = (s: string, from: number) => {
    out.push(s);
    map.fill(from, n, n + s.length);
    n += s.length;
  };
  let i = 0;
  while (i < paste.length) {
    // Most of a paste is plain text: copy it a run at a time.
    SPECIAL.lastIndex = i;
    const special = SPECIAL.exec(paste);
    const runEnd = special === null ? paste.length : special.index;
    if (runEnd > i) {
      out.push(paste.slice(i, runEnd));
      for (let q = i; q < runEnd; q++) map[n++] = q;
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
    out.push(c);
    map[n++] = i;
    i++;
  }
  map[n] = paste.length;
  const text = out.join("");
  return {
    text,
    origin: (k) => map[Math.max(0, Math.min(k, n))] ?? paste.length,
  };
}
