import { expect, test } from "@playwright/test";
import { TEST_IDS, paste, readFixture } from "./support/page";

test("bad input shows a specific error, keeps the text, and the page stays usable", async ({
  page,
}) => {
  await page.goto("./");
  const input = page.getByTestId(TEST_IDS.pasteInput);

  await paste(page, '{"allowed" false "context": ');
  await expect(page.getByTestId(TEST_IDS.inputError)).toHaveText(
    'The message could not be read: at line 1, column 12, expected a colon but found “false "context": ”.',
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
    "This message is cut off (the text stops making sense at line 23, column 23). Only intact parts are shown; lost: conditions.",
  );
  await expect(page.getByTestId(TEST_IDS.policyJson)).toContainText(
    '"Resource": "arn:aws:iam::<REMOVED>:role/develop_pks-master"',
  );
});
