import { expect, test } from "@playwright/test";
import { AUTHORIZATION_CASES } from "../fixtures/authorization-cases";
import { TEST_IDS, paste, readFixture } from "./support/page";

const caseNamed = (start: string) => {
  const found = AUTHORIZATION_CASES.find((c) => c.name.startsWith(start));
  if (!found) throw new Error(`no case ${start}`);
  return found;
};

test("a 2026 denial: the policy ARN in words, the console link, the command for its authorization ID", async ({
  page,
}) => {
  await page.goto("./");
  await paste(page, caseNamed("Terraform (Go SDK), an SCP").text);
  await expect(page.getByTestId(TEST_IDS.authzDetailsCommand)).toHaveText(
    "aws iam-toolbox get-request-authorization-details --authorization-id 3k9x7q2m5n8p1r4t6v0w --region eu-west-1",
  );
  await expect(
    page.getByRole("link", { name: "Open the details in the AWS console" }),
  ).toHaveAttribute(
    "href",
    "https://eu-west-1.console.aws.amazon.com/iam/home?region=eu-west-1#/authorization-details/3k9x7q2m5n8p1r4t6v0w",
  );
  await expect(
    page.getByText(
      /service control policy p-examplescp1 of organization o-a1b2c3d4e5 \(held by the management account 111122223333\)/,
    ),
  ).toBeVisible();
  await expect(page.getByText(/kept for at least 24 hours/)).toBeVisible();

  // A link to anywhere but AWS's console is not offered as a link.
  await paste(page, caseNamed("a link to another host").text);
  await expect(page.getByRole("link", { name: "Open the details in the AWS console" })).toHaveCount(
    0,
  );
});

test("the details and the policy pasted from CloudShell: the deciding statement, marked in the policy, and no Allow offered", async ({
  page,
}) => {
  await page.goto("./");
  await paste(page, readFixture("toolbox", "cli-transcript-explicit-deny.txt"));
  const evaluation = page.getByTestId(TEST_IDS.authzEvaluation);
  await expect(evaluation).toContainText("Request made by arn:aws:iam::123456789012:user/janedoe.");
  await expect(evaluation.locator("article")).toHaveCount(1);
  const card = evaluation.locator("article").first();
  await expect(card).toContainText("iam:CreateInstanceProfile");
  await expect(card).toContainText("Explicit deny");
  await expect(card).toContainText(
    "identity-based policy: customer-managed policy ExampleDenyPolicy in account 123456789012",
  );
  await expect(card).toContainText("attached to group developers");
  await expect(card).toContainText(
    "DenyIamWithoutMfa in identity-based policy: customer-managed policy ExampleDenyPolicy in account 123456789012.",
  );
  await expect(page.getByTestId(TEST_IDS.copyPolicy)).toHaveCount(0);
  // The request context, as the decoded messages' table shows it.
  await expect(evaluation.getByRole("row", { name: /aws:MultiFactorAuthPresent/ })).toContainText(
    "false",
  );
  // The pasted policy, its matched statement marked and nothing else.
  const marked = page.locator("[data-changed]");
  await expect(marked.filter({ hasText: '"Sid": "DenyIamWithoutMfa"' })).toHaveCount(1);
  await expect(marked.filter({ hasText: '"Sid": "AllowReadOnlyIam"' })).toHaveCount(0);
  // Commands for each matched policy, with the ID from the transcript.
  await expect(
    page.getByText(/--policy-uri 'arn:aws:iam::123456789012:policy\/ExampleDenyPolicy'/),
  ).toBeVisible();
});

test("two pages of implicit denies: what lacked an Allow, and one drafted Allow for the role", async ({
  page,
}) => {
  await page.goto("./");
  await paste(
    page,
    `${readFixture("toolbox", "details-implicit-page-1.json")}\n${readFixture("toolbox", "details-implicit-page-2.json")}`,
  );
  const evaluation = page.getByTestId(TEST_IDS.authzEvaluation);
  await expect(evaluation.locator("article")).toHaveCount(2);
  await expect(evaluation.locator("article").nth(1)).toContainText(
    "Nothing allowed it in: identity-based policy, permissions boundary.",
  );
  await expect(evaluation.locator("article").nth(1)).toContainText(
    "permissions boundary: customer-managed policy DeployerBoundary in account 444455556666 allows no such request",
  );
  // The role's own policy (the draft); the boundary's statement is in its card (fix-target.spec.ts).
  const policy = page
    .getByRole("region", { name: "Draft policy" })
    .getByTestId(TEST_IDS.policyJson);
  await expect(policy).toContainText('"Action": "kms:GenerateDataKey"');
  await expect(policy).toContainText('"Action": "s3:PutObject"');
  await expect(page.getByText("role deployer", { exact: false }).first()).toBeVisible();
});

test("output that looks like IAM Toolbox's but is cut off gets a clear message", async ({
  page,
}) => {
  await page.goto("./");
  await paste(page, readFixture("toolbox", "details-explicit-deny.json").slice(0, 500));
  await expect(page.getByTestId(TEST_IDS.inputError)).toContainText("IAM Toolbox output");
});
