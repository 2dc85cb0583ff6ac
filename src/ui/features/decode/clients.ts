import * as z from "zod/mini";
import {
  classifyFailure,
  DECODE_FAILURES,
  type DecodeFailure,
} from "../../../core/decode/decode-failure";
import type { DecodeOutcome } from "../../../core/decode/run-decodes";
import { err, ok, type Result } from "../../../core/result";
import { markSdkLoaded, type SecretBox } from "./secret-box";

/** `npm start` serves the page with this marker: it runs next to the local decode endpoint. */
export const isLocalMode = (): boolean =>
  document.querySelector('meta[name="authz-decoder-mode"]')?.getAttribute("content") === "local";

export interface LocalOptions {
  readonly profile: string | undefined;
  readonly region: string | undefined;
  readonly partition: string | undefined;
}

const failureSchema = z.object({
  kind: z.catch(z.enum(DECODE_FAILURES), "unknown"),
  code: z.string(),
  message: z.string(),
});
/** What the local endpoint answers (src/server/app.ts), checked: it is input to this page. */
const replySchema = z.object({
  ok: z.boolean(),
  failure: z.optional(failureSchema),
  decodedMessage: z.optional(z.string()),
  identity: z.optional(z.object({ arn: z.string(), account: z.string() })),
  profiles: z.optional(
    z.array(z.object({ name: z.string(), region: z.optional(z.nullable(z.string())) })),
  ),
});
type Reply = z.infer<typeof replySchema>;

async function post(path: string, body: object): Promise<Result<Reply, DecodeFailure>> {
  try {
    const res = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    const parsed = replySchema.safeParse(await res.json());
    return parsed.success
      ? ok(parsed.data)
      : err({ kind: "unknown", code: "BadReply", message: `HTTP ${String(res.status)}` });
  } catch (e) {
    return err(
      classifyFailure({
        code: "NetworkError",
        message: e instanceof Error ? e.message : String(e),
      }),
    );
  }
}

const NO_DETAILS: DecodeFailure = { kind: "unknown", code: "Error", message: "" };

const optionsBody = (o: LocalOptions) => ({
  ...(o.profile ? { profile: o.profile } : {}),
  ...(o.region ? { region: o.region } : {}),
  ...(o.partition ? { partition: o.partition } : {}),
});

export async function localDecode(token: string, options: LocalOptions): Promise<DecodeOutcome> {
  const reply = await post("./api/decode", { token, ...optionsBody(options) });
  if (!reply.ok) return reply;
  const { decodedMessage, failure } = reply.value;
  return decodedMessage !== undefined ? ok(decodedMessage) : err(failure ?? NO_DETAILS);
}

export interface Identity {
  readonly arn: string;
  readonly account: string;
}

export async function localIdentity(
  options: LocalOptions,
): Promise<Result<Identity, DecodeFailure>> {
  const reply = await post("./api/identity", optionsBody(options));
  if (!reply.ok) return reply;
  const { identity, failure } = reply.value;
  return identity ? ok(identity) : err(failure ?? NO_DETAILS);
}

export interface Profile {
  readonly name: string;
  readonly region: string | undefined;
}

export async function localProfiles(): Promise<Profile[]> {
  const reply = await post("./api/profiles", {});
  return reply.ok
    ? (reply.value.profiles ?? []).map((p) => ({ name: p.name, region: p.region ?? undefined }))
    : [];
}

export interface BrowserOptions {
  /** Read at the moment of signing: once Forget has emptied it, no call is signed. */
  readonly box: SecretBox;
  readonly region: string;
  /** An STS endpoint the user chose (VPC endpoint, FIPS); the regional one otherwise. */
  readonly endpoint: string | undefined;
}

/**
 * Decodes in the page with the user's pasted credentials. The SDK is loaded only now (dynamic
 * import); the credentials go to STS in the signed request and nowhere else.
 */
export async function browserDecode(
  token: string,
  options: BrowserOptions,
): Promise<DecodeOutcome> {
  let client: { destroy: () => void } | undefined;
  try {
    const { STSClient, DecodeAuthorizationMessageCommand } = await import("@aws-sdk/client-sts");
    markSdkLoaded();
    const { box } = options;
    const sts = new STSClient({
      region: options.region,
      // A provider, not the values: the SDK asks the box each time it signs.
      credentials: () => {
        const c = box.get();
        if (!c) return Promise.reject(new Error("Credentials were forgotten."));
        return Promise.resolve({
          accessKeyId: c.accessKeyId,
          secretAccessKey: c.secretAccessKey,
          ...(c.sessionToken ? { sessionToken: c.sessionToken } : {}),
        });
      },
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      maxAttempts: 3,
    });
    client = sts;
    const out = await sts.send(new DecodeAuthorizationMessageCommand({ EncodedMessage: token }));
    return out.DecodedMessage === undefined
      ? err({ kind: "unknown", code: "EmptyResponse", message: "STS returned no DecodedMessage." })
      : ok(out.DecodedMessage);
  } catch (e) {
    return err(
      classifyFailure({
        code: e instanceof Error ? e.name : "Error",
        message: e instanceof Error ? e.message : String(e),
      }),
    );
  } finally {
    // The client's signer caches derived signing keys: the client goes, and its caches with it.
    client?.destroy();
  }
}
