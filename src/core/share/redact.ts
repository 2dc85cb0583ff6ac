/**
 * Replaces identifying values in text meant for a share link. Each distinct value gets its own
 * placeholder everywhere (the same account is always ACCOUNT_1), so the analysis still reads right.
 */
export const REDACTION_CATEGORIES = ["accounts", "uniqueIds", "sessions", "ips", "custom"] as const;
export type RedactionCategory = (typeof REDACTION_CATEGORIES)[number];

export interface RedactionOptions {
  readonly categories: ReadonlySet<RedactionCategory>;
  /** Further values the user marked (a bucket name, a hostname…). */
  readonly custom: readonly string[];
}

export interface Replacement {
  readonly category: RedactionCategory;
  readonly original: string;
  readonly placeholder: string;
}

export interface Redacted {
  readonly text: string;
  readonly replacements: readonly Replacement[];
}

const ID_PREFIXES = "AROA|AIDA|ASIA|AKIA|AGPA|ANPA|ANVA|AIPA|ABIA|ACCA|APKA|ASCA";
// Bounded classes and no nesting: linear on any input (see the bench's adversarial cases).
const SESSION_IN_ARN = /(assumed-role\/[\w+=,.@-]{1,128}\/)([\w+=,.@-]{2,64})/g;
const SESSION_IN_ID = new RegExp(
  String.raw`\b((?:${ID_PREFIXES})[A-Z0-9]{12,28}):([\w+=,.@-]{2,64})`,
  "g",
);
const UNIQUE_ID = new RegExp(String.raw`\b(${ID_PREFIXES})[A-Z0-9]{12,28}\b`, "g");
const ACCOUNT = /(?<![A-Za-z0-9])\d{12}(?![A-Za-z0-9])/g;
const OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
const IPV4 = new RegExp(String.raw`(?<![\d.])${OCTET}(?:\.${OCTET}){3}(?![\d.])`, "g");
const IPV6 = /(?<![\w:])(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}(?![\w:])/g;

export const ALL_CATEGORIES: ReadonlySet<RedactionCategory> = new Set(REDACTION_CATEGORIES);

export function redact(text: string, options: RedactionOptions): Redacted {
  const replacements: Replacement[] = [];
  const maps = new Map<RedactionCategory, Map<string, string>>();
  const placeholder = (
    category: RedactionCategory,
    original: string,
    make: (n: number) => string,
  ): string => {
    const map = maps.get(category) ?? new Map<string, string>();
    maps.set(category, map);
    let p = map.get(original);
    if (p === undefined) {
      p = make(map.size + 1);
      map.set(original, p);
      replacements.push({ category, original, placeholder: p });
    }
    return p;
  };
  const on = (c: RedactionCategory) => options.categories.has(c);
  let out = text;

  if (on("custom")) {
    for (const value of [
      ...new Set(options.custom.map((v) => v.trim()).filter((v) => v.length >= 3)),
    ].sort((a, b) => b.length - a.length)) {
      if (out.includes(value))
        out = out.split(value).join(placeholder("custom", value, (n) => `REDACTED_${n}`));
    }
  }
  if (on("sessions")) {
    const session = (s: string) => placeholder("sessions", s, (n) => `session-${n}`);
    out = out.replace(SESSION_IN_ARN, (_, head: string, s: string) => `${head}${session(s)}`);
    out = out.replace(SESSION_IN_ID, (_, id: string, s: string) => `${id}:${session(s)}`);
  }
  if (on("uniqueIds")) {
    out = out.replace(UNIQUE_ID, (id: string, prefix: string) =>
      placeholder("uniqueIds", id, (n) => `${prefix}_REDACTED_${n}`),
    );
  }
  if (on("accounts"))
    out = out.replace(ACCOUNT, (a) => placeholder("accounts", a, (n) => `ACCOUNT_${n}`));
  if (on("ips")) {
    out = out.replace(IPV4, (ip) => placeholder("ips", ip, (n) => `IP_${n}`));
    out = out.replace(IPV6, (ip) => placeholder("ips", ip, (n) => `IP_${n}`));
  }
  return { text: out, replacements };
}
