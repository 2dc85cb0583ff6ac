import { describe, expect, it } from "vitest";
import { readFixture } from "../../../fixtures/fixtures";
import { analyze } from "../analyze";
import { summarize } from "./summary";

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
