import * as z from "zod/mini";
import {
  fetchAuthorization,
  networkFailure,
  TOOLBOX_FAILURES,
  type FetchedAuthorization,
  type Send,
  type ToolboxFailure,
} from "../../../core/toolbox/fetch-details";
import { err, ok, type Result } from "../../../core/result";
import { markSdkLoaded, type SecretBox } from "../decode/secret-box";

/** IAM Toolbox's regional endpoint (no JavaScript SDK client exists for it yet). */
export const toolboxEndpoint = (region: string): string =>
  `https://iam-toolbox.${region}.${region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com"}`;

/**
 * Browser mode: each request signed in the page with the SDK's own SigV4 signer (signing name
 * `iam`), the credentials read from the box at that moment; sent only to the endpoint shown.
 */
function browserSend(box: SecretBox, region: string, endpoint: string): Send {
  return async ({ path, query }) => {
    const [{ SignatureV4 }, { Sha256 }] = await Promise.all([
      import("@smithy/signature-v4"),
      import("@smithy/core/checksum"),
    ]);
    markSdkLoaded();
    const url = new URL(endpoint);
    const signer = new SignatureV4({
      service: "iam",
      region,
      sha256: Sha256,
      credentials: () => {
        const c = box.get();
        if (!c) return Promise.reject(new Error("Credentials were forgotten."));
        return Promise.resolve({
          accessKeyId: c.accessKeyId,
          secretAccessKey: c.secretAccessKey,
          ...(c.sessionToken ? { sessionToken: c.sessionToken } : {}),
        });
      },
    });
    const signed = await signer.sign({
      method: "GET",
      protocol: url.protocol,
      hostname: url.hostname,
      ...(url.port ? { port: Number(url.port) } : {}),
      path,
      query: { ...query },
      headers: { host: url.host, accept: "application/json" },
    });
    const search = new URLSearchParams(query).toString();
    // The browser sets Host itself (it is the same value that was signed).
    const headers = Object.fromEntries(
      Object.entries(signed.headers).filter(([name]) => name.toLowerCase() !== "host"),
    );
    const res = await fetch(`${url.origin}${path}${search ? `?${search}` : ""}`, {
      headers,
      credentials: "omit",
      referrerPolicy: "no-referrer",
    });
    return {
      status: res.status,
      errorType: res.headers.get("x-amzn-errortype") ?? undefined,
      body: await res.text(),
    };
  };
}

export function browserFetchAuthorization(options: {
  authorizationId: string;
  region: string;
  endpoint: string | undefined;
  box: SecretBox;
}): Promise<Result<FetchedAuthorization, ToolboxFailure>> {
  return fetchAuthorization({
    authorizationId: options.authorizationId,
    region: options.region,
    send: browserSend(
      options.box,
      options.region,
      options.endpoint ?? toolboxEndpoint(options.region),
    ),
  });
}

const failureSchema = z.object({
  kind: z.catch(z.enum(TOOLBOX_FAILURES), "unknown"),
  code: z.string(),
  message: z.string(),
});
/** The local endpoint's answer (src/server/app.ts), checked: it is input to this page. */
const replySchema = z.object({
  ok: z.boolean(),
  failure: z.optional(failureSchema),
  transcript: z.optional(z.string()),
  pages: z.optional(z.number()),
  policyFailures: z.optional(z.array(z.object({ uri: z.string(), failure: failureSchema }))),
});

/** Local mode (`npm start`): the server signs with this machine's credentials; they never reach the page. */
export async function localFetchAuthorization(options: {
  authorizationId: string;
  region: string | undefined;
  profile: string | undefined;
}): Promise<Result<FetchedAuthorization, ToolboxFailure>> {
  try {
    const res = await fetch("./api/toolbox", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        authorizationId: options.authorizationId,
        ...(options.region ? { region: options.region } : {}),
        ...(options.profile ? { profile: options.profile } : {}),
      }),
    });
    const reply = replySchema.safeParse(await res.json());
    if (!reply.success)
      return err({ kind: "unknown", code: "BadReply", message: `HTTP ${String(res.status)}` });
    const { transcript, pages, policyFailures, failure } = reply.data;
    return transcript !== undefined
      ? ok({ transcript, pages: pages ?? 1, policyFailures: policyFailures ?? [] })
      : err(failure ?? { kind: "unknown", code: "Error", message: "" });
  } catch (e) {
    return err(networkFailure(e));
  }
}
