import { DenialGrouper, type OrgDenial } from "../core/cloudtrail/org-denials";
import { TrailReader, type TrailProblem } from "../core/cloudtrail/trail-reader";
import { gunzipIfNeeded, openInput } from "./read-input";

/** A file that could not be read whole, in a sentence for stderr. */
export interface FileProblem {
  readonly name: string;
  readonly text: string;
}

const PROBLEMS: Readonly<Record<TrailProblem["kind"], string>> = {
  "not-json-or-csv": "neither CloudTrail JSON nor Athena's CSV; skipped",
  "no-events": "JSON with no CloudTrail events (no Records, Events or event fields); skipped",
  "value-too-large": "one value of more than 64 MB with no Records array in it; skipped",
  "cut-off": "ends in the middle of a record (cut off?); the events before the cut are counted",
  malformed:
    "not valid JSON (a bracket closes what was never opened); the events before are counted",
};

/**
 * `--cloudtrail`: trail files (`.json.gz` from the trail's bucket, plain JSON, lookup-events
 * output) and Athena results (the console's CSV, get-query-results JSON), any mix. Each file is
 * streamed through the core's trail reader, as the page's worker does: memory follows the
 * distinct denials, not the files.
 */
export async function readCloudTrail(files: readonly string[]): Promise<{
  denials: OrgDenial[];
  seen: number;
  denied: number;
  problems: FileProblem[];
}> {
  const grouper = new DenialGrouper();
  const rows: OrgDenial[] = [];
  const problems: FileProblem[] = [];
  for (const file of files.length === 0 ? [undefined] : files) {
    const reader = new TrailReader(grouper);
    const stream = await gunzipIfNeeded(openInput(file));
    stream.setEncoding("utf8");
    for await (const chunk of stream as AsyncIterable<string>) reader.feed(chunk);
    const read = reader.finish();
    rows.push(...read.rows);
    if (read.problem !== undefined)
      problems.push({ name: file ?? "stdin", text: PROBLEMS[read.problem.kind] });
  }
  return {
    denials: [...grouper.denials(), ...rows].sort((a, b) => b.events - a.events),
    seen: grouper.seen,
    denied: grouper.denied,
    problems,
  };
}
