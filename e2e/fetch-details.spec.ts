import { expect, test, type Page } from "@playwright/test";
import { FAKE_STS_PORT, LOCAL_PORT, PORT } from "../playwright.config";
import { AUTHORIZATION_CASES } from "../fixtures/authorization-cases";
import { TEST_IDS, paste } from "./support/page";
import { expectNoSecretStored } from "./support/privacy";
import { requestsFor } from "./support/sts";

const FAKE = `http://127.0.0.1:${FAKE_STS_PORT}`;
const LOCAL = `http://127.0.0.1:${LOCAL_PORT}/`;
const SCP_CASE = AUTHORIZATION_CASES.find((c) => c.name.startsWith("Terraform (Go SDK), an SCP"));
const ERROR = SCP_CASE?.text ?? "";
/** The same denial, with an ID the fake does not know: "older than 24 hours". */
const UNKNOWN_ID = ERROR.replaceAll("3k9x7q2m5n8p1r4t6v0w", "0000000000expired000");

async function pasteCredentials(page: Page, key: string, secret: string): Promise<void> {
  await page
    .getByTestId(TEST_IDS.credentialsInput)
    .fill(`export AWS_ACCESS_KEY_ID=${key}\nexport AWS_SECRET_ACCESS_KEY=${secret}`);
  await page.getByRole("button", { name: "Use these credentials" }).click();
  await page.getByText("Advanced").click();
  await page.getByLabel(/IAM Toolbox endpoint/).fill(FAKE);
}

test("browser mode: the details and the policy fetched with SigV4 (signing name iam), shown in place", async ({
  page,
  request,
}) => {
  const consoleLines: string[] = [];
  page.on("console", (m) => consoleLines.push(m.text()));
  const key = "AKIAFAKETOOLBOX00001";
  const secret = "toolboxSecretThatMustStayInMemory0000000";
  await page.goto("./");
  await paste(page, ERROR);
  await expect(page.getByTestId("fetch-details-button")).toBeDisabled();
  await pasteCredentials(page, key, secret);
  await expect(page.getByText(`The request will be sent to ${FAKE}.`)).toBeVisible();
  await page.getByTestId("fetch-details-button").click();

  const evaluation = page.getByTestId(TEST_IDS.authzEvaluation);
  await expect(evaluation).toContainText("DenyIamWithoutMfa");
  await expect(page.getByText("Fetched 1 page of details.")).toBeVisible();
  // The policy came too, with its matched statement marked.
  await expect(
    page.locator("[data-changed]").filter({ hasText: '"Sid": "DenyIamWithoutMfa"' }),
  ).toHaveCount(1);
  const calls = await requestsFor(request, key);
  expect(calls.map((c) => [c.action, c.token, c.region, c.origin])).toEqual([
    [
      "GetRequestAuthorizationDetails",
      "3k9x7q2m5n8p1r4t6v0w",
      "eu-west-1",
      `http://127.0.0.1:${PORT}`,
    ],
    [
      "GetRequestAuthorizationPolicy",
      "3k9x7q2m5n8p1r4t6v0w",
      "eu-west-1",
      `http://127.0.0.1:${PORT}`,
    ],
    [
      "GetRequestAuthorizationPolicy",
      "3k9x7q2m5n8p1r4t6v0w",
      "eu-west-1",
      `http://127.0.0.1:${PORT}`,
    ],
  ]);
  // One policy is unknown to the fake: said, and the details still stand.
  await expect(
    page.getByText(/Policy arn:aws:iam::aws:policy\/IAMFullAccess could not be fetched: Not found/),
  ).toBeVisible();
  await expectNoSecretStored(page, [secret], consoleLines);
});

for (const [name, key, text, expected] of [
  [
    "no permission: the exact policy to ask for",
    "AKIADENIEDTOOLBOX001",
    ERROR,
    /Access denied[\s\S]*"iam:GetRequestAuthorizationDetails"/,
  ],
  [
    "an ID AWS no longer has: older than the retention, or another account",
    "AKIAFAKETOOLBOX00002",
    UNKNOWN_ID,
    /Not found: the details are older than AWS keeps them/,
  ],
] as const) {
  test(`browser mode errors say what to do: ${name}`, async ({ page }) => {
    await page.goto("./");
    await paste(page, text);
    await pasteCredentials(page, key, "toolboxSecret000000000000000000000000000");
    await page.getByTestId("fetch-details-button").click();
    await expect(page.getByRole("alert").filter({ hasText: expected })).toBeVisible();
  });
}

test("an endpoint outside AWS's IAM Toolbox hosts is refused before any request", async ({
  page,
}) => {
  await page.goto("./");
  await paste(page, ERROR);
  await pasteCredentials(page, "AKIAFAKETOOLBOX00003", "toolboxSecret000000000000000000000000000");
  await page.getByLabel(/IAM Toolbox endpoint/).fill("https://iam-toolbox.evil.example");
  await expect(
    page.getByRole("alert").filter({ hasText: "https://iam-toolbox.evil.example" }),
  ).toBeVisible();
  await expect(page.getByTestId("fetch-details-button")).toBeDisabled();
});

test("local mode: fetched with this machine's credentials through AWS_ENDPOINT_URL_IAM_TOOLBOX", async ({
  page,
  request,
}) => {
  const KEY = "AKIAFAKELOCALMODE001"; // playwright.config.ts, the local server's environment
  const before = (await requestsFor(request, KEY)).length;
  await page.goto(LOCAL);
  await paste(page, ERROR);
  await expect(page.getByText(/Fetches with this machine's AWS access/)).toBeVisible();
  await page.getByTestId("fetch-details-button").click();
  await expect(page.getByTestId(TEST_IDS.authzEvaluation)).toContainText("DenyIamWithoutMfa");
  const calls = (await requestsFor(request, KEY)).slice(before);
  expect(calls.map((c) => [c.action, c.region])).toEqual([
    ["GetRequestAuthorizationDetails", "eu-west-1"],
    ["GetRequestAuthorizationPolicy", "eu-west-1"],
    ["GetRequestAuthorizationPolicy", "eu-west-1"],
  ]);
  expect(await page.content()).not.toContain("fakeLocalSecretThatMustStayInTheServer000");
});
