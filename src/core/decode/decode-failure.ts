/**
 * What went wrong when decoding, in terms of what the user should do next. Classified from the
 * error's name, message and HTTP status as the AWS SDK (or our local endpoint) reports them.
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_DecodeAuthorizationMessage.html#API_DecodeAuthorizationMessage_Errors
 */
export const DECODE_FAILURES = [
  "access-denied",
  "session-credentials",
  "invalid-message",
  "expired-credentials",
  "invalid-credentials",
  "clock-skew",
  "throttled",
  "no-credentials",
  "network",
  "invalid-token",
  /** The local endpoint refused the request (foreign Host or Origin, bad body). */
  "refused",
  "unknown",
] as const;
export type DecodeFailureKind = (typeof DECODE_FAILURES)[number];

export interface DecodeFailure {
  readonly kind: DecodeFailureKind;
  /** AWS's own words, for the details line (never holds credentials: see classify's callers). */
  readonly message: string;
  readonly code: string;
}

const BY_CODE: Readonly<Record<string, DecodeFailureKind>> = {
  AccessDenied: "access-denied",
  AccessDeniedException: "access-denied",
  InvalidAuthorizationMessageException: "invalid-message",
  ExpiredToken: "expired-credentials",
  ExpiredTokenException: "expired-credentials",
  InvalidClientTokenId: "invalid-credentials",
  UnrecognizedClientException: "invalid-credentials",
  SignatureDoesNotMatch: "invalid-credentials",
  IncompleteSignature: "invalid-credentials",
  RequestTimeTooSkewed: "clock-skew",
  RequestExpired: "clock-skew",
  Throttling: "throttled",
  ThrottlingException: "throttled",
  TooManyRequestsException: "throttled",
  CredentialsProviderError: "no-credentials",
  TypeError: "network",
  NetworkError: "network",
  TimeoutError: "network",
  InvalidToken: "invalid-token",
};

/** Anything in an upstream error that could be a credential, and what replaces it. */
const CREDENTIAL_SHAPED: readonly [RegExp, string][] = [
  [/\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{12,28}\b/g, "[access key]"],
  [
    /\b(Credential|Signature|X-Amz-Security-Token|SessionToken|AWSAccessKeyId)=[^\s&,;]+/gi,
    "$1=[removed]",
  ],
  [/[A-Za-z0-9+/=_-]{64,}/g, "[long value removed]"],
  [/(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{40}(?![A-Za-z0-9+/])/g, "[secret-shaped value removed]"],
];
/** What the page shows of an upstream error: enough to search for, never a wall of text. */
export const MAX_FAILURE_MESSAGE = 300;

export const sanitizeMessage = (message: string): string =>
  CREDENTIAL_SHAPED.reduce(
    (m, [pattern, replacement]) => m.replace(pattern, replacement),
    message,
  ).slice(0, MAX_FAILURE_MESSAGE);

export function classifyFailure({
  code,
  message,
}: {
  code: string;
  message: string;
}): DecodeFailure {
  // Codes come from the network: a code named `__proto__` or `constructor` is not one of ours.
  let kind = Object.hasOwn(BY_CODE, code) ? (BY_CODE[code] ?? "unknown") : "unknown";
  // GetSessionToken and GetFederationToken credentials may not call this API at all.
  if (kind === "access-denied" && /session credentials|federated/i.test(message))
    kind = "session-credentials";
  if (kind === "invalid-credentials" && /signature expired|time|skew/i.test(message))
    kind = "clock-skew";
  if (
    kind === "unknown" &&
    /fetch|network|failed to load|cors|ECONNREFUSED|ENOTFOUND/i.test(message)
  )
    kind = "network";
  if (kind === "unknown" && /could not load credentials|no credentials|credential/i.test(message))
    kind = "no-credentials";
  return { kind, code: sanitizeMessage(code).slice(0, 64), message: sanitizeMessage(message) };
}

/** The policy the caller needs to decode at all: the API has no resource-level permissions. */
export const DECODE_PERMISSION_POLICY = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AllowDecodeAuthorizationMessage",
      "Effect": "Allow",
      "Action": "sts:DecodeAuthorizationMessage",
      "Resource": "*"
    }
  ]
}`;
