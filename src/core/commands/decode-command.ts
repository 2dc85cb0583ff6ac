import { DEFAULT_REGIONS } from "../decode/token";

/**
 * The CLI command that decodes a token. `--encoded-message=` (with `=`) keeps tokens that start
 * with `-` from being read as an option; `--query … --output text` prints the inner JSON unescaped.
 * https://awscli.amazonaws.com/v2/documentation/api/latest/reference/sts/decode-authorization-message.html
 */
export function decodeCommand({
  token,
  partition,
}: {
  token: string;
  partition?: string | undefined;
}): string {
  const region =
    partition !== undefined && partition !== "aws" ? DEFAULT_REGIONS[partition] : undefined;
  return [
    "aws sts decode-authorization-message",
    `--encoded-message=${token}`,
    "--query DecodedMessage --output text",
    ...(region === undefined ? [] : [`--region ${region}`]),
  ].join(" ");
}

/** One shell loop that decodes every token, for many denials at once (tokens are URL-safe base64). */
export function decodeLoop({
  tokens,
  partition,
}: {
  tokens: readonly string[];
  partition?: string | undefined;
}): string {
  const region =
    partition !== undefined && partition !== "aws" ? DEFAULT_REGIONS[partition] : undefined;
  return [
    `for token in ${tokens.map((t) => `'${t}'`).join(" ")}; do`,
    `  aws sts decode-authorization-message --encoded-message="$token" --query DecodedMessage --output text${region === undefined ? "" : ` --region ${region}`}`,
    "done",
  ].join("\n");
}
