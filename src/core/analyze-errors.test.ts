import { describe, expect, it } from "vitest";
import { fixtureNames, readFixture } from "../../fixtures/fixtures";
import { analyze } from "./analyze";
import { LIMITS } from "./limits";

describe("input that holds no usable decoded message gets a specific error", () => {
  it.each([
    ["an empty paste", "   \n", { code: "empty" }],
    ["prose", "hello world", { code: "not-found" }],
    ["JSON of another kind", '{"Version":"2012-10-17","Statement":[]}', { code: "not-found" }],
    [
      "a message broken before anything could be read",
      '{"allowed" false "context": ',
      {
        code: "unparseable",
        line: 1,
        column: 12,
        expected: "ColonExpected",
        found: 'false "context": ',
      },
    ],
    [
      "only a token (error texts are analyzePaste's)",
      "Encoded authorization failure message: AbCdEf0123456789_-xyz",
      { code: "not-found" },
    ],
  ])("%s", (_, input, expected) => {
    expect(analyze(input)).toEqual({ ok: false, error: expected });
  });

  it("refuses a paste over the size limit with the sizes", () => {
    expect(analyze("x".repeat(LIMITS.maxInputChars + 1))).toEqual({
      ok: false,
      error: { code: "too-large", size: LIMITS.maxInputChars + 1, limit: LIMITS.maxInputChars },
    });
  });

  // Error texts go to readErrors (analyze-paste.ts); here they must never pass for a decoded message.
  it.each(fixtureNames("errors"))("errors/%s is not mistaken for a decoded message", (name) => {
    const result = analyze(readFixture("errors", name));
    expect(result.ok).toBe(false);
  });
});
