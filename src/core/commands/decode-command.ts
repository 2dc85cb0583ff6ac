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
