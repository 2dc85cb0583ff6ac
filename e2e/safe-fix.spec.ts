import { expect, test } from "@playwright/test";
import { TEST_IDS, paste, readFixture } from "./support/page";

/** The AWS docs' chain-user message, with the user's name replaced: what a crafted link can carry. */
const messageFor = (name: string): string =>
  readFixture("decoded", "24-awsdocs-iam-cli-example-runinstances-chain-user.txt")
    .replaceAll(
      "user/chain-user",
      `user/${name.replaceAll("\\", "\\\\\\\\").replaceAll('"', '\\\\\\"')}`,
    )
    .replaceAll('\\"name\\":\\"chain-user\\"', `\\"name\\":\\"x\\"`);

test("a principal named like a command gets no attach command, and the page says why", async ({
  page,
}) => {
  await page.goto("./");
  await paste(page, messageFor("bob$(touch${IFS}x)"));
  await expect(page.getByTestId(TEST_IDS.summary)).toBeVisible();
  const fix = page.getByTestId(TEST_IDS.fixPanel);
  await expect(fix.getByTestId(TEST_IDS.inputWarning).first()).toBeVisible();
  await expect(fix).toContainText(
    "No attach command: the user name “bob$(touch${IFS}x)” is not a valid IAM name",
  );
  await page.getByRole("tab", { name: "AWS CLI" }).click();
  const cli = page.getByTestId(TEST_IDS.policyFormat);
  await expect(cli).toContainText(
    "aws iam create-policy --policy-name='authz-decoder-AllowEc2RunInstances'",
  );
  await expect(cli).not.toContainText("put-user-policy");
  await expect(cli).not.toContainText("$(touch");
});

test("a valid but awkward name is one quoted argument in the CLI and a quoted string in CloudFormation", async ({
  page,
}) => {
  await page.goto("./");
  await paste(page, messageFor("-yes"));
  await expect(page.getByTestId(TEST_IDS.summary)).toBeVisible();
  await page.getByRole("tab", { name: "AWS CLI" }).click();
  await expect(page.getByTestId(TEST_IDS.policyFormat)).toContainText(
    "aws iam put-user-policy --user-name='-yes' --policy-name='authz-decoder-AllowEc2RunInstances' --policy-document=file://policy.json",
  );
  await page.getByRole("tab", { name: "CloudFormation" }).click();
  await expect(page.getByTestId(TEST_IDS.policyFormat)).toContainText('UserName: "-yes"');
});

test("a masked account in the policy is named in a warning above it", async ({ page }) => {
  await page.goto("./");
  await paste(page, readFixture("decoded", "16-iam-passrole-aws-backup-restore-envelope.txt"));
  await expect(page.getByTestId(TEST_IDS.fixPanel)).toContainText(
    "“arn:aws:iam::xxxxxxxxxxxxx:role/IAM_ROLE_EC2_Access” holds a mask or placeholder, not a real value",
  );
});
