import { expect, test, type Page } from "@playwright/test";
import {
  HOSTILE_POLICY_URI,
  LOOKALIKE_CONSOLE_URLS,
  hostilePolicyCases,
  hostileToolboxCases,
  lookalikeConsoleMessage,
} from "../fixtures/hostile";
import { POLICY_TYPE_CASES } from "../fixtures/policy-type-cases";
import { TEST_IDS, paste, readFixture } from "./support/page";

/** Nothing the paste holds ran, loaded, navigated or polluted a prototype; the page still works. */
function watch(page: Page, baseURL: string | undefined) {
  const dialogs: string[] = [];
  const foreign: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("request", (r) => {
    if (!r.url().startsWith(baseURL ?? "")) foreign.push(r.url());
  });
  return async () => {
    expect(dialogs).toEqual([]);
    expect(foreign).toEqual([]);
    expect(
      await page.evaluate(
        () => document.querySelectorAll("main img, main script, main svg, main iframe").length,
      ),
    ).toBe(0);
    expect(
      await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted),
    ).toBeUndefined();
    await expect(page.getByRole("heading", { name: "authz-decoder" })).toBeVisible();
  };
}

const MERGE_MESSAGES = {
  "no-policy": /No policy found in what you pasted/,
  syntax: /This is a policy, but its JSON breaks at line 4, column \d+: expected/,
  "too-large": /larger than any policy AWS accepts/,
  "too-deep": /nests brackets more than 64 levels deep/,
} as const;

for (const c of hostilePolicyCases()) {
  test(`merge box, ${c.name}: ${c.merge}`, async ({ page, baseURL }) => {
    const check = watch(page, baseURL);
    await page.goto("./");
    await paste(page, POLICY_TYPE_CASES.sqsCrossAccount.text);
    const queue = page
      .locator(".fix-part")
      .filter({ has: page.getByTestId(TEST_IDS.fixTarget).filter({ hasText: /queue policy/ }) });
    await queue.getByTestId(TEST_IDS.mergeInput).fill(c.text);
    if (c.merge === "merged") {
      await expect(queue.getByRole("status").filter({ hasText: /^Added as / })).toBeVisible();
      const merged = JSON.parse(
        (await queue.getByTestId(TEST_IDS.mergedPolicy).innerText()).trim(),
      ) as { Statement: { Sid: string }[] };
      expect(merged.Statement.at(-1)?.Sid).toMatch(/^AllowSqsSendMessage/);
    } else await expect(queue.getByRole("alert")).toHaveText(MERGE_MESSAGES[c.merge]);
    await check();
  });

  test(`policy check, ${c.name}: ${String(c.check.policies)} read`, async ({ page, baseURL }) => {
    const check = watch(page, baseURL);
    await page.goto("./");
    await paste(
      page,
      readFixture("decoded", "24-awsdocs-iam-cli-example-runinstances-chain-user.txt"),
    );
    await page.getByText("Check against your policies").click();
    await page.getByTestId(TEST_IDS.policyInput).fill(c.text);
    const panel = page.locator("details").filter({ has: page.getByTestId(TEST_IDS.policyInput) });
    if (c.check.tooDeep > 0)
      await expect(panel.getByRole("alert")).toContainText("nest brackets more than 64 levels");
    if (c.check.policies > 0)
      await expect(panel.getByText(/^Our evaluation of these policies:/)).toBeVisible();
    else if (c.check.tooDeep === 0)
      await expect(panel.getByRole("alert")).toHaveText(
        c.merge === "syntax" ? MERGE_MESSAGES.syntax : /No policy was found/,
      );
    await expect(panel.locator("ul.plain > li")).toHaveCount(c.check.policies);
    await check();
  });
}

for (const c of hostileToolboxCases()) {
  test(`pasted IAM Toolbox output, ${c.name}: ${c.outcome.kind}`, async ({ page, baseURL }) => {
    const check = watch(page, baseURL);
    await page.goto("./");
    await paste(page, c.text);
    if (c.outcome.kind === "refused")
      await expect(page.getByTestId(TEST_IDS.inputError)).toContainText("nests brackets");
    else if (c.text.includes('"evaluations"'))
      await expect(page.getByTestId(TEST_IDS.authzEvaluation)).toBeVisible();
    // The URI is shown as text, exactly as pasted.
    else
      await expect(
        page.getByRole("heading", { name: /as it was when the request was denied/ }),
      ).toContainText(HOSTILE_POLICY_URI);
    await check();
  });
}

test("console links on look-alike hosts: the ID is read, and no link leaves for them", async ({
  page,
  baseURL,
}) => {
  const check = watch(page, baseURL);
  await page.goto("./");
  for (const url of LOOKALIKE_CONSOLE_URLS) {
    await paste(page, lookalikeConsoleMessage(url));
    await expect(page.getByTestId(TEST_IDS.authzDetailsCommand)).toHaveText(
      "aws iam-toolbox get-request-authorization-details --authorization-id abc123",
    );
    const links = await page
      .locator("main a[href]")
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of links) expect(new URL(href).hostname).not.toMatch(/evil|amazon\.co$/);
    expect(links.some((href) => href.includes("authorization-details"))).toBe(false);
  }
  await check();
});
