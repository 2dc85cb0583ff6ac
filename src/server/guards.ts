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
  const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") return { status: 415, code: "UnsupportedMediaType" };
  const length = Number(req.headers["content-length"] ?? "0");
  if (length > MAX_BODY_BYTES) return { status: 413, code: "PayloadTooLarge" };
  return undefined;
}

/** Reads the body, stopping at the limit whatever Content-Length claimed. */
export function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(undefined);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => {
      resolve(Buffer.concat(chunks).toString("utf8"));
    });
    req.on("error", () => {
      resolve(undefined);
    });
  });
}
