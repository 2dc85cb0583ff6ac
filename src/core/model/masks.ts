import { parseArn } from "./arn";

/**
 * The one vocabulary of masks and placeholders: what people type over a value before they paste
 * it (`xxxx`, `***`, `<account id>`, `[redacted]`, `...`), what tools and docs write in its place
 * (`{accountid}`, `ACCOUNT_ID`, AWS's example account `123456789012`), and what our share links
 * write (`ACCOUNT_1`). A mask is never a real value: readers keep it as written and say so, drafts
 * warn about it, and two copies of one denial that differ only in their masks are one denial.
 */
export const MASK_KINDS = [
  /** `<account id>`, `{accountid}`, `${AccountId}`-less template words. */
  "placeholder",
  /** `REDACTED`, `<REMOVED>`, `[redacted:AWS_ACCOUNT]`. */
  "redacted",
  /** `***`, `3915824****`, `*account id*`. */
  "asterisks",
  /** `xxxx`, `XXXXXX`, `lab-session-xxx`. */
  "x-run",
  /** `...`, `…`: the author left it out. */
  "elided",
  /** Account IDs AWS's documentation and emulators use (`123456789012`, `000000000000`). */
  "example-account",
  /** A word in a field that holds digits: `AccountID`, `ACCOUNT_ID`, `acct`, `region`. */
  "word",
  /** An account field that is not 12 digits (`111111111`, `hogehoge`): cut, mistyped or replaced. */
  "malformed",
  /** Our own share-link placeholders: `ACCOUNT_1`, `session-1`, `IP_1`. */
  "share",
] as const;
export type MaskKind = (typeof MASK_KINDS)[number];

export interface Mask {
  readonly kind: MaskKind;
  /** Exactly as written. */
  readonly written: string;
  /** Offsets in the value the mask was found in. */
  readonly start: number;
  readonly end: number;
}

/**
 * Account IDs that name nobody's account: AWS's documentation examples (IAM User Guide, "AWS
 * account identifiers" and the policy examples) and the default of local emulators (LocalStack,
 * moto). Seen in pastes where an author replaced the real one.
 */
export const EXAMPLE_ACCOUNTS: ReadonlySet<string> = new Set([
  "123456789012",
  "111122223333",
  "444455556666",
  "777788889999",
  "555555555555",
  "012345678901",
  "000000000000",
]);

// Each pattern is linear: bounded classes, no nested quantifiers. Order matters only for overlap:
// the first pattern that claims a span keeps it.
const PATTERNS: readonly [MaskKind, RegExp][] = [
  ["redacted", /\[[^\][\n]{0,40}(?:redacted|removed|masked)[^\][\n]{0,40}\]/gi],
  ["redacted", /<[^<>\n]{0,40}(?:redacted|removed|masked)[^<>\n]{0,40}>/gi],
  ["placeholder", /<[A-Za-z_][^<>\n]{0,40}>/g],
  ["placeholder", /(?<![$%])\{\{?[A-Za-z_][\w .-]{0,40}\}\}?/g],
  // `*account id*`, not a wildcard pattern such as `*logs*`: a space or a mask word inside.
  [
    "asterisks",
    /\*(?=[A-Za-z _-]{0,30}(?: |account|acct|region|redact))[A-Za-z][A-Za-z _-]{0,30}\*/gi,
  ],
  ["asterisks", /\*{3,}/g],
  ["redacted", /\b(?:REDACTED|REMOVED|MASKED|redacted)(?:_[A-Z]+)*\b/g],
  ["share", /\b(?:ACCOUNT|IP|REDACTED|ORG|OU|ID)_\d{1,6}\b|\bsession-\d{1,6}\b/g],
  ["x-run", /(?<![A-Za-wyz0-9])[xX]{3,}(?![A-Za-wyz0-9])/g],
  ["elided", /\.{3,}|…/g],
];

