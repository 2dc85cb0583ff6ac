/**
 * Replaces identifying values in text meant for a share link. Each distinct value gets its own
 * placeholder everywhere (the same account is always ACCOUNT_1), so the analysis still reads right.
 * Every pattern is bounded and runs once over the text: linear on any input (see the bench).
 * Forms escaped inside JSON strings (`\/`, `\"`) are matched too.
 */
import { isIPv6 } from "./ip";

export const REDACTION_CATEGORIES = [
  "accounts",
  "uniqueIds",
  "names",
  "emails",
  "tags",
  "organizations",
  "ips",
  "custom",
] as const;
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

const SLASH = String.raw`(?:\/|\\\/)`;
const Q = String.raw`\\?"`;
const NAME = String.raw`[\w+=,.@-]`;
const ID_PREFIXES = "AROA|AIDA|ASIA|AKIA|AGPA|ANPA|ANVA|AIPA|ABIA|ACCA|APKA|ASCA";

const SESSION_IN_ARN = new RegExp(
  String.raw`(assumed-role${SLASH}${NAME}{1,128}${SLASH})(${NAME}{2,64})`,
  "g",
);
const USER_IN_ARN = new RegExp(
  String.raw`(:(?:user|federated-user)${SLASH}(?:${NAME}{1,64}${SLASH}){0,8})(${NAME}{1,64})`,
  "g",
);
const SESSION_IN_ID = new RegExp(
  String.raw`\b((?:${ID_PREFIXES})[A-Z0-9]{12,28}):(${NAME}{2,64})`,
  "g",
);
/** `aws:userid` of a federated user: `"123456789012:bob"`. */
const FEDERATED_ID = new RegExp(String.raw`(${Q})(\d{12}):(${NAME}{1,64})(${Q})`, "g");
const UNIQUE_ID = new RegExp(String.raw`\b(${ID_PREFIXES})[A-Z0-9]{12,28}\b`, "g");
const EMAIL = /(?<![\w.%+-])[\w.%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/g;
/** Context keys whose values are people's or teams' data: tags, source identity, session name. */
const VALUES_OF_KEY = new RegExp(
  String.raw`(${Q}key${Q}\s{0,64}:\s{0,64}${Q})([a-z0-9-]{1,32}:(?:PrincipalTag|RequestTag|ResourceTag)${SLASH}[^"\\]{1,128}|(?:aws|sts):SourceIdentity|sts:RoleSessionName)(${Q}\s{0,64},\s{0,64}${Q}values${Q}\s{0,64}:\s{0,64}\{\s{0,64}${Q}items${Q}\s{0,64}:\s{0,64}\[)([^\]]{0,8192})\]`,
  "gi",
);
const VALUE = new RegExp(
  String.raw`(${Q}value${Q}\s{0,64}:\s{0,64}${Q})((?:[^"\\]|\\[^"]){0,1024})(${Q})`,
  "g",
);
const ORGANIZATION_IDS: readonly [RegExp, string][] = [
  [/\bou-[a-z0-9]{4,32}-[a-z0-9]{8,32}\b/g, "ou-redacted-"],
  [/\bo-[a-z0-9]{10,32}\b/g, "o-redacted-"],
  [/\br-[a-z0-9]{4,32}\b/g, "r-redacted-"],
  [/\bp-[a-z0-9]{8,128}\b/g, "p-redacted-"],
];
/** The account field of an ARN, whatever its length (hand-typed ones are often cut short). */
const ACCOUNT_IN_ARN = /(\barn:aws[a-z-]{0,16}:[a-z0-9-]{0,64}:[a-z0-9-]{0,32}:)(\d{1,20})(?=:)/g;
const ACCOUNT = /(?<![A-Za-z0-9])\d{12}(?![A-Za-z0-9])/g;
const OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
const IPV4 = new RegExp(String.raw`(?<![\d.])${OCTET}(?:\.${OCTET}){3}(?![\d.])`, "g");
/** Candidates for IPv6 in any form (`::1`, `2600:1f18::1`, `::ffff:192.0.2.1`), checked by isIPv6. */
const IPV6_CANDIDATE = /(?<![\w.:])[0-9A-Fa-f:][0-9A-Fa-f:.]{1,44}(?![\w.:])/g;

export const ALL_CATEGORIES: ReadonlySet<RedactionCategory> = new Set(REDACTION_CATEGORIES);

export function redact(text: string, options: RedactionOptions): Redacted {
  const replacements: Replacement[] = [];
  const maps = new Map<string, Map<string, string>>();
  /** One placeholder per distinct value and kind, numbered in order of appearance. */
  const placeholder = (
    category: RedactionCategory,
    kind: string,
    original: string,
    make: (n: number) => string,
  ): string => {
    const map = maps.get(kind) ?? new Map<string, string>();
    maps.set(kind, map);
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
        out = out.split(value).join(placeholder("custom", "custom", value, (n) => `REDACTED_${n}`));
    }
  }
  const session = (s: string) => placeholder("names", "session", s, (n) => `session-${n}`);
  const user = (s: string) => placeholder("names", "user", s, (n) => `user-${n}`);
  out = out.replace(VALUES_OF_KEY, (_, head: string, key: string, open: string, items: string) => {
    const lower = key.toLowerCase();
    const isTag = lower.includes("tag");
    if (isTag ? !on("tags") : !on("names")) return `${head}${key}${open}${items}]`;
    const replaced = items.replace(VALUE, (__, pre: string, value: string, post: string) => {
      const p = isTag
        ? placeholder("tags", "tag", value, (n) => `tag-value-${n}`)
        : lower.endsWith("rolesessionname")
          ? session(value)
          : placeholder("names", "identity", value, (n) => `identity-${n}`);
      return `${pre}${p}${post}`;
    });
    return `${head}${key}${open}${replaced}]`;
  });
  if (on("names")) {
    out = out.replace(SESSION_IN_ARN, (_, head: string, s: string) => `${head}${session(s)}`);
    out = out.replace(SESSION_IN_ID, (_, id: string, s: string) => `${id}:${session(s)}`);
    out = out.replace(USER_IN_ARN, (_, head: string, name: string) => `${head}${user(name)}`);
    out = out.replace(
      FEDERATED_ID,
      (_, q1: string, account: string, name: string, q2: string) =>
        `${q1}${account}:${user(name)}${q2}`,
    );
    // The same names as whole JSON strings elsewhere (the principal's "name", sts:RoleSessionName).
    for (const kind of ["session", "user"]) {
      for (const [original, p] of maps.get(kind) ?? []) {
        out = out
          .split(`"${original}"`)
          .join(`"${p}"`)
          .split(`\\"${original}\\"`)
          .join(`\\"${p}\\"`);
      }
    }
  }
  if (on("emails"))
    out = out.replace(EMAIL, (e) => placeholder("emails", "email", e, (n) => `email-${n}`));
  if (on("uniqueIds")) {
    out = out.replace(UNIQUE_ID, (id: string, prefix: string) =>
      placeholder("uniqueIds", "id", id, (n) => `${prefix}_REDACTED_${n}`),
    );
  }
  if (on("organizations")) {
    for (const [pattern, prefix] of ORGANIZATION_IDS)
      out = out.replace(pattern, (id) =>
        placeholder("organizations", prefix, id, (n) => `${prefix}${n}`),
      );
  }
  if (on("accounts")) {
    const account = (a: string) => placeholder("accounts", "account", a, (n) => `ACCOUNT_${n}`);
    out = out.replace(ACCOUNT_IN_ARN, (_, head: string, a: string) => `${head}${account(a)}`);
    out = out.replace(ACCOUNT, account);
  }
  if (on("ips")) {
    const ip = (value: string) => placeholder("ips", "ip", value, (n) => `IP_${n}`);
    out = out.replace(IPV4, ip);
    out = out.replace(IPV6_CANDIDATE, (candidate) =>
      isIPv6(candidate) ? ip(candidate) : candidate,
    );
  }
  return { text: out, replacements };
}

/** Never in pasted text, and no pattern above matches across it. */
const SEPARATOR = "\n\u0000\n";

/**
 * Several texts redacted as one, so a value gets the same placeholder in each (the findings and
 * the messages decoded from them name the same account as ACCOUNT_1).
 */
export function redactTogether(
  texts: readonly string[],
  options: RedactionOptions,
): { texts: string[]; replacements: Replacement[] } {
  const joined = redact(texts.join(SEPARATOR), options);
  return { texts: joined.text.split(SEPARATOR), replacements: [...joined.replacements] };
}
