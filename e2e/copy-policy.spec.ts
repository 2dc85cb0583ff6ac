import { expect, test } from "@playwright/test";
import { TEST_IDS, paste, readFixture } from "./support/page";

const SCOPED = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AllowIamPassRole",
      "Effect": "Allow",
      "Action": "iam:PassRole",
      "Resource": "arn:aws:iam::xxxxxxxxxxxxx:role/IAM_ROLE_EC2_Access",
      "Condition": {
        "StringEquals": {
          "iam:PassedToService": "ec2.amazonaws.com"
        }
      }
    }
  ]
}`;

const UNSCOPED = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AllowIamPassRole",
      "Effect": "Allow",
      "Action": "iam:PassRole",
      "Resource": "arn:aws:iam::xxxxxxxxxxxxx:role/IAM_ROLE_EC2_Access"
    }
  ]
}`;

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("Copy policy puts exactly the shown policy on the clipboard, with or without iam:PassedToService", async ({
  page,
}) => {
  await page.goto("./");
  await paste(page, readFixture("decoded", "16-iam-passrole-aws-backup-restore-envelope.txt"));
  const policy = page.getByTestId(TEST_IDS.policyJson);
  await expect(policy).toHaveText(SCOPED);

  await page.getByRole("button", { name: "Copy policy" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Copied to the clipboard" }),
  ).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(SCOPED);

  await page.getByRole("checkbox", { name: /iam:PassedToService/ }).uncheck();
  await expect(policy).toHaveText(UNSCOPED);
  await page.getByTestId(TEST_IDS.copyPolicy).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(UNSCOPED);
});
