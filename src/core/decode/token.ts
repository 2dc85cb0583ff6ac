/** Regions that reach STS in each partition; `aws` has a global endpoint but regional is preferred. */
export const DEFAULT_REGIONS: Readonly<Record<string, string>> = {
  aws: "us-east-1",
  "aws-us-gov": "us-gov-west-1",
  "aws-cn": "cn-north-1",
};

/** The regional STS endpoint that receives the token when no other is set. */
export const stsEndpoint = (region: string): string =>
  `https://sts.${region}.amazonaws.com${region.startsWith("cn-") ? ".cn" : ""}`;
