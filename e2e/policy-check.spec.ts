import { expect, test } from "@playwright/test";
import { TEST_IDS, paste, readFixture } from "./support/page";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const USER_POLICY = `$ aws iam get-user-policy --user-name chain-user --policy-name ec2-small
{
    "UserName": "chain-user",
    "PolicyName": "ec2-small",
    "PolicyDocument": {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "SmallOnly",
                "Effect": "Allow",
                "Action": "ec2:RunInstances",
                "Resource": "*",
                "Condition": { "StringEquals": { "ec2:InstanceType": "t3.micro" } }
            }
        ]
    }
}`;

test("the principal's own policy, pasted: our decision beside AWS's, and the nearest miss as an edit", async ({
  page,
}) => {
  await page.goto("./");
  await paste(
    page,
    readFixture("decoded", "24-awsdocs-iam-cli-example-runinstances-chain-user.txt"),
  );
  await page.getByText("Check against your policies").click();
  await page.getByTestId(TEST_IDS.policyInput).fill(USER_POLICY);
  await expect(
    page.getByText(
      "Our evaluation of these policies: denied, nothing allows it. AWS decided: denied, nothing allows it.",
    ),
  ).toBeVisible();
  const miss = page.getByTestId(TEST_IDS.nearestMiss);
  await expect(miss).toContainText("Statement SmallOnly of ec2-small came closest.");
  await expect(miss).toContainText(
    "Its condition StringEquals on ec2:InstanceType wants t3.micro; the request had t2.micro.",
  );
  await expect(miss.locator("[data-changed]").filter({ hasText: '"t2.micro"' })).toHaveCount(1);

  // The type is a guess the reader can change: as a permissions boundary, nothing grants at all.
  await page.getByRole("combobox", { name: /ec2-small/ }).selectOption("permissions-boundary");
  await expect(
    page.getByText(/Our evaluation of these policies: denied, nothing allows it/),
  ).toBeVisible();
});

test("the nearest miss accounts for every element: the edit it offers is one the evaluator allows", async ({
  page,
}) => {
  await page.goto("./");
  await paste(page, readFixture("decoded", "16-iam-passrole-aws-backup-restore-envelope.txt"));
  await page.getByText("Check against your policies").click();
  await page
    .getByTestId(TEST_IDS.policyInput)
    .fill(
      `{"Statement":[{"Sid":"PassToBackup","Effect":"Allow","Action":"iam:PassRole","Resource":"arn:aws:iam::xxxxxxxxxxxxx:role/Other","Condition":{"StringEquals":{"iam:PassedToService":"backup.amazonaws.com"}}}]}`,
    );
  const miss = page.getByTestId(TEST_IDS.nearestMiss);
  await expect(miss.locator("li")).toHaveText([
    "Its Resource does not include the request's resource.",
    "Its condition StringEquals on iam:PassedToService wants backup.amazonaws.com; the request had ec2.amazonaws.com.",
  ]);
  await expect(miss).toContainText("checked: with them these policies allow the request");
  // Pasting the edited statement back: the page's own evaluation now allows.
  await miss.getByRole("button", { name: "Copy edited statement" }).click();
  const edited = await page.evaluate(() => navigator.clipboard.readText());
  await page.getByTestId(TEST_IDS.policyInput).fill(`{"Statement":[${edited}]}`);
  await expect(page.getByText(/^Our evaluation of these policies: allowed/)).toBeVisible();
});

test("text without a policy gets a clear message", async ({ page }) => {
  await page.goto("./");
  await paste(
    page,
    readFixture("decoded", "24-awsdocs-iam-cli-example-runinstances-chain-user.txt"),
  );
  await page.getByText("Check against your policies").click();
  await page
    .getByTestId(TEST_IDS.policyInput)
    .fill("aws iam get-user-policy --user-name chain-user");
  await expect(page.getByRole("alert").filter({ hasText: "No policy was found" })).toBeVisible();
});

test("an explicit deny, with the policy pasted: which condition of the Deny caught the request", async ({
  page,
}) => {
  await page.goto("./");
  await paste(page, readFixture("decoded", "02-ec2-runinstances-explicitdeny-mfa-statement.txt"));
  await page.getByText("Check against your policies").click();
  await page.getByTestId(TEST_IDS.policyInput).fill(
    JSON.stringify({
      Version: "2012-10-17",
      Statement: [
        { Sid: "AllowAll", Effect: "Allow", Action: "*", Resource: "*" },
        {
          Sid: "MustBeSignedInWithMFA",
          Effect: "Deny",
          NotAction: ["iam:CreateVirtualMFADevice", "iam:EnableMFADevice", "sts:GetSessionToken"],
          Resource: "*",
          Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } },
        },
      ],
    }),
  );
  await expect(
    page.getByText(
      /Our evaluation of these policies: denied by an explicit Deny\. AWS decided: denied by an explicit Deny\./,
    ),
  ).toBeVisible();
  await expect(
    page.getByText(
      "Caught by BoolIfExists on aws:MultiFactorAuthPresent (false): the request did not carry the key.",
    ),
  ).toBeVisible();
});
