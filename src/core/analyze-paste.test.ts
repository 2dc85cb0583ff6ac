import { describe, expect, it } from "vitest";
import { fixtureNames, readFixture } from "../../fixtures/fixtures";
import { analyzePaste } from "./analyze-paste";

describe("analyzePaste routes every paste", () => {
  it.each(fixtureNames("decoded"))("decoded/%s is a decoded message", (name) => {
    const result = analyzePaste(readFixture("decoded", name));
    expect(result.ok && result.value.kind).toBe("decoded");
  });

  it.each(fixtureNames("errors"))("errors/%s is an error report", (name) => {
    const result = analyzePaste(readFixture("errors", name));
    expect(result.ok && result.value.kind).toBe("errors");
  });

  it.each(fixtureNames("synthetic-errors"))("synthetic-errors/%s is an error report", (name) => {
    const result = analyzePaste(readFixture("synthetic-errors", name));
    expect(result.ok && result.value.kind).toBe("errors");
  });

  it("keeps the specific error when the text holds neither", () => {
    expect(analyzePaste("hello")).toEqual({ ok: false, error: { code: "not-found" } });
    expect(analyzePaste("")).toEqual({ ok: false, error: { code: "empty" } });
  });
});
