import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { LIMITS } from "../core/limits";

/**
 * A log as text, streamed: stdin or files, gzip recognised by its magic bytes (not the name).
 * Up to the page's log cap (10 MB) the whole text is kept, so the CLI reads exactly what the page
 * would. Past it only the lines around anything that can belong to a denial are kept (80 before,
 * for tool phrases and wrapped sentences; 120 after, for hard-wrapped tokens), so memory follows
 * the number of denials, not the log's size.
 */
export interface ReadResult {
  readonly text: string;
  /** The input passed the cap and was narrowed to the lines around denials. */
  readonly narrowed: boolean;
  /** Even the lines around denials passed the cap: the rest was not read. */
  readonly truncated: boolean;
  readonly bytes: number;
}

const RELEVANT =
  /authori[sz]|AccessDenied|Unauthori[sz]ed|not authorized|Encoded|errorCode|errorMessage|Forbidden|denied|perform:|Status ?Code: ?403/i;
const BEFORE = 80;
const AFTER = 120;

/** Gzip recognised by its magic bytes, whatever the name; the stream stays a stream. */
export async function gunzipIfNeeded(stream: Readable): Promise<Readable> {
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first = await iterator.next();
  if (first.done === true) return Readable.from([]);
  const head = first.value;
  const rest = Readable.from(
    (async function* () {
      yield head;
      for (let r = await iterator.next(); r.done !== true; r = await iterator.next()) yield r.value;
    })(),
  );
  return head[0] === 0x1f && head[1] === 0x8b ? rest.pipe(createGunzip()) : rest;
}

export async function readLog(stream: Readable): Promise<ReadResult> {
  const lines = createInterface({ input: await gunzipIfNeeded(stream), crlfDelay: Infinity });
  const whole: string[] = [];
  let wholeChars = 0;
  let keepWhole = true;
  const kept: string[] = [];
  const before: string[] = [];
  let after = 0;
  let bytes = 0;
  let keptChars = 0;
  let truncated = false;
  const keep = (...more: string[]) => {
    for (const l of more) {
      keptChars += l.length + 1;
      if (keptChars > LIMITS.maxLogChars) truncated = true;
      else kept.push(l);
    }
  };
  for await (const line of lines) {
    bytes += line.length + 1;
    if (keepWhole) {
      whole.push(line);
      wholeChars += line.length + 1;
      if (wholeChars > LIMITS.maxLogChars) {
        keepWhole = false;
        whole.length = 0;
      }
    }
    if (RELEVANT.test(line)) {
      keep(...before.splice(0), line);
      after = AFTER;
    } else if (after > 0) {
      keep(line);
      after--;
    } else {
      before.push(line);
      if (before.length > BEFORE) before.shift();
    }
  }
  return keepWhole
    ? { text: whole.join("\n"), narrowed: false, truncated: false, bytes }
    : { text: kept.join("\n"), narrowed: true, truncated, bytes };
}

export const openInput = (path: string | undefined): Readable =>
  path === undefined || path === "-" ? process.stdin : createReadStream(path);
