import type { IncomingMessage } from "node:http";

/** JSON bodies only, and small: a token is at most 10,240 characters. */
export const MAX_BODY_BYTES = 16 * 1024;

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

export interface Refusal {
  readonly status: number;
  readonly code: string;
}

/**
 * The endpoint holds the machine's AWS access, so only this page may use it:
 * - `Host` must be loopback with our port, or DNS rebinding would let any site reach us by name;
 * - `Origin` must be our own page, so no other site (even another local one) can post;
 * - only `application/json`, which no HTML form can send, so no cross-site form post gets through.
 */
export function refuse(req: IncomingMessage, port: number): Refusal | undefined {
  const host = req.headers.host ?? "";
  const hostName = host.replace(/:\d+$/, "");
  if (!LOOPBACK_HOSTS.has(hostName) || host !== `${hostName}:${port}`)
    return { status: 403, code: "ForeignHost" };
  const origin = req.headers.origin;
  if (origin !== `http://${host}`) return { status: 403, code: "ForeignOrigin" };
  if (req.method !== "POST") return { status: 405, code: "MethodNotAllowed" };
  // JSON is UTF-8 (RFC 8259): any other charset, or any other parameter, is refused.
  const type = (req.headers["content-type"] ?? "").toLowerCase().replace(/\s+/g, "");
  if (type !== "application/json" && type !== "application/json;charset=utf-8")
    return { status: 415, code: "UnsupportedMediaType" };
  const length = Number(req.headers["content-length"] ?? "0");
  if (length > MAX_BODY_BYTES) return { status: 413, code: "PayloadTooLarge" };
  return undefined;
}

/** A client that sends its body this slowly is gone or hostile: the request is dropped. */
export const BODY_TIMEOUT_MS = 5_000;

export type Body =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly status: 408 | 413 | 400; readonly code: string };

/** Reads the body, stopping at the limit whatever Content-Length claimed, and at the time limit. */
export function readBody(req: IncomingMessage, timeoutMs = BODY_TIMEOUT_MS): Promise<Body> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(() => {
      resolve({ ok: false, status: 408, code: "RequestTimeout" });
      req.destroy();
    }, timeoutMs);
    const finish = (body: Body) => {
      clearTimeout(timer);
      resolve(body);
    };
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        finish({ ok: false, status: 413, code: "PayloadTooLarge" });
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => {
      const bytes = Buffer.concat(chunks);
      try {
        finish({ ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) });
      } catch {
        finish({ ok: false, status: 400, code: "InvalidUtf8" });
      }
    });
    req.on("error", () => {
      finish({ ok: false, status: 400, code: "Aborted" });
    });
  });
}
