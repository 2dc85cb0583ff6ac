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
  const meta = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute("content");
  expect(meta).toContain(
    "connect-src 'self' https://sts.amazonaws.com https://sts.af-south-1.amazonaws.com",
  );
  expect(meta).toContain("https://*.sts.eu-west-1.vpce.amazonaws.com");
  expect(meta).toContain("https://iam-toolbox.us-east-1.amazonaws.com");
  expect(meta).not.toContain("https://*.amazonaws.com ");
  expect(meta).not.toContain("[::1]");

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
  await page.getByText("The decoded message", { exact: true }).click();
  await expect(
    page.getByTestId(TEST_IDS.decodedJson).locator(".token.property").first(),
  ).toBeVisible();
});

test("no page logs a Content Security Policy error: empty, decoded, error text with decode panel", async ({
  page,
}) => {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || /Content Security Policy/i.test(m.text())) problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto("./");
  await expect(page.getByTestId(TEST_IDS.pasteInput)).toBeVisible();
  await paste(page, readFixture("decoded", "16-iam-passrole-aws-backup-restore-envelope.txt"));
  await expect(page.getByTestId(TEST_IDS.summary)).toBeVisible();
  await paste(page, readFixture("errors", "02-awscli-v1-client-error-indented-wrapped-token.txt"));
  await expect(page.getByTestId(TEST_IDS.decodePanel)).toBeVisible();
  await page.waitForTimeout(300);
  expect(problems).toEqual([]);
});

test("a custom endpoint outside the allowed list is refused with the reason, before any call", async ({
  page,
}) => {
  await page.goto("./");
  await paste(page, readFixture("errors", "02-awscli-v1-client-error-indented-wrapped-token.txt"));
  await page
    .getByTestId(TEST_IDS.credentialsInput)
    .fill(
      "export AWS_ACCESS_KEY_ID=AKIAFAKEENDPOINT0001\nexport AWS_SECRET_ACCESS_KEY=endpointSecret00000000000000000000000000",
    );
  await page.getByRole("button", { name: "Use these credentials" }).click();
  await page.locator("summary", { hasText: "Advanced" }).click();
  await page.getByLabel(/STS endpoint/).fill("https://my-bucket.s3.amazonaws.com");
  await expect(page.getByRole("alert")).toContainText("is not an STS endpoint this page may call");
  await expect(page.getByTestId(TEST_IDS.decodeButton)).toBeDisabled();
  await page
    .getByLabel(/STS endpoint/)
    .fill("https://vpce-0abc-1.sts.eu-west-1.vpce.amazonaws.com");
  await expect(page.getByTestId(TEST_IDS.decodeButton)).toBeEnabled();
});

test("inside a foreign frame the page refuses to run, and says so, even where no header forbids it", async ({
  page,
  baseURL,
}) => {
  // As on a static host that sends no headers: the frame loads, and the entry script must refuse.
  await page.route(`${baseURL ?? ""}**`, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers["content-security-policy"];
    await route.fulfill({ response, headers });
  });
  await page.setContent(`<iframe src="${baseURL ?? ""}" width="800" height="400"></iframe>`);
  const frame = page.frameLocator("iframe");
  await expect(frame.getByTestId("framed")).toContainText(
    "authz-decoder does not run inside another page's frame",
  );
  await expect(frame.getByTestId(TEST_IDS.pasteInput)).toHaveCount(0);
});
