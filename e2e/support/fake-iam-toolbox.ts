// A fake IAM Toolbox (REST-JSON, SigV4 signing name `iam`), served by the fake STS's server: no
// emulator implements it. It serves the same fixtures that the paste tests read, page by page.
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const TOOLBOX = join(
  fileURLToPath(new URL(".", import.meta.url)),
  "..",
  "..",
  "fixtures",
  "toolbox",
);
const fixture = (name: string): unknown => JSON.parse(readFileSync(join(TOOLBOX, name), "utf8"));

/** Authorization IDs the fake knows: their pages, by nextToken ("" for the first). */
export const TOOLBOX_IDS = {
  explicitDeny: "3k9x7q2m5n8p1r4t6v0w",
  implicitPages: "8d2f6a1c9e4b7h0j3k5m",
} as const;

const PAGES: ReadonlyMap<string, ReadonlyMap<string, unknown>> = new Map([
  [TOOLBOX_IDS.explicitDeny, new Map([["", fixture("details-explicit-deny.json")]])],
  [
    TOOLBOX_IDS.implicitPages,
    new Map([
      ["", fixture("details-implicit-page-1.json")],
      ["page-2", fixture("details-implicit-page-2.json")],
    ]),
  ],
]);
const POLICIES: ReadonlyMap<string, unknown> = new Map([
  ["arn:aws:iam::123456789012:policy/ExampleDenyPolicy", fixture("policy-example-deny.json")],
]);

export interface ToolboxRequestRecord {
  readonly action: "GetRequestAuthorizationDetails" | "GetRequestAuthorizationPolicy";
  readonly authorizationId: string;
  readonly accessKeyId: string;
  readonly region: string;
  readonly origin: string | undefined;
}

function reply(res: ServerResponse, status: number, body: unknown, errorType?: string): void {
  res.writeHead(status, {
    "Content-Type": "application/json",
    "x-amzn-RequestId": "00000000-0000-4000-8000-000000000000",
    ...(errorType ? { "x-amzn-ErrorType": `${errorType}:http://internal.amazon.com/coral/` } : {}),
    "Access-Control-Expose-Headers": "x-amzn-RequestId, x-amzn-ErrorType",
  });
  res.end(JSON.stringify(body));
}

const PATH = /^\/authorization-details\/([^/?]+)(\/policy)?$/;
/** The Authorization header SigV4 writes for IAM (signing name `iam`), with host and date signed. */
const SIGV4 =
  /^AWS4-HMAC-SHA256 Credential=([A-Z0-9]+)\/(\d{8})\/([a-z0-9-]+)\/iam\/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=[0-9a-f]{64}$/;

/**
 * Handles `GET /authorization-details/{id}` and `…/policy`; false for any other request. Errors by
 * key and ID: a key with DENIED → AccessDeniedException; with NOPOLICY → denied for policies only;
 * an unknown ID → ResourceNotFoundException; an ID outside [0-9a-z] → ValidationException.
 */
export function handleToolbox(
  req: IncomingMessage,
  res: ServerResponse,
  record: (r: ToolboxRequestRecord) => void,
): boolean {
  const url = new URL(req.url ?? "/", "http://fake");
  const m = PATH.exec(url.pathname);
  if (!m) return false;
  if (req.method !== "GET") {
    reply(res, 405, { message: "Method not allowed" });
    return true;
  }
  const auth = SIGV4.exec(req.headers.authorization ?? "");
  const signedHeaders = auth?.[4]?.split(";") ?? [];
  if (!auth || !req.headers["x-amz-date"] || !signedHeaders.includes("host")) {
    reply(
      res,
      403,
      { message: "Missing or malformed SigV4 (signing name iam)." },
      "MissingAuthenticationTokenException",
    );
    return true;
  }
  const [, accessKeyId = "", , region = ""] = auth;
  const id = decodeURIComponent(m[1] ?? "");
  const policy = m[2] !== undefined;
  record({
    action: policy ? "GetRequestAuthorizationPolicy" : "GetRequestAuthorizationDetails",
    authorizationId: id,
    accessKeyId,
    region,
    origin: req.headers.origin,
  });
  if (accessKeyId.includes("DENIED") || (policy && accessKeyId.includes("NOPOLICY"))) {
    reply(
      res,
      403,
      {
        message: `User: arn:aws:iam::123456789012:user/reader is not authorized to perform: iam:${policy ? "GetRequestAuthorizationPolicy" : "GetRequestAuthorizationDetails"}`,
      },
      "AccessDeniedException",
    );
    return true;
  }
  if (!/^[0-9a-z]+$/.test(id)) {
    reply(
      res,
      400,
      { message: "1 validation error detected: authorizationId must match [0-9a-z]+" },
      "ValidationException",
    );
    return true;
  }
  const pages = PAGES.get(id);
  if (!pages) {
    reply(
      res,
      404,
      { message: `Authorization details for ${id} were not found.` },
      "ResourceNotFoundException",
    );
    return true;
  }
  if (policy) {
    const document = POLICIES.get(url.searchParams.get("policyUri") ?? "");
    if (document) reply(res, 200, document);
    else
      reply(
        res,
        404,
        { message: "Policy not found for this authorization." },
        "ResourceNotFoundException",
      );
    return true;
  }
  const page = pages.get(url.searchParams.get("nextToken") ?? "");
  if (page) reply(res, 200, page);
  else reply(res, 400, { message: "Invalid nextToken" }, "ValidationException");
  return true;
}
