import { gzipSync } from "node:zlib";
import { expect, test, type Page } from "@playwright/test";
import { athenaDenialQuery, athenaTableDdl, lakeDenialQuery } from "../src/core/cloudtrail/queries";
import { FAKE_STS_PORT, LOCAL_PORT } from "../playwright.config";
import { okEvent, trailEvent, trailFile } from "../fixtures/cloudtrail";
import { KNOWN_TOKENS } from "./support/fake-sts";
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

const LOCAL = `http://127.0.0.1:${String(LOCAL_PORT)}/`;
/** The core's SQL (parsed with Hive's and Trino's grammars in queries.test.ts), as the page shows it. */
const sql = (r: { ok: true; value: string } | { ok: false }): string => {
  if (!r.ok) throw new Error("query refused");
  return `${r.value};`;
};
/** An event data store's ID as the CloudTrail User Guide's examples write one. */
const STORE = "EXAMPLE-f852-4e8f-8bd1-bcf6cEXAMPLE";

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
  await page.getByLabel("Account", { exact: true }).selectOption("444455556666");
  await expect(rows).toHaveCount(1);
  await expect(page.getByRole("heading", { name: /^Draft policy for/ })).toHaveCount(1);
  await page.getByTestId(TEST_IDS.copyPolicy).click();
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toContain('"Resource": "arn:aws:s3:::example-reports/2026/q4.csv"');
  await page.getByLabel("Account", { exact: true }).selectOption("");
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

test("the queries for Athena and CloudTrail Lake are on the page, copyable, refuse bad values, and are the core's (parsed as SQL in its tests)", async ({
  page,
}) => {
  await page.goto("./");
  await page.getByTestId(TEST_IDS.openQueries).click();
  const panel = page.getByTestId(TEST_IDS.orgQueries);
  await expect(panel).toHaveAttribute("open", "");
  // The denial query needs nothing; the table needs the trail's bucket, organization and layout.
  await expect(page.getByTestId(TEST_IDS.athenaQuerySql)).toContainText("FROM cloudtrail_org");
  await panel.getByLabel("Trail bucket").fill("My_Bucket");
  await panel.getByLabel("Organization ID").fill("o-a1b2c3d4e5");
  await panel.getByLabel("Regions").fill("us-east-1, eu-west-1");
  await panel.getByLabel("Accounts").fill("111122223333 444455556666");
  await expect(panel.getByRole("alert")).toHaveText(
    "Not a bucket name: “My_Bucket” (3 to 63 lower-case letters, digits, dots and hyphens).",
  );
  await panel.getByLabel("Trail bucket").fill("org-trail-logs");
  await panel.getByLabel("Days").fill("30");
  const ddl = await page.getByTestId(TEST_IDS.athenaTableSql).innerText();
  const query = await page.getByTestId(TEST_IDS.athenaQuerySql).innerText();
  const accounts = ["111122223333", "444455556666"];
  expect(ddl).toBe(
    sql(
      athenaTableDdl({
        bucket: "org-trail-logs",
        organizationId: "o-a1b2c3d4e5",
        table: "cloudtrail_org",
        accounts,
        regions: ["us-east-1", "eu-west-1"],
        since: `${String(new Date().getUTCFullYear())}/01/01`,
      }),
    ),
  );
  expect(query).toBe(sql(athenaDenialQuery("cloudtrail_org", { days: 30, accounts })));
  expect(query).toContain("interval '30' day");
  // Lake's query, from the store's ARN.
  await panel.getByText(/^CloudTrail Lake/).click();
  await panel
    .getByLabel("Event data store (ID or ARN)")
    .fill(`arn:aws:cloudtrail:us-east-1:111122223333:eventdatastore/${STORE}`);
  const lake = await page.getByTestId(TEST_IDS.lakeQuerySql).innerText();
  expect(lake).toBe(
    sql(
      lakeDenialQuery(`arn:aws:cloudtrail:us-east-1:111122223333:eventdatastore/${STORE}`, {
        days: 30,
        accounts,
      }),
    ),
  );
  // Copy gives exactly the block.
  await panel.getByRole("button", { name: "Copy SQL" }).nth(1).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(query);
});

