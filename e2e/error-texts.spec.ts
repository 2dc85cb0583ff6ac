import { expect, test } from "@playwright/test";
import { TEST_IDS, paste, readFixture } from "./support/page";

const MERGED = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AllowEc2CreateSecurityGroup",
      "Effect": "Allow",
      "Action": "ec2:CreateSecurityGroup",
      "Resource": "arn:aws:ec2:eu-west-1:111122223333:security-group/*"
    },
    {
      "Sid": "AllowEc2CreateVolume",
      "Effect": "Allow",
      "Action": "ec2:CreateVolume",
      "Resource": "arn:aws:ec2:eu-west-1:111122223333:volume/*"
    },
    {
      "Sid": "AllowEc2ImportKeyPair",
      "Effect": "Allow",
      "Action": "ec2:ImportKeyPair",
      "Resource": "arn:aws:ec2:eu-west-1:111122223333:key-pair/deployer"
    },
    {
      "Sid": "AllowEc2RunInstances",
      "Effect": "Allow",
      "Action": "ec2:RunInstances",
      "Resource": "arn:aws:ec2:eu-west-1:111122223333:instance/*"
    }
  ]
}`;

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("a Terraform run with six failures: each listed, identical ones grouped, one command per token, one draft policy", async ({
  page,
}) => {
  await page.goto("./");
  await paste(page, readFixture("synthetic-errors", "terraform-six-failures.txt"));

  await expect(page.getByRole("heading", { name: "6 errors found" })).toBeVisible();
  await expect(page.getByText("5 distinct denials; identical ones are grouped.")).toBeVisible();
  const summaries = page.getByTestId(TEST_IDS.summary);
  await expect(summaries).toHaveCount(5);
  // Folded, each card is its line; the caller's session and account are inside it.
  await expect(summaries.first()).toHaveText(
    "Role terraform-deployer may not ec2:RunInstances on instance/*: no identity-based policy allows it.",
  );
  await page.getByTestId(TEST_IDS.overviewLink).first().click();
  await expect(
    page
      .locator("article.denial")
      .first()
      .getByText(
        "Caller: Role terraform-deployer (session 1700000000000000000, account 111122223333).",
      ),
  ).toBeVisible();
  await expect(page.getByText("Seen 2 times, at lines 2, 9.")).toBeVisible();
  await expect(summaries.nth(3)).toContainText(
    "an explicit Deny in a service control policy blocks it",
  );
  await summaries.nth(3).click();
  await expect(
    page.getByText(/Only the organization's administrators can change SCPs/),
  ).toBeVisible();

  const commands = page.getByTestId(TEST_IDS.decodeCommand);
  await expect(commands).toHaveCount(6);
  await expect(commands.first()).toHaveText(
    /^aws sts decode-authorization-message --encoded-message=VZe33_jbYatL[A-Za-z0-9_-]+ --query DecodedMessage --output text$/,
  );

  const policy = page.getByTestId(TEST_IDS.policyJson);
  await expect(policy).toHaveCount(1);
  await expect(policy).toHaveText(MERGED);
  await expect(
    page.getByTestId(TEST_IDS.inputWarning).filter({ hasText: "Drafted from the error text" }),
  ).toBeVisible();
  await page.getByTestId(TEST_IDS.copyPolicy).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(MERGED);
});

test("tokens that cannot be decoded are judged, with no command", async ({ page }) => {
  await page.goto("./");
  await paste(page, readFixture("errors", "11-aws-backup-restore-japanese-placeholder.txt"));
  await expect(page.getByTestId(TEST_IDS.inputWarning)).toHaveText(
    "“<省略>” stands where the token should be: the tool or the author left it out. Find the original error in its log.",
  );
  await expect(page.getByTestId(TEST_IDS.decodeCommand)).toHaveCount(0);

  await paste(page, readFixture("errors", "06-cloudtrail-event-errormessage-truncated-token.txt"));
  await expect(page.getByTestId(TEST_IDS.inputWarning).first()).toContainText(
    "This token ends in “...”",
  );
  await expect(
    page.getByText(/CloudTrail event RunInstances from ec2.amazonaws.com in ca-south-3r/),
  ).toBeVisible();
  await expect(page.getByTestId(TEST_IDS.decodeCommand)).toHaveCount(0);
  await expect(page.getByTestId(TEST_IDS.policyJson)).toContainText('"Action": "ec2:RunInstances"');
});

test("a hard-wrapped token from the old CLI gets one exact command", async ({ page }) => {
  await page.goto("./");
  const text = readFixture(
    "errors",
    "23-awscli-v1-client-error-hard-wrapped-token-trailing-spaces.txt",
  );
  await paste(page, text);
  const token = text
    .slice(text.indexOf("message:") + "message:".length)
    .split("\n")
    .map((line) => line.trim())
    .join("");
  await expect(page.getByTestId(TEST_IDS.decodeCommand)).toHaveText(
    `aws sts decode-authorization-message --encoded-message=${token} --query DecodedMessage --output text`,
  );
});

test("Terraform errors without a reason sentence: each row gives the likely action, 'decode' only where a token is, and jumps to its card", async ({
  page,
}) => {
  await page.goto("./");
  await paste(
    page,
    [
      "01-terraform011-aws-instance-createtags.txt",
      "07-terraform-aws-instance-status-code-request-id-line.txt",
      "15-terraform-provider-aws-0.x-aws-instance.txt",
      "16-terraform-placeholder-encoded-message-tab-status-line.txt",
    ]
      .map((name) => readFixture("errors", name))
      .join("\n"),
  );
  const rows = page.getByTestId(TEST_IDS.denialsOverview).locator("tbody tr");
  await expect(rows).toHaveCount(4);
  for (let i = 0; i < 4; i++) await expect(rows.nth(i)).toContainText("ec2:RunInstances (likely)");
  // The placeholder `<ENCODED MESSAGE>` carries no token: no "decode the token" for it.
  await expect(rows.nth(3)).toContainText("unknown: no token to decode");
  for (let i = 0; i < 3; i++) await expect(rows.nth(i)).toContainText("unknown: decode the token");
  // A row is a link to its card, which says the same.
  await rows.nth(3).getByTestId(TEST_IDS.overviewLink).click();
  const card = page.locator("article.denial").nth(3);
  await expect(card).toBeFocused();
  await expect(card).toContainText("ec2:RunInstances");
  await expect(card).toContainText("likely");
});
