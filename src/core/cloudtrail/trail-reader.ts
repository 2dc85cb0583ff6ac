import { isRecord } from "../guards";
import {
  DenialGrouper,
  denialsFromAthenaJson,
  denialsFromCsv,
  type OrgDenial,
} from "./org-denials";

/**
 * CloudTrail read as it arrives, a chunk at a time, in any shape a user has: a trail's log file
 * (`{"Records": […]}`), `lookup-events` output (`{"Events": […]}`), an array of events, one event,
 * events one per line, and Athena's results (get-query-results JSON, or the console's CSV).
 *
 * Memory follows the number of distinct denials, not the file: each record of a `Records` or
 * `Events` array (or of a top-level array) is cut out by a scan that only follows brackets and
 * strings, and parsed only when its text mentions `errorCode` — most events succeed, and parsing
 * them would be most of the work. A general streaming JSON parser would build every value.
 */

/** A value with no record array around it (one event, Athena's JSON) is kept whole up to this. */
export const MAX_WHOLE_VALUE_CHARS = 64 * 1024 * 1024;
/** CSV is read whole: Athena's grouped results are small. */
export const MAX_CSV_CHARS = 64 * 1024 * 1024;

export type TrailProblem =
  | { readonly kind: "not-json-or-csv" }
  | { readonly kind: "no-events" }
  | { readonly kind: "value-too-large"; readonly limit: number }
  | { readonly kind: "cut-off" }
  | { readonly kind: "malformed" };

export interface TrailRead {
  /** Events read (denied or not), and the denials among them. */
  readonly seen: number;
  readonly denied: number;
  /** Athena rows, each a denial group already (its count is the group's). */
  readonly rows: readonly OrgDenial[];
  readonly problem: TrailProblem | undefined;
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const CONTAINER_KEYS = new Set(["Records", "Events"]);

/** One file's reader; several files share one grouper, so a denial in two files is one group. */
export class TrailReader {
  private mode: "unknown" | "json" | "csv" = "unknown";
  private depth = 0;
  private inString = false;
  private escaped = false;
  // The root value's kind, and the last key read at its first level (to find "Records").
  private rootIsObject = false;
  private readingKey = false;
  private key = "";
  private lastKey = "";
  /** Depth at which records sit (inside their array), while inside it. */
  private recordDepth: number | undefined;
  // The text of what is being kept: a record, or a root value with no record array (yet).
  private record: { pieces: string[]; start: number } | undefined;
  private root: { pieces: string[]; start: number; size: number } | undefined;
  private csv: string[] = [];
  private csvSize = 0;
  private rootsRead = 0;
  private readonly rows: OrgDenial[] = [];
  private problem: TrailProblem | undefined;

  constructor(readonly grouper: DenialGrouper = new DenialGrouper()) {}

  feed(chunk: string): void {
    if (this.problem !== undefined && this.problem.kind !== "no-events") return;
    let text = chunk;
    if (this.mode === "unknown") {
      text = text.replace(/^\uFEFF/, "");
      const first = /\S/.exec(text);
      if (!first) return;
      this.mode = first[0] === "{" || first[0] === "[" ? "json" : "csv";
    }
    if (this.mode === "csv") {
      this.csvSize += text.length;
      if (this.csvSize > MAX_CSV_CHARS)
        this.problem = { kind: "value-too-large", limit: MAX_CSV_CHARS };
      else this.csv.push(text);
      return;
    }
    this.scan(text);
  }

  /** What the file held; call once, after the last chunk. */
  finish(): TrailRead {
    if (this.mode === "csv" && this.problem === undefined) {
      const rows = denialsFromCsv(this.csv.join(""));
      this.csv = [];
      if (rows.length === 0) this.problem = { kind: "not-json-or-csv" };
      this.rows.push(...rows);
    } else if (this.mode === "json" && this.problem === undefined) {
      if (this.depth !== 0 || this.inString) this.problem = { kind: "cut-off" };
      else if (this.rootsRead === 0) this.problem = { kind: "no-events" };
    }
    return {
      seen: this.grouper.seen,
      denied: this.grouper.denied,
      rows: this.rows,
      problem: this.problem,
    };
  }

  private scan(chunk: string): void {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) {
          this.inString = false;
          if (this.readingKey) {
            this.readingKey = false;
            this.lastKey = this.key;
          }
        } else if (this.readingKey && this.key.length < 16) this.key += String.fromCharCode(c);
        continue;
      }
      if (c === QUOTE) {
        this.inString = true;
        if (this.depth === 1 && this.rootIsObject) {
          this.readingKey = true;
          this.key = "";
        }
      } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        if (this.depth === 0) {
          this.rootIsObject = c === OPEN_OBJECT;
          this.lastKey = "";
          if (c === OPEN_ARRAY) this.recordDepth = 1;
          else this.root = { pieces: [], start: i, size: 0 };
        } else if (
          this.depth === 1 &&
          this.rootIsObject &&
          c === OPEN_ARRAY &&
          CONTAINER_KEYS.has(this.lastKey)
        ) {
          // The record array: the root around it need not be kept.
          this.recordDepth = 2;
          this.root = undefined;
          this.rootsRead++;
        } else if (this.depth === this.recordDepth && c === OPEN_OBJECT) {
          this.record = { pieces: [], start: i };
        }
        this.depth++;
      } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        this.depth--;
        if (this.depth < 0) {
          this.problem = { kind: "malformed" };
          return;
        }
        if (this.record !== undefined && this.depth === this.recordDepth) {
          this.record.pieces.push(chunk.slice(this.record.start, i + 1));
          this.onRecord(this.record.pieces.join(""));
          this.record = undefined;
        } else if (this.recordDepth !== undefined && this.depth === this.recordDepth - 1) {
          this.recordDepth = undefined;
          if (this.depth === 0) this.rootsRead++;
        }
        if (this.depth === 0 && this.root !== undefined) {
          this.root.pieces.push(chunk.slice(this.root.start, i + 1));
          this.onRoot(this.root.pieces.join(""));
          this.root = undefined;
        }
      }
    }
    // Carry what is being kept into the next chunk.
    if (this.record !== undefined) {
      this.record.pieces.push(chunk.slice(this.record.start));
      this.record.start = 0;
    }
    if (this.root !== undefined) {
      const piece = chunk.slice(this.root.start);
      this.root.size += piece.length;
      if (this.root.size > MAX_WHOLE_VALUE_CHARS) {
        this.problem = { kind: "value-too-large", limit: MAX_WHOLE_VALUE_CHARS };
        this.root = undefined;
        return;
      }
      this.root.pieces.push(piece);
      this.root.start = 0;
    }
  }

  private onRecord(text: string): void {
    // Only a failed call has an errorCode; the rest are counted, not parsed.
    if (!text.includes("errorCode")) {
      this.grouper.seen++;
      return;
    }
    const value = parse(text);
    if (value === undefined) this.grouper.seen++;
    else this.grouper.add(value);
  }

  private onRoot(text: string): void {
    const value = parse(text);
    if (value === undefined) {
      this.problem = { kind: "malformed" };
      return;
    }
    const athena = denialsFromAthenaJson(value);
    if (athena) this.rows.push(...athena);
    else if (isEventLike(value)) this.grouper.add(value);
    else return;
    this.rootsRead++;
  }
}

/** One event (or `lookup-events`' wrapper of one): JSON that is not CloudTrail is said to be so. */
const isEventLike = (value: unknown): boolean =>
  isRecord(value) &&
  (Object.hasOwn(value, "eventName") ||
    Object.hasOwn(value, "eventSource") ||
    Object.hasOwn(value, "CloudTrailEvent"));

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
