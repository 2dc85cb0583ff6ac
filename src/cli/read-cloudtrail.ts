import { text } from "node:stream/consumers";
import {
  DenialGrouper,
  denialsFromAthenaJson,
  denialsFromCsv,
  type OrgDenial,
} from "../core/cloudtrail/org-denials";
import { gunzipIfNeeded, openInput } from "./read-input";

/**
 * `--cloudtrail`: trail files (`.json.gz` from the trail's bucket, plain JSON, lookup-events
 * output) and Athena results (the console's CSV, get-query-results JSON), any mix. Each file is
 * read whole here (the page's worker streams); the grouping keeps one entry per distinct denial.
 */
export async function readCloudTrail(
  files: readonly string[],
): Promise<{ denials: OrgDenial[]; seen: number; denied: number }> {
  const grouper = new DenialGrouper();
  const grouped: OrgDenial[] = [];
  for (const file of files.length === 0 ? [undefined] : files) {
    const body = await text(await gunzipIfNeeded(openInput(file)));
    const trimmed = body.trimStart();
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      const value: unknown = JSON.parse(trimmed);
      const athena = denialsFromAthenaJson(value);
      if (athena) grouped.push(...athena);
      else grouper.add(value);
    } else grouped.push(...denialsFromCsv(body));
  }
  return {
    denials: [...grouper.denials(), ...grouped].sort((a, b) => b.events - a.events),
    seen: grouper.seen,
    denied: grouper.denied,
  };
}
