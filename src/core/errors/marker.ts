/**
 * The phrase AWS puts before every encoded message. Terminals, log viewers and chat tools wrap it
 * anywhere, even inside a word, and shells split it with a `\` continuation; Terraform prefixes
 * continuation lines with `│`. Between any two characters of the phrase we allow such a wrap.
 */
const PHRASE = "Encoded authorization failure message:";

// A line break with what tools put around it: trailing blanks, a `\` continuation, indentation and
// box-drawing or quote prefixes on the next line. Bounded classes only: no nested quantifiers.
const WRAP = String.raw`(?:[ \t]{0,16}\\?[ \t]{0,16}\r?\n[ \t│|>]{0,32})`;
const SPACE = String.raw`(?:[ \t]{1,16}|${WRAP})`;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const MARKER_SOURCE = Array.from(PHRASE)
  .map((c, i) => {
    if (c === " ") return SPACE;
    const next = PHRASE[i + 1];
    // A wrap may fall between two letters of a word, never before the space or colon that follow.
    return next === undefined || next === " " || next === ":"
      ? escapeRegExp(c)
      : `${escapeRegExp(c)}${WRAP}?`;
  })
  .join("");

export interface MarkerMatch {
  /** Where the phrase starts. */
  readonly start: number;
  /** Just past the colon. */
  readonly end: number;
}

export function findMarkers(text: string): MarkerMatch[] {
  const pattern = new RegExp(MARKER_SOURCE, "gi");
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
