import { describe, expect, it } from "vitest";
import { readStringLiteral, unescapeString } from "./string-literal";

describe("readStringLiteral", () => {
  it.each([
    [
      "a plain literal",
      '"abc" tail',
      { raw: "abc", end: 5, closed: true, lineBreaksRemoved: false },
    ],
    [
      "escaped quotes stay escaped",
      String.raw`"a\"b" x`,
      { raw: String.raw`a\"b`, end: 6, closed: true, lineBreaksRemoved: false },
    ],
    [
      "a hard wrap inside the string",
      '"ab\ncd"',
      { raw: "abcd", end: 7, closed: true, lineBreaksRemoved: true },
    ],
    [
      "a wrap between a backslash and the quote it escapes (corpus 10)",
      '"\\\n"x"',
      { raw: '\\"x', end: 6, closed: true, lineBreaksRemoved: true },
    ],
    ["CRLF wraps", '"a\r\nb"', { raw: "ab", end: 6, closed: true, lineBreaksRemoved: true }],
    [
      "an unclosed literal",
      '"abc',
      { raw: "abc", end: 4, closed: false, lineBreaksRemoved: false },
    ],
    [
      "single quotes close only on a single quote",
      `'a"b'`,
      { raw: 'a"b', end: 5, closed: true, lineBreaksRemoved: false },
    ],
  ])("%s", (_, text, expected) => {
    expect(readStringLiteral(text, 0)).toEqual(expected);
  });
});

describe("unescapeString", () => {
  it.each([
    ["no escapes", "abc", {}, { value: "abc", invalidEscapes: 0 }],
    ["JSON escapes", String.raw`\"a\\b\/c\n\t`, {}, { value: '"a\\b/c\n\t', invalidEscapes: 0 }],
    ["unicode", String.raw`\u00e9\u3042`, {}, { value: "éあ", invalidEscapes: 0 }],
    ["Markdown's \\* is kept as *", String.raw`a\*b`, {}, { value: "a*b", invalidEscapes: 1 }],
    ["a trailing backslash", "a\\", {}, { value: "a", invalidEscapes: 1 }],
    [
      "Python \\' and \\x escapes",
      String.raw`it\'s \x41`,
      { python: true },
      { value: "it's A", invalidEscapes: 0 },
    ],
    ["\\' is invalid in JSON", String.raw`it\'s`, {}, { value: "it's", invalidEscapes: 1 }],
  ])("%s", (_, raw, options, expected) => {
    expect(unescapeString(raw, options)).toEqual(expected);
  });
});
