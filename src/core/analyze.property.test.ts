import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixtureNames, readFixture } from "../../fixtures/fixtures";
import { analyze } from "./analyze";
import { VERDICTS } from "./model/analysis";
import type { Analysis } from "./model/analysis";

const corpus = fixtureNames("decoded").map((name) => readFixture("decoded", name));

const essentials = (a: Analysis) => ({
  verdict: a.verdict,
  principal: a.principal?.arn,
  action: a.action?.qualified,
  resource: a.resource?.arn,
  conditions: a.conditions,
  statements: a.statements,
});

/** Complete messages from the corpus, as the objects AWS returned. */
const messages = corpus.flatMap((text) => {
  const result = analyze(text);
  return result.ok && result.value.complete
    ? [JSON.parse(result.value.decodedJson) as unknown]
    : [];
});

describe("analyze never throws", () => {
  it("on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
        const result = analyze(text);
        // An analysis with a verdict, or an input error the page phrases.
        if (result.ok) expect(VERDICTS).toContain(result.value.verdict);
        else
          expect([
            "empty",
            "too-large",
            "not-found",
            "too-deep",
            "unparseable",
            "not-authz-message",
          ]).toContain(result.error.code);
      }),
      { numRuns: 3000 },
    );
  });

  it("on corpus samples cut, spliced and sprinkled with JSON punctuation", () => {
    const edit = fc.record({
      at: fc.nat(),
      cut: fc.nat({ max: 200 }),
      insert: fc.oneof(
        fc.constantFrom("{", "}", '"', "\\", "\n", "[", "]", ":", ",", "...", "(...)", '\\"'),
        fc.string(),
      ),
    });
    fc.assert(
      fc.property(fc.constantFrom(...corpus), fc.array(edit, { maxLength: 6 }), (sample, edits) => {
        let text = sample;
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.cut);
        }
        const result = analyze(text);
        if (result.ok) expect(result.value.decodedJson).toEqual(expect.any(String));
      }),
      { numRuns: 1500 },
    );
  });
});

describe("valid messages survive any re-indentation and wrapping", () => {
  it("has complete messages to work with", () => {
    expect(messages.length).toBeGreaterThanOrEqual(14);
  });

  it("reads the same message at any indentation, line ending and wrapping", () => {
    const indent = fc.oneof(fc.integer({ min: 0, max: 8 }), fc.constant("\t"));
    const wrapping = fc.constantFrom("raw", "envelope", "bare-key", "prompt");
    fc.assert(
      fc.property(
        fc.constantFrom(...messages),
        indent,
        fc.boolean(),
        wrapping,
        (message, space, crlf, wrap) => {
          const expected = analyze(JSON.stringify(message));
          let json = JSON.stringify(message, null, space);
          if (crlf) json = json.replaceAll("\n", "\r\n");
          const text =
            wrap === "envelope"
              ? JSON.stringify({ DecodedMessage: JSON.stringify(message) }, null, space)
              : wrap === "bare-key"
                ? `"DecodedMessage": ${JSON.stringify(JSON.stringify(message))}`
                : wrap === "prompt"
                  ? `user@host:~$ aws sts decode-authorization-message --encoded-message $MSG | jq .\n${json}\nuser@host:~$ `
                  : json;
          const result = analyze(text);
          if (!result.ok || !expected.ok) throw new Error("expected analyses");
          expect(result.value.complete).toBe(true);
          expect(essentials(result.value)).toEqual(essentials(expected.value));
        },
      ),
      { numRuns: 400 },
    );
  });
});
