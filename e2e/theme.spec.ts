import { expect, test } from "@playwright/test";
import { TEST_IDS, paste, readFixture } from "./support/page";

const background = (page: import("@playwright/test").Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test.use({ colorScheme: "light" });

test("the theme switch pins light or dark over the system's, and is remembered", async ({
  page,
}) => {
  await page.goto("./");
  const select = page.getByTestId(TEST_IDS.themeSelect);
  await expect(select).toHaveValue("system");
  const light = await background(page);

  await select.selectOption("dark");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await background(page)).not.toBe(light);

  // Remembered across a reload, applied before the first paint of the result.
  await page.reload();
  await expect(page.getByTestId(TEST_IDS.themeSelect)).toHaveValue("dark");
  await paste(page, readFixture("decoded", "16-iam-passrole-aws-backup-restore-envelope.txt"));
  await expect(page.getByTestId(TEST_IDS.policyJson)).toBeVisible();
  expect(await background(page)).not.toBe(light);

  await page.getByTestId(TEST_IDS.themeSelect).selectOption("system");
  await expect(page.locator("html")).not.toHaveAttribute("data-theme");
  expect(await background(page)).toBe(light);
});

test.describe("in Japanese", () => {
  test.use({ locale: "ja-JP" });
  test("the page title and the theme choices are Japanese too", async ({ page }) => {
    await page.goto("./");
    await expect(page).toHaveTitle("authz-decoder：アクセスが拒否された理由を調べる");
    await expect(page.getByTestId(TEST_IDS.themeSelect).locator("option")).toHaveText([
      "システムのテーマ",
      "ライト",
      "ダーク",
    ]);
  });
});