/** Words that stand where an ARN holds an account ID or a region. */
const ACCOUNT_WORD =
  /^(?:your[_-]?)?(?:aws[_-]?)?(?:account|acct|acc)(?:[_ -]?(?:id|number|no))?$|^(?:account[_-]?)?(?:id|number)$/i;
const REGION_WORD = /^(?:your[_-]?)?(?:aws[_-]?)?region$/i;

function overlaps(found: readonly Mask[], start: number, end: number): boolean {
  return found.some((m) => start < m.end && m.start < end);
}

/**
 * What every pattern above needs one of: most values (a real ARN, an action) have none, and skip
 * the patterns. A superset, so it can only let a value through, never lose a mask.
 */
const MAY_HOLD_MASK = /[[<{*…]|\.{3}|[xX]{3}|redact|remove|mask|_\d|session-\d/i;

// Logs repeat the same principal and resource in every line: each value is read once.
const CACHE_SIZE = 512;
const cache = new Map<string, readonly Mask[]>();

/** Every mask in `value`, in order. */
export function findMasks(value: string): readonly Mask[] {
  const hit = cache.get(value);
  if (hit !== undefined) return hit;
  const found = Object.freeze(readMasks(value));
  if (cache.size >= CACHE_SIZE) cache.clear();
  if (value.length <= 4096) cache.set(value, found);
  return found;
}

function readMasks(value: string): Mask[] {
  const found: Mask[] = [];
  if (MAY_HOLD_MASK.test(value))
    for (const [kind, pattern] of PATTERNS) {
      for (const m of value.matchAll(pattern)) {
        const start = m.index;
        const end = start + m[0].length;
        if (!overlaps(found, start, end)) found.push({ kind, written: m[0], start, end });
      }
    }
  const arn = parseArn(value);
  if (arn !== undefined) {
    const fields = arnFieldOffsets(value);
    const account = fields.account;
    if (account !== undefined && !overlaps(found, account.start, account.end)) {
      const text = value.slice(account.start, account.end);
      const kind: MaskKind | undefined = EXAMPLE_ACCOUNTS.has(text)
        ? "example-account"
        : ACCOUNT_WORD.test(text)
          ? "word"
          : text !== "*" && !/^\d{12}$/.test(text)
            ? "malformed"
            : undefined;
      if (kind !== undefined) found.push({ kind, written: text, ...account });
    }
    const region = fields.region;
    if (region !== undefined && !overlaps(found, region.start, region.end)) {
      const text = value.slice(region.start, region.end);
      if (REGION_WORD.test(text)) found.push({ kind: "word", written: text, ...region });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Where an ARN's region and account fields are (colons inside brackets do not split). */
function arnFieldOffsets(value: string): {
  region: { start: number; end: number } | undefined;
  account: { start: number; end: number } | undefined;
} {
  const colons: number[] = [];
  let depth = 0;
  for (let i = 0; i < value.length && colons.length < 5; i++) {
    const c = value[i];
    if (c === "[" || c === "<" || c === "{") depth++;
    else if ((c === "]" || c === ">" || c === "}") && depth > 0) depth--;
    else if (c === ":" && depth === 0) colons.push(i);
  }
  const field = (n: number) => {
    const a = colons[n];
    const b = colons[n + 1];
    return a === undefined || b === undefined || b === a + 1 ? undefined : { start: a + 1, end: b };
  };
  return { region: field(2), account: field(3) };
}

export const hasMask = (value: string): boolean => findMasks(value).length > 0;

/** Only masks: `...`, `<arn here>`, `xxxx`. */
export const isAllMask = (value: string): boolean => {
  const masks = findMasks(value);
  return masks.length > 0 && masks.map((m) => m.written).join("").length === value.trim().length;
};

/** The value with every mask replaced by one marker, so copies that differ only in masks compare equal. */
export function withoutMasks(value: string): string {
  let out = "";
  let at = 0;
  for (const m of findMasks(value)) {
    out += `${value.slice(at, m.start)}\u0000`;
    at = m.end;
  }
  return out + value.slice(at);
}
