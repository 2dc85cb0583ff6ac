import { describe, expect, it } from "vitest";
import { mergeGrants } from "./merge";

describe("mergeGrants", () => {
  it.each([
    ["nothing", [], []],
    [
      "one grant",
      [{ action: "ec2:RunInstances", resource: "arn:aws:ec2:*:1:instance/*" }],
      [
        {
          Sid: "AllowEc2RunInstances",
          Effect: "Allow",
          Action: "ec2:RunInstances",
          Resource: "arn:aws:ec2:*:1:instance/*",
        },
      ],
    ],
    [
      "duplicates vanish",
      [
        { action: "s3:GetObject", resource: "arn:aws:s3:::b/k" },
        { action: "s3:GetObject", resource: "arn:aws:s3:::b/k" },
      ],
      [
        {
          Sid: "AllowS3GetObject",
          Effect: "Allow",
          Action: "s3:GetObject",
          Resource: "arn:aws:s3:::b/k",
        },
      ],
    ],
    [
      "resources with different needs get their own statements, with distinct Sids",
      [
        { action: "s3:GetObject", resource: "arn:aws:s3:::a/k" },
        { action: "s3:GetObject", resource: "arn:aws:s3:::b/k" },
        { action: "s3:PutObject", resource: "arn:aws:s3:::b/k" },
        { action: "s3:GetObject", resource: "arn:aws:s3:::c/k" },
        { action: "s3:PutObject", resource: "arn:aws:s3:::c/k" },
        { action: "ec2:CreateTags", resource: "*" },
      ],
      [
        { Sid: "AllowEc2CreateTags", Effect: "Allow", Action: "ec2:CreateTags", Resource: "*" },
        {
          Sid: "AllowS3GetObject",
          Effect: "Allow",
          Action: "s3:GetObject",
          Resource: "arn:aws:s3:::a/k",
        },
        {
          Sid: "AllowS3Actions",
          Effect: "Allow",
          Action: ["s3:GetObject", "s3:PutObject"],
          Resource: ["arn:aws:s3:::b/k", "arn:aws:s3:::c/k"],
        },
      ],
    ],
  ])("%s", (_, grants, statements) => {
    expect(mergeGrants(grants)).toEqual(statements);
  });
});
