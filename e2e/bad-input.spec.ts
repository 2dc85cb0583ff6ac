import { expect, test } from "@playwright/test";
import { TEST_IDS, paste, pasteLarge, readFixture } from "./support/page";

test("bad input shows a specific error, keeps the text, and the page stays usable", async ({
  page,
}) => {
  await page.goto("./");
  const input = page.getByTestId(TEST_IDS.pasteInput);

  await paste(page, '{"allowed" false "context": ');
  await expect(page.getByTestId(TEST_IDS.inputError)).toHaveText(
    'The message could not be read: at line 1, column 12, expected a colon but found “false "context": ”. Show line 1',
  );
  await expect(input).toHaveValue('{"allowed" false "context": ');

  await paste(page, "<script>alert(1)</script> hello");
  await expect(page.getByTestId(TEST_IDS.inputError)).toContainText(
    "No authorization message found",
  );

  await paste(
    page,
    readFixture("decoded", "24-awsdocs-iam-cli-example-runinstances-chain-user.txt"),
  );
  await expect(page.getByTestId(TEST_IDS.inputError)).toHaveCount(0);
  await expect(page.getByTestId(TEST_IDS.summary)).toContainText("IAM user chain-user");
});

test("a cut-off message shows only what is intact, with a warning", async ({ page }) => {
  await page.goto("./");
  await paste(
    page,
    readFixture("decoded", "27-iam-passrole-pretty-removed-redaction-truncated.txt"),
  );
  await expect(page.getByTestId(TEST_IDS.summary)).toContainText(
    "may not iam:PassRole on role develop_pks-master",
  );
  await expect(page.getByTestId(TEST_IDS.inputWarning).first()).toHaveText(
    "This message is cut off (the text stops making sense at line 23, column 23). Only intact parts are shown; lost: conditions. Show line 23",
  );
  // The box is folded to its first line: the warning's button opens it at line 23, selected.
  const input = page.getByTestId(TEST_IDS.pasteInput);
  await page.getByRole("button", { name: "Show line 23" }).click();
  await expect(input).toBeFocused();
  const shown = await input.evaluate((area: HTMLTextAreaElement) => ({
    selected: area.value.slice(area.selectionStart, area.selectionEnd),
    line: area.value.slice(0, area.selectionStart).split("\n").length,
    scrolled: area.scrollTop,
  }));
  expect(shown.line).toBe(23);
  expect(shown.selected).not.toContain("\n");
  expect(shown.scrolled).toBeGreaterThan(0);
  await expect(page.getByTestId(TEST_IDS.policyJson)).toContainText(
    '"Resource": "arn:aws:iam::<REMOVED>:role/develop_pks-master"',
  );
});

test("a 2.1 MB log is read; a screenshot dropped on the box is named as one and the text stays", async ({
  page,
}) => {
  await page.goto("./");
  const filler = "2026-12-07T10:00:00Z [INFO] aws_s3_bucket.b: Refreshing state... [id=b]\n".repeat(
    15_000,
  );
  const log = `${filler}${filler}${readFixture("errors", "07-terraform-aws-instance-status-code-request-id-line.txt")}\n${filler}`;
  expect(log.length).toBeGreaterThan(2_100_000);
  await pasteLarge(page, log);
  await expect(page.getByRole("heading", { name: "1 error found" })).toBeVisible();
  await expect(page.getByTestId(TEST_IDS.inputError)).toHaveCount(0);

  await page.locator('input[type="file"]:not([multiple])').setInputFiles({
    name: "error-screenshot.png",
    mimeType: "image/png",
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68]),
  });
  await expect(page.getByRole("alert").filter({ hasText: "This is an image (PNG)" })).toBeVisible();
  // The log is still there, still read.
  await expect(page.getByRole("heading", { name: "1 error found" })).toBeVisible();
  expect(await page.getByTestId(TEST_IDS.pasteInput).evaluate((el) => el.tagName)).toBe("TEXTAREA");
});
