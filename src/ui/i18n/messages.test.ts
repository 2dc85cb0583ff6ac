import { describe, expect, it } from "vitest";
import { format } from "./messages";

const REPLACED =
  "{count, plural, =0 {No values replaced.} one {# value replaced.} other {# values replaced.}}";

describe("format", () => {
  it.each([
    [REPLACED, { count: 0 }, "en", "No values replaced."],
    [REPLACED, { count: 1 }, "en", "1 value replaced."],
    [REPLACED, { count: 1046 }, "en", "1,046 values replaced."],
    [REPLACED, { count: 1046 }, "de", "1.046 values replaced."],
    ["{count} 件を置き換えました。", { count: 12345 }, "ja", "12,345 件を置き換えました。"],
    [
      "Pasted: {size} characters of {what}",
      { size: 1046, what: "text" },
      "en",
      "Pasted: 1,046 characters of text",
    ],
    ["{missing} stays", {}, "en", "{missing} stays"],
    [
      "{count, plural, one {# a} other {# b}}",
      { count: "x" },
      "en",
      "{count, plural, one {# a} other {# b}}",
    ],
  ])("%s with %j in %s", (template, params, locale, expected) => {
    expect(format(template, params, locale)).toBe(expected);
  });
});
