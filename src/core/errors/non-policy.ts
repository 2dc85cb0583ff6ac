import { operationFinder } from "./operation";
import { statedReason, type Reason, type ReasonCause } from "./reason";

/**
 * Denials that no policy decided, told by words other than the reason sentence:
 *
 * - S3 refusing an SSE-C upload: since April 2026 new general purpose buckets block server-side
 *   encryption with customer-provided keys, and such a request gets a plain 403 AccessDenied (S3 User
 *   Guide, "Blocking or unblocking SSE-C for a general purpose bucket"). Read where an S3 denial and
 *   the SSE-C words stand together.
 * - An EC2 declarative policy ("EC2 policy") of the organization, enforced in EC2's control plane,
 *   with its custom message or Organizations' default "This action is denied due to an organizational
 *   policy in effect" (Organizations User Guide, "Custom error messages for EC2 policies").
 *
 * Each comes back as a reason with a `cause`, so that the report, the overview and share links treat
 * it like any other denial, and nothing drafts an IAM policy for it.
 */

const DENIED = /AccessDenied|\b403\b|Forbidden/g;
const SSE_C_WORDS =
  /SSE-C|SSECustomer|sse[_-]customer|x-amz-server-side-encryption-customer-(?:algorithm|key)|customer-provided keys?/i;
// Found by their fixed words; the message around them is then cut at the line's ends. Only the
// first letters vary in case: a case-insensitive scan of a 5 MB log costs several times more.
const DECLARATIVE =
  /[Tt]his action is denied due to an organizational policy in effect|\b[Dd]eclarative [Pp]olic(?:y|ies)\b|DECLARATIVE POLIC(?:Y|IES)/g;
const MAX_MESSAGE = 300;
/** How far around an S3 denial the SSE-C words still belong to it. */
const WINDOW = 400;

interface Span {
  readonly start: number;
  readonly end: number;
}

/** The line's start (negative `limit`) or end from `at`, at most `|limit|` characters away. */
function lineBound(text: string, at: number, limit: number): number {
  if (limit < 0) {
    const from = Math.max(0, at + limit);
    const nl = text.slice(from, at).lastIndexOf("\n");
    return nl === -1 ? from : from + nl + 1;
  }
  const nl = text.slice(at, at + limit).indexOf("\n");
  return nl === -1 ? Math.min(text.length, at + limit) : at + nl;
}

/**
 * Whether a span of `taken` lies within the window of a position: spans sorted by start once, with
 * the furthest end so far, so each question is a binary search (a log of many errors stays linear).
 */
function nearTaken(taken: readonly Span[]): (at: number) => boolean {
  const sorted = [...taken].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  let furthest = -Infinity;
  for (const s of sorted) maxEnd.push((furthest = Math.max(furthest, s.end)));
  return (at) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid]?.start ?? Infinity) <= at + WINDOW) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (maxEnd[lo - 1] ?? -Infinity) >= at - WINDOW;
  };
}

function stated(
  text: string,
  at: number,
  end: number,
  service: string,
  cause: ReasonCause,
  operationAt: (at: number) => string | undefined,
): Reason {
  const operation = operationAt(at) ?? operationAt(end);
  const name = operation?.includes(":") === true ? operation.split(":")[1] : operation;
  const action = name === undefined ? undefined : `${service}:${name}`;
  return {
    ...statedReason({
      principalArn: undefined,
      action,
      resource: undefined,
      policyType: undefined,
    }),
    denial: undefined,
    operation,
    cause,
    start: at,
    end: Math.min(text.length, end),
  };
}

/** The non-policy denials of `text` that no reason sentence (`taken`) already explains. */
export function findNonPolicyDenials(text: string, taken: readonly Span[]): Reason[] {
  const found: Reason[] = [];
  const operationAt = operationFinder(text);
  const overlaps = nearTaken(taken);
  let declarativeEnd = -1;
  for (const m of text.matchAll(DECLARATIVE)) {
    if (m.index < declarativeEnd || overlaps(m.index)) continue;
    const start = lineBound(text, m.index, -MAX_MESSAGE);
    const end = lineBound(text, m.index + m[0].length, MAX_MESSAGE);
    const line = text
      .slice(start, end)
      .replace(/^[\s│╷]+/, "")
      .trim();
    found.push(
      stated(text, start, end, "ec2", { code: "declarative-policy", text: line }, operationAt),
    );
    declarativeEnd = end;
  }
  let lastEnd = -Infinity;
  for (const m of text.matchAll(DENIED)) {
    if (m.index < lastEnd || overlaps(m.index)) continue;
    const around = text.slice(Math.max(0, m.index - WINDOW), m.index + WINDOW);
    if (!SSE_C_WORDS.test(around)) continue;
    const end = lineBound(text, m.index, WINDOW);
    found.push(stated(text, m.index, end, "s3", { code: "sse-c-blocked" }, operationAt));
    // One denial per paragraph: a 403 and its AccessDenied body are one error.
    lastEnd = m.index + WINDOW;
  }
  return found.sort((a, b) => a.start - b.start);
}
