/** RFC 4648 §5 base64url without padding, over bytes: what a URL fragment carries safely. */
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const LOOKUP: ReadonlyMap<string, number> = new Map(Array.from(ALPHABET, (c, i) => [c, i]));

export function toBase64Url(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    out += ALPHABET[(n >> 18) & 63] ?? "";
    out += ALPHABET[(n >> 12) & 63] ?? "";
    if (i + 1 < bytes.length) out += ALPHABET[(n >> 6) & 63] ?? "";
    if (i + 2 < bytes.length) out += ALPHABET[n & 63] ?? "";
  }
  return out;
}

/** Undefined for anything that is not canonical base64url. */
export function fromBase64Url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const chunk = text.slice(i, i + 4);
    const values = Array.from(chunk, (c) => LOOKUP.get(c));
    if (values.some((v) => v === undefined)) return undefined;
    const [a = 0, b = 0, c = 0, d = 0] = values as number[];
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    out[o++] = (n >> 16) & 255;
    if (chunk.length > 2) out[o++] = (n >> 8) & 255;
    if (chunk.length > 3) out[o++] = n & 255;
  }
  return out.slice(0, o);
}
