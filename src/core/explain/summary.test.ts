import { describe, expect, it } from "vitest";
import { readFixture } from "../../../fixtures/fixtures";
import { analyze } from "../analyze";
import { parseArn } from "../model/arn";
import { resourceLabel, summarize } from "./summary";

describe("resourceLabel", () => {
  it.each([
    ["arn:aws:iam::1:role/path/r", { type: "role", name: "path/r" }],
    ["arn:aws:ec2:us-east-1:1:instance/*", { type: "instance", name: "*" }],
    ["arn:aws:s3:::bucket", { type: "bucket", name: "bucket" }],
    ["arn:aws:s3:::bucket/a/b.csv", { type: "object", name: "bucket/a/b.csv" }],
    ["arn:aws:lambda:us-east-1:1:function:demo", { type: "function", name: "demo" }],
    ["arn:aws:sqs:us-east-1:1:queue-name", { type: "sqs", name: "queue-name" }],
    ["*", { type: undefined, name: "*" }],
  ])("%s", (arn, expected) => {
    expect(resourceLabel({ arn, parsed: parseArn(arn) })).toEqual(expected);
  });
});

describe("summarize", () => {
  it.each([
    [
      "16-iam-passrole-aws-backup-restore-envelope.txt",
      {
        verdict: "implicit-deny",
        principal: {
          kind: "role-session",
          label: "AWSBackupROLEEC2",
          session: "AWSBackup-AWSBackupROLEEC2",
          account: "xxxxxxxxxxxxx",
        },
        action: "iam:PassRole",
        resource: { type: "role", name: "IAM_ROLE_EC2_Access" },
      },
    ],
    [
      "06-runinstances-explicitdeny-instancetype-condition-bare-key.txt",
      {
        verdict: "explicit-deny",
        principal: {
          kind: "iam-user",
          label: "Con.Janak.Verma",
          session: undefined,
          account: "633154839293",
        },
        action: "ec2:RunInstances",
        resource: { type: "instance", name: "*" },
      },
    ],
  ])("%s", (name, expected) => {
    const result = analyze(readFixture("decoded", name));
    expect(result.ok && summarize(result.value)).toEqual(expected);
  });
});
