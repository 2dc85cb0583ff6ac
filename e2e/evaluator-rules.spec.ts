import { expect, test, type Page } from "@playwright/test";
import { TEST_IDS, paste, readFixture } from "./support/page";

// The evaluator's decision, with the rule that decided it, for the setups AWS documents
// (IAM User Guide, "Policy evaluation logic"; KMS Developer Guide, "Default key policy").
async function check(page: Page, fixture: string, policies: string) {
  await page.goto("./");
  await paste(page, readFixture("synthetic", fixture));
  await page.getByText("Check against your policies").click();
  await page.getByTestId(TEST_IDS.policyInput).fill(policies);
}

test("AWS's default key policy names the account: the role's own policy must allow too", async ({
  page,
}) => {
  await check(
    page,
    "kms-same-account-implicit.txt",
    JSON.stringify({
      Version: "2012-10-17",
      Statement: [
        {
          Sid: "Enable IAM User Permissions",
          Effect: "Allow",
          Principal: { AWS: "arn:aws:iam::111122223333:root" },
          Action: "kms:*",
          Resource: "*",
        },
      ],
    }),
  );
  await expect(
    page.getByText(
      "Our evaluation of these policies: denied, nothing allows it. AWS decided: denied, nothing allows it.",
    ),
  ).toBeVisible();
  await expect(page.getByTestId(TEST_IDS.checkRule)).toContainText(
    "the resource's policy names the account, which grants nothing by itself",
  );
  await expect(page.getByTestId(TEST_IDS.checkNotes)).toContainText(
    "KMS grants can also allow this",
  );
});

test("a bucket policy naming the role session grants, and the session's boundary does not take it back", async ({
  page,
}) => {
  await check(
    page,
    "s3-session-allowed.txt",
    `${JSON.stringify({
      Statement: {
        Effect: "Allow",
        Principal: { AWS: "arn:aws:sts::111122223333:assumed-role/Analyst/alice-session" },
        Action: "s3:GetObject",
        Resource: "arn:aws:s3:::example-reports/*",
      },
    })}\n${JSON.stringify({ Statement: { Effect: "Allow", Action: "ec2:*", Resource: "*" } })}`,
  );
  await page.getByRole("combobox", { name: "Policy 2" }).selectOption("permissions-boundary");
  await expect(
    page.getByText("Our evaluation of these policies: allowed. AWS decided: allowed."),
  ).toBeVisible();
  await expect(page.getByTestId(TEST_IDS.checkRule)).toContainText(
    "a resource policy that names the user or role session itself (or everyone) grants on its own",
  );
});

test("a NotPrincipal Deny listing the account root exempts the root only, not every user", async ({
  page,
}) => {
  await check(
    page,
    "s3-user-explicit-deny-notprincipal.txt",
    JSON.stringify({
      Statement: [
        {
          Sid: "DenyAllButAliceAndRoot",
          Effect: "Deny",
          NotPrincipal: {
            AWS: ["arn:aws:iam::111122223333:root", "arn:aws:iam::111122223333:user/alice"],
          },
          Action: "s3:*",
          Resource: "arn:aws:s3:::example-reports/*",
        },
      ],
    }),
  );
  await expect(
    page.getByText(
      "Our evaluation of these policies: denied by an explicit Deny. AWS decided: denied by an explicit Deny.",
    ),
  ).toBeVisible();
  await expect(page.getByTestId(TEST_IDS.checkRule)).toContainText(
    "a Deny in any policy that applies decides",
  );
});
