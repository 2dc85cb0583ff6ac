import { describe, expect, it } from "vitest";
import { bareToken, readToken } from "./read-token";

const T = "AbCdEfGhIj0123456789_-KlMnOpQrStUvWxYz".repeat(3); // 114 characters, wraps at 38

describe("readToken removes exactly the wrapping", () => {
  it.each([
    ["after a space", ` ${T} rest`, T],
    ["in double quotes", ` "${T}",`, T],
    ["in single quotes", ` '${T}'`, T],
    ["in backticks", ` \`${T}\``, T],
    ["before an XML end tag", ` ${T}</Message>`, T],
    [
      "indented on the next lines after a blank line",
      `\n\n    ${T.slice(0, 57)}\n    ${T.slice(57)}\n`,
      T,
    ],
    ["hard-wrapped with trailing spaces", `\n${T.slice(0, 57)} \n${T.slice(57)} \n`, T],
    [
      "wrapped under Terraform's box prefix",
      ` ${T.slice(0, 57)}\n│ ${T.slice(57)}\n│ \tstatus code: 403`,
      T,
    ],
    ["split by shell continuations", ` ${T.slice(0, 57)}\\\n  ${T.slice(57)}`, T],
    ["split into concatenated literals", ` ${T.slice(0, 57)}" +\n      "${T.slice(57)}"`, T],
    [
      "followed by a status line",
      ` ${T}\n\tstatus code: 403, request id: a8d50436-5053-4ab7-94ee-4dbecf412d80`,
      T,
    ],
    ["followed by a prompt that starts with token characters", ` ${T}\nuser_1@host:~$ `, T],
    ["not joined to a short line", ` abc\nDEF`, "abc"],
  ])("%s", (_, text, token) => {
    expect(readToken(text, 0).token).toBe(token);
  });

  it.each([
    [" <omitted>", "<omitted>"],
    [" <ENCODED MESSAGE>\n", "<ENCODED MESSAGE>"],
    [" <省略>", "<省略>"],
    [" [redacted]", "[redacted]"],
    [" ", undefined],
    ["", undefined],
  ])("reads the placeholder in %j", (text, placeholder) => {
    expect(readToken(text, 0)).toMatchObject({ token: "", placeholder });
  });

  it("notices CloudTrail's ... truncation", () => {
    expect(readToken(` ${T}...",`, 0)).toMatchObject({ token: T, ellipsis: true });
  });
});

describe("bareToken", () => {
  it("joins a hard-wrapped bare token", () => {
    expect(bareToken(`${T.slice(0, 60)}\n${T.slice(60)}\n`)).toBe(T);
  });
  it.each([
    [
      "prose",
      "This is a sentence that is long enough to be mistaken for a token if we were careless about it.",
    ],
    ["a short word", "Abc123"],
    ["lower case only", "abcdefghij0123456789".repeat(6)],
  ])("ignores %s", (_, text) => {
    expect(bareToken(text)).toBeUndefined();
  });
});
