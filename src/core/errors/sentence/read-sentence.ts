import { columnOf, lineContentStart, LOG_PREFIX_SOURCE, readWords, skipGap, wordAt } from "./gap";
import { readValue, trimValue, type ValueRead } from "./tokens";

/**
 * One tolerant grammar for AWS's reason sentence, read on the text view (`view.ts`):
 *
 *   [User[:] | Role[:] | IAM user | Principal[:]] <principal>
 *     [is] not authorized to perform[:] <action>
 *     [on [resource[:]] <resource> | on this resource]
 *     [because no <type> allows the [<permission>] action[: <policy arn>]
 *      | because the resource does not exist in this Region, no resource-based policies … (KMS)
 *      | with an explicit deny [in a <type>[: <policy arn>]]
 *      | because <anything else>]
 *
 * Between any two words a gap (`gap.ts`) may stand; each value is one token that a wrap may have
 * broken (`tokens.ts`). https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html
 */

export type SentenceClause =
  | {
      readonly kind: "implicit";
      readonly typeWords: string;
      /** Undefined when AWS wrote "allows the action" with no name. */
      readonly permission: ValueRead | undefined;
      readonly policyArn: string | undefined;
    }
  | {
      readonly kind: "explicit";
      readonly typeWords: string | undefined;
      readonly policyArn: string | undefined;
    }
  /** KMS: the key does not exist in this Region, or no key policy allows, or one denies. */
  | { readonly kind: "kms-combined" }
  /** "because <something other than a policy>": an S3 setting, for instance. */
  | { readonly kind: "other"; readonly text: string };

export interface SentenceRead {
  /** The principal as written, wrapping removed; undefined when the sentence names none. */
  readonly principal: ValueRead | undefined;
  readonly action: ValueRead;
  readonly resource: (ValueRead & { readonly prose: boolean }) | undefined;
  /** KMS's "on this resource": the key is not named. */
  readonly thisResource: boolean;
  readonly clause: SentenceClause | undefined;
  /** View offsets of the sentence. */
  readonly start: number;
  readonly end: number;
}

// The fixed middle, found by one regex with bounded, disjoint classes between its words (a wrap of
// any width, `│` and quote prefixes); everything else is read outward from it at one position.
// A log line's timestamp or klog header may stand at the start of a wrapped line; it starts with a
// digit, `[` or a klog level letter, none of which the blank class holds, so nothing is ambiguous.
const B = String.raw`(?:[\s│>|#/]|(?<=\n[ \t│>|#/]{0,8})(?:${LOG_PREFIX_SOURCE})){1,400}`;
const ANCHOR = new RegExp(
  String.raw`(?:\b(is)${B})?\bnot${B}authori[sz]ed${B}to${B}perform\b`,
  "gi",
);
/** Words that introduce the principal; never inside an ARN (`user/User`) or a longer word. */
const INTRO =
  /(?<![/:\w-])(?:IAM[ \t]+(?:user|role)|User|Role|Principal|Caller)(?:[ \t]*[:：]|(?=[ \t\n]))/g;
