/**
 * The plain-text reason newer AWS errors carry before the encoded message:
 *   User: <arn> is not authorized to perform: <action> on resource: <arn>
 *     because no <type> policy allows the <action> action
 *     with an explicit deny in a <type> policy[: <policy arn>]
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

export interface Reason {
  readonly principalArn: string;
  readonly action: string;
  readonly resource: string | undefined;
  /** `implicit`: no policy of that type allows it; `explicit`: a Deny in one matched. */
  readonly denial: "implicit" | "explicit" | undefined;
  /** The policy type named, or undefined for older messages that name none. */
  readonly policyType: PolicyType | undefined;
  /** The policy's words as AWS wrote them, kept when they are not a type we know. */
  readonly policyWords: string | undefined;
  /** Newer messages name the denying policy's ARN. */
  readonly policyArn: string | undefined;
  readonly start: number;
  readonly end: number;
}

// Found by its fixed middle, then read outward: every regex runs at one position only, with
// bounded classes, so no input can make matching super-linear (see the bench).
const S = String.raw`[\s│]{1,8}`;
const O = String.raw`[\s│]{0,8}`;
const PERFORM = new RegExp(String.raw`is${S}not${S}authorized${S}to${S}perform:`, "g");
const TAIL = new RegExp(
  [
    String.raw`${O}([^\s"]{1,256})`,
    String.raw`(?:${S}on${S}resource:${O}"?([^\s"]{1,2048})"?)?`,
    String.raw`(?:${S}(?:because${S}no${S}([A-Za-z -]{0,40}?(?:policy|boundary))${S}allows${S}the${S}[^\s]{1,256}${S}action`,
    String.raw`|with${S}an?${S}explicit${S}deny${S}in${S}an?${S}([A-Za-z -]{0,40}?(?:policy|boundary))(?::${O}([^\s"]{1,2048}))?))?`,
  ].join(""),
  "y",
);
const MAX_PRINCIPAL = 2048;

const policyTypeOf = (words: string | undefined): PolicyType | undefined => {
  if (words === undefined) return undefined;
  const normal = words.replace(/\s+/g, " ").trim();
  return POLICY_TYPE_WORDS.find(([pattern]) => pattern.test(normal))?.[1];
};

const stripPeriod = (s: string | undefined): string | undefined => s?.replace(/[.,]+$/, "");

export function findReasons(text: string): Reason[] {
  const reasons: Reason[] = [];
  for (const m of text.matchAll(PERFORM)) {
    // Look back a bounded distance only: an unbounded lastIndexOf per match is quadratic.
    const windowStart = Math.max(0, m.index - MAX_PRINCIPAL);
    const found = text.slice(windowStart, m.index).lastIndexOf("User:");
    if (found === -1) continue;
    const userAt = windowStart + found;
    const principal = text.slice(userAt + "User:".length, m.index).trim();
    if (principal === "" || /[\s"]/.test(principal)) continue;
    TAIL.lastIndex = m.index + m[0].length;
    const tail = TAIL.exec(text);
    if (!tail) continue;
    const [whole, action = "", resource, implicitType, explicitType, policyArn] = tail;
    const words = (implicitType ?? explicitType)?.replace(/\s+/g, " ").trim();
    reasons.push({
      principalArn: principal,
      action: stripPeriod(action) ?? action,
      resource: stripPeriod(resource),
      denial:
        implicitType !== undefined
          ? "implicit"
          : explicitType !== undefined
            ? "explicit"
            : undefined,
      policyType: policyTypeOf(words),
      policyWords: words,
      policyArn: stripPeriod(policyArn),
      start: userAt,
      end: tail.index + whole.length,
    });
  }
  return reasons;
}
