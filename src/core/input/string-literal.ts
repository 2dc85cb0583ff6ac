/**
 * Lenient reading of quoted string literals as users paste them: hard-wrapped terminals and chat
 * tools put raw line breaks inside the CLI's escaped `DecodedMessage` string, sometimes between a
 * backslash and the character it escapes. The decoded message itself never holds a line break, so
 * dropping them restores the original text without guessing.
 */

export interface LiteralRead {
  /** The literal's content, still escaped, with raw line breaks removed. */
  readonly raw: string;
  /** Index just past the closing quote, or the text length when the literal never closes. */
  readonly end: number;
  readonly closed: boolean;
  readonly lineBreaksRemoved: boolean;
}

const isLineBreak = (c: string | undefined): boolean => c === "\n" || c === "\r";

export function readStringLiteral(text: string, openQuoteIndex: number): LiteralRead {
  const quote = text[openQuoteIndex];
  const parts: string[] = [];
  let lineBreaksRemoved = false;
  let segmentStart = openQuoteIndex + 1;
  let i = segmentStart;
  while (i < text.length) {
    const c = text[i];
    if (c === "\\") {
      let j = i + 1;
      while (isLineBreak(text[j])) j++;
      if (j > i + 1) {
        parts.push(text.slice(segmentStart, i + 1));
        segmentStart = j;
        lineBreaksRemoved = true;
      }
      i = j + 1;
      continue;
    }
    if (c === quote) {
      parts.push(text.slice(segmentStart, i));
      return { raw: parts.join(""), end: i + 1, closed: true, lineBreaksRemoved };
    }
    if (isLineBreak(c)) {
      parts.push(text.slice(segmentStart, i));
      segmentStart = i + 1;
      lineBreaksRemoved = true;
    }
    i++;
  }
  parts.push(text.slice(segmentStart));
  return { raw: parts.join(""), end: text.length, closed: false, lineBreaksRemoved };
}

export interface Unescaped {
  readonly value: string;
  /** Escapes that JSON does not define (`\*` from Markdown, `\'` from Python) kept as their character. */
  readonly invalidEscapes: number;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};

/** JSON (and Python) string unescaping that never fails: an unknown escape keeps its character. */
export function unescapeString(raw: string, { python = false } = {}): Unescaped {
  if (!raw.includes("\\")) return { value: raw, invalidEscapes: 0 };
  const out: string[] = [];
  let invalidEscapes = 0;
  let segmentStart = 0;
  let i = raw.indexOf("\\");
  while (i !== -1 && i < raw.length) {
    out.push(raw.slice(segmentStart, i));
    const next = raw[i + 1];
    let consumed = 2;
    if (next === undefined) {
      invalidEscapes++;
      consumed = 1;
    } else if (Object.hasOwn(SIMPLE_ESCAPES, next)) {
      out.push(SIMPLE_ESCAPES[next] ?? next);
    } else if (next === "u" && /^[0-9a-fA-F]{4}$/.test(raw.slice(i + 2, i + 6))) {
      out.push(String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16)));
      consumed = 6;
    } else if (python && next === "'") {
      out.push("'");
    } else if (python && next === "x" && /^[0-9a-fA-F]{2}$/.test(raw.slice(i + 2, i + 4))) {
      out.push(String.fromCharCode(parseInt(raw.slice(i + 2, i + 4), 16)));
      consumed = 4;
    } else {
      out.push(next);
      invalidEscapes++;
    }
    segmentStart = i + consumed;
    i = raw.indexOf("\\", segmentStart);
  }
  out.push(raw.slice(segmentStart));
  return { value: out.join(""), invalidEscapes };
}
