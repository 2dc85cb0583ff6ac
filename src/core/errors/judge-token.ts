import { MIN_COMPLETE_LENGTH, type TokenJudgement } from "./token-vocabulary";

/**
 * What a found token is worth. Real encoded messages are URL-safe base64 of encrypted data,
 * 376 to 1,535 characters in the collected samples (fixtures/CORPUS-INDEX.md): random mixed case,
 * never a run of one letter, never short.
 */
// Lower-case words of seven letters or more: random base64 spells one about once in 10^12 tokens.
const PLACEHOLDER_WORDS = /abcdefgh|example|placeholder|omitted|redacted/;

export function judgeToken({
  token,
  placeholder,
  ellipsis,
  elided,
}: {
  token: string;
  placeholder: string | undefined;
  ellipsis: boolean;
  /** An author's elision (`...`, `<中略>`, `‹snip›`) in the middle of the token. */
  elided?: string | undefined;
}): TokenJudgement {
  if (token === "") return placeholder === undefined ? "empty" : "placeholder";
  if (
    /^x+$/i.test(token) ||
    (token.length < 40 && /^[-a-z]*$/.test(token)) ||
    PLACEHOLDER_WORDS.test(token)
  ) {
    return "placeholder";
  }
  if (elided !== undefined) return "elided";
  // Someone typed over part of it: a run of x that random base64 essentially never has.
  if (/x{5,}|X{5,}/.test(token)) return "redacted";
  if (ellipsis || token.length < MIN_COMPLETE_LENGTH) return "truncated";
  if (!/[A-Z]/.test(token)) return "lowercased";
  return "complete";
}
