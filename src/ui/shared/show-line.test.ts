import { describe, expect, it } from "vitest";
import { lineRange } from "./show-line";

describe("lineRange", () => {
  it.each([
    ["a\nbb\nccc", 1, "a"],
    ["a\nbb\nccc", 2, "bb"],
    ["a\nbb\nccc", 3, "ccc"],
    ["a\n\nccc", 2, ""],
    ["a\nbb", 9, ""],
    ["", 1, ""],
  ])("%j line %i is %j", (text, line, expected) => {
    const { start, end } = lineRange(text, line);
    expect(text.slice(start, end)).toBe(expected);
  });
});
