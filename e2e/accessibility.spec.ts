import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { FAKE_STS_PORT } from "../playwright.config";
import { POLICY_TYPE_CASES } from "../fixtures/policy-type-cases";
import { gzipSync } from "node:zlib";
import { okEvent, trailEvent, trailFile } from "../fixtures/cloudtrail";
import { TEST_IDS, openDecodeForm, openShareOptions, paste, readFixture } from "./support/page";

async function expectNoViolations(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary, `axe violations in ${state}`).toEqual([]);
}

const STATES: [string, (page: Page) => Promise<void>][] = [
  ["empty", () => Promise.resolve()],
  [
    "analysed (implicit deny, policy)",
    async (page) => {
      await paste(page, readFixture("decoded", "16-iam-passrole-aws-backup-restore-envelope.txt"));
      await expect(page.getByTestId(TEST_IDS.policyJson)).toBeVisible();
    },
  ],
  [
    "narrowed (changed lines marked, highlighted)",
    async (page) => {
      await paste(
        page,
        readFixture("decoded", "24-awsdocs-iam-cli-example-runinstances-chain-user.txt"),
      );
      await page.getByTestId(TEST_IDS.narrowing).getByRole("checkbox").nth(1).check();
      await expect(
        page.getByTestId(TEST_IDS.policyJson).locator("[data-changed]").first(),
      ).toBeVisible();
    },
  ],
  [
    "policies checked, nearest miss",
    async (page) => {
      await paste(
        page,
        readFixture("decoded", "24-awsdocs-iam-cli-example-runinstances-chain-user.txt"),
      );
      await page
        .locator("details")
        .filter({ has: page.getByTestId(TEST_IDS.policyInput) })
        .locator("summary")
        .click();
      await page
        .getByTestId(TEST_IDS.policyInput)
        .fill(
          '{"Statement":{"Sid":"Small","Effect":"Allow","Action":"ec2:RunInstances","Resource":"*","Condition":{"StringEquals":{"ec2:InstanceType":"t3.micro"}}}}',
        );
      await expect(page.getByTestId(TEST_IDS.nearestMiss)).toBeVisible();
    },
  ],
  [
    "explicit deny",
    async (page) => {
      await paste(
        page,
        readFixture("decoded", "02-ec2-runinstances-explicitdeny-mfa-statement.txt"),
      );
      await expect(page.getByTestId(TEST_IDS.statementsTable)).toBeVisible();
    },
  ],
  [
    "statements for other policies, both sides, a merged policy",
    async (page) => {
      await paste(page, POLICY_TYPE_CASES.sqsCrossAccount.text);
      await page
        .getByTestId(TEST_IDS.mergeInput)
        .first()
        .fill(
          '{"Version":"2012-10-17","Statement":[{"Sid":"Owner","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::444455556666:root"},"Action":"sqs:*","Resource":"*"}]}',
        );
      await expect(page.getByTestId(TEST_IDS.mergedPolicy)).toBeVisible();
    },
  ],
  [
    "error",
    async (page) => {
      await paste(page, '{"allowed" false');
      await expect(page.getByTestId(TEST_IDS.inputError)).toBeVisible();
    },
  ],
  [
    "error texts with decode panel and share preview",
    async (page) => {
      await paste(page, readFixture("synthetic-errors", "terraform-six-failures.txt"));
      await openShareOptions(page);
      await expect(page.getByTestId(TEST_IDS.sharePreview)).toBeVisible();
      // A folded card opened from its row, and the credentials form unfolded.
      await page.getByTestId(TEST_IDS.overviewLink).first().click();
      await openDecodeForm(page);
      await expect(page.getByTestId(TEST_IDS.credentialsInput)).toBeVisible();
    },
  ],
  [
    "organization overview from CloudTrail files, with the queries for Athena",
    async (page) => {
      await page.getByTestId(TEST_IDS.trailFilesInput).setInputFiles({
        name: "111122223333_CloudTrail_eu-west-1_20261201T1000Z_a1b2.json.gz",
        mimeType: "application/gzip",
        buffer: gzipSync(
          trailFile([
            trailEvent("a", "2026-12-01T10:00:00Z"),
            okEvent("b", "2026-12-01T10:00:01Z"),
            trailEvent("c", "2026-12-02T10:00:00Z", { eventName: "CreateVolume" }),
          ]),
        ),
      });
      await expect(page.getByTestId(TEST_IDS.orgOverview)).toBeVisible();
      await page.getByTestId(TEST_IDS.orgQueries).locator("> summary").click();
      await expect(page.getByTestId(TEST_IDS.athenaQuerySql)).toBeVisible();
    },
  ],
];

