import { describe, expect, it } from "vitest";
import { findMarkers } from "./marker";

describe("findMarkers finds the phrase however a tool wrapped it", () => {
  it.each([
    ["on one line", "x Encoded authorization failure message: T", 1],
    ["in any case", "ENCODED AUTHORIZATION FAILURE MESSAGE: T", 1],
    ["wrapped between words", "Encoded authorization\n    failure message: T", 1],
    ["wrapped inside a word", "Encoded authori\nzation failure message: T", 1],
    ["split by a shell continuation", "Encoded authorization \\\n  failure message: T", 1],
    ["under Terraform's box prefix", "Encoded authorization\n│ failure message: T", 1],
    ["many times", "Encoded authorization failure message: a\n".repeat(5), 5],
    ["not without the colon", "Encoded authorization failure message T", 0],
    ["not a different phrase", "Encoded authorization message: T", 0],
  ])("%s", (_, text, count) => {
    expect(findMarkers(text)).toHaveLength(count);
  });

  it("reports where the phrase ends", () => {
    expect(findMarkers("ab Encoded authorization failure message: T")).toEqual([
      { start: 3, end: 41 },
    ]);
  });
});
