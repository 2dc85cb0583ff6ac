/**
 * What a file or paste is when it is not text: a screenshot dropped on the box, a PDF, an archive.
 * Read as UTF-8 such files start with their format's signature (bytes that are not UTF-8 become
 * U+FFFD) or are full of control characters; saying "no authorization message found" to them
 * would send the user looking for a message that is there, in pixels.
 */
export type BinaryKind = "png" | "jpeg" | "gif" | "webp" | "pdf" | "gzip" | "zip" | "binary";

/** Each format's first bytes as UTF-8 decoding shows them (U+FFFD for a byte that is not UTF-8). */
const SIGNATURES: readonly (readonly [readonly string[], BinaryKind])[] = [
  [["\uFFFDPNG\r\n\u001A\n", "\u0089PNG\r\n\u001A\n"], "png"],
  [["\uFFFD\uFFFD"], "jpeg"],
  [["GIF87a", "GIF89a"], "gif"],
  [["%PDF-"], "pdf"],
  [["\u001F\uFFFD", "\u001F\u008B"], "gzip"],
  [["PK\u0003\u0004"], "zip"],
];

/** How much of the start is enough to tell: signatures are a few bytes, the ratio needs a sample. */
const SAMPLE = 4096;

export function binaryKind(text: string): BinaryKind | undefined {
  const head = text.slice(0, SAMPLE);
  for (const [starts, kind] of SIGNATURES) if (starts.some((s) => head.startsWith(s))) return kind;
  if (head.startsWith("RIFF") && head.slice(8, 12) === "WEBP") return "webp";
  // Text has tabs and line breaks, rarely other control characters and never NUL; a binary
  // file read as text is full of them and of U+FFFD.
  let odd = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0 || c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 27)) odd++;
  }
  return head.length >= 16 && odd / head.length > 0.1 ? "binary" : undefined;
}

export const isImage = (kind: BinaryKind): boolean =>
  kind === "png" || kind === "jpeg" || kind === "gif" || kind === "webp";
