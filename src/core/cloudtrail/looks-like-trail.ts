/**
 * Whether a file's first characters (or its name) say CloudTrail or Athena's results, so a drop
 * goes to the organization view rather than into the paste box: a trail's log file, lookup-events
 * output, get-query-results JSON, or a CSV whose header names CloudTrail's columns. gzip is always
 * a trail's (the paste box reads text only).
 */
export function looksLikeTrail(name: string, head: string): boolean {
  if (/\.(gz|csv)$/i.test(name)) return true;
  const start = head.replace(/^\uFEFF/, "").trimStart();
  if (/^\{\s*"(Records|ResultSet)"\s*:/.test(start)) return true;
  if (/^\{\s*"Events"\s*:/.test(start) && start.includes('"CloudTrailEvent"')) return true;
  const end = start.indexOf("\n");
  const header = start.slice(0, end < 0 ? 400 : end);
  return /(^|,)"?eventsource"?(,|$)/i.test(header) && /(^|,)"?errorcode"?(,|$)/i.test(header);
}
