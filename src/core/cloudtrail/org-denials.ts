import Papa from "papaparse";
import { isRecord } from "../guards";
import { findReasons } from "../errors/reason";
import { grantee } from "../policy/draft";

/**
 * Denials across an organization, from what a user has: CloudTrail events (one, an array, a
 * `{"Records": […]}` log file, `lookup-events` output) grouped here, or rows that AWS's engines
 * grouped already (the queries of queries.ts, as Athena's console downloads them as CSV, or as
 * `aws athena get-query-results` prints them). One shape either way.
 */
export interface OrgDenial {
  readonly account: string | undefined;
  /** A role session's role (sessions come and go), else the caller's ARN. */
  readonly principal: string | undefined;
  readonly eventSource: string | undefined;
  readonly eventName: string | undefined;
  readonly errorCode: string | undefined;
  readonly events: number;
  readonly firstSeen: string | undefined;
  readonly lastSeen: string | undefined;
  /** One errorMessage of the group: EC2's carries the reason sentence and the encoded message. */
  readonly message: string | undefined;
  /**
   * Where the calls came from: the group's first few Regions, source IPs and user agents (events
   * only; Athena's grouped rows do not carry them). Bounded, like the groups.
   */
  readonly regions?: readonly string[];
  readonly sourceIps?: readonly string[];
  readonly userAgents?: readonly string[];
}

/** Distinct values kept per group and field: enough to recognise a pipeline, bounded. */
export const MAX_SOURCES = 5;

const withValue = (list: readonly string[] | undefined, value: string | undefined) =>
  value === undefined ||
  value === "" ||
  (list?.includes(value) ?? false) ||
  (list?.length ?? 0) >= MAX_SOURCES
    ? list
    : [...(list ?? []), value];

/** The error codes of a denied call (queries.ts filters on the same). */
export const isDenialCode = (code: string | undefined): boolean =>
  code !== undefined &&
  (code === "AccessDenied" ||
    code === "Client.UnauthorizedOperation" ||
    code === "UnauthorizedOperation" ||
    code.includes("AccessDenied"));

const str = (o: Record<string, unknown>, key: string): string | undefined =>
  Object.hasOwn(o, key) && typeof o[key] === "string" ? o[key] : undefined;
const rec = (o: Record<string, unknown>, key: string): Record<string, unknown> | undefined =>
  Object.hasOwn(o, key) && isRecord(o[key]) ? o[key] : undefined;

/** `lookup-events` wraps each event as a JSON string in `CloudTrailEvent`. */
function unwrap(o: Record<string, unknown>): Record<string, unknown> {
  const inner = str(o, "CloudTrailEvent");
  if (inner === undefined) return o;
  try {
    const parsed: unknown = JSON.parse(inner);
    return isRecord(parsed) ? parsed : o;
  } catch {
    return o;
  }
}

function principalOf(event: Record<string, unknown>): string | undefined {
  const identity = rec(event, "userIdentity");
  if (!identity) return undefined;
  const issuer = rec(rec(identity, "sessionContext") ?? {}, "sessionIssuer");
  const arn = (issuer && str(issuer, "arn")) ?? str(identity, "arn");
  return arn === undefined ? undefined : grantee(arn);
}

/** An event without its identity's ARN (trimmed exports): the reason sentence names the caller. */
function principalInMessage(message: string | undefined): string | undefined {
  if (!message?.includes("not authorized")) return undefined;
  const arn = findReasons(message)[0]?.principalArn;
  return arn?.startsWith("arn:") === true ? grantee(arn) : undefined;
}

const key = (d: Omit<OrgDenial, "events" | "firstSeen" | "lastSeen" | "message">) =>
  [d.account, d.principal, d.eventSource, d.eventName, d.errorCode].join("\u0000");

/**
 * Groups events as they come (a stream of files, a worker's chunks): memory follows the number
 * of distinct denials, not of events.
 */
export class DenialGrouper {
  private readonly groups = new Map<string, OrgDenial>();
  /** Events seen, denials among them. */
  seen = 0;
  denied = 0;

