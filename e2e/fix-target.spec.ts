import { expect, test, type Locator, type Page } from "@playwright/test";
import { POLICY_TYPE_CASES } from "../fixtures/policy-type-cases";
import { TEST_IDS, paste, readFixture } from "./support/page";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

/** The block of one statement: its `fix-target` heading and what follows it. */
const partOf = (page: Page, heading: RegExp): Locator =>
  page
    .locator(".fix-part")
    .filter({ has: page.getByTestId(TEST_IDS.fixTarget).filter({ hasText: heading }) });

/** The block shows the JSON first; the commands are its "AWS CLI" tab. */
const showCommands = (part: Locator): Promise<void> =>
  part.getByRole("tab", { name: "AWS CLI" }).click();

const shownPolicy = async (part: Locator): Promise<unknown> =>
  JSON.parse((await part.getByTestId(TEST_IDS.policyJson).innerText()).trim());

test("a cross-account queue denial: both statements, each with its account, and commands that keep the queue policy", async ({
  page,
}) => {
  await page.goto("./");
  await paste(page, POLICY_TYPE_CASES.sqsCrossAccount.text);
  const targets = page.getByTestId(TEST_IDS.fixTarget);
  await expect(targets).toHaveText([
    "Add to the queue policy of orders (account 444455556666)",
    "Add to the identity policy of arn:aws:iam::111122223333:role/OrderService (account 111122223333)",
  ]);
  const queue = partOf(page, /queue policy/);
  expect(await shownPolicy(queue)).toEqual({
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "AllowSqsSendMessage",
        Effect: "Allow",
        Principal: { AWS: "arn:aws:iam::111122223333:role/OrderService" },
        Action: "sqs:SendMessage",
        Resource: "arn:aws:sqs:us-east-2:444455556666:orders",
      },
    ],
  });
  await showCommands(queue);
  await expect(queue.getByTestId(TEST_IDS.policyFormat)).toContainText(
    "aws sqs get-queue-attributes",
  );
  await expect(queue.getByTestId(TEST_IDS.policyFormat)).toContainText(
    "aws sqs set-queue-attributes",
  );
  const identity = partOf(page, /identity policy/);
  await expect(identity).toContainText("Across accounts both sides must allow a request");
  await showCommands(identity);
  await expect(identity.getByTestId(TEST_IDS.policyFormat)).toContainText(
    "aws iam put-role-policy --role-name='OrderService'",
  );
  // The overview of a one-denial paste is its card; its words match the card's.
  await queue.getByRole("tab", { name: "Terraform" }).click();
  await expect(queue.getByTestId(TEST_IDS.policyFormat)).toContainText(
    "aws_sqs_queue_policy (policy) holds the whole policy",
  );
});

test("pasting the current policy gives the merged document to write back, Sids unique, nothing lost", async ({
  page,
}) => {
  await page.goto("./");
  await paste(page, POLICY_TYPE_CASES.kmsDescribeKeyUser.text);
  const key = partOf(page, /key policy/);
  const current = {
    Version: "2012-10-17",
    Id: "key-default-1",
    Statement: [
      {
        Sid: "Enable IAM User Permissions",
        Effect: "Allow",
        Principal: { AWS: "arn:aws:iam::391582400000:root" },
        Action: "kms:*",
        Resource: "*",
      },
      {
        Sid: "AllowKmsDescribeKey",
        Effect: "Allow",
        Principal: { AWS: "arn:aws:iam::391582400000:role/Other" },
        Action: "kms:DescribeKey",
        Resource: "*",
      },
    ],
  };
  await key
    .getByTestId(TEST_IDS.mergeInput)
    .fill(
      `$ aws kms get-key-policy --key-id k --policy-name default\n${JSON.stringify({ Policy: JSON.stringify(current) }, null, 4)}`,
    );
  await expect(
    key.getByRole("status").filter({ hasText: "Added as AllowKmsDescribeKey2" }),
  ).toBeVisible();
  const merged = JSON.parse((await key.getByTestId(TEST_IDS.mergedPolicy).innerText()).trim()) as {
    Statement: unknown[];
  };
  expect(merged).toEqual({
    ...current,
    Statement: [
      ...current.Statement,
      {
        Sid: "AllowKmsDescribeKey2",
        Effect: "Allow",
        Principal: { AWS: "arn:aws:iam::3915824****:user/EC2Cryptomatic" },
        Action: "kms:DescribeKey",
        Resource: "*",
      },
    ],
  });
  await key.getByRole("button", { name: "Copy merged policy" }).click();
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toBe(
      await key
        .getByTestId(TEST_IDS.mergedPolicy)
        .innerText()
        .then((s) => s.trim()),
    );
  await key.getByTestId(TEST_IDS.mergeInput).fill("not a policy");
  await expect(key.getByRole("alert")).toHaveText(/No policy found in what you pasted/);
  // Far more than any policy, pasted where a policy goes: a message, not a frozen page.
  await key.getByTestId(TEST_IDS.mergeInput).fill("{".repeat(300_000));
  await expect(key.getByRole("alert")).toHaveText(/larger than any policy AWS accepts/);
  await expect(page.getByTestId(TEST_IDS.fixTarget).first()).toBeVisible();
});

