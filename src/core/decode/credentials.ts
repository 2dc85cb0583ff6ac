import * as z from "zod/mini";
import { err, ok, type Result } from "../result";

/** AWS credentials as the user pasted them. Kept in memory only (see SECURITY.md). */
export interface Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string | undefined;
  readonly expiration: string | undefined;
}

export type CredentialsError =
  | { readonly code: "empty" }
  | { readonly code: "missing"; readonly fields: readonly ("accessKeyId" | "secretAccessKey")[] }
  | { readonly code: "malformed-key-id" }
  /** Temporary keys (ASIA…) sign nothing without their session token. */
  | { readonly code: "session-token-missing" }
  | { readonly code: "expired"; readonly expiration: string };

/** `aws configure export-credentials --format process` (the credential_process format). */
const processFormat = z.object({
  Version: z.optional(z.literal(1)),
  AccessKeyId: z.string().check(z.minLength(1)),
  SecretAccessKey: z.string().check(z.minLength(1)),
  SessionToken: z.optional(z.string()),
  Expiration: z.optional(z.string()),
});

const ENV_NAMES: Readonly<Record<string, keyof Credentials>> = {
  AWS_ACCESS_KEY_ID: "accessKeyId",
  AWS_SECRET_ACCESS_KEY: "secretAccessKey",
  AWS_SESSION_TOKEN: "sessionToken",
  AWS_CREDENTIAL_EXPIRATION: "expiration",
};

/** `export NAME=value`, `NAME=value`, `$Env:NAME="value"`, `set NAME=value`: every --format the CLI has. */
const ENV_LINE = /^\s*(?:export\s+|set\s+|\$Env:)?(AWS_[A-Z_]+)\s*=\s*["']?([^"'\s]*)["']?\s*$/;

function fromEnv(text: string): Partial<Record<keyof Credentials, string>> {
  const found: Partial<Record<keyof Credentials, string>> = {};
  for (const line of text.split(/\r?\n/)) {
    const m = ENV_LINE.exec(line);
    const field = m?.[1] === undefined ? undefined : ENV_NAMES[m[1]];
    if (field !== undefined && m?.[2]) found[field] = m[2];
  }
  return found;
}

function fromJson(text: string): Partial<Record<keyof Credentials, string>> | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = processFormat.safeParse(value);
  if (!parsed.success) return undefined;
  const d = parsed.data;
  return {
    accessKeyId: d.AccessKeyId,
    secretAccessKey: d.SecretAccessKey,
    sessionToken: d.SessionToken,
    expiration: d.Expiration,
  };
}

/**
 * Reads credentials from the output of `aws configure export-credentials` in any of its formats,
 * or from the three fields typed in. `now` is passed in so the expiry check stays pure.
 */
export function parseCredentials(
  input: { text: string } | { accessKeyId: string; secretAccessKey: string; sessionToken: string },
  now: Date,
): Result<Credentials, CredentialsError> {
  const fields =
    "text" in input
      ? input.text.trim() === ""
        ? undefined
        : (fromJson(input.text.trim()) ?? fromEnv(input.text))
      : {
          accessKeyId: input.accessKeyId.trim(),
          secretAccessKey: input.secretAccessKey.trim(),
          sessionToken: input.sessionToken.trim() || undefined,
        };
  if (fields === undefined || Object.values(fields).every((v) => !v)) return err({ code: "empty" });
  const missing = (["accessKeyId", "secretAccessKey"] as const).filter((f) => !fields[f]);
  if (missing.length > 0) return err({ code: "missing", fields: missing });
  const accessKeyId = fields.accessKeyId ?? "";
  if (!/^[A-Z0-9]{16,128}$/.test(accessKeyId)) return err({ code: "malformed-key-id" });
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html
  if (accessKeyId.startsWith("ASIA") && !fields.sessionToken)
    return err({ code: "session-token-missing" });
  const expiration = fields.expiration;
  if (
    expiration !== undefined &&
    !Number.isNaN(Date.parse(expiration)) &&
    Date.parse(expiration) <= now.getTime()
  ) {
    return err({ code: "expired", expiration });
  }
  return ok({
    accessKeyId,
    secretAccessKey: fields.secretAccessKey ?? "",
    sessionToken: fields.sessionToken,
    expiration,
  });
}
