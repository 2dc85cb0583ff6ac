import { describe, expect, it } from "vitest";
import { judgeToken } from "./judge-token";

const REAL = "VZe33_jbYatLPoufuIj6-yREVQFDg7oWJeZdd9P6vgI3ZKTuvWLORet5HCC0-SHoeQcoRzAxOmw".repeat(
  5,
);

describe("judgeToken", () => {
  it.each([
    ["a real token", REAL, undefined, false, "complete"],
    ["a real token starting with -", `-${REAL}`, undefined, false, "complete"],
    ["cut off with ...", REAL, undefined, true, "truncated"],
    ["far shorter than real tokens", REAL.slice(0, 120), undefined, false, "truncated"],
    ["lower-cased", REAL.toLowerCase(), undefined, false, "lowercased"],
    [
      "x typed over part of it",
      `${REAL.slice(0, 200)}xxxxxxx${REAL.slice(200)}`,
      undefined,
      false,
      "redacted",
    ],
    ["all x", "XXXX", undefined, false, "placeholder"],
    [
      "AWS's fake example",
      "4GIOHlTkIaWHQD0Q0m6XSnuUMCm-abcdefghijklmn-abcdefghijklmn",
      undefined,
      false,
      "placeholder",
    ],
    ["a dash", "-", undefined, false, "placeholder"],
    ["a bracketed placeholder", "", "<omitted>", false, "placeholder"],
    ["nothing", "", undefined, false, "empty"],
  ])("%s", (_, token, placeholder, ellipsis, judgement) => {
    expect(judgeToken({ token, placeholder, ellipsis })).toBe(judgement);
  });

  it("an author's elision inside a real token is 'elided', whatever the length", () => {
    expect(
      judgeToken({ token: REAL, placeholder: undefined, ellipsis: false, elided: "<中略>" }),
    ).toBe("elided");
  });
});
