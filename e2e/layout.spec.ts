import { expect, test, type Locator, type Page } from "@playwright/test";
import { POLICY_TYPE_CASES } from "../fixtures/policy-type-cases";
import { TEST_IDS, paste, readFixture } from "./support/page";

/** Fully inside the first screen: no scrolling needed to see or press it. */
async function expectOnFirstScreen(page: Page, locator: Locator): Promise<void> {
  await expect(locator).toBeVisible();
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) throw new Error("no layout");
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
}

for (const [name, width, height] of [
  ["laptop", 1440, 900],
  ["phone", 390, 844],
] as const) {
  test.describe(`${name} (${width}×${height})`, () => {
    test.use({ viewport: { width, height } });

    test("the origin story: Copy policy is on the first screen, the paste folded to one line", async ({
      page,
    }) => {
      await page.goto("./");
      await paste(page, readFixture("decoded", "16-iam-passrole-aws-backup-restore-envelope.txt"));
      await expect(page.getByTestId(TEST_IDS.summary)).toBeVisible();
      await expectOnFirstScreen(page, page.getByTestId(TEST_IDS.copyPolicy));
      await expect(page.getByText(/Pasted: a decoded message/)).toBeVisible();
      // The paste is one line, and Edit opens it again.
      const input = page.getByTestId(TEST_IDS.pasteInput);
      const folded = (await input.boundingBox())?.height ?? 0;
      await page.getByRole("button", { name: "Edit" }).click();
      expect((await input.boundingBox())?.height ?? 0).toBeGreaterThan(folded * 2);
    });

    test("a log with several denials opens with its overview on the first screen", async ({
      page,
    }) => {
      await page.goto("./");
      await paste(page, readFixture("synthetic-errors", "terraform-six-failures.txt"));
      const overview = page.getByTestId(TEST_IDS.denialsOverview);
      await expect(overview).toBeVisible();
      const firstRow = overview.locator("tbody tr").first();
      await expectOnFirstScreen(page, firstRow);
    });
  });
}

test.describe("a six-denial log on a laptop (1440×900)", () => {
  test.use({ viewport: { width: 1440, height: 900 } });
  test("fits three screens, prints each statement once, and opens a card from its row", async ({
    page,
  }) => {
    await page.goto("./");
    await paste(page, readFixture("synthetic-errors", "terraform-six-failures.txt"));
    await expect(page.getByTestId(TEST_IDS.denialsOverview).locator("tbody tr")).toHaveCount(5);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(3 * 900);
    // Each statement's text once on the page: the merged draft holds them, the cards are folded.
    const sids = await page.evaluate(() =>
      [...document.body.innerText.matchAll(/"Sid": "(\w+)"/g)].map((m) => m[1]),
    );
    expect(sids.length).toBeGreaterThan(0);
    expect(new Set(sids).size).toBe(sids.length);
    // The cards fold to their sentence; a row opens its card without touching the address bar.
    const cards = page.locator("article.denial");
    await expect(cards).toHaveCount(5);
    await expect(cards.nth(3).getByTestId(TEST_IDS.summary)).toBeVisible();
    await expect(
      cards
        .nth(3)
        .getByText(/service control policy/)
        .last(),
    ).toBeHidden();
    await page.getByTestId(TEST_IDS.overviewLink).nth(3).click();
    await expect(cards.nth(3)).toBeFocused();
    await expect(cards.nth(3).locator("details.denial-fold")).toHaveAttribute("open", "");
    await expect(cards.nth(3)).toContainText("organization's administrators");
    expect(new URL(page.url()).hash).toBe("");
    await expect(page.getByTestId(TEST_IDS.decodeButton)).toBeHidden();
    await page.getByText("Or decode the 6 tokens here with your own AWS credentials").click();
    await expect(page.getByTestId(TEST_IDS.credentialsInput)).toBeVisible();
  });
});

test.describe("on a phone, in Japanese", () => {
  test.use({ viewport: { width: 390, height: 844 }, locale: "ja-JP" });
  test("nothing but code runs off the right edge: long ARNs in sentences wrap", async ({
    page,
  }) => {
    await page.goto("./");
    await paste(page, readFixture("decoded", "16-iam-passrole-aws-backup-restore-envelope.txt"));
    await expect(page.getByTestId(TEST_IDS.policyJson)).toBeVisible();
    const wide = await page.evaluate(() =>
      Array.from(document.querySelectorAll("main *"))
        .filter(
          (el) =>
            el.getBoundingClientRect().right > window.innerWidth + 1 &&
            !el.closest("pre, .table-scroll, textarea, code"),
        )
        .map((el) => el.textContent.slice(0, 60)),
    );
    expect(wide).toEqual([]);
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("policies and commands wrap once highlighted: nothing to scroll sideways", async ({
    page,
  }) => {
    await page.goto("./");
    await paste(page, POLICY_TYPE_CASES.sqsCrossAccount.text);
    const blocks = page.locator(
      `[data-testid="${TEST_IDS.policyJson}"], [data-testid="${TEST_IDS.policyFormat}"]`,
    );
    // Highlighted: the grammar has loaded and tokens are coloured.
    await expect(blocks.first().locator(".token").first()).toBeVisible();
    await expect(blocks.last().locator(".token").first()).toBeVisible();
    const overflowing = await blocks.evaluateAll((els) =>
      els
        .filter((el) => el.scrollWidth > el.clientWidth + 1)
        .map((el) => el.textContent.slice(0, 40)),
    );
    expect(overflowing).toEqual([]);
  });
});
