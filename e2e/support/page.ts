import type { Page } from "@playwright/test";
import { TEST_IDS } from "../../src/ui/test-ids";

export { TEST_IDS };
export { readFixture } from "../../fixtures/fixtures";

/** Pastes text as a user would: the page analyses on input, with no submit button. */
export async function paste(page: Page, text: string): Promise<void> {
  await page.getByTestId(TEST_IDS.pasteInput).fill(text);
}

/** The share panel's options (redaction, preview) are folded by default: unfold them. */
export async function openShareOptions(page: Page): Promise<void> {
  const details = page.locator("details.share-options");
  if ((await details.getAttribute("open")) === null)
    await page.getByTestId(TEST_IDS.shareOptions).click();
}

/**
 * Large multi-line pastes: Playwright's `fill` types through the editing pipeline (seconds per
 * 100 KB of lines); a paste sets the value at once, as this does.
 */
export async function pasteLarge(page: Page, text: string): Promise<void> {
  await page.getByTestId(TEST_IDS.pasteInput).evaluate((area, value) => {
    // The prototype's setter, as the browser's own paste: React watches the element's.
    Reflect.set(HTMLTextAreaElement.prototype, "value", value, area);
    area.dispatchEvent(new Event("input", { bubbles: true }));
  }, text);
}
