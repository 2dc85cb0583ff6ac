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

/**
 * A log's several tokens show their one command first and fold the credentials form under it:
 * unfold it where it is folded (one token shows the form as is).
 */
export async function openDecodeForm(page: Page): Promise<void> {
  await page.getByTestId(TEST_IDS.decodePanel).waitFor();
  const details = page.locator("details.decode-here");
  if ((await details.count()) > 0 && (await details.getAttribute("open")) === null)
    await details.locator("> summary").click();
}
