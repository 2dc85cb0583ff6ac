import { describe, expect, it } from "vitest";
import { readFixture } from "../../../fixtures/fixtures";
import { analyze } from "../analyze";
import { parseArn } from "../model/arn";
import { buildPrincipal } from "../model/principal";
import { resourceLabel, summarize, summarizePrincipal } from "./summary";

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
          masked: false,
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
          masked: false,
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

describe("names the paste left out are never shown as names", () => {
  it.each([
    ["arn:aws:sts::123456789:assumed-role/...", "role-session", true, undefined],
    [
      "arn:aws:sts::123456789012:assumed-role/SkySaverScheduler/...",
      "role-session",
      false,
      undefined,
    ],
    ["<arn here>", "unknown", true, undefined],
    ["arn:aws:iam::111122223333:user/dev", "iam-user", false, undefined],
    ["arn:aws:sts::1:assumed-role/R/session", "role-session", false, "session"],
  ])("%s", (arn, kind, masked, session) => {
    expect(summarizePrincipal(buildPrincipal({ arn }))).toMatchObject({ kind, masked, session });
  });
});
