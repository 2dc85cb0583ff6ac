import { findCloudTrailEvents, type CloudTrailEvent } from "./cloudtrail";
import { likelyActionAt } from "./likely-action";
import { judgeToken } from "./judge-token";
import type { TokenJudgement } from "./token-vocabulary";
import { findMarkers } from "./marker";
import { operationFinder } from "./operation";
import { withoutMasks } from "../model/masks";
import { standaloneTrails } from "./authorization-id";
import { findNonPolicyDenials } from "./non-policy";
import { findReasons, statedReason, type Reason } from "./reason";
import { looseTokens, readToken } from "./read-token";

export interface TokenFinding {
  /** Exactly the token's characters, with the wrapping removed; empty when there was none. */
  readonly token: string;
  /** What stood where the token should be (`<omitted>`, `<ENCODED MESSAGE>`), if anything. */
  readonly placeholder: string | undefined;
  /** The author's elision inside the token (`...`, `<中略>`), if any. */
  readonly elided: string | undefined;
  readonly judgement: TokenJudgement;
  /** The CLI reads `--encoded-message -abc` as an option: such tokens need `--encoded-message=`. */
  readonly startsWithDash: boolean;
}

export interface ErrorEntry {
  /** 1-based line of the paste (or of the CloudTrail event's message) where the error is. */
  readonly line: number;
  readonly reason: Reason | undefined;
  readonly token: TokenFinding | undefined;
  /** The action from older messages' context: `API: ec2:RunInstances`, `calling the RunInstances operation`. */
  readonly apiAction: string | undefined;
  /** The action a tool's own words point to (`creating EC2 Instance`): a guess, said as one. */
  readonly likelyAction?: string | undefined;
  readonly event: CloudTrailEvent | undefined;
}

export interface DenialGroup {
  readonly reason: Reason | undefined;
  readonly entries: readonly ErrorEntry[];
  /** Distinct tokens of the group's entries, in order of appearance. */
  readonly tokens: readonly TokenFinding[];
}

export interface ErrorReport {
  readonly entries: readonly ErrorEntry[];
  readonly groups: readonly DenialGroup[];
  /** The partition of the ARNs in the paste, for the decode command's `--region`. */
  readonly partition: string | undefined;
  /** The region, when every regional ARN in the paste names the same one. */
  readonly region: string | undefined;
}

/** Line numbers by offset, asked in increasing order: one pass over the text for all of them. */
function lineCounter(text: string): (offset: number) => number {
  let line = 1;
  let nextBreak = text.indexOf("\n");
  return (offset) => {
    while (nextBreak !== -1 && nextBreak < offset) {
      line++;
      nextBreak = text.indexOf("\n", nextBreak + 1);
    }
    return line;
  };
}

function finding(read: {
  token: string;
  placeholder: string | undefined;
  ellipsis: boolean;
  elided: string | undefined;
}): TokenFinding {
  return {
    token: read.token,
    placeholder: read.placeholder,
    elided: read.elided,
    judgement: judgeToken(read),
    startsWithDash: read.token.startsWith("-"),
  };
}

/**
 * Whether a reason sentence and the marker after it are one error. AWS writes the generic "You are
 * not authorized to perform this operation." before the reason: one between them starts another
 * error, and so do more than a few lines of other text (the next tool's output in a log).
 */
function belongsTogether(text: string, reasonEnd: number, markerStart: number): boolean {
  const gap = text.slice(reasonEnd, markerStart);
  if (/not authorized to perform this operation|UnauthorizedOperation/i.test(gap)) return false;
  let breaks = 0;
  for (let i = gap.indexOf("\n"); i !== -1; i = gap.indexOf("\n", i + 1))
    if (++breaks > 4) return false;
  return true;
}

