import { readAuthorizationTrail } from "./authorization-id";
import { operationFinder } from "./operation";

/**
 * The plain-text reason AWS errors carry before (or instead of) the encoded message:
 *   User: <arn or name> is not authorized to perform: <action> [on resource: <resource>]
 *     [because no <type> policy allows the <permission> action
 *      | with an explicit deny [in a <type> policy[: <policy arn>]]]
 * The permission to grant is the one after "allows the", which can differ from the action
 * performed (ec2:CreateVpcEndpoint needs vpce:AllowMultiRegion). AWS sometimes writes `perform: null`.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html
 */

export const POLICY_TYPES = [
  "identity-based",
  "resource-based",
  "permissions-boundary",
  "service-control",
  "resource-control",
  "session",
  "vpc-endpoint",
] as const;
export type PolicyType = (typeof POLICY_TYPES)[number];

const POLICY_TYPE_WORDS: readonly [RegExp, PolicyType][] = [
  [/^identity-based policy$/i, "identity-based"],
  [/^resource-based policy$/i, "resource-based"],
  [/^permissions boundary$/i, "permissions-boundary"],
  [/^service control policy$/i, "service-control"],
  [/^resource control policy$/i, "resource-control"],
  [/^session policy$/i, "session"],
  [/^VPC endpoint policy$/i, "vpc-endpoint"],
];

/** Where a web identity came from, read from the words around STS's sentence. */
export type IdentityProvider = "github" | "eks" | undefined;

export interface Reason {
  /**
   * The principal as AWS wrote it: an ARN, or a bare name (`User: ci-deployer`). Undefined for
   * STS's own "Not authorized to perform sts:AssumeRoleWithWebIdentity", which names nobody.
   */
  readonly principalArn: string | undefined;
  /** What followed "perform:", as written (`null`, `<ACTION>` included). */
  readonly actionText: string;
  /** The action performed, when it is one (`service:Name`); undefined for `null` and placeholders. */
  readonly action: string | undefined;
  /** The permission the policy lacked: "allows the X action", else the action performed. */
  readonly permission: string | undefined;
  /** The resource as written (an ARN, `*`, or prose such as `policy path /`). */
  readonly resource: string | undefined;
  /** `implicit`: no policy of that type allows it; `explicit`: a Deny matched. */
  readonly denial: "implicit" | "explicit" | undefined;
  /** The policy type named; undefined for older messages and "with an explicit deny" alone. */
  readonly policyType: PolicyType | undefined;
  /** The policy's words as AWS wrote them, kept when they are not a type we know. */
  readonly policyWords: string | undefined;
  /** Newer messages name the denying policy's ARN (after the type, or S3's `with policy ARN:`). */
  readonly policyArn: string | undefined;
  /** 2026 messages: the authorization ID, its console link and the link's region. */
  readonly authorizationId: string | undefined;
  readonly consoleUrl: string | undefined;
  readonly authorizationRegion: string | undefined;
  /** STS's sentences only: the web identity's provider, when the words around it tell. */
  readonly provider?: IdentityProvider;
  /** `when calling the X operation` on the same line: a hint when the action is missing. */
  readonly operation: string | undefined;
  readonly start: number;
  readonly end: number;
}

/**
 * A reason the code states rather than reads (a decoded message, IAM Toolbox's evaluation): what
 * is not given is unknown, and the permission is the action.
 */
export function statedReason(
  fields: Pick<Reason, "principalArn" | "action" | "resource" | "policyType"> & Partial<Reason>,
): Reason {
  return {
    actionText: fields.action ?? "",
    permission: fields.action,
    denial: "implicit",
    policyWords: undefined,
    policyArn: undefined,
    authorizationId: undefined,
    consoleUrl: undefined,
    authorizationRegion: undefined,
    operation: undefined,
    start: 0,
    end: 0,
    ...fields,
  };
}