const VIEWPORTS = {
  laptop: { width: 1440, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

for (const [device, viewport] of Object.entries(VIEWPORTS)) {
  for (const scheme of ["light", "dark"] as const) {
    for (const locale of ["en-US", "ja-JP"] as const) {
      test.describe(`${device}, ${scheme}, ${locale}`, () => {
        test.use({ colorScheme: scheme, locale, viewport });
        for (const [state, reach] of STATES) {
          test(`no axe violations: ${state}`, async ({ page }) => {
            // axe walks the whole page: a long error report takes a while on a loaded 2-core machine.
            test.setTimeout(60_000);
            await page.goto("./");
            await expect(page.getByTestId(TEST_IDS.pasteInput)).toBeVisible();
            await reach(page);
            await expectNoViolations(page, `${state} (${device}, ${scheme}, ${locale})`);
          });
        }
      });
    }
  }
}

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("keyboard only: paste, read the verdict, copy the policy, copy a share link", async ({
  page,
}) => {
  await page.goto("./");
  await page.keyboard.press("Tab"); // language
  await page.keyboard.press("Tab"); // theme
  await page.keyboard.press("Tab"); // paste box
  await expect(page.getByTestId(TEST_IDS.pasteInput)).toBeFocused();
  await page.keyboard.insertText(
    readFixture("decoded", "16-iam-passrole-aws-backup-restore-envelope.txt"),
  );
  await expect(
    page.getByRole("status").filter({ hasText: "Denied: no policy allows it" }),
  ).toBeAttached();

  const copyPolicy = page.getByTestId(TEST_IDS.copyPolicy);
  for (
    let i = 0;
    i < 40 && !(await copyPolicy.evaluate((el) => el === document.activeElement));
    i++
  ) {
    await page.keyboard.press("Tab");
  }
  await expect(copyPolicy).toBeFocused();
  const outline = await copyPolicy.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
  await page.keyboard.press("Enter");
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toContain('"Action": "iam:PassRole"');

  const share = page.getByTestId(TEST_IDS.shareButton);
  for (let i = 0; i < 80 && !(await share.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(share).toBeFocused();
  await page.keyboard.press("Enter");
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/#v1\./);
});

test("keyboard only: decode an error's token in browser mode", async ({ page }) => {
  await page.goto("./");
  await page.getByTestId(TEST_IDS.pasteInput).focus();
  await page.keyboard.insertText(
    readFixture("errors", "07-terraform-aws-instance-status-code-request-id-line.txt"),
  );
  const tabTo = async (target: Locator) => {
    for (
      let i = 0;
      i < 60 && !(await target.evaluate((el) => el === document.activeElement));
      i++
    ) {
      await page.keyboard.press("Tab");
    }
    await expect(target).toBeFocused();
  };
  await tabTo(page.getByTestId(TEST_IDS.credentialsInput));
  await page.keyboard.insertText(
    "export AWS_ACCESS_KEY_ID=AKIAFAKEKEYBOARD0001\nexport AWS_SECRET_ACCESS_KEY=keyboardSecret000000000000000000000000",
  );
  await tabTo(page.getByRole("button", { name: "Use these credentials" }));
  await page.keyboard.press("Enter");
  await tabTo(page.locator("summary", { hasText: "Advanced" }));
  await page.keyboard.press("Enter");
  await tabTo(page.getByLabel(/STS endpoint/));
  await page.keyboard.insertText(`http://127.0.0.1:${FAKE_STS_PORT}`);
  await tabTo(page.getByTestId(TEST_IDS.decodeButton));
  await page.keyboard.press("Enter");
  await expect(
    page.getByTestId(TEST_IDS.decodedResult).getByTestId(TEST_IDS.summary),
  ).toContainText("IAM user k3s-admin");
});
