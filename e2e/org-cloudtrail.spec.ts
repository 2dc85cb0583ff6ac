import { gzipSync } from "node:zlib";
import { expect, test, type Page } from "@playwright/test";
import { okEvent, trailEvent, trailFile } from "../fixtures/cloudtrail";
import { TEST_IDS } from "./support/page";

/**
 * An organization trail's files as CloudTrail writes them to S3 (one gzip'd `{"Records": […]}`
 * per account, region and five minutes), from two member accounts.
 */
const deployer = (session: string, time: string) => trailEvent(session, time);
const reader = (time: string) =>
  trailEvent("reader", time, {
    userIdentity: {
      type: "IAMUser",
      arn: "arn:aws:iam::444455556666:user/reporting",
      accountId: "444455556666",
      userName: "reporting",
    },
    eventSource: "s3.amazonaws.com",
    eventName: "GetObject",
    errorCode: "AccessDenied",
    errorMessage:
      'User: arn:aws:iam::444455556666:user/reporting is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::example-reports/2026/q4.csv" because no identity-based policy allows the s3:GetObject action',
    recipientAccountId: "444455556666",
  });
const FILE_A = gzipSync(
  trailFile([
    deployer("ci-1", "2026-12-01T10:00:00Z"),
    okEvent("ok-1", "2026-12-01T10:00:01Z"),
    deployer("ci-2", "2026-12-02T10:00:00Z"),
    deployer("ci-3", "2026-12-03T10:00:00Z"),
  ]),
);
const FILE_B = gzipSync(
  trailFile([
    reader("2026-12-04T10:00:00Z"),
    okEvent("ok-2", "2026-12-04T10:00:01Z"),
    reader("2026-12-05T10:00:00Z"),
  ]),
);
const NAME_A = "111122223333_CloudTrail_eu-west-1_20261201T1000Z_a1b2c3d4e5f6g7h8.json.gz";
const NAME_B = "444455556666_CloudTrail_us-east-1_20261204T1000Z_h8g7f6e5d4c3b2a1.json.gz";

/** Drops files on the paste box as the browser does: a DataTransfer of File objects. */
async function drop(page: Page, files: { name: string; bytes: Buffer }[]): Promise<void> {
  const transfer = await page.evaluateHandle(
    (list) => {
      const dt = new DataTransfer();
      for (const f of list)
        dt.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name));
      return dt;
    },
    files.map((f) => ({ name: f.name, base64: f.bytes.toString("base64") })),
  );
  await page.getByTestId(TEST_IDS.pasteInput).dispatchEvent("drop", { dataTransfer: transfer });
}

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("dropped .json.gz trail files give the ranked overview, filters, a merged policy per principal, and a denial opens in the single view", async ({
  page,
}) => {
  await page.goto("./");
  await drop(page, [
    { name: NAME_A, bytes: FILE_A },
    { name: NAME_B, bytes: FILE_B },
  ]);
  const overview = page.getByTestId(TEST_IDS.orgOverview);
  const rows = overview.locator("tbody tr");
  await expect(rows).toHaveCount(2);
  await expect(page.getByTestId(TEST_IDS.trailProgress)).toContainText(
    "2 of 2 files: 7 events, 5 denied.",
  );
  // Most frequent first; sessions of one role are one principal, the role.
  await expect(rows.nth(0)).toContainText("3");
  await expect(rows.nth(0)).toContainText("ec2:RunInstances");
  await expect(rows.nth(0)).toContainText("role/deployer");
  await expect(rows.nth(0)).toContainText("2026-12-01 – 2026-12-03");
  await expect(rows.nth(1)).toContainText("s3:GetObject");
  await expect(rows.nth(1)).toContainText("user/reporting");
  // One policy per principal, for what its own policy fixes.
  await expect(
    page.getByRole("heading", { name: "Draft policy for arn:aws:iam::111122223333:role/deployer" }),
  ).toBeVisible();
  await expect(
    page.getByRole("heading", {
      name: "Draft policy for arn:aws:iam::444455556666:user/reporting",
    }),
  ).toBeVisible();
  // Filters narrow the table and the drafts with it.
  await page.getByLabel("Account").selectOption("444455556666");
  await expect(rows).toHaveCount(1);
  await expect(page.getByRole("heading", { name: /^Draft policy for/ })).toHaveCount(1);
  await page.getByTestId(TEST_IDS.copyPolicy).click();
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toContain('"Resource": "arn:aws:s3:::example-reports/2026/q4.csv"');
  await page.getByLabel("Account").selectOption("");
  await page.getByLabel("Seen until").fill("2026-12-02");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("ec2:RunInstances");
  // A denial opens in the single-denial view, and Back returns to the overview as it was.
  await rows.first().getByTestId(TEST_IDS.orgOpenDenial).click();
  await expect(page.getByTestId(TEST_IDS.summary).first()).toContainText(
    "may not ec2:RunInstances",
  );
  await expect(overview).toBeHidden();
  await page.getByRole("button", { name: "Back to the organization overview" }).click();
  await expect(overview).toBeVisible();
  await expect(rows).toHaveCount(1);
});

