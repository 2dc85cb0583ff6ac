import { formatFragment, parseFragment } from "../../../core/share/fragment";
import {
  parsePayload,
  serializePayload,
  type ShareError,
  type SharePayload,
} from "../../../core/share/payload";
import { err, type Result } from "../../../core/result";

/** A link may hold a lot of text once inflated; past this it is refused, not expanded (zip bombs). */
const MAX_INFLATED_BYTES = 2_000_000;

async function pipe(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  limit: number,
): Promise<Uint8Array | undefined> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** deflate-raw plus base64url: the shortest of the encodings measured for real messages. */
export async function encodeShare(payload: SharePayload): Promise<string> {
  const json = new TextEncoder().encode(serializePayload(payload));
  const compressed = await pipe(
    json,
    new CompressionStream("deflate-raw"),
    Number.MAX_SAFE_INTEGER,
  );
  return formatFragment(compressed ?? new Uint8Array());
}

export async function decodeShare(hash: string): Promise<Result<SharePayload, ShareError>> {
  const bytes = parseFragment(hash);
  if (!bytes.ok) return bytes;
  let inflated: Uint8Array | undefined;
  try {
    inflated = await pipe(bytes.value, new DecompressionStream("deflate-raw"), MAX_INFLATED_BYTES);
  } catch {
    return err({ code: "corrupt" });
  }
  if (inflated === undefined) return err({ code: "too-large" });
  let json: string;
  try {
    json = new TextDecoder("utf-8", { fatal: true }).decode(inflated);
  } catch {
    return err({ code: "corrupt" });
  }
  return parsePayload(json);
}
