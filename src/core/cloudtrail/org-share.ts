import { ALL_CATEGORIES, redactTogether } from "../share/redact";
import type { OrgDenial } from "./org-denials";

/** A shared overview's row: one distinct denial, its count and days, no event of its own. */
export interface SharedOrgRow {
  readonly a?: string;
  readonly p?: string;
  readonly s?: string;
  readonly e?: string;
  readonly c?: string;
  readonly n: number;
  readonly f?: string;
  readonly l?: string;
  readonly m?: string;
}

/** Enough rows for any overview a person reads; a link stays a link. */
export const MAX_SHARED_ROWS = 300;

/** Tokens never travel in a default link: the encoded message is cut from each message. */
const TOKEN = /\s*Encoded authorization failure message:\s*[A-Za-z0-9_-]+/g;

const FIELDS = ["account", "principal", "message"] as const;

/**
 * The organization's overview for a share link: only the groups (counts, days, who and what),
 * every account, ARN, address and ID redacted together so one account is ACCOUNT_1 everywhere,
 * and the encoded messages left out. The placeholders written are listed for the reader.
 */
export function orgShareRows(denials: readonly OrgDenial[]): {
  rows: SharedOrgRow[];
  hidden: string[];
} {
  const kept = denials.slice(0, MAX_SHARED_ROWS);
  const texts = kept.flatMap((d) =>
    FIELDS.map((f) => (f === "message" ? (d.message ?? "").replace(TOKEN, "") : (d[f] ?? ""))),
  );
  const redacted = redactTogether(texts, { categories: ALL_CATEGORIES, custom: [] });
  const at = (i: number, f: number) => redacted.texts[i * FIELDS.length + f] ?? "";
  const optional = (key: keyof SharedOrgRow, value: string | undefined) =>
    value === undefined || value === "" ? {} : { [key]: value };
  return {
    rows: kept.map((d, i) => ({
      ...optional("a", d.account === undefined ? undefined : at(i, 0)),
      ...optional("p", d.principal === undefined ? undefined : at(i, 1)),
      ...optional("s", d.eventSource),
      ...optional("e", d.eventName),
      ...optional("c", d.errorCode),
      n: d.events,
      ...optional("f", d.firstSeen),
      ...optional("l", d.lastSeen),
      ...optional("m", d.message === undefined ? undefined : at(i, 2)),
    })),
    hidden: [...new Set(redacted.replacements.map((r) => r.placeholder))],
  };
}

/** A shared row read back as a denial group. */
export const fromSharedRow = (r: SharedOrgRow): OrgDenial => ({
  account: r.a,
  principal: r.p,
  eventSource: r.s,
  eventName: r.e,
  errorCode: r.c,
  events: r.n,
  firstSeen: r.f,
  lastSeen: r.l,
  message: r.m,
});
