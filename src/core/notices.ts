import type { BinaryKind } from "./input/binary";
/**
 * What the pipeline tells the user besides the analysis. Warnings and errors are separate channels
 * (STYLE.md §6); both are plain data with parameters so the UI can phrase them in any language.
 */

export type IncompleteReason = "elided" | "truncated" | "damaged";

export type Warning =
  | { readonly code: "line-breaks-removed" }
  | { readonly code: "invalid-escapes"; readonly count: number }
  | {
      readonly code: "incomplete";
      readonly reason: IncompleteReason;
      /** Where the text stopped making sense, when a parser could tell. */
      readonly line: number | undefined;
      readonly column: number | undefined;
      readonly missing: readonly string[];
    }
  | { readonly code: "token-noted"; readonly token: string; readonly count: number }
  | { readonly code: "placeholder-account"; readonly value: string }
  | { readonly code: "name-arn-mismatch"; readonly name: string; readonly arnName: string }
  | { readonly code: "unexpected-shape"; readonly field: string; readonly detail: string }
  | { readonly code: "verdict-partly-unknown" }
  | { readonly code: "string-booleans" }
  /** The same key twice in one object: JSON readers keep the last, so the paste may say two things. */
  | { readonly code: "duplicate-keys"; readonly keys: readonly string[] };

export type InputError =
  | { readonly code: "empty" }
  | { readonly code: "too-large"; readonly size: number; readonly limit: number }
  | { readonly code: "not-found" }
  /** A file that is not text: an image (a screenshot of the error), a PDF, an archive. */
  | { readonly code: "binary"; readonly kind: BinaryKind }
  | { readonly code: "too-deep"; readonly limit: number }
  | {
      readonly code: "unparseable";
      readonly line: number;
      readonly column: number;
      readonly expected: string;
      readonly found: string;
    }
  | { readonly code: "not-authz-message"; readonly missing: readonly string[] };