test("bad files are named with what went wrong, and the good ones are still read", async ({
  page,
}) => {
  await page.goto("./");
  const cut = FILE_A.subarray(0, Math.floor(FILE_A.length * 0.6));
  await page.getByTestId(TEST_IDS.trailFilesInput).setInputFiles([
    { name: "package.json", mimeType: "application/json", buffer: Buffer.from('{"name": "x"}') },
    { name: "cut.json.gz", mimeType: "application/gzip", buffer: cut },
    { name: NAME_B, mimeType: "application/gzip", buffer: FILE_B },
  ]);
  await expect(page.getByTestId(TEST_IDS.orgOverview).locator("tbody tr")).not.toHaveCount(0);
  const problems = page.getByTestId(TEST_IDS.inputWarning);
  await expect(
    problems.filter({ hasText: "package.json is JSON but holds no CloudTrail events" }),
  ).toHaveCount(1);
  await expect(
    problems.filter({ hasText: "cut.json.gz is a gzip file that ends early" }),
  ).toHaveCount(1);
  await expect(page.getByTestId(TEST_IDS.orgOverview)).toContainText("user/reporting");
});

test("a 2 GB file reads in the background with progress, and Cancel keeps what was read", async ({
  page,
}) => {
  await page.goto("./");
  // Built in the page from one 1 MB part used 2,000 times: the browser holds it once.
  await page.evaluate(
    ({ event, ok }) => {
      const part = `${Array.from({ length: 2_000 }, (_, i) => (i % 50 === 0 ? event : ok)).join(",")},`;
      const blob = new Blob([part]);
      const file = new File(
        [
          '{"Records":[',
          ...Array.from({ length: Math.ceil(2e9 / blob.size) }, () => blob),
          `${ok}]}`,
        ],
        "huge-trail.json",
      );
      const input = document.querySelector<HTMLInputElement>('[data-testid="trail-files-input"]');
      if (!input) throw new Error("no input");
      const dt = new DataTransfer();
      dt.items.add(file);
      input.files = dt.files;
      input.dispatchEvent(new Event("change", { bubbles: true }));
    },
    {
      event: JSON.stringify(trailEvent("big", "2026-12-06T00:00:00Z")),
      ok: JSON.stringify(okEvent("ok", "2026-12-06T00:00:00Z")),
    },
  );
  const progress = page.getByTestId(TEST_IDS.trailProgress);
  await expect(progress).toContainText(/of 2\.00 GB/);
  await expect(progress).toContainText(/[1-9][\d,]* denied so far/);
  // The page answers while the worker reads.
  const started = Date.now();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  expect(Date.now() - started).toBeLessThan(1_000);
  await page.getByTestId(TEST_IDS.trailCancel).click();
  await expect(page.getByText(/^Cancelled: the denials read before are below/)).toBeVisible();
  await expect(page.getByTestId(TEST_IDS.orgOverview).locator("tbody tr")).toHaveCount(1);
  await expect(page.getByTestId(TEST_IDS.orgOverview)).toContainText("ec2:RunInstances");
});
