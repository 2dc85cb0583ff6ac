import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { z } from "zod";
import { CSP_HEADER } from "../../csp";
import { isValidToken } from "../core/errors/token-vocabulary";
import { readBody, refuse } from "./guards";
import { decodeToken, listProfiles, resolveRegion, whoAmI, type CallOptions } from "./sts";
import { fetchWithMachineCredentials } from "./toolbox";
import { runAthena, type AthenaRun } from "./athena";
import { athenaDenialQuery } from "../core/cloudtrail/queries";

const MIME: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
  ".map": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

const SECURITY_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "X-Frame-Options": "DENY",
  "Cache-Control": "no-store",
};
/** The CSP governs documents: it goes on HTML responses, not on every chunk and API reply. */
const HTML_HEADERS = { ...SECURITY_HEADERS, "Content-Security-Policy": CSP_HEADER };

/** Tells the page it runs next to this endpoint, so it offers local decoding without probing. */
const LOCAL_MODE_META = '<meta name="authz-decoder-mode" content="local" />';

const callSchema = z.object({
  profile: z
    .string()
    .max(128)
    .regex(/^[\w+=,.@-]+$/)
    .optional(),
  region: z
    .string()
    .max(32)
    .regex(/^[a-z0-9-]+$/)
    .optional(),
  partition: z.enum(["aws", "aws-us-gov", "aws-cn", "aws-iso", "aws-iso-b"]).optional(),
});
const decodeSchema = callSchema.extend({ token: z.string() });
/** The denial query's values (the server writes the SQL itself) and where Athena runs it. */
const athenaSchema = callSchema.extend({
  table: z.string().max(128),
  days: z.number().int().min(1).max(366),
  accounts: z.array(z.string().max(12)).max(1000),
  database: z
    .string()
    .max(255)
    .regex(/^[a-z0-9_]+$/),
  workGroup: z
    .string()
    .max(128)
    .regex(/^[A-Za-z0-9._-]+$/),
  outputLocation: z
    .string()
    .max(1024)
    .regex(/^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/\S*)?$/)
    .optional(),
});
const toolboxSchema = callSchema.extend({
  authorizationId: z.string().regex(/^[0-9A-Za-z]{1,256}$/),
});

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...SECURITY_HEADERS, "Content-Type": "application/json" });
  res.end(JSON.stringify(body));
}

const callOptions = (o: z.infer<typeof callSchema>): CallOptions => ({
  profile: o.profile,
  region: o.region,
  partition: o.partition,
});

async function api(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  port: number,
): Promise<void> {
  const refusal = refuse(req, port);
  if (refusal) {
    send(res, refusal.status, {
      ok: false,
      failure: { kind: "refused", code: refusal.code, message: refusal.code },
    });
    return;
  }
  const body = await readBody(req);
  if (!body.ok) {
    if (!res.destroyed)
      send(res, body.status, {
        ok: false,
        failure: { kind: "refused", code: body.code, message: body.code },
      });
    return;
  }
  let json: unknown;
  try {
    json = JSON.parse(body.text);
  } catch {
    send(res, 400, {
      ok: false,
      failure: { kind: "refused", code: "MalformedJson", message: "MalformedJson" },
    });
    return;
  }
  if (path === "/api/profiles") {
    send(res, 200, {
      ok: true,
      profiles: await listProfiles(),
      defaultProfile: process.env.AWS_PROFILE ?? null,
    });
    return;
  }
  if (path === "/api/identity") {
    const body = callSchema.safeParse(json);
    if (!body.success) {
      send(res, 400, {
        ok: false,
        failure: { kind: "refused", code: "BadRequest", message: "BadRequest" },
      });
      return;
    }
    const identity = await whoAmI(callOptions(body.data));
    send(
      res,
      200,
      identity.ok ? { ok: true, identity: identity.value } : { ok: false, failure: identity.error },
    );
    return;
  }
  if (path === "/api/decode") {
    const body = decodeSchema.safeParse(json);
    if (!body.success || !isValidToken(body.data.token)) {
      send(res, 400, {
        ok: false,
        failure: {
          kind: "invalid-token",
          code: "InvalidToken",
          message: "A token is 1 to 10240 characters of A-Z a-z 0-9 _ -.",
        },
      });
      return;
    }
    const decoded = await decodeToken(body.data.token, callOptions(body.data));
    send(
      res,
      200,
      decoded.ok
        ? { ok: true, decodedMessage: decoded.value }
        : { ok: false, failure: decoded.error },
    );
    return;
  }
  if (path === "/api/toolbox") {
    const body = toolboxSchema.safeParse(json);
    if (!body.success) {
      send(res, 400, {
        ok: false,
        failure: {
          kind: "validation",
          code: "BadRequest",
          message: "An authorization ID is 1 to 256 letters and digits.",
        },
      });
      return;
    }
    const region = await resolveRegion(callOptions(body.data));
    const fetched = await fetchWithMachineCredentials({
      authorizationId: body.data.authorizationId,
      region,
      profile: body.data.profile,
    });
    send(
      res,
      200,
      fetched.ok ? { ok: true, ...fetched.value } : { ok: false, failure: fetched.error },
    );
    return;
  }
  if (path === "/api/athena") {
    const body = athenaSchema.safeParse(json);
    const query = body.success
      ? athenaDenialQuery(body.data.table, { days: body.data.days, accounts: body.data.accounts })
      : undefined;
    if (!body.success || !query?.ok) {
      send(res, 400, {
        ok: false,
        failure: {
          kind: "validation",
          code: "BadRequest",
          message:
            query?.ok === false
              ? `Not a valid ${query.error.code}: ${String(query.error.value)}`
              : "Give the table, days, accounts, database and workgroup as the page sends them.",
        },
      });
      return;
    }
    await streamAthena(res, {
      query: query.value,
      database: body.data.database,
      workGroup: body.data.workGroup,
      outputLocation: body.data.outputLocation,
      region: await resolveRegion(callOptions(body.data)),
      profile: body.data.profile,
    });
    return;
  }
  send(res, 404, {
    ok: false,
    failure: { kind: "refused", code: "NotFound", message: "NotFound" },
  });
}

