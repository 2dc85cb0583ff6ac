import { expect, test, type Page } from "@playwright/test";
import { FAKE_STS_PORT, PORT } from "../playwright.config";
import { TEST_IDS, openDecodeForm, paste, readFixture } from "./support/page";
import { expectNoSecretStored } from "./support/privacy";
import { requestsFor } from "./support/sts";

const STS = `http://127.0.0.1:${FAKE_STS_PORT}`;
const TERRAFORM = readFixture(
  "errors",
  "07-terraform-aws-instance-status-code-request-id-line.txt",
);
const TOKEN = /message: ([A-Za-z0-9_-]+)/.exec(TERRAFORM)?.[1] ?? "";

const envCredentials = (
  key: string,
  secret: string,
  session?: string,
  expiration = "2099-01-01T00:00:00Z",
) =>
  [
    `export AWS_ACCESS_KEY_ID=${key}`,
    `export AWS_SECRET_ACCESS_KEY=${secret}`,
    ...(session ? [`export AWS_SESSION_TOKEN=${session}`] : []),
    `export AWS_CREDENTIAL_EXPIRATION=${expiration}`,
  ].join("\n");

async function useCredentials(page: Page, text: string, endpoint = STS): Promise<void> {
  await openDecodeForm(page);
  await page.getByTestId(TEST_IDS.credentialsInput).fill(text);
  await page.getByRole("button", { name: "Use these credentials" }).click();
  await page.getByText("Advanced").click();
  await page.getByLabel(/STS endpoint/).fill(endpoint);
}

test("decodes in the page with pasted credentials through the SDK, and keeps them in memory only", async ({
  page,
  request,
}) => {
  const consoleLines: string[] = [];
  page.on("console", (m) => consoleLines.push(m.text()));
  const key = "ASIAFAKEBROWSER00001";
  const secret = "browserSecretKeyThatMustStayInMemory00000";
  const session = "FwoGZXIvYXdzEFAKESESSIONTOKENFORTHETESTS";
  await page.goto("./");
  await paste(page, TERRAFORM);
  await expect(page.getByTestId(TEST_IDS.decodeButton)).toBeDisabled();
  await useCredentials(page, envCredentials(key, secret, session));
  await expect(
    page.getByText(/Using key ASIA…0001 with a session token, valid until 2099/),
  ).toBeVisible();
  await expect(page.getByText(`The token will be sent to ${STS}.`)).toBeVisible();

  await page.getByTestId(TEST_IDS.decodeButton).click();
  const result = page.getByTestId(TEST_IDS.decodedResult);
  await expect(result.getByTestId(TEST_IDS.summary)).toHaveText(
    "IAM user k3s-admin (account 363711084474) may not ec2:RunInstances on instance/*: an explicit Deny blocks it.",
  );
  await expect(page.getByTestId(TEST_IDS.decodeProgress)).toContainText("Decoded 1 of 1.");

  expect(await requestsFor(request, key)).toEqual([
    {
      action: "DecodeAuthorizationMessage",
      token: TOKEN,
      accessKeyId: key,
      region: "us-east-1",
      origin: `http://127.0.0.1:${PORT}`,
      hasSessionToken: true,
    },
  ]);
  await expectNoSecretStored(page, [secret, session, key], consoleLines);

  await page.getByTestId(TEST_IDS.forgetCredentials).click();
  await expect(page.getByTestId(TEST_IDS.credentialsInput)).toHaveValue("");
  await expect(page.getByTestId(TEST_IDS.decodeButton)).toBeDisabled();
});

test("several tokens: progress, each result or error kept with its token, the rest still explained", async ({
  page,
  request,
}) => {
  const key = "AKIAFAKEBROWSERMANY1";
  await page.goto("./");
  await paste(page, readFixture("synthetic-errors", "terraform-six-failures.txt"));
  await useCredentials(page, envCredentials(key, "manySecret000000000000000000000000000000"));
  await page.getByRole("button", { name: "Decode 6 tokens" }).click();
  await expect(page.getByTestId(TEST_IDS.decodeProgress)).toContainText("Decoded 2 of 6.");
  await expect(page.getByTestId(TEST_IDS.decodedResult)).toHaveCount(2);
  await expect(
    page.getByTestId(TEST_IDS.decodedResult).first().getByTestId(TEST_IDS.summary),
  ).toContainText("IAM user happy-go-lucky");
  const failures = page.getByTestId(TEST_IDS.decodeFailure);
  await expect(failures).toHaveCount(4);
  await expect(failures.first()).toContainText("issued in another account or partition");
  // Decoded in place: each verdict sits in its denial's card instead of its token, and the page
  // keeps one share panel and one merged draft (still marked: four tokens stay undecoded).
  await expect(page.locator("article.denial").getByTestId(TEST_IDS.decodedResult)).toHaveCount(2);
  await expect(
    page
      .locator("article.denial")
      .filter({ has: page.getByTestId(TEST_IDS.decodedResult) })
      .getByTestId(TEST_IDS.decodeCommand),
  ).toHaveCount(0);
  await expect(page.getByTestId(TEST_IDS.shareButton)).toHaveCount(1);
  // The decoded messages name a different principal than the text (the fake answers with fixtures):
  // each principal keeps exactly one policy.
  const drafts = (await page.getByRole("heading").allTextContents()).filter((h) =>
    h.startsWith("Draft policy"),
  );
  expect(drafts).toEqual([
    "Draft policy for arn:aws:iam::010759401675:user/happy-go-lucky",
    "Draft policy for arn:aws:iam::111122223333:role/terraform-deployer",
  ]);
  expect((await requestsFor(request, key)).map((r) => r.token).sort()).toHaveLength(6);
});

