/**
 * The share link's format version and its errors, apart from the payload's schema: the page reads
 * these on every load, the schema only when a link is opened (docs/performance.md).
 */
export const SHARE_VERSION = "v1";

export type ShareError =
  | { readonly code: "not-ours" }
  | { readonly code: "unknown-version"; readonly version: string }
  | { readonly code: "too-large" }
  | { readonly code: "corrupt" }
  | { readonly code: "invalid"; readonly detail: string };
