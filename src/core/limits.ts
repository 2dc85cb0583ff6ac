/**
 * Caps on what the page will analyse. Real decoded messages are 1-10 KB and real error logs rarely
 * pass a few hundred KB; the cap keeps a mistaken paste (a whole log archive) from freezing the tab.
 */
export const LIMITS = {
  maxInputChars: 2_000_000,
  /**
   * Error logs are read past that: a CI log of a whole `terraform apply` can be several MB, and the
   * error reader is linear (about 250 ms for 10 MB). Decoded messages and policies keep the cap.
   */
  maxLogChars: 10_000_000,
  /** Nesting deeper than this is refused: a decoded message nests 8 levels, CloudTrail about 6. */
  maxNesting: 64,
  /** How many levels of escaping (JSON inside a JSON string inside XML…) we unwrap. */
  maxUnwrapDepth: 4,
} as const;
