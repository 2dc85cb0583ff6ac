import { describe, expect, it } from "vitest";
import { readFixture } from "../../../fixtures/fixtures";
import { binaryKind } from "./binary";

/** Bytes as `File.text()` gives them: UTF-8 decoding, U+FFFD for what is not UTF-8. */
const asText = (bytes: number[]): string => new TextDecoder().decode(new Uint8Array(bytes));

describe("binaryKind: files that are not text", () => {
  it.each([
    ["a PNG screenshot", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], "png"],
    ["a JPEG photo", [0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46], "jpeg"],
    ["a GIF", [...Buffer.from("GIF89a"), 1, 0, 1, 0], "gif"],
    ["a PDF", [...Buffer.from("%PDF-1.7\n")], "pdf"],
    ["a gzip file", [0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0], "gzip"],
    ["a zip archive", [0x50, 0x4b, 0x03, 0x04, 20, 0], "zip"],
    ["an unknown binary", Array.from({ length: 64 }, (_, i) => (i * 37) % 256), "binary"],
  ] as const)("%s", (_name, bytes, kind) => {
    expect(binaryKind(asText([...bytes]))).toBe(kind);
  });

  it.each([
    "07-terraform-aws-instance-status-code-request-id-line.txt",
    "11-aws-backup-restore-japanese-placeholder.txt",
    "10-awscli-learner-lab-prompt-spanish-page.txt",
  ])("real error text is text: %s", (name) => {
    expect(binaryKind(readFixture("errors", name))).toBeUndefined();
  });

  it("coloured terminal output (ANSI escapes) is text", () => {
    expect(
      binaryKind("\u001b[31mError:\u001b[0m creating EC2 Instance: UnauthorizedOperation"),
    ).toBe(undefined);
  });
});
