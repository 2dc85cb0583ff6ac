import { expect, test } from "@playwright/test";
import { TEST_IDS, paste, readFixture } from "./support/page";

test("the Content Security Policy is in force: no inline script, no eval, no connection elsewhere", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (m.text().includes("Content Security Policy")) violations.push(m.text());
  });
  const response = await page.goto("./");
  expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");
  expect(response?.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    "content",
    /connect-src 'self' https:\/\/\*\.amazonaws\.com/,
  );

  await expect(page.addScriptTag({ content: "window.inlineRan = true;" })).rejects.toThrow();
  expect(
    await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan),
  ).toBeUndefined();

  const blocked = await page.evaluate(async () => {
    const results: string[] = [];
    document.addEventListener("securitypolicyviolation", (e) => results.push(e.violatedDirective));
    try {
      await fetch("https://example.com/");
      results.push("fetched");
    } catch {
      results.push("fetch refused");
    }
    const script = document.createElement("script");
    script.textContent = "window.injected = true";
    document.body.append(script);
    await new Promise((r) => setTimeout(r, 100));
    return { results, injected: (window as unknown as { injected?: boolean }).injected };
  });
  expect(blocked.results).toContain("fetch refused");
  expect(blocked.results).toContain("connect-src");
  expect(blocked.injected).toBeUndefined();
  expect(violations.length).toBeGreaterThan(0);

  // The app itself works under the policy.
  await paste(page, readFixture("decoded", "16-iam-passrole-aws-backup-restore-envelope.txt"));
  await expect(page.getByTestId(TEST_IDS.decodedJson).locator(".hljs-attr").first()).toBeVisible();
});
