// The benches' inputs are hundreds of MB of generated text: written about 1 MB at a time, waiting
// whenever the disk is behind, so no input ever sits in memory whole.
import { once } from "node:events";
import { createWriteStream } from "node:fs";

const CHUNK_CHARS = 1024 * 1024;

export async function writeGenerated(path: string, pieces: Iterable<string>): Promise<void> {
  const out = createWriteStream(path);
  let chunk = "";
  for (const piece of pieces) {
    chunk += piece;
    if (chunk.length > CHUNK_CHARS) {
      if (!out.write(chunk)) await once(out, "drain");
      chunk = "";
    }
  }
  out.end(chunk);
  await once(out, "finish");
}
