/**
 * The AWS endpoints this page may call, and nothing else: STS (DecodeAuthorizationMessage) and IAM
 * Toolbox (GetRequestAuthorizationDetails), regional and FIPS, and their VPC endpoint names. Regions
 * as the AWS SDK's partition data lists them (@aws-sdk/core, util-endpoints partitions; compared in
 * endpoints.test.ts). The same list writes the CSP's connect-src and checks a custom endpoint.
 * https://docs.aws.amazon.com/general/latest/gr/sts.html
 * https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-access-aws-services.html
 */
export const PARTITIONS = {
  aws: {
    suffix: "amazonaws.com",
    regions: [
      "af-south-1",
      "ap-east-1",
      "ap-east-2",
      "ap-northeast-1",
      "ap-northeast-2",
      "ap-northeast-3",
      "ap-south-1",
      "ap-south-2",
      "ap-southeast-1",
      "ap-southeast-2",
      "ap-southeast-3",
      "ap-southeast-4",
      "ap-southeast-5",
      "ap-southeast-6",
      "ap-southeast-7",
      "ca-central-1",
      "ca-west-1",
      "eu-central-1",
      "eu-central-2",
      "eu-north-1",
      "eu-south-1",
      "eu-south-2",
      "eu-west-1",
      "eu-west-2",
      "eu-west-3",
      "il-central-1",
      "me-central-1",
      "me-south-1",
      "me-west-1",
      "mx-central-1",
      "sa-east-1",
      "sa-west-1",
      "us-east-1",
      "us-east-2",
      "us-west-1",
      "us-west-2",
    ],
  },
  "aws-cn": { suffix: "amazonaws.com.cn", regions: ["cn-north-1", "cn-northwest-1"] },
  "aws-us-gov": { suffix: "amazonaws.com", regions: ["us-gov-east-1", "us-gov-west-1"] },
} as const;

/** The services the page calls, by their endpoint prefix. */
export const SERVICES = ["sts", "iam-toolbox"] as const;
export type Service = (typeof SERVICES)[number];

const allRegions = (): { region: string; suffix: string }[] =>
  Object.values(PARTITIONS).flatMap((p) =>
    p.regions.map((region) => ({ region, suffix: p.suffix })),
  );

/** Exact hosts: `sts.eu-west-1.amazonaws.com`, `sts-fips.us-east-1.amazonaws.com`, `sts.amazonaws.com`. */
function exactHosts(service: Service): string[] {
  return [
    ...(service === "sts" ? ["sts.amazonaws.com"] : []),
    ...allRegions().flatMap(({ region, suffix }) => [
      `${service}.${region}.${suffix}`,
      // FIPS endpoints exist in the US and Canada only.
      ...(/^(us|ca)-/.test(region) ? [`${service}-fips.${region}.${suffix}`] : []),
    ]),
  ];
}

/** VPC endpoint DNS names: `vpce-0abc-xyz.sts.eu-west-1.vpce.amazonaws.com` (any first labels). */
const vpceSuffixes = (service: Service): string[] =>
  allRegions().map(({ region, suffix }) => `.${service}.${region}.vpce.${suffix}`);

/**
 * Loopback, where a custom endpoint may also be: LocalStack, a local proxy, the tests' fakes. Only
 * the page's own code can use it, and the CSP allows scripts from the app alone.
 */
export const LOOPBACK_SOURCES = ["http://127.0.0.1:*", "http://localhost:*"] as const;

/** connect-src sources, besides 'self': every allowed AWS endpoint, then loopback. */
export function connectSources(): string[] {
  return [
    ...SERVICES.flatMap((s) => [
      ...exactHosts(s).map((h) => `https://${h}`),
      ...vpceSuffixes(s).map((suffix) => `https://*${suffix}`),
    ]),
    ...LOOPBACK_SOURCES,
  ];
}

export type EndpointRefusal = Extract<EndpointCheck, { ok: false }>["why"];

export type EndpointCheck =
  | { readonly ok: true; readonly url: string }
  | { readonly ok: false; readonly why: "not-a-url" | "not-https" | "not-aws" | "has-path" };

/**
 * A custom endpoint the user typed: allowed only where the CSP lets the page connect, and said why
 * not before any request (the browser would refuse it anyway, with a less helpful error).
 */
export function checkEndpoint(text: string, service: Service): EndpointCheck {
  // Parsed by hand: the core runs without the DOM's URL, and only an origin is acceptable anyway.
  const m = /^([a-z][a-z0-9+.-]{0,16}):\/\/([^/?#]{0,300})(.{0,2048})$/is.exec(text.trim());
  if (!m) return { ok: false, why: "not-a-url" };
  const [, scheme = "", authority = "", rest = ""] = m;
  if (authority.includes("@") || (rest !== "" && rest !== "/"))
    return { ok: false, why: "has-path" };
  const hostPort = /^([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,8})(?::(\d{1,5}))?$/i.exec(authority);
  if (!hostPort) return { ok: false, why: "not-a-url" };
  const host = (hostPort[1] ?? "").toLowerCase();
  const port = hostPort[2];
  const protocol = scheme.toLowerCase();
  const origin = `${protocol}://${host}${port === undefined ? "" : `:${port}`}`;
  if (protocol === "http" && (host === "127.0.0.1" || host === "localhost"))
    return { ok: true, url: origin };
  if (protocol !== "https") return { ok: false, why: "not-https" };
  if (port !== undefined) return { ok: false, why: "not-aws" };
  const allowed =
    exactHosts(service).includes(host) ||
    vpceSuffixes(service).some((suffix) => host.endsWith(suffix) && host.length > suffix.length);
  return allowed ? { ok: true, url: origin } : { ok: false, why: "not-aws" };
}
