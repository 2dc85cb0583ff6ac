import { expect, test } from "@playwright/test";
import { TEST_IDS, paste, readFixture } from "./support/page";

test("an explicit Deny shows the denying statement and no Allow policy", async ({ page }) => {
  await page.goto("./");
  await paste(page, readFixture("decoded", "02-ec2-runinstances-explicitdeny-mfa-statement.txt"));
  await expect(page.getByTestId(TEST_IDS.summary)).toHaveText(
    "IAM user k3s-admin (account 363711084474) may not ec2:RunInstances on instance/*: an explicit Deny blocks it.",
  );
  await expect(page.getByTestId(TEST_IDS.policyJson)).toHaveCount(0);
  const statements = page.getByTestId(TEST_IDS.statementsTable);
  await expect(statements.locator("tbody tr")).toHaveCount(1);
  await expect(statements.locator("tbody tr th")).toHaveText("MustBeSignedInWithMFA");
  await expect(statements).toContainText("aws:MultiFactorAuthPresent = false");
  await expect(page.getByTestId(TEST_IDS.fixPanel)).toContainText(
    "an explicit Deny beats every Allow",
  );
  await expect(page.getByTestId(TEST_IDS.fixPanel)).toContainText("Action or NotAction");
  // A next step, not a dead end: the commands that print where the Deny can sit.
  const find = page.getByTestId(TEST_IDS.findDeny);
  await expect(find).toContainText("aws iam list-user-policies --user-name 'k3s-admin'");
  await expect(find).toContainText(
    "aws organizations list-policies-for-target --target-id 363711084474 --filter SERVICE_CONTROL_POLICY",
  );
  // The statements table fits its card on a laptop: nothing cut at its edge.
  const [table, panel] = await Promise.all([
    statements.boundingBox(),
    page.getByTestId(TEST_IDS.fixPanel).boundingBox(),
  ]);
  expect(table && panel && table.x + table.width).toBeLessThanOrEqual(
    (panel?.x ?? 0) + (panel?.width ?? 0),
  );
});

test("why the Deny matched: a NotAction statement and no MFA, so sign in with MFA", async ({
  page,
}) => {
  await page.goto("./");
  await paste(page, readFixture("decoded", "02-ec2-runinstances-explicitdeny-mfa-statement.txt"));
  const cause = page.getByTestId(TEST_IDS.denyCause);
  await expect(cause).toHaveCount(1);
  await expect(cause).toContainText("Statement MustBeSignedInWithMFA");
  await expect(cause).toContainText(
    "It does not list ec2:RunInstances, yet it matched: it is a NotAction statement",
  );
  await expect(cause).toContainText(
    "Likely cause: the request was made without MFA. Sign in with MFA",
  );
});

test("a boundary's regional Deny is tied to the request's region", async ({ page }) => {
  await page.goto("./");
  await paste(page, readFixture("synthetic", "permissions-boundary-deny.txt"));
  const cause = page.getByTestId(TEST_IDS.denyCause);
  await expect(cause).toContainText("a permissions boundary's");
  await expect(cause).toContainText(
    "Likely cause: us-east-1 is not one of the regions allowed (eu-west-1, eu-central-1). Use one of those.",
  );
});

test("a tag-required Deny names the missing tag and what to do", async ({ page }) => {
  await page.goto("./");
  await paste(page, readFixture("synthetic", "tag-required-deny.txt"));
  const cause = page.getByTestId(TEST_IDS.denyCause);
  await expect(cause).toContainText("aws:RequestTag/CostCenter");
  await expect(cause).toContainText(
    "Likely cause: the request carries no tag CostCenter, and the statement requires one.",
  );
});
