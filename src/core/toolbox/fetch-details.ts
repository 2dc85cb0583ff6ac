import { sanitizeMessage } from "../decode/decode-failure";
import { err, ok, type Result } from "../result";
import { detailsCommand, policyCommand } from "../commands/toolbox-command";

/**
 * Fetching an authorization ID's details from IAM Toolbox (REST-JSON, SigV4 signing name `iam`):
 * `GET /authorization-details/{id}?nextToken=…` and `GET /authorization-details/{id}/policy?policyUri=…`
 * (https://docs.aws.amazon.com/iam-toolbox/latest/APIReference/API_GetRequestAuthorizationDetails.html).
 * The transport (signing, fetch) is the caller's: the browser's and the local server's differ.
 */
export interface ToolboxRequest {
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
}
export interface ToolboxResponse {
  readonly status: number;
  /** `x-amzn-errortype`, when AWS sent it. */
  readonly errorType: string | undefined;
  readonly body: string;
}
export type Send = (request: ToolboxRequest) => Promise<ToolboxResponse>;

export const TOOLBOX_FAILURES = [
  "access-denied",
  "not-found",
  "validation",
  "throttled",
  "credentials",
  "network",
  "server",
  "unknown",
] as const;
export interface ToolboxFailure {
  readonly kind: (typeof TOOLBOX_FAILURES)[number];
  readonly code: string;
  readonly message: string;
}

const BY_CODE: Readonly<Record<string, ToolboxFailure["kind"]>> = {
  AccessDeniedException: "access-denied",
  ResourceNotFoundException: "not-found",
  ValidationException: "validation",
  ThrottlingException: "throttled",
  InternalServerException: "server",
  UnrecognizedClientException: "credentials",
  InvalidSignatureException: "credentials",
  ExpiredTokenException: "credentials",
  MissingAuthenticationTokenException: "credentials",
};

/** REST-JSON errors: the type in `x-amzn-errortype` or the body's `__type`/`code`, e.g. `…#AccessDeniedException:…`. */
export function classifyToolboxError(response: ToolboxResponse): ToolboxFailure {
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(response.body);
    if (typeof parsed === "object" && parsed !== null) body = parsed as Record<string, unknown>;
  } catch {
    // Not JSON: the status decides.
  }
  const raw = [response.errorType, body.__type, body.code, body.Code].find(
    (v): v is string => typeof v === "string",
  );
  const code = (raw ?? "").replace(/^.*#/, "").replace(/:.*$/, "");
  const message = [body.message, body.Message].find((v): v is string => typeof v === "string");
  const kind = Object.hasOwn(BY_CODE, code)
    ? (BY_CODE[code] ?? "unknown")
    : response.status === 403
      ? "access-denied"
      : response.status === 404
        ? "not-found"
        : response.status === 429
          ? "throttled"
          : response.status >= 500
            ? "server"
            : "unknown";
  return {
    kind,
    code: sanitizeMessage(code || `HTTP ${String(response.status)}`).slice(0, 64),
    message: sanitizeMessage(message ?? ""),
  };
}

/** A thrown transport error: the request never got an answer from AWS. */
export const networkFailure = (e: unknown): ToolboxFailure => ({
  kind: "network",
  code: e instanceof Error ? e.name : "Error",
  message: sanitizeMessage(e instanceof Error ? e.message : String(e)),
});

async function call(send: Send, request: ToolboxRequest): Promise<Result<unknown, ToolboxFailure>> {
  let response: ToolboxResponse;
  try {
    response = await send(request);
  } catch (e) {
    return err(networkFailure(e));
  }
  if (response.status < 200 || response.status > 299) return err(classifyToolboxError(response));
  try {
    return ok(JSON.parse(response.body));
  } catch {
    return err({ kind: "unknown", code: "NotJson", message: "The answer was not JSON." });
  }
}

/** A details page's `policies[].uri`, read without trusting the page's shape. */
const policyUris = (page: unknown): string[] => {
  const policies = (page as { policies?: unknown }).policies;
  return Array.isArray(policies)
    ? policies.flatMap((p: unknown) => {
        const uri = (p as { uri?: unknown } | null)?.uri;
        return typeof uri === "string" ? [uri] : [];
      })
    : [];
};

/** AWS pages the evaluations; a runaway `nextToken` loop stops here. */
const MAX_PAGES = 50;
/** One policy call per matched policy, up to this many. */
const MAX_POLICIES = 20;

export interface FetchedAuthorization {
  /** As the CLI would print it: each command, then its output; read by toolbox/read-outputs.ts. */
  readonly transcript: string;
  readonly pages: number;
  /** Policies that could not be fetched (e.g. no iam:GetRequestAuthorizationPolicy): the details still stand. */
  readonly policyFailures: readonly { readonly uri: string; readonly failure: ToolboxFailure }[];
}

/** Every page of the details, then each listed policy as it was when the request was denied. */
export async function fetchAuthorization({
  authorizationId,
  region,
  send,
}: {
  authorizationId: string;
  region: string | undefined;
  send: Send;
}): Promise<Result<FetchedAuthorization, ToolboxFailure>> {
  const path = `/authorization-details/${encodeURIComponent(authorizationId)}`;
  const parts: string[] = [];
  const uris = new Set<string>();
  let nextToken: string | undefined;
  let pages = 0;
  do {
    const page = await call(send, { path, query: nextToken === undefined ? {} : { nextToken } });
    if (!page.ok) return page;
    pages++;
    parts.push(`$ ${detailsCommand(authorizationId, region)}`, JSON.stringify(page.value, null, 2));
    for (const uri of policyUris(page.value)) uris.add(uri);
    const token = (page.value as { nextToken?: unknown }).nextToken;
    nextToken = typeof token === "string" && token !== "" ? token : undefined;
  } while (nextToken !== undefined && pages < MAX_PAGES);
  const policyFailures: { uri: string; failure: ToolboxFailure }[] = [];
  for (const uri of [...uris].slice(0, MAX_POLICIES)) {
    const policy = await call(send, { path: `${path}/policy`, query: { policyUri: uri } });
    if (!policy.ok) {
      policyFailures.push({ uri, failure: policy.error });
      // Without the permission, every policy call fails the same way: stop asking.
      if (policy.error.kind === "access-denied") break;
      continue;
    }
    parts.push(
      `$ ${policyCommand(authorizationId, uri, region)}`,
      JSON.stringify(policy.value, null, 2),
    );
  }
  return ok({ transcript: parts.join("\n"), pages, policyFailures });
}