  add(value: unknown): void {
    const records: unknown[] = Array.isArray(value)
      ? value
      : isRecord(value) && Array.isArray(value.Records)
        ? value.Records
        : isRecord(value) && Array.isArray(value.Events)
          ? value.Events
          : [value];
    for (const item of records) {
      if (!isRecord(item)) continue;
      const event = unwrap(item);
      this.seen++;
      const errorCode = str(event, "errorCode");
      if (!isDenialCode(errorCode)) continue;
      this.denied++;
      const time = str(event, "eventTime");
      const message = str(event, "errorMessage");
      const head = {
        account:
          str(event, "recipientAccountId") ?? str(rec(event, "userIdentity") ?? {}, "accountId"),
        principal: principalOf(event) ?? principalInMessage(message),
        eventSource: str(event, "eventSource"),
        eventName: str(event, "eventName"),
        errorCode,
      };
      const k = key(head);
      const before = this.groups.get(k);
      this.groups.set(k, {
        ...head,
        events: (before?.events ?? 0) + 1,
        firstSeen: earliest(before?.firstSeen, time),
        lastSeen: latest(before?.lastSeen, time),
        message: before?.message ?? message,
        ...sources(before, event),
      });
    }
  }

  /** Ranked by count, most first. */
  denials(): OrgDenial[] {
    return [...this.groups.values()].sort((a, b) => b.events - a.events);
  }
}

function sources(
  before: OrgDenial | undefined,
  event: Record<string, unknown>,
): Pick<OrgDenial, "regions" | "sourceIps" | "userAgents"> {
  const regions = withValue(before?.regions, str(event, "awsRegion"));
  const sourceIps = withValue(before?.sourceIps, str(event, "sourceIPAddress"));
  const userAgents = withValue(before?.userAgents, str(event, "userAgent"));
  return {
    ...(regions ? { regions } : {}),
    ...(sourceIps ? { sourceIps } : {}),
    ...(userAgents ? { userAgents } : {}),
  };
}

// ISO 8601 times in UTC compare as strings.
const earliest = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined || a <= b ? a : b;
const latest = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined || a >= b ? a : b;

/** Columns as the queries name them, in either engine's casing. */
function fromRow(row: Readonly<Record<string, string | undefined>>): OrgDenial | undefined {
  const get = (...names: string[]) => {
    for (const n of names) {
      const v = row[n] ?? row[n.toLowerCase()];
      if (v !== undefined && v !== "") return v;
    }
    return undefined;
  };
  const events = Number(get("events") ?? "1");
  const principal = get("principal");
  const errorCode = get("errorCode", "errorcode");
  if (!isDenialCode(errorCode)) return undefined;
  return {
    account: get("account", "recipientAccountId"),
    principal: principal === undefined ? undefined : grantee(principal),
    eventSource: get("eventSource", "eventsource"),
    eventName: get("eventName", "eventname"),
    errorCode,
    events: Number.isFinite(events) && events > 0 ? events : 1,
    firstSeen: get("first_seen", "eventTime", "eventtime"),
    lastSeen: get("last_seen", "eventTime", "eventtime"),
    message: get("message", "errorMessage", "errormessage"),
  };
}

/** Athena's results as the console downloads them: CSV with a header row. */
export function denialsFromCsv(text: string): OrgDenial[] {
  const parsed = Papa.parse<Record<string, string>>(text.trim(), {
    header: true,
    skipEmptyLines: true,
  });
  return parsed.data.flatMap((row) => fromRow(row) ?? []);
}

/** `aws athena get-query-results`: `ResultSet.Rows[].Data[].VarCharValue`, the first row the header. */
export function denialsFromAthenaJson(value: unknown): OrgDenial[] | undefined {
  const set = isRecord(value) ? rec(value, "ResultSet") : undefined;
  const rows = set && Array.isArray(set.Rows) ? set.Rows : undefined;
  if (!rows) return undefined;
  const cells = rows.map((r) =>
    isRecord(r) && Array.isArray(r.Data)
      ? r.Data.map((d) => (isRecord(d) ? str(d, "VarCharValue") : undefined))
      : [],
  );
  const [header = [], ...body] = cells;
  return body.flatMap((row) => {
    const named = Object.fromEntries(header.map((h, i) => [h ?? String(i), row[i]]));
    return fromRow(named) ?? [];
  });
}