/** One JSON line per step (NDJSON), so the page shows progress and rows as they come. */
async function streamAthena(res: ServerResponse, run: AthenaRun): Promise<void> {
  const aborted = new AbortController();
  res.on("close", () => {
    aborted.abort();
  });
  res.writeHead(200, { ...SECURITY_HEADERS, "Content-Type": "application/x-ndjson" });
  await runAthena(
    run,
    (event) => {
      if (!res.destroyed) res.write(`${JSON.stringify(event)}\n`);
    },
    aborted.signal,
  );
  res.end();
}

function decodePath(urlPath: string): string | undefined {
  try {
    return decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
}

async function staticFile(res: ServerResponse, distDir: string, urlPath: string): Promise<void> {
  const decoded = decodePath(urlPath === "/" ? "/index.html" : urlPath);
  if (decoded === undefined || decoded.includes("\0")) {
    res.writeHead(400, { ...SECURITY_HEADERS, "Content-Type": "text/plain" }).end("Bad path");
    return;
  }
  const relative = normalize(decoded);
  const file = join(distDir, relative);
  if (!file.startsWith(distDir + sep)) {
    res.writeHead(403, SECURITY_HEADERS).end();
    return;
  }
  try {
    let content: Buffer | string = await readFile(file);
    if (file.endsWith(`${sep}index.html`)) {
      content = content.toString("utf8").replace("</head>", `  ${LOCAL_MODE_META}\n  </head>`);
    }
    const type = MIME[extname(file)] ?? "application/octet-stream";
    res.writeHead(200, {
      ...(type.startsWith("text/html") ? HTML_HEADERS : SECURITY_HEADERS),
      "Content-Type": type,
    });
    res.end(content);
  } catch {
    res.writeHead(404, { ...SECURITY_HEADERS, "Content-Type": "text/plain" }).end("Not found");
  }
}

/**
 * The page plus its decode endpoint, on loopback only. Credentials never leave this process:
 * responses carry decoded messages, identities and error codes, nothing else.
 */
export function createApp({ distDir, port }: { distDir: string; port: number }): Server {
  return createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    const handled = path.startsWith("/api/")
      ? api(req, res, path, port)
      : req.method === "GET" || req.method === "HEAD"
        ? staticFile(res, distDir, path)
        : Promise.resolve(void res.writeHead(405, SECURITY_HEADERS).end());
    handled.catch(() => {
      if (!res.headersSent)
        send(res, 500, {
          ok: false,
          failure: { kind: "unknown", code: "InternalError", message: "InternalError" },
        });
    });
  });
}
