import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzePaste } from "../../../core/analyze-paste";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");

describe("the example paste", () => {
  const example = read("./example-message.txt");
  it("is the origin story's fixture, byte for byte", () => {
    expect(example).toBe(
      read("../../../../fixtures/decoded/16-iam-passrole-aws-backup-restore-envelope.txt"),
    );
  });
  it("is understood as a decoded iam:PassRole denial", () => {
    const result = analyzePaste(example);
    expect(
      result.ok && result.value.kind === "decoded" && result.value.analysis.action?.qualified,
    ).toBe("iam:PassRole");
  });
});
