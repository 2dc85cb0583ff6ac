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
});
