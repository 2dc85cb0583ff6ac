import { describe, expect, it } from "vitest";
import { changedLines } from "./changed-lines";

const base = ["{", '  "Action": "s3:GetObject",', '  "Resource": "arn:aws:s3:::b/k"', "}"].join(
  "\n",
);

describe("changedLines", () => {
  it.each([
    ["nothing changed", base, base, []],
    ["a line changed in place", base, base.replace("arn:aws:s3:::b/k", "arn:aws:s3:::b/*"), [3]],
    [
      "lines added in the middle",
      base,
      base.replace('"s3:GetObject",', '"s3:GetObject",\n  "Condition": {\n    "Bool": {}\n  },'),
      [3, 4, 5],
    ],
    ["a line removed marks nothing", base, base.replace('  "Action": "s3:GetObject",\n', ""), []],
    ["everything new", "", base, [1, 2, 3, 4]],
  ])("%s", (_name, before, after, expected) => {
    expect([...changedLines(before, after)]).toEqual(expected);
  });
});
