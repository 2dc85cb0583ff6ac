import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { PORT } from "../playwright.config";
import { reportSchema } from "../src/core/report/schema";
import { TEST_IDS, readFixture } from "./support/page";

const BIN = "dist-cli/authz-decoder.mjs";

test.beforeAll(() => {
  // `npm test` builds it in the unit stage; a lone e2e run builds it here.
  if (!existsSync(BIN))
    execFileSync("npx", ["vite", "build", "-c", "vite.cli.config.ts", "--logLevel", "error"]);
});

test("the CLI's --link opens the page on the same analysis: the same denials and merged policy", async ({
  page,
}) => {
  const log = readFixture("synthetic-errors", "terraform-six-failures.txt");
  const run = spawnSync(
    process.execPath,
    [BIN, "--format", "json", "--link", `http://127.0.0.1:${String(PORT)}/`],
    { input: log, encoding: "utf8" },
  );
  const report = reportSchema.parse(JSON.parse(run.stdout));
  const link = report.link ?? "";
  expect(link).toMatch(/#v1\./);

  await page.goto(link);
  await expect(page.getByTestId(TEST_IDS.linkNotice).first()).toContainText(
    "Opened from a share link.",
  );
  const rows = page.getByTestId(TEST_IDS.denialsOverview).locator("tbody tr");
  await expect(rows).toHaveCount(report.denials.length);
  for (const [i, d] of report.denials.entries())
    await expect(rows.nth(i)).toContainText(d.action ?? "?");
  // The page's merged policy is the CLI's, with the link's redaction (ACCOUNT_1 for the account).
  const shown = JSON.parse(
    (await page.getByTestId(TEST_IDS.policyJson).first().innerText()).trim(),
  ) as unknown;
  const expected = JSON.parse(
    JSON.stringify(report.policies[0]?.policy).replaceAll("111122223333", "ACCOUNT_1"),
  ) as unknown;
  expect(shown).toEqual(expected);
});
