import * as z from "zod/mini";
import { isValidToken } from "../errors/token-vocabulary";
import { err, ok, type Result } from "../result";
import type { ShareError } from "./version";

/**
 * What a share link carries, versioned. `t` is text the page analyses exactly as if pasted: the
 * decoded message, or the error findings written out again. Short keys keep links short.
 */
export { SHARE_VERSION, type ShareError } from "./version";

/** Sections of a decoded message's page that open on demand; a link can carry which were open. */
export const SHARED_SECTIONS = ["who", "message"] as const;
/** The policy formats by id (share.test.ts keeps this equal to policy/formats without importing them here). */
export const SHARED_FORMATS = ["json", "cli", "terraform", "cloudformation", "cdk"] as const;
const name = z.string().check(z.maxLength(256));

/**
 * The placeholders the sender's redaction wrote (`ACCOUNT_1`, `session-1`…), never the values
 * they replaced: the reader is told what was hidden, and warned when a policy still holds them.
 */
const hidden = z.optional(z.array(name).check(z.maxLength(500)));

const payloadSchema = z.discriminatedUnion("k", [
  /**
   * A decoded message, with the sender's view: the role-passing condition (`p`), the context keys
   * ticked (`c`), the resource scope (`s`), the format shown (`f`) and the sections open (`x`).
   * Fields after `p` came later and are optional, so older links still open.
   */
  z.object({
    k: z.literal("d"),
    t: z.string().check(z.maxLength(1_000_000)),
    o: z.object({
      p: z.boolean(),
      c: z.optional(z.array(name).check(z.maxLength(100))),
      s: z.optional(z.enum(["exact", "type", "any"])),
      /** ec2:RunInstances: the launch's other resources covered too. */
      l: z.optional(z.boolean()),
      f: z.optional(z.enum(SHARED_FORMATS)),
      x: z.optional(z.array(z.enum(SHARED_SECTIONS)).check(z.maxLength(SHARED_SECTIONS.length))),
    }),
    h: hidden,
  }),
  /**
   * Error text findings, and (`m`) the messages decoded since, by the index of their denial group
   * in the findings (tokens never travel, so the index is what ties a message to its denial).
   */
  z.object({
    k: z.literal("e"),
    t: z.string().check(z.maxLength(1_000_000)),
    h: hidden,
    m: z.optional(
      z
        .array(
          z.object({
            g: z.number().check(z.int(), z.minimum(0), z.maximum(100_000)),
            t: z.string().check(z.maxLength(1_000_000)),
          }),
        )
        .check(z.maxLength(200)),
    ),
  }),
  /**
   * An organization's overview (CloudTrail): its distinct denials only, redacted, no tokens
   * (core/cloudtrail/org-share.ts).
   */
  z.object({
    k: z.literal("o"),
    r: z
      .array(
        z.object({
          a: z.optional(name),
          p: z.optional(z.string().check(z.maxLength(2048))),
          s: z.optional(name),
          e: z.optional(name),
          c: z.optional(name),
          n: z.number().check(z.int(), z.minimum(1)),
          f: z.optional(name),
          l: z.optional(name),
          m: z.optional(z.string().check(z.maxLength(8192))),
        }),
      )
      .check(z.maxLength(300)),
    h: hidden,
  }),
  /** A hand-off: tokens for a teammate who can decode, with the partition and region to use. */
  z
    .object({
      k: z.literal("h"),
      tokens: z.array(z.string().check(z.refine(isValidToken))).check(z.maxLength(200)),
      partition: z.optional(z.string().check(z.regex(/^aws(-[a-z]+)*$/))),
      region: z.optional(z.string().check(z.regex(/^[a-z0-9-]{1,32}$/))),
      /**
       * Authorization IDs with the region IAM Toolbox holds them in: the teammate meant to look can
       * fetch the details. Default share links never carry them.
       */
      ids: z.optional(
        z
          .array(
            z.object({
              id: z.string().check(z.regex(/^[0-9A-Za-z]{1,256}$/)),
              region: z.optional(z.string().check(z.regex(/^[a-z0-9-]{1,32}$/))),
            }),
          )
          .check(z.maxLength(200)),
      ),
    })
    .check(z.refine((o) => o.tokens.length > 0 || (o.ids?.length ?? 0) > 0, "nothing to hand off")),
]);
export type SharePayload = z.infer<typeof payloadSchema>;
export type SharedView = Extract<SharePayload, { k: "d" }>["o"];
export type SharedSection = (typeof SHARED_SECTIONS)[number];
export type SharedMessages = NonNullable<Extract<SharePayload, { k: "e" }>["m"]>;

/** The placeholders a sender hid that a policy still holds: the reader must put real values back. */
export const hiddenIn = (text: string, placeholders: readonly string[]): string[] =>
  placeholders.filter((p) =>
    new RegExp(`(?<![\\w-])${p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w-])`).test(text),
  );

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