for (const [name, credentials, expected] of [
  [
    "no permission to decode: the exact policy to ask for",
    envCredentials("AKIADENIEDBROWSER001", "deniedSecret0000000000000000000000000000"),
    /may not call sts:DecodeAuthorizationMessage[\s\S]*"Action": "sts:DecodeAuthorizationMessage"/,
  ],
  [
    "GetSessionToken credentials",
    envCredentials(
      "ASIASESSIONBROWSER01",
      "sessionSecret000000000000000000000000000",
      "sessiontoken",
    ),
    /GetSessionToken or GetFederationToken cannot call DecodeAuthorizationMessage/,
  ],
  [
    "expired credentials",
    envCredentials("ASIAEXPIREDBROWSER01", "expiredSecret00000000000000000000000000", "t"),
    /have expired/,
  ],
  [
    "unknown credentials",
    envCredentials("AKIAINVALIDBROWSER01", "invalidSecret00000000000000000000000000"),
    /does not recognise these credentials/,
  ],
  [
    "a skewed clock",
    envCredentials("AKIASKEWBROWSER00001", "skewSecret000000000000000000000000000000"),
    /clock is too far/,
  ],
] as const) {
  test(`decode errors say what to do: ${name}`, async ({ page }) => {
    await page.goto("./");
    await paste(page, TERRAFORM);
    await useCredentials(page, credentials);
    await page.getByTestId(TEST_IDS.decodeButton).click();
    await expect(page.getByTestId(TEST_IDS.decodeFailure)).toContainText(expected);
    await expect(page.getByTestId(TEST_IDS.decodeCommand)).toHaveCount(1);
    // The failure was about those credentials: Forget takes it with them.
    await page.getByTestId(TEST_IDS.forgetCredentials).click();
    await expect(page.getByTestId(TEST_IDS.decodeFailure)).toHaveCount(0);
  });
}

test("decode errors say what to do: STS out of reach falls back to the CLI command", async ({
  page,
}) => {
  await page.goto("./");
  await paste(page, TERRAFORM);
  await useCredentials(
    page,
    envCredentials("AKIANOREACH000000001", "noReachSecret0000000000000000000000000"),
    "http://127.0.0.1:9",
  );
  await page.getByTestId(TEST_IDS.decodeButton).click();
  await expect(page.getByTestId(TEST_IDS.decodeFailure)).toContainText(
    "Use the CLI command instead",
    { timeout: 20_000 },
  );
});

test("credentials that already expired are refused before any call", async ({ page, request }) => {
  const key = "ASIAPASTEXPIRY000001";
  await page.goto("./");
  await paste(page, TERRAFORM);
  await page
    .getByTestId(TEST_IDS.credentialsInput)
    .fill(envCredentials(key, "s".repeat(40), "t", "2020-01-01T00:00:00Z"));
  await page.getByRole("button", { name: "Use these credentials" }).click();
  await expect(page.getByRole("alert")).toHaveText(
    "These credentials expired at 2020-01-01T00:00:00Z. Export fresh ones.",
  );
  expect(await requestsFor(request, key)).toEqual([]);
});

test("the three typed fields work as well as a pasted export", async ({ page, request }) => {
  const key = "AKIAFAKETHREEFIELDS1";
  await page.goto("./");
  await paste(page, TERRAFORM);
  await page.getByText("Or type the three fields").click();
  await page.getByLabel("Access key ID").fill(key);
  await page.getByLabel("Secret access key").fill("threeFieldsSecret0000000000000000000000");
  await page.getByRole("button", { name: "Use these credentials" }).click();
  await expect(page.getByText("Using key AKIA…lds1.")).toBeVisible();
  await page.getByText("Advanced").click();
  await page.getByLabel(/STS endpoint/).fill(STS);
  await page.getByTestId(TEST_IDS.decodeButton).click();
  await expect(page.getByTestId(TEST_IDS.decodedResult)).toBeVisible();
  expect((await requestsFor(request, key)).map((r) => [r.token, r.hasSessionToken])).toEqual([
    [TOKEN, false],
  ]);
});
