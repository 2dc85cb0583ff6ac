/**
 * What DecodeAuthorizationMessage accepts as EncodedMessage: URL-safe base64, 1 to 10,240
 * characters (the API's documented maximum). Checked before any call leaves the machine.
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_DecodeAuthorizationMessage.html
 */
export const MAX_TOKEN_LENGTH = 10_240;
const TOKEN = /^[A-Za-z0-9_-]+$/;

export const isValidToken = (token: string): boolean =>
  token.length >= 1 && token.length <= MAX_TOKEN_LENGTH && TOKEN.test(token);

/** Regions that reach STS in each partition; `aws` has a global endpoint but regional is preferred. */
export const DEFAULT_REGIONS: Readonly<Record<string, string>> = {
  aws: "us-east-1",
  "aws-us-gov": "us-gov-west-1",
  "aws-cn": "cn-north-1",
};

/** The regional STS endpoint that receives the token when no other is set. */
export const stsEndpoint = (region: string): string =>
  `https://sts.${region}.amazonaws.com${region.startsWith("cn-") ? ".cn" : ""}`;
