import { describe, expect, it } from "vitest";
import { decodeCommand } from "./decode-command";

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
