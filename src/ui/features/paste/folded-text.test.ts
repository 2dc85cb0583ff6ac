import { describe, expect, it } from "vitest";
import { applyHeadEdit, headOf } from "./folded-text";

const TEXT = `first line of the paste\n${"log line\n".repeat(5)}end`;
const HEAD = headOf(TEXT);

describe("an edit in a folded paste's head is carried into the whole text", () => {
  it("the head is the first line", () => {
    expect(HEAD).toBe("first line of the paste");
    expect(headOf("x".repeat(5000))).toHaveLength(2000);
  });
  it.each([
    [
      "a typed character",
      "first line oXf the paste",
      `first line oXf the paste\n${"log line\n".repeat(5)}end`,
    ],
    [
      "a backspace",
      "first line o the paste",
      `first line o the paste\n${"log line\n".repeat(5)}end`,
    ],
    [
      "text pasted at the end of the head",
      "first line of the paste!!",
      `first line of the paste!!\n${"log line\n".repeat(5)}end`,
    ],
    ["the head emptied", "", ""],
  ])("%s", (_, shown, expected) => {
    expect(applyHeadEdit(TEXT, HEAD, shown, false)).toBe(expected);
  });
  it("select-all then paste replaces everything", () => {
    expect(applyHeadEdit(TEXT, HEAD, "first line, another paste", true)).toBe(
      "first line, another paste",
    );
  });
  it("no edit changes nothing", () => {
    expect(applyHeadEdit(TEXT, HEAD, HEAD, false)).toBe(TEXT);
  });
});
