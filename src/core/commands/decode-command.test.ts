import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeCommand, decodeLoop } from "./decode-command";

describe("decodeCommand", () => {
  it.each([
    [
      { token: "abc" },
      "aws sts decode-authorization-message --encoded-message=abc --query DecodedMessage --output text",
    ],
    [
      { token: "-starts-with-dash", partition: "aws" },
      "aws sts decode-authorization-message --encoded-message=-starts-with-dash --query DecodedMessage --output text",
    ],
    [
      { token: "t", partition: "aws-us-gov" },
      "aws sts decode-authorization-message --encoded-message=t --query DecodedMessage --output text --region us-gov-west-1",
    ],
    [
      { token: "t", partition: "aws-cn" },
      "aws sts decode-authorization-message --encoded-message=t --query DecodedMessage --output text --region cn-north-1",
    ],
  ])("%j", (input, expected) => {
    expect(decodeCommand(input)).toBe(expected);
  });
});

describe("decodeLoop: one command for every token", () => {
  it("bash runs one decode per token, each token one argument even when it starts with -", () => {
    const dir = mkdtempSync(join(tmpdir(), "loop-"));
    writeFileSync(
      join(dir, "aws"),
      '#!/bin/bash\nprintf "%s\\037" "$@" >> "$LOG"; printf "\\036" >> "$LOG"\n',
    );
    chmodSync(join(dir, "aws"), 0o755);
    const log = join(dir, "log");
    writeFileSync(log, "");
    const tokens = ["-AbC_1", "dEf-2"];
    execFileSync("bash", ["-c", decodeLoop({ tokens, partition: "aws-us-gov" })], {
      env: { PATH: `${dir}:/usr/bin:/bin`, LOG: log },
    });
    const calls = readFileSync(log, "utf8")
      .split("\u001e")
      .filter((c) => c !== "")
      .map((c) => c.split("\u001f").slice(0, -1));
    expect(calls).toEqual(
      tokens.map((t) => [
        "sts",
        "decode-authorization-message",
        `--encoded-message=${t}`,
        "--query",
        "DecodedMessage",
        "--output",
        "text",
        "--region",
        "us-gov-west-1",
      ]),
    );
    rmSync(dir, { recursive: true, force: true });
  });
});
