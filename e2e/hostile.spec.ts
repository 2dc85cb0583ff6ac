import { expect, test, type Page } from "@playwright/test";
import { hostileCases, type HostileOutcome } from "../fixtures/hostile";
import { TEST_IDS, paste } from "./support/page";

/** Waits for this paste's own result: the outcome the case names, and nothing else. */
async function expectOutcome(page: Page, outcome: HostileOutcome): Promise<void> {
  switch (outcome.kind) {
    case "decoded":
      await expect(page.getByTestId(TEST_IDS.summary)).toBeVisible();
      if (outcome.shown !== undefined)
        await expect(page.getByTestId(TEST_IDS.principalPanel)).toContainText(outcome.shown.trim());
      return;
    case "errors":
      await expect(
        page.getByRole("heading", {
          name: outcome.count === 1 ? "1 error found" : `${outcome.count} errors found`,
        }),
      ).toBeVisible();
      return;
    case "refused":
      await expect(page.getByTestId(TEST_IDS.inputError)).toContainText(
        outcome.code === "too-deep" ? "nests brackets" : "the page reads up to",
      );
      await expect(page.getByTestId(TEST_IDS.summary)).toHaveCount(0);
  }
}

for (const c of hostileCases()) {
  test(`hostile paste, ${c.name}: nothing executes, loads or navigates; ${c.outcome.kind}`, async ({
    page,
    baseURL,
  }) => {
    const dialogs: string[] = [];
    const foreign: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on("request", (r) => {
      if (!r.url().startsWith(baseURL ?? "")) foreign.push(r.url());
    });
    await page.goto("./");
    const url = page.url();
    await paste(page, c.text);
    await expectOutcome(page, c.outcome);
    expect(
      await page.evaluate(
        () => document.querySelectorAll("main img, main script, main svg, main iframe").length,
      ),
    ).toBe(0);
    expect(
      await page.evaluate(() => document.querySelectorAll("main a[href^='javascript']").length),
    ).toBe(0);
    expect(dialogs).toEqual([]);
    expect(foreign).toEqual([]);
    expect(page.url()).toBe(url);
    expect(
      await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted),
    ).toBeUndefined();
    // Still usable: the next paste is read.
    await paste(page, "");
    await expect(page.getByTestId(TEST_IDS.summary)).toHaveCount(0);
  });
}
