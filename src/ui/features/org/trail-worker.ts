/// <reference lib="webworker" />
import { DenialGrouper, type OrgDenial } from "../../../core/cloudtrail/org-denials";
import { TrailReader } from "../../../core/cloudtrail/trail-reader";
import type { FileProblem, TrailReply, TrailRequest } from "./trail-protocol";

/**
 * Reads dropped CloudTrail files off the main thread: each file as a stream (gunzipped by
 * DecompressionStream when its first bytes are gzip's), decoded and fed to the core's reader, so
 * neither the page nor this worker ever holds a whole file. Cancel stops between chunks and
 * reports what was read.
 */
declare const self: DedicatedWorkerGlobalScope;

let cancel = false;
// A function, not the variable: the flag changes between awaits, which narrowing cannot see.
const cancelled = (): boolean => cancel;
const PROGRESS_EVERY_MS = 100;

const post = (reply: TrailReply) => {
  self.postMessage(reply);
};

async function isGzip(file: File): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  return head[0] === 0x1f && head[1] === 0x8b;
}

async function readAll(files: readonly File[]): Promise<void> {
  const grouper = new DenialGrouper();
  const rows: OrgDenial[] = [];
  const problems: FileProblem[] = [];
  const total = files.reduce((sum, f) => sum + f.size, 0);
  let bytes = 0;
  let filesRead = 0;
  let lastPost = 0;
  const progress = () => ({
    bytes,
    total,
    files: filesRead,
    filesTotal: files.length,
    seen: grouper.seen,
    denied: grouper.denied + rows.reduce((sum, r) => sum + r.events, 0),
  });
  for (const file of files) {
    if (cancelled()) break;
    const reader = new TrailReader(grouper);
    const gzip = await isGzip(file);
    const counted = file.stream().pipeThrough(
      new TransformStream<Uint8Array<ArrayBuffer>, BufferSource>({
        transform(chunk, controller) {
          bytes += chunk.byteLength;
          controller.enqueue(chunk);
        },
      }),
    );
    const text = (
      gzip ? counted.pipeThrough(new DecompressionStream("gzip")) : counted
    ).pipeThrough(new TextDecoderStream());
    const chunks = text.getReader();
    let failed: FileProblem["problem"] | undefined;
    try {
      for (;;) {
        if (cancelled()) {
          await chunks.cancel();
          break;
        }
        const { done, value } = await chunks.read();
        if (done) break;
        reader.feed(value);
        const now = performance.now();
        if (now - lastPost >= PROGRESS_EVERY_MS) {
          lastPost = now;
          post({ type: "progress", ...progress() });
          // Buffered chunks resolve as microtasks: without a turn of the event loop now and
          // then, Cancel's message would wait for the whole file.
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
      }
    } catch {
      // A gzip stream that ends early, or a file that went away while read.
      failed = gzip ? { kind: "gzip-cut" } : { kind: "unreadable" };
    }
    const result = reader.finish();
    rows.push(...result.rows);
    // A file cut by Cancel is not a bad file.
    const problem = failed ?? (cancelled() ? undefined : result.problem);
    if (problem !== undefined) problems.push({ name: file.name, problem });
    if (!cancelled()) filesRead++;
  }
  const denials = [...grouper.denials(), ...rows].sort((a, b) => b.events - a.events);
  post({ type: "done", denials, problems, cancelled: cancelled(), ...progress() });
}

self.onmessage = (event: MessageEvent<TrailRequest>) => {
  const request = event.data;
  if (request.type === "cancel") {
    cancel = true;
    return;
  }
  cancel = false;
  void readAll(request.files);
};
