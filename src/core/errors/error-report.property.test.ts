import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readErrors } from "./error-report";

const TOKEN_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
const token = fc
  .array(fc.constantFrom(...Array.from(TOKEN_ALPHABET)), { minLength: 376, maxLength: 1535 })
  .map((chars) => chars.join(""))
  .filter((t) => /[A-Z]/.test(t) && !/x{5,}|X{5,}/.test(t));

const MARKER = "Encoded authorization failure message:";

/** How tools around a token may dress it: none of these may change the token. */
const before = fc.constantFrom(
  "You are not authorized to perform this operation. ",
  "│ Error: creating EC2 Instance: UnauthorizedOperation: You are not authorized to perform this operation. ",
  'E0407 15:02:06.213470       1 machine_controller.go:379] "failed: ',
  "botocore.exceptions.ClientError: An error occurred (UnauthorizedOperation): ",
  '  "errorMessage": "',
  "\t\t",
  "",
);
const gap = fc.constantFrom(" ", "  ", "\t", "\n", "\n\n    ", " \n", '"', " '", " `", "\n│ ");
const after = fc.constantFrom(
  "",
  "\n",
  '"',
  '",',
  "'",
  "`",
  "</Message>",
  "\n│ \tstatus code: 403, request id: x",
  "\n\nnext line",
  " (Service: Ec2)",
);

function wrap(t: string, width: number, indent: string): string {
  const lines: string[] = [];
  for (let i = 0; i < t.length; i += width) lines.push(t.slice(i, i + width));
  return lines.join(`\n${indent}`);
}

describe("the extracted token never depends on its surroundings", () => {
  it("whatever precedes, separates and follows it", () => {
    fc.assert(
      fc.property(token, before, gap, after, (t, b, g, a) => {
        const report = readErrors(`${b}${MARKER}${g}${t}${a}`);
        expect(report.entries.map((e) => e.token?.token)).toEqual([t]);
        expect(report.entries[0]?.token?.judgement).toBe("complete");
      }),
      { numRuns: 300 },
    );
  });

  it("however it is hard-wrapped and indented", () => {
    fc.assert(
      fc.property(
        token,
        fc.integer({ min: 40, max: 200 }),
        fc.constantFrom("", "    ", "\t", "│ "),
        (t, width, indent) => {
          const report = readErrors(
            `An error occurred: ${MARKER}\n${indent}${wrap(t, width, indent)}\n`,
          );
          expect(report.entries.map((e) => e.token?.token)).toEqual([t]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
