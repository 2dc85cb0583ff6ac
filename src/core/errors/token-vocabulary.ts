/**
 * One vocabulary for encoded authorization messages, used by every reader, judge, share codec and
 * the decode call: the alphabet (URL-safe base64), the lengths, and which tokens are worth decoding.
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_DecodeAuthorizationMessage.html
 */

/** URL-safe base64, as a character-class body. */
export const TOKEN_ALPHABET = "A-Za-z0-9_-";
export const TOKEN_RUN = new RegExp(`^[${TOKEN_ALPHABET}]+$`);

/** The alphabet by character code: readers call this once per character, so no regex here. */
export function isTokenChar(c: string | undefined): boolean {
  if (c?.length !== 1) return false;
  const k = c.charCodeAt(0);
  return (
    (k >= 48 && k <= 57) || (k >= 65 && k <= 90) || (k >= 97 && k <= 122) || k === 95 || k === 45
  );
}

/** The API's documented maximum for EncodedMessage. */
export const MAX_TOKEN_LENGTH = 10_240;

/**
 * Real tokens are 376 to 1,535 characters in the collected samples (fixtures/CORPUS-INDEX.md):
 * anything far shorter was cut off.
 */
export const MIN_COMPLETE_LENGTH = 300;

export const TOKEN_JUDGEMENTS = [
  "complete",
  "truncated",
  "elided",
  "placeholder",
  "redacted",
  "lowercased",
  "empty",
] as const;
export type TokenJudgement = (typeof TOKEN_JUDGEMENTS)[number];

/** Tokens worth decoding: the others fail with InvalidAuthorizationMessageException. */
export const isUsable = (judgement: TokenJudgement): boolean => judgement === "complete";

/** What the API accepts: checked before any call leaves the machine. */
export const isValidToken = (token: string): boolean =>
  token.length >= 1 && token.length <= MAX_TOKEN_LENGTH && TOKEN_RUN.test(token);

/** Random base64 of this length: mixed case and digits, as a bare token on its own is. */
export const looksLikeToken = (token: string): boolean =>
  token.length >= MIN_COMPLETE_LENGTH &&
  /[A-Z]/.test(token) &&
  /[a-z]/.test(token) &&
  /[0-9]/.test(token);
