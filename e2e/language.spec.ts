import { expect, test } from "@playwright/test";
import { TEST_IDS, paste, readFixture } from "./support/page";

test.describe("in Japanese", () => {
  test.use({ locale: "ja-JP" });

  test("the browser's language chooses Japanese; the choice is remembered and is all that is stored", async ({
    page,
  }) => {
    await page.goto("./");
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByRole("heading", { name: "なぜ拒否されたのか？" })).toBeVisible();
    await paste(page, readFixture("decoded", "16-iam-passrole-aws-backup-restore-envelope.txt"));
    await expect(page.getByTestId(TEST_IDS.summary)).toHaveText(
      "ロール AWSBackupROLEEC2（セッション AWSBackup-AWSBackupROLEEC2、アカウント xxxxxxxxxxxxx） は role IAM_ROLE_EC2_Access に対する iam:PassRole を許可されていません。許可するポリシーがありません。",
    );
    await expect(page.getByRole("button", { name: "ポリシーをコピー" })).toBeVisible();

    await page.getByRole("combobox", { name: "言語" }).selectOption("en");
    await expect(page.getByTestId(TEST_IDS.summary)).toContainText("may not iam:PassRole");
    await page.reload();
    await expect(page.getByRole("heading", { name: "Why was I denied?" })).toBeVisible();
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([
      "authz-decoder.language",
    ]);
  });
});

test("English by default for other languages", async ({ page }) => {
  await page.goto("./");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("combobox", { name: "Language" })).toHaveValue("en");
});