for (const [name, heading, shape] of [
  [
    "boundary",
    "Add to the permissions boundary arn:aws:iam::123456789012:policy/DeveloperBoundary of arn:aws:iam::123456789012:user/dev (account 123456789012)",
    "aws iam create-policy-version",
  ],
  [
    "session",
    "Add to the session policy passed when a session of arn:aws:iam::123456789012:role/Deployer is made (account 123456789012)",
    "aws sts assume-role",
  ],
  [
    "scp",
    "Add to the service control policies over the account (account 123456789012)",
    "aws organizations update-policy",
  ],
  [
    "vpcEndpoint",
    "Add to the policy of the s3 VPC endpoint the request went through (account 777788889999)",
    "aws ec2 modify-vpc-endpoint",
  ],
  [
    "githubOidc",
    "Add to the trust policy of the role being assumed",
    "aws iam update-assume-role-policy",
  ],
  [
    "saml",
    "Add to the trust policy of the role being assumed",
    "aws iam update-assume-role-policy",
  ],
  [
    "lambdaCrossAccount",
    "Add to the function policy of resize (account 444455556666)",
    "aws lambda add-permission",
  ],
] as const)
  test(`${name}: the statement is labelled with its policy and comes with commands for it`, async ({
    page,
  }) => {
    await page.goto("./");
    await paste(page, POLICY_TYPE_CASES[name].text);
    const part = page.locator(".fix-part").first();
    await expect(part.getByTestId(TEST_IDS.fixTarget)).toHaveText(heading);
    const policy = (await shownPolicy(part)) as { Statement: { Principal?: unknown }[] };
    const principal = policy.Statement[0]?.Principal;
    // Identity-shaped types carry no Principal; resource, endpoint and trust policies do.
    expect(principal === undefined).toBe(["boundary", "session", "scp"].includes(name));
    await showCommands(part);
    await expect(part.getByTestId(TEST_IDS.policyFormat)).toContainText(shape);
  });

test("the overview says who fixes each denial and with which statement", async ({ page }) => {
  await page.goto("./");
  await paste(
    page,
    [
      POLICY_TYPE_CASES.s3CrossAccount.text,
      POLICY_TYPE_CASES.githubOidc.text,
      POLICY_TYPE_CASES.scp.text,
    ].join("\n"),
  );
  const rows = page.getByTestId(TEST_IDS.denialsOverview).locator("tbody tr");
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText(
    "the resource's owner add AllowS3GetObject to the bucket policy of amzn-s3-demo-bucket",
  );
  await expect(rows.nth(1)).toContainText("the role's trust policy does not match");
  await expect(rows.nth(1)).toContainText(
    "the role's owner (its trust policy) add AllowStsAssumeRoleWithWebIdentity to the trust policy of the role being assumed",
  );
  await expect(rows.nth(2)).toContainText(
    "organization admins add AllowAthenaStartQueryExecution to the service control policies over the account",
  );
});

test("IAM Toolbox details: a boundary that lacked the Allow gets its statement, named by its ARN", async ({
  page,
}) => {
  await page.goto("./");
  await paste(
    page,
    `${readFixture("toolbox", "details-implicit-page-1.json")}\n${readFixture("toolbox", "details-implicit-page-2.json")}`,
  );
  const target = page.getByTestId(TEST_IDS.fixTarget);
  await expect(target).toHaveText([
    "Add to the permissions boundary arn:aws:iam::444455556666:policy/DeployerBoundary of arn:aws:iam::444455556666:role/deployer (account 444455556666)",
  ]);
  await showCommands(page.locator(".fix-part"));
  await expect(page.locator(".fix-part").getByTestId(TEST_IDS.policyFormat)).toContainText(
    `BOUNDARY_ARN='arn:aws:iam::444455556666:policy/DeployerBoundary'`,
  );
});

test("a decoded message across accounts: the role's Allow, and the key policy's statement for the other side", async ({
  page,
}) => {
  await page.goto("./");
  await paste(page, readFixture("synthetic", "kms-cross-account.txt"));
  await expect(page.getByTestId(TEST_IDS.fixTarget)).toHaveText([
    "Add to the key policy of 1234abcd-12ab-34cd-56ef-1234567890ab (account 444455556666)",
  ]);
  const key = page.locator(".fix-part");
  expect(await shownPolicy(key)).toEqual({
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "AllowKmsDecrypt",
        Effect: "Allow",
        Principal: { AWS: "arn:aws:iam::111122223333:role/Worker" },
        Action: "kms:Decrypt",
        Resource: "*",
      },
    ],
  });
  await expect(key).toContainText(
    "The Principal is the role arn:aws:iam::111122223333:role/Worker",
  );
});

test("the guardrail warns on every drafted statement: a trust policy naming a whole account, an SCP granting iam:AttachRolePolicy", async ({
  page,
}) => {
  await page.goto("./");
  await paste(
    page,
    "An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::111122223333:root is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::444455556666:role/Deploy",
  );
  const trust = partOf(page, /trust policy/);
  await expect(trust.getByTestId(TEST_IDS.inputWarning)).toContainText(
    "The Principal is a whole account (arn:aws:iam::111122223333:root)",
  );
  await paste(
    page,
    "User: arn:aws:iam::111122223333:user/dev is not authorized to perform: iam:AttachRolePolicy on resource: arn:aws:iam::111122223333:role/App because no service control policy allows the iam:AttachRolePolicy action",
  );
  const scp = partOf(page, /service control policies/);
  await expect(scp.getByTestId(TEST_IDS.inputWarning)).toContainText(
    "iam:AttachRolePolicy lets the principal change permissions",
  );
});
