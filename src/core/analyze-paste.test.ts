import { describe, expect, it } from "vitest";
import { fixtureNames, readFixture } from "../../fixtures/fixtures";
import { analyzePaste } from "./analyze-paste";
import { LIMITS } from "./limits";

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

describe("large logs and files that are not text", () => {
  const error = readFixture("errors", "07-terraform-aws-instance-status-code-request-id-line.txt");
  const filler = "2026-12-07T10:00:00Z [INFO] aws_s3_bucket.b: Refreshing state... [id=b]\n".repeat(
    12_000,
  );

  it("reads a log past the message cap (2.1 MB): its errors, nothing refused", () => {
    const log = `${filler}${filler}${error}\n${filler}`;
    expect(log.length).toBeGreaterThan(LIMITS.maxInputChars);
    const result = analyzePaste(log);
    expect(result.ok && result.value.kind).toBe("errors");
    if (result.ok && result.value.kind === "errors")
      expect(result.value.report.groups[0]?.tokens[0]?.judgement).toBe("complete");
  });

  it("past the log cap, or with no error in it, says the sizes", () => {
    expect(analyzePaste("x".repeat(LIMITS.maxLogChars + 1))).toMatchObject({
      ok: false,
      error: { code: "too-large", limit: LIMITS.maxLogChars },
    });
    expect(analyzePaste(`${filler}${filler}${filler}`)).toMatchObject({
      ok: false,
      error: { code: "too-large", limit: LIMITS.maxInputChars },
    });
  });

  it("a screenshot dropped as text is named as an image", () => {
    const png = new TextDecoder().decode(
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]),
    );
    expect(analyzePaste(png)).toEqual({ ok: false, error: { code: "binary", kind: "png" } });
  });
});
