import { findMasks, type Mask } from "../model/masks";
import { readAuthorizationTrail } from "./authorization-id";
import { operationFinder } from "./operation";
import { findSentences, type SentenceRead } from "./sentence/read-sentence";
import { textView, type TextView } from "./sentence/view";

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

/** A mask or placeholder in one of the sentence's values, and where in the paste it is. */
export type ReasonMask = Mask & {
  readonly field: "principal" | "action" | "resource";
  /** Offset in the paste. */
  readonly at: number;
};

/**
 * What decided besides (or instead of) a policy, when the error says so: KMS's combined sentence
 * (the key does not exist in this Region, or no key policy allows, or one denies), a setting the
 * sentence names after "because" (S3's Block Public Access, for instance), S3's refusal of SSE-C
 * uploads, or an EC2 declarative policy's message.
 */
export type ReasonCause =
  | { readonly code: "kms-key-unavailable" }
  | { readonly code: "setting"; readonly text: string }
  | { readonly code: "sse-c-blocked" }
  | { readonly code: "declarative-policy"; readonly text: string };

/** Where a web identity came from, read from the words around STS's sentence. */
export type IdentityProvider = "github" | "eks" | undefined;

export interface Reason {
  /**
   * The principal as AWS wrote it: an ARN, or a bare name (`User: ci-deployer`), masks kept as
   * written. Undefined when the sentence names nobody: STS's own "Not authorized to perform
   * sts:AssumeRoleWithWebIdentity" (`sts` is set), or a sentence that starts at "not authorized".
   */
  readonly principalArn: string | undefined;
  /** STS's own refusal of a web identity, SAML or role assumption: the role's trust policy decides. */
  readonly sts?: true;
  /** Only an authorization ID (and its console link) was pasted, not the sentence it follows. */
  readonly trailOnly?: true;
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
  /** Masks and placeholders in the principal, action and resource: never real values. */
  readonly masks: readonly ReasonMask[];
  readonly cause?: ReasonCause;
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
    masks: [],
    start: 0,
    end: 0,
    ...fields,
  };
}

/** `service:Action`, wildcards allowed: anything else after "perform:" names no action. */
const IS_ACTION = /^[A-Za-z0-9-]{1,64}:[A-Za-z0-9*?]{1,128}$/;

const policyTypeOf = (words: string | undefined): PolicyType | undefined => {
  if (words === undefined) return undefined;
  const normal = words.replace(/\s+/g, " ").trim();
  return POLICY_TYPE_WORDS.find(([pattern]) => pattern.test(normal))?.[1];
};

/** SNS writes `SNS:Publish`, KMS `KMS:Decrypt`: prefixes are case-insensitive, and policies write them lower case. */
export const asAction = (s: string | undefined): string | undefined => {
  if (s === undefined || !IS_ACTION.test(s)) return undefined;
  const colon = s.indexOf(":");
  return `${s.slice(0, colon).toLowerCase()}${s.slice(colon)}`;
};

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
      sts: true,
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
      masks: [],
      start: m.index,
      end: m.index + m[0].length,
    };
  });
}

/** Who the sentence is about, from what it wrote: a caller, a caller it does not name, or STS itself. */
function reasonFromSentence(
  view: TextView,
  sentence: SentenceRead,
  operationAt: (at: number) => string | undefined,
): Reason | undefined {
  const actionText = sentence.action.value;
  const action = asAction(actionText);
  const principal = sentence.principal?.value;
  // Without a principal the sentence must at least name an action: "You are not authorized to
  // perform this operation" is EC2's preamble, not a reason.
  if (principal === undefined && action === undefined) return undefined;
  const clause = sentence.clause;
  const written =
    clause?.kind === "implicit" || clause?.kind === "explicit" ? clause.typeWords : undefined;
  const words = written?.replace(/\s+/g, " ").trim();
  const permissionText = clause?.kind === "implicit" ? clause.permission?.value : undefined;
  const start = view.origin(sentence.start);
  const trail = readAuthorizationTrail(view.text, sentence.end);
  const clausePolicyArn =
    clause?.kind === "implicit" || clause?.kind === "explicit" ? clause.policyArn : undefined;
  const masks: ReasonMask[] = [
    ...fieldMasks("principal", principal, sentence.principal, view),
    ...fieldMasks("action", actionText, sentence.action, view),
    ...fieldMasks("resource", sentence.resource?.value, sentence.resource, view),
  ];
  const cause: ReasonCause | undefined =
    clause?.kind === "kms-combined"
      ? { code: "kms-key-unavailable" }
      : clause?.kind === "other"
        ? { code: "setting", text: clause.text }
        : undefined;
  return {
    principalArn: principal,
    actionText,
    action,
    permission: asAction(permissionText) ?? action,
    resource: sentence.resource?.value,
    denial:
      clause?.kind === "implicit"
        ? "implicit"
        : clause?.kind === "explicit"
          ? "explicit"
          : undefined,
    policyType: clause?.kind === "kms-combined" ? "resource-based" : policyTypeOf(words),
    policyWords: words,
    policyArn: clausePolicyArn ?? trail.policyArn,
    authorizationId: trail.authorizationId,
    consoleUrl: trail.consoleUrl,
    authorizationRegion: trail.region,
    operation: operationAt(start),
    masks,
    ...(cause === undefined ? {} : { cause }),
    start,
    end: view.origin(sentence.end),
  };
}

function fieldMasks(
  field: ReasonMask["field"],
  value: string | undefined,
  read: { readonly start: number } | undefined,
  view: TextView,
): ReasonMask[] {
  if (value === undefined || read === undefined) return [];
  return findMasks(value).map((m) => ({ ...m, field, at: view.origin(read.start + m.start) }));
}

export function findReasons(text: string): Reason[] {
  const view = textView(text);
  const operationAt = operationFinder(text);
  const reasons = findSentences(view.text).flatMap(
    (sentence) => reasonFromSentence(view, sentence, operationAt) ?? [],
  );
  const sts = stsReasons(text, operationFinder(text));
  return sts.length === 0 ? reasons : [...reasons, ...sts].sort((a, b) => a.start - b.start);
}
