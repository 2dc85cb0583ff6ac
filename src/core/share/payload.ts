import * as z from "zod/mini";
import { isValidToken } from "../errors/token-vocabulary";
import { err, ok, type Result } from "../result";

/**
 * What a share link carries, versioned. `t` is text the page analyses exactly as if pasted: the
 * decoded message, or the error findings written out again. Short keys keep links short.
 */
export const SHARE_VERSION = "v1";

const payloadSchema = z.discriminatedUnion("k", [
  /** A decoded message, with the policy options chosen. */
  z.object({
    k: z.literal("d"),
    t: z.string().check(z.maxLength(1_000_000)),
    o: z.object({ p: z.boolean() }),
  }),
  /** Error text findings. */
  z.object({ k: z.literal("e"), t: z.string().check(z.maxLength(1_000_000)) }),
  /** A hand-off: tokens for a teammate who can decode, with the partition and region to use. */
  z.object({
    k: z.literal("h"),
    tokens: z
      .array(z.string().check(z.refine(isValidToken)))
      .check(z.minLength(1), z.maxLength(200)),
    partition: z.optional(z.string().check(z.regex(/^aws(-[a-z]+)*$/))),
    region: z.optional(z.string().check(z.regex(/^[a-z0-9-]{1,32}$/))),
  }),
]);
export type SharePayload = z.infer<typeof payloadSchema>;

export type ShareError =
  | { readonly code: "not-ours" }
  | { readonly code: "unknown-version"; readonly version: string }
  | { readonly code: "too-large" }
  | { readonly code: "corrupt" }
  | { readonly code: "invalid"; readonly detail: string };

export const serializePayload = (payload: SharePayload): string => JSON.stringify(payload);

export function parsePayload(json: string): Result<SharePayload, ShareError> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return err({ code: "corrupt" });
  }
  const parsed = payloadSchema.safeParse(value);
  return parsed.success
    ? ok(parsed.data)
    : err({ code: "invalid", detail: parsed.error.issues[0]?.message ?? "" });
}