const PRINCIPAL_WINDOW = 1200;
const PROSE_MAX = 200;
/** Prose resources end where the sentence goes on or the log line's furniture starts. */
const PROSE_END = /\s+(?:because|with\s+an?\s+explicit)\b|\s\(|[.;,](?:\s|$)|[\n"`\\|]/;
/** KMS's words for a key it cannot use (KMS Developer Guide, "Troubleshooting key access"). */
const KMS_COMBINED =
  "the resource does not exist in this Region, no resource-based policies allow access, or a resource-based policy explicitly denies access";
const MAX_CAUSE = 300;

export function findSentences(t: string): SentenceRead[] {
  const found: SentenceRead[] = [];
  let previousEnd = 0;
  for (const m of t.matchAll(ANCHOR)) {
    if (/\n[ \t│>|#/]*\n/.test(m[0])) continue;
    const hasIs = m[1] !== undefined;
    const anchorStart = m.index;
    const anchorEnd = m.index + m[0].length;
    // STS's own "Not authorized to perform sts:AssumeRole…" names nobody: `reason.ts` reads it.
    if (
      !hasIs &&
      t.startsWith("Not", anchorStart) &&
      /^[:\s]*sts:AssumeRole/i.test(t.slice(anchorEnd, anchorEnd + 40))
    )
      continue;
    const sentence = readFrom(
      t,
      anchorStart,
      anchorEnd,
      Math.max(previousEnd, anchorStart - PRINCIPAL_WINDOW),
    );
    if (sentence === undefined) continue;
    found.push(sentence);
    previousEnd = sentence.end;
  }
  return found;
}

function readFrom(
  t: string,
  anchorStart: number,
  anchorEnd: number,
  windowStart: number,
): SentenceRead | undefined {
  const principal = readPrincipal(t, anchorStart, windowStart);
  let j = anchorEnd;
  const colon = skipGap(t, j).end;
  if (t[colon] === ":") j = colon + 1;
  const actionAt = skipQuotes(t, skipGap(t, j).end);
  const actionRaw = readValue(t, actionAt, "action");
  const action = { ...actionRaw, value: trimValue(actionRaw.value) };
  j = closeQuotes(t, action.end);

  let resource: SentenceRead["resource"];
  let thisResource = false;
  const afterAction = skipGap(t, j).end;
  if (wordAt(t, afterAction) === "on") {
    let k = afterAction + 2;
    const thisAt = readWords(t, k, ["this", "resource"]);
    if (thisAt !== undefined) {
      thisResource = true;
      j = thisAt;
    } else {
      const resourceWord = readWords(t, k, ["resource"]);
      if (resourceWord !== undefined) k = resourceWord;
      const colonAt = skipGap(t, k).end;
      if (t[colonAt] === ":") k = colonAt + 1;
      const read = readResource(t, skipGap(t, k).end);
      if (read !== undefined) {
        resource = read;
        j = read.end;
      } else j = k;
    }
  }
  const clause = readClause(t, j);
  const end = clause?.end ?? j;
  return {
    principal,
    action,
    resource,
    thisResource,
    clause: clause?.clause,
    start: principal?.introStart ?? principal?.start ?? anchorStart,
    end,
  };
}

/** Quotes, backticks and `*` that people put around an action. */
const skipQuotes = (t: string, i: number): number => {
  let j = i;
  while (t[j] === "`" || t[j] === '"' || t[j] === "'") j++;
  return j;
};
const closeQuotes = skipQuotes;

type PrincipalRead = ValueRead & { readonly introStart: number | undefined };

/**
 * The principal before the anchor: after the last introducer in the window when a value runs from
 * it exactly to the anchor (`User: <arn here> is not`, a wrapped ARN), else the ARN or elision right
 * before the anchor (`AccessDenied: ... is not`). Undefined when the sentence names none.
 */
function readPrincipal(
  t: string,
  anchorStart: number,
  windowStart: number,
): PrincipalRead | undefined {
  // A slice bounds the search: run on the whole text, the regex would look past the anchor.
  const window = t.slice(windowStart, anchorStart);
  let intro: { start: number; end: number } | undefined;
  for (const m of window.matchAll(INTRO))
    intro = { start: windowStart + m.index, end: windowStart + m.index + m[0].length };
  if (intro !== undefined) {
    const at = skipQuotes(t, skipGap(t, intro.end).end);
    if (at >= anchorStart) return undefined; // "User is not authorized": nobody named
    const read = readValue(t, at, "arn");
    const after = skipGap(t, closeQuotes(t, read.end)).end;
    if (read.value !== "" && after === anchorStart)
      return { ...read, value: trimValue(read.value), introStart: intro.start };
    // A placeholder of several words: `User: <arn here> is not`, `User: <assumed role> is`.
    const spanned = /^<[^<>\n]{1,40}>$/.exec(t.slice(at, anchorStart).trimEnd());
    if (spanned)
      return { value: spanned[0], start: at, end: at + spanned[0].length, introStart: intro.start };
  }
  return lastValueBefore(t, anchorStart);
}

/** Printable ASCII but quotes, backticks, `|`, parentheses and backslashes. */
const isValueChar = (c: number): boolean =>
  c >= 0x21 &&
  c <= 0x7e &&
  c !== 0x22 &&
  c !== 0x27 &&
  c !== 0x60 &&
  c !== 0x7c &&
  c !== 0x28 &&
  c !== 0x29 &&
  c !== 0x5c;

/** The ARN, name or elision that ends right before `at` on the same line. */
function lastValueBefore(t: string, at: number): PrincipalRead | undefined {
  let end = at;
  while (end > 0 && (t[end - 1] === " " || t[end - 1] === "\t")) end--;
  let start = end;
  while (start > 0 && end - start < 2048 && isValueChar(t.charCodeAt(start - 1))) start--;
  const value = trimValue(t.slice(start, end));
  if (value.startsWith("arn:") || /^(?:\.{3,}|…)$/.test(value))
    return { value, start, end, introStart: undefined };
  return undefined;
}

function readResource(t: string, at: number): SentenceRead["resource"] {
  const open = t[at];
  if (open === '"' || open === "'" || open === "`") {
    const inner = skipGap(t, at + 1).end;
    const read = readValue(t, inner, "arn");
    const close = skipGap(t, read.end).end;
    if (read.value !== "" && t[close] === open)
      return { value: trimValue(read.value), start: inner, end: close + 1, prose: false };
    // A quoted prose resource on one line.
    const end = t.indexOf(open, at + 1);
    if (end !== -1 && end - at <= PROSE_MAX && !t.slice(at + 1, end).includes("\n")) {
      const value = t.slice(at + 1, end).trim();
      if (value !== "") return { value, start: at + 1, end: end + 1, prose: true };
    }
    return undefined;
  }
  const head = t.slice(at, at + 4);
  const wrappedArn =
    /^(?:a|ar|arn)\n/.test(head) && readValue(t, at, "arn").value.startsWith("arn:");
  if (
    wrappedArn ||
    head.startsWith("arn:") ||
    head.startsWith("*") ||
    head.startsWith("...") ||
    head.startsWith("…")
  ) {
    const read = readValue(t, at, "arn");
    const value = trimValue(read.value);
    if (value !== "") return { value, start: read.start, end: read.end, prose: false };
  }
  return readProse(t, at);
}

/**
 * A resource AWS wrote as words (`instance profile X`, `policy name version v1`): up to where the
 * sentence goes on, across a hard wrap when what the wrap joins is still such a resource (so a next
 * log line, `Caught Exception whilst…`, is never glued on).
 */
function readProse(t: string, at: number): SentenceRead["resource"] {
  let value = "";
  let j = at;
  for (let lines = 0; lines < 4; lines++) {
    const read = proseOnLine(t, j, PROSE_MAX - value.length);
    value += read.raw;
    j = read.end;
    const starts = t[j] === "\n" ? proseContinuations(t, j, value) : [];
    // The wrap fell inside a word or between two: the join that is still a resource wins, an
    // IAM type and name over one word.
    let taken: { at: number; joiner: string } | undefined;
    for (const at of starts) {
      const after = proseOnLine(t, at, PROSE_MAX - value.length).raw;
      const fits = (test: RegExp, joiners: readonly string[]) =>
        (value.endsWith(" ") ? [""] : joiners).find((s) =>
          test.test(`${value}${s}${after}`.trim()),
        );
      const joiner = fits(TYPED_PROSE, [" ", ""]) ?? fits(ONE_WORD, ["", " "]);
      if (joiner !== undefined) {
        taken = { at, joiner };
        break;
      }
    }
    if (taken === undefined) break;
    value += taken.joiner;
    j = taken.at;
  }
  const trimmed = trimValue(value.trim());
  return trimmed === "" ? undefined : { value: trimmed, start: at, end: j, prose: true };
}

/** What AWS writes as a prose resource: an IAM entity's type and name, or one word or placeholder. */
const TYPED_PROSE =
  /^(?:instance[ -]profile|role|user|group|policy(?: path)?)\s+[^\s]+(?:\s+version\s+v\d+)?$/i;
const ONE_WORD = /^(?:[^\s]+|<[^<>]{1,40}>)$/;

function proseOnLine(t: string, at: number, room: number): { raw: string; end: number } {
  const window = t.slice(at, at + room);
  const stop = PROSE_END.exec(window);
  const raw = stop ? window.slice(0, stop.index) : window;
  return { raw, end: at + raw.length };
}

/** After a line break inside prose: where a hard-wrapped continuation may start, likeliest first. */
function proseContinuations(t: string, nl: number, value: string): number[] {
  if (columnOf(t, nl) < 60 || / {2}$/.test(value)) return [];
  const starts: number[] = [];
  // An open placeholder may close on the next line (`<arn here⏎> because`): that `>` is its own.
  if (value.lastIndexOf("<") > value.lastIndexOf(">")) {
    for (let k = nl + 1; k < nl + 16 && " \t│|#/>".includes(t[k] ?? "x"); k++)
      if (t[k] === ">") starts.push(k);
  }
  const next = lineContentStart(t, nl + 1);
  const head = t.slice(next, next + 12);
  if (/^[\w<{*/>-]/.test(head) && !NEXT_WORDS.test(head)) starts.push(next);
  return starts;
}

const NEXT_WORDS = /^(?:because|with|status|request|and|at|caused|error)(?![\w-])/i;

function readClause(t: string, from: number): { clause: SentenceClause; end: number } | undefined {
  const at = skipGap(t, from).end;
  const word = wordAt(t, at);
  if (word === "because") {
    const afterBecause = skipGap(t, at + word.length).end;
    if (wordAt(t, afterBecause) === "no") return readImplicit(t, afterBecause + 2);
    const kms = readPhrase(t, afterBecause, KMS_COMBINED);
    if (kms !== undefined) return { clause: { kind: "kms-combined" }, end: kms };
    const other = readCause(t, afterBecause);
    return other === undefined
      ? undefined
      : { clause: { kind: "other", text: other.text }, end: other.end };
  }
  if (word === "with") {
    const deny =
      readWords(t, at + 4, ["an", "explicit", "deny"]) ??
      readWords(t, at + 4, ["a", "explicit", "deny"]);
    if (deny === undefined) return undefined;
    const inAt = readWords(t, deny, ["in"]);
    if (inAt === undefined)
      return {
        clause: { kind: "explicit", typeWords: undefined, policyArn: undefined },
        end: deny,
      };
    const article = readWords(t, inAt, ["an"]) ?? readWords(t, inAt, ["a"]);
    const typed = readTypeWords(t, article ?? inAt);
    if (typed === undefined)
      return {
        clause: { kind: "explicit", typeWords: undefined, policyArn: undefined },
        end: deny,
      };
    const arn = readPolicyArn(t, typed.end);
    return {
      clause: { kind: "explicit", typeWords: typed.words, policyArn: arn?.value },
      end: arn?.end ?? typed.end,
    };
  }
  return undefined;
}

/** "no <type words> allow(s) the [<permission>] action[: <policy arn>]" after "because". */
function readImplicit(
  t: string,
  from: number,
): { clause: SentenceClause; end: number } | undefined {
  const typed = readTypeWords(t, from);
  if (typed === undefined) return undefined;
  const allows = readWords(t, typed.end, ["allows"]) ?? readWords(t, typed.end, ["allow"]);
  if (allows === undefined) return undefined;
  const the = readWords(t, allows, ["the"]);
  if (the === undefined) return undefined;
  // Cut right after "allows the": the type is known, the permission is not.
  if (skipGap(t, the).end >= t.length)
    return {
      clause: {
        kind: "implicit",
        typeWords: typed.words,
        permission: undefined,
        policyArn: undefined,
      },
      end: the,
    };
  const bare = readWords(t, the, ["action"]);
  if (bare !== undefined) {
    const arn = readPolicyArn(t, bare);
    return {
      clause: {
        kind: "implicit",
        typeWords: typed.words,
        permission: undefined,
        policyArn: arn?.value,
      },
      end: arn?.end ?? bare,
    };
  }
  const permissionAt = skipQuotes(t, skipGap(t, the).end);
  const read = readValue(t, permissionAt, "action");
  const permission = { ...read, value: trimValue(read.value) };
  const actionWord = readWords(t, closeQuotes(t, read.end), ["action"]);
  if (permission.value === "" || actionWord === undefined) return undefined;
  const arn = readPolicyArn(t, actionWord);
  return {
    clause: { kind: "implicit", typeWords: typed.words, permission, policyArn: arn?.value },
    end: arn?.end ?? actionWord,
  };
}

/** Up to six words that end with "policy", "policies" or "boundary": the policy type as written. */
function readTypeWords(t: string, from: number): { words: string; end: number } | undefined {
  const words: string[] = [];
  let j = from;
  for (let n = 0; n < 6; n++) {
    const start = skipGap(t, j).end;
    const raw = /^[A-Za-z][A-Za-z-]{0,39}/.exec(t.slice(start, start + 40))?.[0];
    if (raw === undefined) return undefined;
    words.push(raw);
    j = start + raw.length;
    if (/^(?:policy|policies|boundary|boundaries)$/i.test(raw))
      return { words: words.join(" "), end: j };
  }
  return undefined;
}

/** `: arn:…` after the policy type. */
function readPolicyArn(t: string, from: number): ValueRead | undefined {
  if (t[from] !== ":") return undefined;
  const at = skipGap(t, from + 1).end;
  if (!t.startsWith("arn:", at)) return undefined;
  const read = readValue(t, at, "arn");
  return { ...read, value: trimValue(read.value) };
}

/**
 * The words after "because" that name no policy (`public policies are blocked by the
 * BlockPublicPolicy block public access setting`), up to the full stop, across wrapped lines.
 */
function readCause(t: string, from: number): { text: string; end: number } | undefined {
  let text = "";
  let j = from;
  const limit = Math.min(t.length, from + MAX_CAUSE);
  while (j < limit) {
    const c = t[j] ?? "";
    if (c === "\n") {
      const next = lineContentStart(t, j + 1);
      if (t.slice(j + 1, next).includes("\n") || next >= t.length || t[next] === "\n") break;
      // A full line cut inside a word goes on in the same word; any other break is a space.
      const inWord = /[A-Za-z0-9]$/.test(text) && /[A-Za-z0-9]/.test(t[next] ?? "");
      if (!(inWord && columnOf(t, j) >= 60) && !text.endsWith(" ")) text += " ";
      j = next;
      continue;
    }
    if (c === "." && /\s|^$/.test(t[j + 1] ?? "")) break;
    if (c === '"' || c === "`") break;
    text += c;
    j++;
  }
  const cleaned = text.replace(/\s+/g, " ").trim();
  return cleaned === "" ? undefined : { text: cleaned, end: j };
}

/**
 * Reads a fixed phrase word by word (each after a gap, commas optional), so that wraps and line
 * prefixes may stand anywhere between its words; returns where it ends, or undefined.
 */
function readPhrase(t: string, from: number, phrase: string): number | undefined {
  let j = from;
  for (const word of phrase.split(" ")) {
    const bare = word.replace(/,$/, "");
    const at = skipGap(t, j).end;
    if (wordAt(t, at) !== bare.toLowerCase()) return undefined;
    j = at + bare.length;
    const comma = skipGap(t, j).end;
    if (word.endsWith(",") && t[comma] === ",") j = comma + 1;
  }
  return j;
}
