import { expect, test } from "@playwright/test";
import { PASTES_EXPECTED } from "../fixtures/pastes-expected";
import { TEST_IDS, paste, readFixture } from "./support/page";

// Every real paste of issue #21's shapes is read in the page: no "No authorization message found",
// one card per distinct denial, masks named as not real, nothing drafted for what no policy decides.
test("every real paste of issue #21's shapes is read: a card per denial, masks named", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto("./");
  for (const [name, expected] of Object.entries(PASTES_EXPECTED)) {
    await paste(page, readFixture("pastes", name));
    await expect(page.getByTestId(TEST_IDS.inputError), name).toHaveCount(0);
    await expect(page.getByTestId(TEST_IDS.summary), name).toHaveCount(expected.groups);
    const masked = expected.denials.some((d) => d.masks.length > 0);
    if (masked) {
      // In a folded card (several denials) the note is one click away: open it and read it.
      const note = page.getByTestId(TEST_IDS.maskNote).first();
      await expect(note, name).toBeAttached();
      if (!(await note.isVisible()))
        await note.locator("xpath=ancestor::details[1]/summary").click();
      await expect(note, name).toBeVisible();
    } else await expect(page.getByTestId(TEST_IDS.maskNote), name).toHaveCount(0);
  }
});

test("masks are named where they are, and an elided role is not presented as a name", async ({
  page,
}) => {
  await page.goto("./");
  await paste(
    page,
    readFixture("pastes", "03-wrapped-cdk-boundary-acct-placeholders-elided-names.txt"),
  );
  await expect(page.getByTestId(TEST_IDS.summary)).toHaveText(
    "Role cdk-<q>-deploy-role-... (session aws-cdk-node, account <acct>) may not iam:PassRole on role cdk-<q>-cfn-exec-role-...: no permissions boundary allows it.",
  );
  await expect(page.getByTestId(TEST_IDS.maskNote)).toHaveText(
    "Not real values: “<acct>” in the principal, “<q>” in the principal, “...” in the principal, “<acct>” in the resource, “<q>” in the resource, “...” in the resource. The page keeps them as written; replace each with the real value before you use anything drafted from them.",
  );

  await paste(page, readFixture("pastes", "16-elided-role-readme-rekognition.txt"));
  await expect(page.getByTestId(TEST_IDS.summary)).toHaveText(
    "A role whose name the paste left out (account 123456789) may not rekognition:DetectFaces.",
  );
});

test("KMS's combined sentence says all three causes and what tells them apart", async ({
  page,
}) => {
  await page.goto("./");
  await paste(page, readFixture("pastes", "18-kms-combined-java-suffix-sdk-attempt.txt"));
  await expect(page.getByTestId(TEST_IDS.summary)).toContainText(
    "may not kms:DescribeKey on the KMS key: the key does not exist in this Region, or its key policy does not allow this, or it denies it.",
  );
  await expect(
    page.getByText(/Three causes give this one sentence\. First check the key itself/),
  ).toBeVisible();
});

test("an S3 setting is said to be a setting, and no policy is drafted for it", async ({ page }) => {
  await page.goto("./");
  await paste(page, readFixture("pastes", "44-s3-block-public-policy-wrapped-lab-notes.txt"));
  await expect(page.getByTestId(TEST_IDS.summary)).toContainText(
    "because public policies are blocked by the BlockPublicPolicy block public access setting. That is a setting, not a policy.",
  );
  await expect(page.getByText(/No Allow in any policy helps, so none is drafted/)).toBeVisible();
  await expect(page.getByTestId(TEST_IDS.copyPolicy)).toHaveCount(0);
});

test("S3's refusal of an SSE-C upload: not an IAM policy, none drafted", async ({ page }) => {
  await page.goto("./");
  await paste(page, readFixture("synthetic-errors", "s3-sse-c-upload-blocked-awscli.txt"));
  await expect(page.getByTestId(TEST_IDS.summary)).toHaveText(
    "A caller the error does not name may not s3:PutObject: the bucket refuses uploads encrypted with customer-provided keys (SSE-C).",
  );
  await expect(page.getByText(/S3 blocks SSE-C uploads on this bucket/)).toBeVisible();
  await expect(page.getByTestId(TEST_IDS.copyPolicy)).toHaveCount(0);
});

test("a Deny that is AWS's guardrail for AI agents is named so, and nothing works around it", async ({
  page,
}) => {
  await page.goto("./");
  await paste(page, readFixture("synthetic", "mcp-agent-guardrail-deny.txt"));
  await expect(page.getByText(/this Deny is AWS's guardrail for AI agents/)).toBeVisible();
  await expect(
    page.getByText(/the page drafts nothing that removes, narrows or works around it/),
  ).toBeVisible();
});