test("local mode: the denial query runs on (a fake) Athena with the machine's credentials, and its pages fill the overview", async ({
  page,
  request,
}) => {
  await page.goto(LOCAL);
  await page.getByTestId(TEST_IDS.openQueries).click();
  const panel = page.getByTestId(TEST_IDS.orgQueries);
  await panel.getByLabel("Accounts").fill("111122223333, 444455556666");
  await panel
    .getByLabel("Results location (if the workgroup sets none)")
    .fill("s3://example-athena-results/authz/");
  await page.getByTestId(TEST_IDS.athenaRun).click();
  await expect(page.getByTestId(TEST_IDS.athenaStatus)).toHaveText(
    "Done: 3 distinct denials in 2 pages; Athena scanned 3.44 GB.",
  );
  const rows = page.getByTestId(TEST_IDS.orgOverview).locator("tbody tr");
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText("1,204");
  await expect(rows.first()).toContainText("role/deployer");
  await expect(
    page.getByRole("heading", { name: "Draft policy for arn:aws:iam::444455556666:role/etl" }),
  ).toBeVisible();
  // What Athena ran: the page's values in the server's SQL, signed with the machine's key.
  const calls = (await (
    await request.get(`http://127.0.0.1:${String(FAKE_STS_PORT)}/__athena`)
  ).json()) as {
    operation: string;
    accessKeyId: string;
    queryString?: string;
    outputLocation?: string;
  }[];
  const start = calls.filter((c) => c.operation === "StartQueryExecution").at(-1);
  expect(start?.accessKeyId).toBe("AKIAFAKELOCALMODE001");
  expect(start?.outputLocation).toBe("s3://example-athena-results/authz/");
  expect(`${start?.queryString ?? ""};`).toBe(
    sql(
      athenaDenialQuery("cloudtrail_org", { days: 7, accounts: ["111122223333", "444455556666"] }),
    ),
  );
  // A table the account does not have: Athena's reason, said plainly.
  await panel.getByLabel("Table").fill("cloudtrail_missing");
  await page.getByTestId(TEST_IDS.athenaRun).click();
  await expect(panel.getByRole("alert")).toContainText(
    "Athena did not run the query (FAILED): TABLE_NOT_FOUND",
  );
});

test("the overview's link carries only its groups, redacted, and opens as the same overview", async ({
  page,
  context,
}) => {
  await page.goto("./");
  await drop(page, [
    { name: NAME_A, bytes: FILE_A },
    { name: NAME_B, bytes: FILE_B },
  ]);
  await expect(page.getByTestId(TEST_IDS.orgOverview).locator("tbody tr")).toHaveCount(2);
  await page.getByTestId(TEST_IDS.orgShare).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).search).toBe("");
  const teammate = await context.newPage();
  await teammate.goto(link);
  const rows = teammate.getByTestId(TEST_IDS.orgOverview).locator("tbody tr");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText("ec2:RunInstances");
  await expect(rows.nth(0)).toContainText("ACCOUNT_1");
  await expect(teammate.getByTestId(TEST_IDS.orgOverview)).not.toContainText("111122223333");
  await expect(teammate.getByTestId(TEST_IDS.orgOverview)).not.toContainText("444455556666");
  // The link's overview is the reader's to filter and draft from, like the sender's.
  await expect(teammate.getByRole("heading", { name: /^Draft policy for/ })).toHaveCount(2);
  // A denial opens in the single view, and Back returns to the shared overview, still whole.
  await rows.nth(0).getByTestId(TEST_IDS.orgOpenDenial).click();
  await expect(teammate.getByTestId(TEST_IDS.summary).first()).toContainText("ec2:RunInstances");
  await teammate.getByRole("button", { name: "Back to the organization overview" }).click();
  await expect(rows).toHaveCount(2);
});

test("Athena's results pasted as CSV (as the console downloads them) open the overview, with where the calls came from for trail events", async ({
  page,
}) => {
  await page.goto("./");
  const csv = [
    '"account","principal","eventsource","eventname","errorcode","events","first_seen","last_seen","message"',
    '"444455556666","arn:aws:iam::444455556666:role/etl","kms.amazonaws.com","Decrypt","AccessDeniedException","9","2026-12-01 00:00:00.000","2026-12-06 00:00:00.000",""',
    '"111122223333","arn:aws:sts::111122223333:assumed-role/deployer/ci","ec2.amazonaws.com","RunInstances","Client.UnauthorizedOperation","42","2026-12-01 00:00:00.000","2026-12-07 00:00:00.000","You are not authorized to perform this operation. User: arn:aws:sts::111122223333:assumed-role/deployer/ci is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:eu-west-1:111122223333:instance/* because no identity-based policy allows the ec2:RunInstances action."',
  ].join("\r\n");
  await page.evaluate((text) => navigator.clipboard.writeText(text), csv);
  await page.getByRole("button", { name: "Paste from clipboard" }).click();
  const rows = page.getByTestId(TEST_IDS.orgOverview).locator("tbody tr");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText("42");
  await expect(rows.nth(0)).toContainText("role/deployer");
  await expect(page.getByTestId(TEST_IDS.pasteInput)).toHaveValue("");
  // Trail events carry Regions, source IPs and user agents: the row shows them.
  await drop(page, [{ name: NAME_A, bytes: FILE_A }]);
  const row = page.getByTestId(TEST_IDS.orgOverview).locator("tbody tr").first();
  await expect(row).toContainText("203.0.113.7 · aws-sdk-go-v2/1.30.0");
  await expect(row).toContainText("eu-west-1");
});

