import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { decodeShare } from "../src/ui/features/share/codec";
import { FAKE_STS_PORT, PORT } from "../playwright.config";
import { AUTHORIZATION_CASES } from "../fixtures/authorization-cases";
import { REDACTION_CASES } from "../fixtures/redaction-cases";
import { TEST_IDS, openShareOptions, paste, readFixture } from "./support/page";

const PERMISSIONS = ["clipboard-read", "clipboard-write"];
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

async function freshPage(context: BrowserContext): Promise<Page> {
  const other = await context.browser()?.newContext({ permissions: PERMISSIONS });
  if (!other) throw new Error("no browser");
  return other.newPage();
}

async function copyShareLink(page: Page): Promise<string> {
  await page.getByTestId(TEST_IDS.shareButton).first().click();
  await expect(page.getByText(/Share link copied/).first()).toBeVisible();
  return clipboard(page);
}

test.use({ permissions: PERMISSIONS });

const AUTHORIZATION_ID = "3k9x7q2m5n8p1r4t6v0w";
const AUTHORIZATION_TEXT =
  AUTHORIZATION_CASES.find((c) => c.name.startsWith("Terraform (Go SDK), an SCP"))?.text ?? "";

test("a share link opens in a fresh browser with the same analysis and the same policy", async ({
  page,
  context,
}) => {
  await page.goto("./");
  await paste(page, readFixture("decoded", "16-iam-passrole-aws-backup-restore-envelope.txt"));
  await page.getByRole("checkbox", { name: /iam:PassedToService/ }).uncheck();
  await openShareOptions(page);
  await page.getByTestId(TEST_IDS.redactToggle).uncheck();
  const summary = await page.getByTestId(TEST_IDS.summary).textContent();
  const policy = await page.getByTestId(TEST_IDS.policyJson).textContent();
  const link = await copyShareLink(page);
  expect(link).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${PORT}/#v1\\.[A-Za-z0-9_-]+$`));
  expect(link.length).toBeLessThan(1500);

  const other = await freshPage(context);
  await other.goto(link);
  await expect(other.getByTestId(TEST_IDS.linkNotice)).toHaveText("Opened from a share link.");
  await expect(other.getByTestId(TEST_IDS.summary)).toHaveText(summary ?? "");
  await expect(other.getByTestId(TEST_IDS.policyJson)).toHaveText(policy ?? "");
  await expect(other.getByRole("checkbox", { name: /iam:PassedToService/ })).not.toBeChecked();
});

test("redaction, on by default, leaves no 12-digit number in the link; Copy policy stays real", async ({
  page,
  context,
}) => {
  await page.goto("./");
  await paste(page, readFixture("decoded", "02-ec2-runinstances-explicitdeny-mfa-statement.txt"));
  await openShareOptions(page);
  await expect(page.getByTestId(TEST_IDS.redactToggle)).toBeChecked();
  await expect(page.getByTestId(TEST_IDS.sharePreview)).not.toContainText("363711084474");
  const link = await copyShareLink(page);
  const decoded = await decodeShare(new URL(link).hash);
  if (!decoded.ok || decoded.value.k !== "d") throw new Error("a decoded-message link");
  expect(decoded.value.t).not.toMatch(/(?<![A-Za-z0-9])\d{12}(?![A-Za-z0-9])/);
  expect(decoded.value.t).not.toMatch(/AIDAVJLW6W65F7NXLEPGQ/);
  expect(decoded.value.t).toContain("ACCOUNT_1");
  // User names are personal too: the link holds a placeholder, consistently.
  expect(decoded.value.t).not.toContain("k3s-admin");

  const other = await freshPage(context);
  await other.goto(link);
  await expect(other.getByTestId(TEST_IDS.summary)).toHaveText(
    "IAM user user-1 (account ACCOUNT_1) may not ec2:RunInstances on instance/*: an explicit Deny blocks it.",
  );
  await expect(other.getByTestId(TEST_IDS.statementsTable)).toContainText("MustBeSignedInWithMFA");

  await paste(
    page,
    readFixture("decoded", "24-awsdocs-iam-cli-example-runinstances-chain-user.txt"),
  );
  await expect(page.getByTestId(TEST_IDS.sharePreview)).not.toContainText("403299380220");
  await page.getByTestId(TEST_IDS.copyPolicy).click();
  await expect
    .poll(() => clipboard(page))
    .toContain('"Resource": "arn:aws:ec2:us-east-2:403299380220:instance/*"');
});