function extract(text: string, event?: CloudTrailEvent): ErrorEntry[] {
  const markers = findMarkers(text);
  const reasons = findReasons(text);
  const found: { at: number; entry: Omit<ErrorEntry, "line"> }[] = [];
  const used = new Set<Reason>();
  // Markers and reasons are both in text order: one pass pairs each marker with the last reason
  // sentence that stands between the previous error and it.
  let r = 0;
  let previousEnd = 0;
  const taken: { start: number; end: number }[] = [];
  const operationAt = operationFinder(text);
  for (const marker of markers) {
    let reason: Reason | undefined;
    for (; r < reasons.length && (reasons[r]?.end ?? Infinity) <= marker.start; r++) {
      const candidate = reasons[r];
      if (candidate && candidate.start >= previousEnd) reason = candidate;
    }
    if (reason && !belongsTogether(text, reason.end, marker.start)) reason = undefined;
    if (reason) used.add(reason);
    const read = readToken(text, marker.end);
    found.push({
      at: marker.start,
      entry: {
        reason,
        token: finding(read),
        apiAction: operationAt(marker.start),
        likelyAction: likelyActionAt(text, marker.start, previousEnd),
        event,
      },
    });
    previousEnd = read.end;
    taken.push({ start: marker.start, end: read.end });
  }
  for (const reason of reasons) {
    if (!used.has(reason))
      found.push({
        at: reason.start,
        entry: { reason, token: undefined, apiAction: undefined, event },
      });
  }
  for (const reason of reasons) taken.push(reason);
  // An authorization ID without its sentence (a hand-off link, the console line alone).
  for (const trail of standaloneTrails(text, reasons)) {
    const reason: Reason = {
      ...statedReason({
        principalArn: undefined,
        action: undefined,
        resource: undefined,
        policyType: undefined,
      }),
      denial: undefined,
      trailOnly: true,
      authorizationId: trail.authorizationId,
      consoleUrl: trail.consoleUrl,
      authorizationRegion: trail.region,
      start: trail.start,
      end: trail.end,
    };
    found.push({
      at: reason.start,
      entry: { reason, token: undefined, apiAction: undefined, event },
    });
    taken.push(reason);
  }
  // S3's refusal of SSE-C and EC2 declarative policies: denials that no policy decided.
  for (const reason of findNonPolicyDenials(text, taken)) {
    found.push({
      at: reason.start,
      entry: { reason, token: undefined, apiAction: undefined, event },
    });
    taken.push(reason);
  }
  // A token on its own lines with no marker: `Here is the encoded message:` and the token below.
  for (const loose of looseTokens(text, taken)) {
    found.push({
      at: loose.start,
      entry: {
        reason: undefined,
        token: finding({
          token: loose.token,
          placeholder: undefined,
          ellipsis: false,
          elided: undefined,
        }),
        apiAction: undefined,
        event,
      },
    });
  }
  found.sort((a, b) => a.at - b.at);
  const lineOf = lineCounter(text);
  return found.map(({ at, entry }) => ({ line: lineOf(at), ...entry }));
}

/**
 * Same denial, or with no reason sentence the same token (or the same missing one). Two copies that
 * differ only in their masks (`xxxx` here, `***` there) are one denial; case of the action aside.
 */
const groupKey = (e: ErrorEntry, i: number): string =>
  e.reason
    ? `reason:${e.reason.trailOnly === true ? `id:${e.reason.authorizationId ?? ""}` : ""}${withoutMasks(e.reason.principalArn ?? "")}|${e.reason.actionText.toLowerCase()}|${(e.reason.permission ?? "").toLowerCase()}|${withoutMasks(e.reason.resource ?? "")}|${e.reason.cause?.code ?? ""}`
    : e.token
      ? `token:${e.token.token}|${e.token.placeholder ?? ""}`
      : `entry:${i}`;

function groupEntries(entries: readonly ErrorEntry[]): DenialGroup[] {
  const groups = new Map<string, ErrorEntry[]>();
  entries.forEach((e, i) => {
    const key = groupKey(e, i);
    const members = groups.get(key);
    if (members) members.push(e);
    else groups.set(key, [e]);
  });
  return [...groups.values()].map((members) => {
    const seen = new Set<string>();
    const tokens = members.flatMap((m) => {
      if (!m.token) return [];
      const key = `${m.token.token}\u0000${m.token.placeholder ?? ""}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [m.token];
    });
    return { reason: members.find((m) => m.reason)?.reason, entries: members, tokens };
  });
}

/** The one region the paste's ARNs name, or undefined when they name none or several. */
function singleRegion(text: string): string | undefined {
  const regions = new Set<string>();
  for (const m of text.matchAll(
    /\barn:aws[a-z-]{0,16}:[a-z0-9-]{1,64}:([a-z]{2}(?:-[a-z]+){1,2}-\d{1,2}):/g,
  )) {
    if (m[1] !== undefined) regions.add(m[1]);
    if (regions.size > 1) return undefined;
  }
  return [...regions][0];
}

/**
 * Every error in a pasted text: each encoded token with its judgement, the reason sentence when
 * the error carries one, grouped by denial. Drafting a policy from them is `policy/draft.ts`.
 */
export function readErrors(text: string): ErrorReport {
  const events = findCloudTrailEvents(text);
  const entries = events
    ? events.flatMap((event) => extract(event.errorMessage, event))
    : extract(text);
  const groups = groupEntries(entries);
  return {
    entries,
    groups,
    partition: /\barn:(aws(?:-[a-z]+)*):/.exec(text)?.[1],
    region: singleRegion(text),
  };
}
