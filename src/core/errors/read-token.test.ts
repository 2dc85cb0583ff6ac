import { describe, expect, it } from "vitest";
import { readFixture } from "../../../fixtures/fixtures";
import { readErrors } from "./error-report";
import { looseTokens, readToken } from "./read-token";

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

describe("looseTokens: a token on its own lines, with no marker", () => {
  it("joins a hard-wrapped bare token", () => {
    const real = REAL.slice(0, 420);
    expect(looseTokens(`${real.slice(0, 60)}\n${real.slice(60)}\n`, [])).toEqual([
      { token: real, start: 0, end: 421 },
    ]);
  });
  it.each([
    [
      "prose",
      "This is a sentence that is long enough to be mistaken for a token if we were careless about it.",
    ],
    ["a short word", "Abc123"],
    ["lower case only", "abcdefghij0123456789".repeat(60)],
  ])("ignores %s", (_, text) => {
    expect(looseTokens(text, [])).toEqual([]);
  });
  it("leaves what another reader took", () => {
    expect(looseTokens(REAL, [{ start: 5, end: 6 }])).toEqual([]);
  });
});

/** A real token from the corpus (fixtures/errors/03): the oracle for every shape below. */
const REAL = readFixture("errors", "03-bare-token-hard-wrapped-lines.txt").replace(/\s+/g, "");

/** Hard-wraps `line` at a fixed column, every physical line starting with `indent`. */
const wrap = (line: string, column: number, indent: string): string => {
  const width = column - indent.length;
  const lines: string[] = [];
  for (let i = 0; i < line.length; i += width) lines.push(indent + line.slice(i, i + width));
  return lines.join("\n");
};

describe("every token, however it was printed (real token, hand-built layouts)", () => {
  const tokensOf = (text: string) =>
    readErrors(text).entries.map((e) => [e.token?.token, e.token?.judgement]);

  it("alone on its own line after a line of prose", () => {
    expect(tokensOf(`IAM steps look fine. Here is the encoded message.\n${REAL}\n`)).toEqual([
      [REAL, "complete"],
    ]);
  });

  it("hard-wrapped at a fixed column in an indented progress log, the wrap splitting 'Encoded'", () => {
    const base =
      "* aws_instance.web: Error launching source instance: UnauthorizedOperation: You are not authorized to perform this operation.";
    // Padded so that the 56-character lines (column 60 less the indent) break after "Encod".
    const lead = `${base} `.padEnd(Math.ceil((base.length + 6) / 56) * 56 - 5, " ");
    const line = `${lead}Encoded authorization failure message: ${REAL}`;
    const log = `aws_instance.web: Still creating... [10s elapsed]\n${wrap(line, 60, "    ")}\n\n    status code: 403`;
    expect(log).toContain("Encod\n    ed authorization");
    // The token's first piece on the marker's line is short: only a fixed-column wrap explains it.
    const firstPiece = /failure message: ([A-Za-z0-9_-]*)\n/.exec(log)?.[1] ?? "";
    expect(firstPiece.length).toBeLessThan(40);
    expect(tokensOf(log)).toEqual([[REAL, "complete"]]);
  });

  it("string literals joined with +, the first on the line after the marker", () => {
    const code = `throw new Error(\n  "You are not authorized to perform this operation. Encoded authorization failure message: " +\n    "${REAL.slice(0, 200)}" +\n    "${REAL.slice(200)}"\n);`;
    expect(tokensOf(code)).toEqual([[REAL, "complete"]]);
  });

  it.each(["<中略>", "‹snip›", "...", "…", "[...]"])(
    "an author's elision %j inside it is 'elided', never cut off",
    (elision) => {
      const text = `Encoded authorization failure message: ${REAL.slice(0, 120)}${elision}${REAL.slice(-80)}\nstatus code: 403`;
      const [entry] = readErrors(text).entries;
      expect(entry?.token).toMatchObject({ judgement: "elided", elided: elision });
    },
  );

  it("a tool's ... at the end is still 'cut off'", () => {
    const [entry] = readErrors(
      `Encoded authorization failure message: ${REAL.slice(0, 500)}...", "x": 1`,
    ).entries;
    expect(entry?.token?.judgement).toBe("truncated");
  });
});