test("hand-off: a teammate opens the tokens, decodes them and sends back a result link", async ({
  page,
  context,
}) => {
  await page.goto("./");
  await paste(
    page,
    readFixture("errors", "07-terraform-aws-instance-status-code-request-id-line.txt"),
  );
  await page.getByTestId(TEST_IDS.handoffButton).click();
  // The button says what it copied: tokens and nothing else.
  await expect(page.getByText(/Copied a link with 1 token and nothing else/)).toBeVisible();
  const handoff = await clipboard(page);
  const payload = await decodeShare(new URL(handoff).hash);
  expect(payload.ok && payload.value.k).toBe("h");

  const teammate = await freshPage(context);
  await teammate.goto(handoff);
  await expect(teammate.getByTestId(TEST_IDS.linkNotice)).toContainText(
    "A teammate asks you to decode these tokens",
  );
  await teammate
    .getByTestId(TEST_IDS.credentialsInput)
    .fill(
      "export AWS_ACCESS_KEY_ID=AKIAFAKEHANDOFF00001\nexport AWS_SECRET_ACCESS_KEY=handoffSecret00000000000000000000000000",
    );
  await teammate.getByRole("button", { name: "Use these credentials" }).click();
  await teammate.getByText("Advanced").click();
  await teammate.getByLabel(/STS endpoint/).fill(`http://127.0.0.1:${FAKE_STS_PORT}`);
  await teammate.getByTestId(TEST_IDS.decodeButton).click();
  const result = teammate.getByTestId(TEST_IDS.decodedResult);
  await expect(result.getByTestId(TEST_IDS.summary)).toContainText("IAM user k3s-admin");
  // One share panel for the page: its link carries the decoded message with the findings.
  await teammate.getByTestId(TEST_IDS.shareButton).click();
  await expect(teammate.getByText(/Share link copied/)).toBeVisible();
  const back = await clipboard(teammate);
  expect(back).not.toContain("AKIAFAKEHANDOFF00001");
  const sent = await decodeShare(new URL(back).hash);
  if (!sent.ok || sent.value.k !== "e") throw new Error("an error-text link");
  expect(sent.value.m?.map((m) => m.g)).toEqual([0]);
  expect(sent.value.m?.[0]?.t).not.toContain("363711084474");

  // The requester sees the verdict in place, in the denial's card, with the same placeholders.
  await page.goto(back);
  await expect(
    page
      .locator("article.denial")
      .getByTestId(TEST_IDS.decodedResult)
      .getByTestId(TEST_IDS.summary),
  ).toContainText("IAM user user-1 (account ACCOUNT_1)");
  await expect(
    page.getByTestId(TEST_IDS.linkNotice).filter({ hasText: "The sender hid:" }),
  ).toContainText("ACCOUNT_1");
});

