import { expect, test } from "@playwright/test";
import { TEST_IDS, paste, readFixture } from "./support/page";

// One row per input form the paste box accepts; the same files the unit tests read.
const FORMS = [
  {
    form: "CLI envelope (origin story: AWS Backup restore)",
    file: ["decoded", "16-iam-passrole-aws-backup-restore-envelope.txt"],
    summary:
      "Role AWSBackupROLEEC2 (session AWSBackup-AWSBackupROLEEC2, account xxxxxxxxxxxxx) may not iam:PassRole on role IAM_ROLE_EC2_Access: no policy allows it.",
    conditions: 7,
  },
  {
    form: "envelope with a shell prompt and Japanese elision marker, no closing brace",
    file: ["decoded", "17-iam-passrole-aws-backup-japanese-prompt-missing-closing-brace.txt"],
    summary:
      "Role AWSBackupROLEEC2 (session AWSBackup-AWSBackupROLEEC2, account xxxxxx) may not iam:PassRole on role IAM_ROLE_EC2_Access: no policy allows it.",
    conditions: 7,
  },
  {
    form: "bare DecodedMessage line with raw newlines in the string",
    file: ["decoded", "19-iam-passrole-kc-copy-key-on-own-line-newlines-in-string.txt"],
    summary:
      "IAM user test-user (account accountID) may not iam:PassRole on role EC2_instance_Profile_role: no policy allows it.",
    conditions: 7,
  },
  {
    form: "pretty JSON, four spaces",
    file: ["decoded", "15-ec2-runinstances-pretty-4space-italian.txt"],
    summary:
      "Role provaruolo (session i-0067830339f5id1b1, account 73238367234) may not ec2:RunInstances on instance/*: no policy allows it.",
    conditions: 15,
  },
  {
    form: "envelope hard-wrapped inside an escape",
    file: ["decoded", "10-ec2-runinstances-keypair-linewrapped-envelope.txt"],
    summary:
      "IAM user Bob (account accountid) may not ec2:RunInstances on key-pair keypairid: no policy allows it.",
    conditions: 1,
  },
  {
    form: "once-escaped JSON in a Java string",
    file: ["synthetic", "escaped-without-envelope.txt"],
    summary:
      "IAM user alice (account 123456789012) may not s3:PutObject on object example-bucket/reports/2026.csv: no policy allows it.",
    conditions: 0,
  },
  {
    form: "Python dict from boto3",
    file: ["synthetic", "boto3-print-response.txt"],
    summary:
      "Role deployer (session botocore-session-1700000000, account 111122223333) may not ecs:RunTask on task-definition web:7: no policy allows it.",
    conditions: 2,
  },
  {
    form: "STS XML response",
    file: ["synthetic", "xml-response-entities.txt"],
    summary:
      "IAM user ci-bot (account 123456789012) may not ec2:CreateVolume on volume/*: no policy allows it.",
    conditions: 1,
  },
] as const;

for (const { form, file, summary, conditions } of FORMS) {
  test(`${form}: summary, conditions table and policy`, async ({ page }) => {
    await page.goto("./");
    await paste(page, readFixture(file[0], file[1]));
    await expect(page.getByTestId(TEST_IDS.summary)).toHaveText(summary);
    const table = page.getByTestId(TEST_IDS.conditionsTable);
    if (conditions === 0) await expect(table).toHaveCount(0);
    else await expect(table.locator("tbody tr")).toHaveCount(conditions);
    await expect(page.getByTestId(TEST_IDS.policyJson)).toContainText('"Effect": "Allow"');
    await expect(page.getByTestId(TEST_IDS.inputError)).toHaveCount(0);
  });
}