test("local mode: the encoded messages in the trail are decoded in one go, and each opens in the single view", async ({
  page,
}) => {
  const [token = ""] = [...KNOWN_TOKENS.keys()];
  const withToken = trailEvent("ci-9", "2026-12-06T09:00:00Z", {
    errorMessage: `You are not authorized to perform this operation. User: arn:aws:sts::111122223333:assumed-role/deployer/ci-9 is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:eu-west-1:111122223333:instance/* with an explicit deny in an identity-based policy. Encoded authorization failure message: ${token}`,
  });
  await page.goto(LOCAL);
  await drop(page, [{ name: NAME_A, bytes: gzipSync(trailFile([withToken])) }]);
  await expect(page.getByTestId(TEST_IDS.orgOverview).locator("tbody tr")).toHaveCount(1);
  const panel = page.getByTestId(TEST_IDS.decodePanel);
  await expect(panel).toContainText("Decode (1)");
  await expect(panel.locator("pre")).toContainText(token.slice(0, 40));
  await page.getByTestId(TEST_IDS.decodeButton).click();
  const decoded = page.getByTestId(TEST_IDS.decodedResult);
  await expect(decoded).toHaveCount(1);
  await expect(decoded).toContainText("ec2:RunInstances");
  await decoded.getByRole("button", { name: "Open" }).click();
  await expect(page.getByTestId(TEST_IDS.summary).first()).toContainText(
    "may not ec2:RunInstances",
  );
  await expect(
    page.getByRole("button", { name: "Back to the organization overview" }),
  ).toBeVisible();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("the empty page's buttons and the organization view stay inside the screen", async ({
    page,
  }) => {
    const offScreen = () =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll("main *"))
          .filter(
            (el) =>
              el.getBoundingClientRect().right > window.innerWidth + 1 &&
              !el.closest("pre, .table-scroll, textarea, code"),
          )
          .map((el) => `${el.tagName}: ${el.textContent.slice(0, 50)}`),
      );
    await page.goto("./");
    await expect(page.getByTestId(TEST_IDS.openQueries)).toBeVisible();
    expect(await offScreen()).toEqual([]);
    await drop(page, [{ name: NAME_A, bytes: FILE_A }]);
    await expect(page.getByTestId(TEST_IDS.orgOverview)).toBeVisible();
    await page.getByTestId(TEST_IDS.orgQueries).locator("> summary").click();
    await expect(page.getByTestId(TEST_IDS.athenaQuerySql)).toBeVisible();
    expect(await offScreen()).toEqual([]);
  });
});

test("denials someone else fixes list their statements, as the single view drafts them", async ({
  page,
}) => {
  await page.goto("./");
  const scp = trailEvent("ci-4", "2026-12-03T10:00:00Z", {
    eventName: "CreateVolume",
    errorMessage:
      "You are not authorized to perform this operation. User: arn:aws:sts::111122223333:assumed-role/deployer/ci-4 is not authorized to perform: ec2:CreateVolume on resource: arn:aws:ec2:eu-west-1:111122223333:volume/* because no service control policy allows the ec2:CreateVolume action.",
  });
  await drop(page, [
    { name: NAME_A, bytes: gzipSync(trailFile([scp, deployer("ci-5", "2026-12-03T11:00:00Z")])) },
  ]);
  await expect(page.getByTestId(TEST_IDS.orgOverview).locator("tbody tr")).toHaveCount(2);
  const others = page.getByRole("region", { name: /^For others to change \(1\)/ });
  await expect(others).toBeVisible();
  await expect(others.locator("summary")).toHaveText(
    "ec2:CreateVolume · role/deployer · organization admins",
  );
  await others.locator("summary").click();
  await expect(others.getByTestId(TEST_IDS.policyJson)).toBeVisible();
  await expect(others).toContainText("service control polic");
  // The caller's own policy has its one draft; the SCP's statement is not in it.
  await expect(page.getByRole("heading", { name: /^Draft policy for/ })).toHaveCount(1);
});
