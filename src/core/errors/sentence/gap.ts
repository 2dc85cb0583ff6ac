/**
 * What may stand between two words of AWS's sentence once tools have wrapped it: blanks and `│`,
 * and a line break followed by the furniture a continuation line starts with (indentation, `│`,
 * `|`, `>`, `//`, `#`, a log timestamp or klog header), or a string concatenation (`" +⏎ "`).
 * A blank line ends the sentence: two log records are never glued together across one.
 */

const isBlank = (c: string | undefined): boolean => c === " " || c === "\t" || c === "│";

/** Timestamps and klog headers at the start of a wrapped log line (CodeBuild, Actions, klog). */
export const LOG_PREFIX_SOURCE = String.raw`(?:\[Container\] )?\d{4}[-/]\d{2}[-/]\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?[ \t]+|[IWEF]\d{4} \d{2}:\d{2}:\d{2}\.\d{1,9}[ \t]+\d{1,9} [\w./-]{1,80}:\d{1,6}\] `;
const LOG_PREFIX = new RegExp(LOG_PREFIX_SOURCE, "y");
const CONCAT = /["'][ \t]{0,16}(?:\+[ \t]{0,16})?(?:\n[ \t]{0,64}(?:\+[ \t]{0,16})?)?["']/y;
const MAX_PREFIX_MARKS = 6;

/** Where the text of the line that starts at `i` begins, past its continuation furniture. */
export function lineContentStart(t: string, i: number): number {
  let j = i;
  for (let marks = 0; marks <= MAX_PREFIX_MARKS; marks++) {
    while (t[j] === " " || t[j] === "\t") j++;
    const c = t[j];
    // Quote, table and comment marks stand before a blank; `>` or `#` right before a word is the
    // wrapped value's own (`<acct⏎>`).
    const blankAfter = (k: number) =>
      t[k] === " " || t[k] === "\t" || t[k] === "\n" || k >= t.length;
    if (c === "│") j++;
    else if ((c === "|" || c === ">" || c === "#" || c === "*") && blankAfter(j + 1)) j++;
    else if (c === "/" && t[j + 1] === "/" && blankAfter(j + 2)) j += 2;
    else break;
  }
  LOG_PREFIX.lastIndex = j;
  const log = LOG_PREFIX.exec(t);
  if (log) j += log[0].length;
  while (t[j] === " " || t[j] === "\t") j++;
  return j;
}

/** True when the line that starts at `i` holds only blanks: a paragraph break. */
function blankLineAt(t: string, i: number): boolean {
  let j = i;
  while (t[j] === " " || t[j] === "\t" || t[j] === "│") j++;
  return t[j] === "\n" || j >= t.length;
}

export interface Gap {
  readonly end: number;
  /** Line breaks crossed. */
  readonly breaks: number;
}

/** The gap that starts at `i` (possibly empty). Never crosses a blank line. */
export function skipGap(t: string, i: number, maxBreaks = 3): Gap {
  let j = i;
  let breaks = 0;
  for (;;) {
    while (isBlank(t[j])) j++;
    if (t[j] === "\n" && breaks < maxBreaks && !blankLineAt(t, j + 1)) {
      j = lineContentStart(t, j + 1);
      breaks++;
      continue;
    }
    if (t[j] === '"' || t[j] === "'") {
      CONCAT.lastIndex = j;
      const m = CONCAT.exec(t);
      if (m && (m[0].includes("+") || m[0].includes("\n"))) {
        j += m[0].length;
        continue;
      }
    }
    return { end: j, breaks };
  }
}

/** Characters from the start of the line holding `i` up to `i`, looking back a bounded way. */
export function columnOf(t: string, i: number): number {
  const limit = Math.max(0, i - 400);
  let j = i;
  while (j > limit && t[j - 1] !== "\n") j--;
  return i - j;
}

/** The word (letters and `-`) that starts at `at`, lower-cased, or "". */
export function wordAt(t: string, at: number): string {
  let j = at;
  while (j < t.length && j - at < 40 && /[A-Za-z-]/.test(t[j] ?? "")) j++;
  return t.slice(at, j).toLowerCase();
}

/**
 * Reads `words` in order from `at`, each after a gap; returns where the last ends, or undefined.
 * Case-insensitive; a word must end at a non-letter.
 */
export function readWords(t: string, at: number, words: readonly string[]): number | undefined {
  let j = at;
  for (const w of words) {
    const start = skipGap(t, j).end;
    if (wordAt(t, start) !== w) return undefined;
    j = start + w.length;
  }
  return j;
}