// Found by its fixed middle, then read outward: every regex runs at one position only, with
// bounded classes, so no input can make matching super-linear (see the bench).
const S = String.raw`[\s│]{1,8}`;
const O = String.raw`[\s│]{0,8}`;
const PERFORM = new RegExp(String.raw`is${S}not${S}authorized${S}to${S}perform:`, "g");
const ACTION = new RegExp(String.raw`${O}[\`'"]?([^\s"'\`]{1,256})`, "y");
const ON_RESOURCE = new RegExp(String.raw`${S}on${S}resource:${O}`, "y");
const WORDS = String.raw`([A-Za-z -]{0,40}?(?:policy|boundary))`;
const BECAUSE = new RegExp(
  [
    String.raw`${O}(?:because${S}no${S}${WORDS}${S}allows${S}the${S}[\`'"]?([^\s"'\`]{1,256}?)[\`'"]?${S}action(?::${O}(arn:[^\s"'\`]{1,2048}))?`,
    String.raw`|with${S}an?${S}explicit${S}deny(?:${S}in${S}an?${S}${WORDS}(?::${O}([^\s"'\`]{1,2048}))?)?)`,
  ].join(""),
  "y",
);
const MAX_PRINCIPAL = 2048;
/** `service:Action`, wildcards allowed: anything else after "perform:" names no action. */
const IS_ACTION = /^[A-Za-z0-9-]{1,64}:[A-Za-z0-9*?]{1,128}$/;
/** Prose resources end where the sentence goes on or the log line's furniture starts. */
const PROSE_END = /\s+(?:because|with\s+an?\s+explicit)\b|\s\(|[.;,](?:\s|$)|[\n"`\\]/;

const policyTypeOf = (words: string | undefined): PolicyType | undefined => {
  if (words === undefined) return undefined;
  const normal = words.replace(/\s+/g, " ").trim();
  return POLICY_TYPE_WORDS.find(([pattern]) => pattern.test(normal))?.[1];
};

/** Quotes, backticks and sentence punctuation around a value are never part of it. */
const clean = (s: string): string =>
  s
    .trim()
    .replace(/^[`'"]+|[`'"]+$/g, "")
    .replace(/[.,;`'"]+$/, "");

/** SNS writes `SNS:Publish`: service prefixes are case-insensitive, and policies write them lower case. */
const asAction = (s: string | undefined): string | undefined => {
  if (s === undefined || !IS_ACTION.test(s)) return undefined;
  const colon = s.indexOf(":");
  return `${s.slice(0, colon).toLowerCase()}${s.slice(colon)}`;
};

/** Reads the resource after "on resource:" at `at`; returns it and where it ends. */
function readResource(text: string, at: number): { value: string; end: number } | undefined {
  const open = text[at];
  if (open === '"' || open === "'" || open === "`") {
    const close = text.indexOf(open, at + 1);
    if (close !== -1 && close - at <= 2048 && !text.slice(at + 1, close).includes("\n"))
      return { value: clean(text.slice(at + 1, close)), end: close + 1 };
  }
  const window = text.slice(at, at + 2048);
  if (window.startsWith("arn:") || window.startsWith("*")) {
    const token = /^[^\s"'`\\]{1,2048}/.exec(window)?.[0] ?? "";
    const value = clean(token.replace(/\)+$/, ""));
    return value === "" ? undefined : { value, end: at + token.length };
  }
  const prose = window.slice(0, 200);
  const stop = PROSE_END.exec(prose);
  const raw = stop ? prose.slice(0, stop.index) : prose;
  const value = clean(raw);
  return value === "" ? undefined : { value, end: at + raw.length };
}

/**
 * STS's own refusal names neither the caller nor the role: "Not authorized to perform
 * sts:AssumeRoleWithWebIdentity" (GitHub Actions, EKS service accounts, SDK credential chains),
 * `…WithSAML`, and older SDKs' bare `sts:AssumeRole`. Capital N and no colon: never the
 * "User: … is not authorized to perform:" sentence above.
 */
const STS_SENTENCE =
  /(?<!is[\s│]{1,8})\bNot[\s│]{1,8}authorized[\s│]{1,8}to[\s│]{1,8}perform:?[\s│]{1,8}(sts:AssumeRole(?:WithWebIdentity|WithSAML)?)\b/g;
/** GitHub's action says "Could not assume role with OIDC"; EKS's SDKs say WebIdentityErr or name IRSA's variables. */
const GITHUB_WORDS =
  /Could not assume role with OIDC|token\.actions\.githubusercontent\.com|configure-aws-credentials/g;
const EKS_WORDS =
  /WebIdentityErr|system:serviceaccount:|oidc\.eks\.|AWS_WEB_IDENTITY_TOKEN_FILE|eks\.amazonaws\.com\/role-arn/g;
/** The role a workflow or service account names (`role-to-assume:`, `eks.amazonaws.com/role-arn:`). */
const ROLE_ARN = /arn:aws[a-z-]{0,16}:iam::[^\s:"'`]{1,64}:role\/[\w+=,.@/-]{1,512}/g;
const HINT_WINDOW = 2000;

/** The mention nearest `at`, at most the window away: binary search over positions found once. */
function nearest<T extends { at: number }>(list: readonly T[], at: number): T | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid]?.at ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  const before = list[lo - 1];
  const after = list[lo];
  const best =
    before === undefined || (after !== undefined && after.at - at < at - before.at)
      ? after
      : before;
  return best !== undefined && Math.abs(best.at - at) <= HINT_WINDOW ? best : undefined;
}

/**
 * The words around each STS sentence: which provider, which role. Every mention is found in one
 * pass over the text, so a log of thousands of refusals stays linear.
 */
function hintFinder(
  text: string,
): (at: number) => { provider: IdentityProvider; role: string | undefined } {
  const positions = (re: RegExp) =>
    [...text.matchAll(re)].map((m) => ({ at: m.index, text: m[0] }));
  const github = positions(GITHUB_WORDS);
  const eks = positions(EKS_WORDS);
  const roles = positions(ROLE_ARN);
  return (at) => ({
    provider: nearest(github, at) ? "github" : nearest(eks, at) ? "eks" : undefined,
    role: nearest(roles, at)?.text.replace(/[.,]+$/, ""),
  });
}

function stsReasons(text: string, operationAt: (at: number) => string | undefined): Reason[] {
  const matches = [...text.matchAll(STS_SENTENCE)];
  if (matches.length === 0) return [];
  const hintsAt = hintFinder(text);
  return matches.map((m) => {
    const action = m[1] ?? "sts:AssumeRole";
    const hints = hintsAt(m.index);
    return {
      principalArn: undefined,
      actionText: action,
      action,
      permission: action,
      // STS names no role; the one the paste names near the sentence is the one being assumed.
      resource: hints.role,
      // STS refuses when no statement of the role's trust policy matches: an implicit deny.
      denial: "implicit",
      policyType: undefined,
      policyWords: undefined,
      policyArn: undefined,
      authorizationId: undefined,
      consoleUrl: undefined,
      authorizationRegion: undefined,
      ...(action === "sts:AssumeRoleWithWebIdentity" ? { provider: hints.provider } : {}),
      operation: operationAt(m.index),
      start: m.index,
      end: m.index + m[0].length,
    };
  });
}

export function findReasons(text: string): Reason[] {
  const reasons: Reason[] = [];
  const operationAt = operationFinder(text);
  for (const m of text.matchAll(PERFORM)) {
    // Look back a bounded distance only: an unbounded lastIndexOf per match is quadratic.
    const windowStart = Math.max(0, m.index - MAX_PRINCIPAL);
    const found = text.slice(windowStart, m.index).lastIndexOf("User:");
    if (found === -1) continue;
    const userAt = windowStart + found;
    const principal = clean(text.slice(userAt + "User:".length, m.index));
    if (principal === "" || /[\s"]/.test(principal)) continue;
    ACTION.lastIndex = m.index + m[0].length;
    const actionMatch = ACTION.exec(text);
    if (!actionMatch) continue;
    const actionText = clean(actionMatch[1] ?? "");
    let end = actionMatch.index + actionMatch[0].length;

    ON_RESOURCE.lastIndex = end;
    const on = ON_RESOURCE.exec(text);
    let resource: string | undefined;
    if (on) {
      const read = readResource(text, on.index + on[0].length);
      if (read) {
        resource = read.value;
        end = read.end;
      }
    }
    BECAUSE.lastIndex = end;
    const because = BECAUSE.exec(text);
    const [whole = "", implicitType, allowed, implicitArn, explicitType, explicitArn] =
      because ?? [];
    const policyArn = implicitArn ?? explicitArn;
    const words = (implicitType ?? explicitType)?.replace(/\s+/g, " ").trim();
    const action = asAction(actionText);
    const sentenceEnd = because ? because.index + whole.length : end;
    const trail = readAuthorizationTrail(text, sentenceEnd);
    reasons.push({
      principalArn: principal,
      actionText,
      action,
      permission: asAction(allowed === undefined ? undefined : clean(allowed)) ?? action,
      resource,
      denial: implicitType !== undefined ? "implicit" : because ? "explicit" : undefined,
      policyType: policyTypeOf(words),
      policyWords: words,
      policyArn: policyArn === undefined ? trail.policyArn : clean(policyArn),
      authorizationId: trail.authorizationId,
      consoleUrl: trail.consoleUrl,
      authorizationRegion: trail.region,
      operation: operationAt(userAt),
      start: userAt,
      end: sentenceEnd,
    });
  }
  const sts = stsReasons(text, operationFinder(text));
  return sts.length === 0 ? reasons : [...reasons, ...sts].sort((a, b) => a.start - b.start);
}
