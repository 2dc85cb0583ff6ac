import { describe, expect, it } from "vitest";
import { policySyntaxProblem } from "./policy-syntax";

const NO_COMMA = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow"
      "Action": "iam:PassRole",
      "Resource": "*"
    }
  ]
}`;

describe("policySyntaxProblem: where a pasted policy breaks", () => {
  it.each([
    ["a missing comma", NO_COMMA, { line: 6, column: 7, expected: "CommaExpected" }],
    [
      "behind a shell prompt",
      `$ aws iam get-policy-version …\n${NO_COMMA}`,
      { line: 7, column: 7, expected: "CommaExpected" },
    ],
    [
      "a trailing comma",
      '{"Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*",}]}',
      { line: 1, column: 70 },
    ],
    [
      "a stray quote",
      '{"Statement": {"Effect": "Allow", "Action": "s3:*"", "Resource": "*"}}',
      { line: 1 },
    ],
  ])("%s", (_, text, where) => {
    expect(policySyntaxProblem(text)).toMatchObject(where);
  });

  it.each([
    [
      "a policy that parses",
      '{"Statement": {"Effect": "Allow", "Action": "s3:*", "Resource": "*"}}',
    ],
    ["a policy followed by a prompt", '{"Statement": []}\n$ '],
    ["text that names no Statement", '{"Version": "2012-10-17" "x": 1}'],
  ])("nothing for %s", (_, text) => {
    expect(policySyntaxProblem(text)).toBeUndefined();
  });
});
