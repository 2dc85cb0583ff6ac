import { expect, test } from "@playwright/test";
import { hostileCases } from "../fixtures/hostile";
import { TEST_IDS, paste, readFixture } from "./support/page";

test("hostile pastes: nothing executes, nothing navigates or loads, text shows literally, the page stays usable", async ({
  page,
}) => {
  const dialogs: string[] = [];
  const foreign: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("request", (r) => {
    if (!r.url().startsWith("http://127.0.0.1:4173/")) foreign.push(r.url());
  });
  await page.goto("./");
  const url = page.url();
  for (const c of hostileCases()) {
    await paste(page, c.text);
    await expect(
      page
        .getByTestId(TEST_IDS.summary)
        .or(page.getByTestId(TEST_IDS.inputError))
        .or(page.getByRole("heading", { name: /errors? found/ }))
        .first(),
    ).toBeVisible();
    if (c.shown !== undefined) {
      await expect(page.getByTestId(TEST_IDS.principalPanel)).toContainText(c.shown.trim());
    }
    expect(
      await page.evaluate(
        () => document.querySelectorAll("main img, main script, main svg, main iframe").length,
      ),
    ).toBe(0);
    expect(
      await page.evaluate(() => document.querySelectorAll("main a[href^='javascript']").length),
    ).toBe(0);
  }
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
  expect(foreign).toEqual([]);
  expect(page.url()).toBe(url);
  expect(
    await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted),
  ).toBeUndefined();

  await paste(
    page,
    readFixture("decoded", "24-awsdocs-iam-cli-example-runinstances-chain-user.txt"),
  );
  await expect(page.getByTestId(TEST_IDS.summary)).toContainText("IAM user chain-user");
});