test("a link keeps the sender's view: ticked keys, scope, format, open sections, and what was hidden", async ({
  page,
  context,
}) => {
  await page.goto("./");
  await paste(
    page,
    readFixture("decoded", "24-awsdocs-iam-cli-example-runinstances-chain-user.txt"),
  );
  await page.getByRole("checkbox", { name: /^Only when ec2:InstanceType/ }).check();
  await page.getByTestId(TEST_IDS.resourceScope).selectOption("any");
  await page.getByRole("tab", { name: "Terraform" }).click();
  await page.getByText("Who and what: the principal and the request").click();
  const link = await copyShareLink(page);

  const other = await freshPage(context);
  await other.goto(link);
  await expect(other.getByRole("checkbox", { name: /^Only when ec2:InstanceType/ })).toBeChecked();
  await expect(other.getByTestId(TEST_IDS.resourceScope)).toHaveValue("any");
  await expect(other.getByRole("tab", { name: "Terraform" })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await expect(other.getByTestId(TEST_IDS.principalPanel)).toBeVisible();
  await expect(other.getByText("The decoded message", { exact: true })).toBeVisible();
  await expect(other.getByTestId(TEST_IDS.decodedJson)).toBeHidden();
  await expect(
    other.getByTestId(TEST_IDS.linkNotice).filter({ hasText: "The sender hid:" }),
  ).toContainText("user-1, AIDA_REDACTED_1, ACCOUNT_1");
  // The policy is rebuilt from the redacted message: scoped to the exact resource, it holds a
  // placeholder again, and says so.
  await other.getByTestId(TEST_IDS.resourceScope).selectOption("exact");
  await other.getByRole("tab", { name: "JSON" }).click();
  await expect(other.getByTestId(TEST_IDS.policyJson)).toContainText("ACCOUNT_1");
  await expect(
    other
      .getByTestId(TEST_IDS.inputWarning)
      .filter({ hasText: "values the sender hid (ACCOUNT_1" }),
  ).toBeVisible();

  // Editing the paste leaves the link behind: the notice and the view go with it.
  await paste(other, readFixture("decoded", "07-ec2-createtags-iamuser.txt"));
  await expect(other.getByText("The sender hid:")).toHaveCount(0);
});

test("bad links get a clear message and a working, empty page", async ({ page }) => {
  for (const [hash, message] of [
    ["#v1.AAAAgarbage", "This share link is damaged"],
    ["#v7.AAAA", "made by a newer version of the page (v7)"],
  ] as const) {
    await page.goto(`./${hash}`);
    await expect(page.getByTestId(TEST_IDS.linkNotice)).toContainText(message);
    await expect(page.getByTestId(TEST_IDS.pasteInput)).toHaveValue("");
  }
  await paste(
    page,
    readFixture("decoded", "24-awsdocs-iam-cli-example-runinstances-chain-user.txt"),
  );
  await expect(page.getByTestId(TEST_IDS.summary)).toContainText("IAM user chain-user");
  await expect(page.getByTestId(TEST_IDS.linkNotice)).toHaveCount(0);
  expect(new URL(page.url()).hash).toBe("");
});

test("a link with its data in the query string is moved to the fragment, and back and forward work", async ({
  page,
}) => {
  await page.goto("./");
  await paste(
    page,
    readFixture("decoded", "24-awsdocs-iam-cli-example-runinstances-chain-user.txt"),
  );
  const first = new URL(await copyShareLink(page)).hash;
  await paste(
    page,
    readFixture("decoded", "06-runinstances-explicitdeny-instancetype-condition-bare-key.txt"),
  );
  const second = new URL(await copyShareLink(page)).hash;

  await page.goto(`./?${first.slice(1)}`);
  await expect(page.getByTestId(TEST_IDS.linkNotice).first()).toContainText(
    "moved to the #fragment",
  );
  expect(new URL(page.url()).search).toBe("");
  expect(new URL(page.url()).hash).toBe(first);
  await expect(page.getByTestId(TEST_IDS.summary)).toContainText("no policy allows it");

  await page.evaluate((h) => {
    location.hash = h;
  }, second);
  await expect(page.getByTestId(TEST_IDS.summary)).toContainText("an explicit Deny blocks it");
  await page.goBack();
  await expect(page.getByTestId(TEST_IDS.summary)).toContainText("no policy allows it");
  await page.goForward();
  await expect(page.getByTestId(TEST_IDS.summary)).toContainText("an explicit Deny blocks it");
});

test("a link made from a message with e-mails, IPv6, tag values and organization IDs holds none of them", async ({
  page,
}) => {
  const [personal] = REDACTION_CASES;
  if (!personal) throw new Error("a redaction case");
  await page.goto("./");
  await paste(page, personal.text);
  await expect(page.getByTestId(TEST_IDS.summary)).toBeVisible();
  const link = await copyShareLink(page);
  const decoded = await decodeShare(new URL(link).hash);
  if (!decoded.ok || decoded.value.k !== "d") throw new Error("a decoded-message link");
  for (const value of personal.planted) expect(decoded.value.t).not.toContain(value);
  for (const value of personal.planted)
    await expect(page.getByTestId(TEST_IDS.sharePreview)).not.toContainText(value);
});

test("authorization IDs: a default link leaves them out and says so; the hand-off carries them, with the region", async ({
  page,
  context,
}) => {
  const text = AUTHORIZATION_TEXT;
  await page.goto("./");
  await paste(page, text);
  await expect(page.getByTestId(TEST_IDS.idsLeftOut)).toContainText(
    "The authorization ID was left out",
  );
  await expect(page.getByTestId(TEST_IDS.sharePreview)).not.toContainText(AUTHORIZATION_ID);
  const link = await copyShareLink(page);
  const shared = await decodeShare(new URL(link).hash);
  expect(shared.ok && JSON.stringify(shared.value)).not.toContain(AUTHORIZATION_ID);

  await page.getByTestId(TEST_IDS.handoffButton).click();
  // The copy is asynchronous (the link is compressed first): wait for the new link.
  await expect.poll(() => clipboard(page)).not.toBe(link);
  const handoff = await clipboard(page);
  const payload = await decodeShare(new URL(handoff).hash);
  expect(payload.ok && payload.value.k === "h" && payload.value.ids).toEqual([
    { id: AUTHORIZATION_ID, region: "eu-west-1" },
  ]);
  const teammate = await freshPage(context);
  await teammate.goto(handoff);
  await expect(teammate.getByTestId(TEST_IDS.authzDetailsCommand)).toHaveText(
    `aws iam-toolbox get-request-authorization-details --authorization-id ${AUTHORIZATION_ID} --region eu-west-1`,
  );
});
