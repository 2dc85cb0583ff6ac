import { expect, test } from "@playwright/test";
import { TEST_IDS, paste, readFixture } from "./support/page";

const TERRAFORM = `data "aws_iam_policy_document" "authz_fix" {
  statement {
    sid       = "AllowEc2RunInstances"
    effect    = "Allow"
    actions   = ["ec2:RunInstances"]
    resources = ["arn:aws:ec2:us-east-2:403299380220:instance/*"]

    condition {
      test     = "StringEquals"
      variable = "ec2:InstanceType"
      values   = ["t2.micro"]
    }

    condition {
      test     = "Bool"
      variable = "ec2:EbsOptimized"
      values   = ["false"]
    }
  }
}

resource "aws_iam_user_policy" "authz_fix" {
  name   = "authz-decoder-AllowEc2RunInstances"
  user   = "chain-user"
  policy = data.aws_iam_policy_document.authz_fix.json
}`;

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("IAM's reference checks the action; ticking context keys narrows the policy; each format copies exactly", async ({
  page,
}) => {
  await page.goto("./");
  await paste(
    page,
    readFixture("decoded", "24-awsdocs-iam-cli-example-runinstances-chain-user.txt"),
  );

  // The request's details are a section that opens on demand, below the fix.
  await page.getByText("Who and what: the principal and the request").click();
  await expect(page.getByText("Grants permission to launch one or more instances")).toBeVisible();
  await expect(
    page.getByRole("link", { name: /Amazon EC2: actions, resources and condition keys/ }),
  ).toHaveAttribute(
    "href",
    "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2.html",
  );

  const table = page.getByTestId(TEST_IDS.conditionsTable);
  const row = (key: string) =>
    table
      .locator("tbody tr")
      .filter({ has: page.locator("th", { hasText: new RegExp(`^${key}$`) }) });
  await expect(row("aws:Region")).toContainText("Request only");
  await expect(row("aws:Region").locator(".badge")).toHaveAttribute("title", /this one request/);
  await expect(row("ec2:InstanceType")).toContainText(
    "Yes (StringEquals): offered above the policy",
  );

  // The choices sit directly above the policy they change, and the changed lines are marked.
  const narrowing = page.getByTestId(TEST_IDS.narrowing);
  const policy = page.getByTestId(TEST_IDS.policyJson);
  // Only the policy's format tabs stand between the choices and the policy.
  const tabs = page.getByRole("tablist", { name: "Deploy it as" });
  const [choicesBox, tabsBox, policyBox] = await Promise.all([
    narrowing.boundingBox(),
    tabs.boundingBox(),
    policy.boundingBox(),
  ]);
  expect(choicesBox && tabsBox && tabsBox.y - (choicesBox.y + choicesBox.height)).toBeLessThan(40);
  expect(tabsBox && policyBox && policyBox.y - (tabsBox.y + tabsBox.height)).toBeLessThan(40);
  await expect(policy.locator("[data-changed]")).toHaveCount(0);
  await narrowing
    .getByRole("checkbox", { name: "Only when ec2:InstanceType is t2.micro (StringEquals)" })
    .check();
  await narrowing
    .getByRole("checkbox", { name: "Only when ec2:ebsOptimized is false (Bool)" })
    .check();

  await expect(page.getByTestId(TEST_IDS.policyJson)).toContainText(`"Condition": {
        "StringEquals": {
          "ec2:InstanceType": "t2.micro"
        },
        "Bool": {
          "ec2:EbsOptimized": "false"
        }
      }`);
  await expect(page.getByTestId(TEST_IDS.fixVerify)).toContainText(
    "Checked: this statement allows the denied request (action, resource, ec2:InstanceType, ec2:EbsOptimized).",
  );
  // Exactly what changed is marked: the Resource line (it gained a comma) and the 8-line Condition
  // block; the JSON is coloured by the highlighter.
  await expect(policy.locator("[data-changed]")).toHaveCount(9);
  await expect(policy.locator("[data-changed]").first()).toHaveText(/"Resource": /);
  await expect(policy.locator("[data-changed]").nth(1)).toHaveText(/"Condition": \{/);
  await expect(policy.locator(".token.property").first()).toBeVisible();
  // Marked lines stay lines: one under the other, where the text is, not pushed off to the side.
  const boxes = await policy
    .locator("[data-changed]")
    .evaluateAll((els) =>
      els.map((el) => el.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y })),
    );
  for (const [i, box] of boxes.entries())
    if (i > 0) {
      expect(box.x).toBe(boxes[0]?.x);
      expect(box.y).toBeGreaterThan(boxes[i - 1]?.y ?? Infinity);
    }

  await page.getByRole("tab", { name: "Terraform" }).click();
  await expect(page.getByTestId(TEST_IDS.policyFormat)).toHaveText(TERRAFORM);
  await page.getByRole("button", { name: "Copy", exact: true }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(TERRAFORM);

  await page.getByRole("tab", { name: "AWS CLI" }).click();
  await expect(page.getByTestId(TEST_IDS.policyFormat)).toContainText(
    "aws iam put-user-policy --user-name='chain-user' --policy-name='authz-decoder-AllowEc2RunInstances' --policy-document=file://policy.json",
  );

  await page.getByTestId(TEST_IDS.resourceScope).selectOption("any");
  await page.getByRole("tab", { name: "JSON" }).click();
  await expect(page.getByTestId(TEST_IDS.policyJson)).toContainText('"Resource": "*"');
});

test("narrowing belongs to its message: a new paste starts from the plain policy", async ({
  page,
}) => {
  await page.goto("./");
  await paste(
    page,
    readFixture("decoded", "24-awsdocs-iam-cli-example-runinstances-chain-user.txt"),
  );
  await page.getByRole("checkbox", { name: /^Only when ec2:InstanceType/ }).check();
  await expect(page.getByTestId(TEST_IDS.policyJson)).toContainText('"Condition"');
  await paste(page, readFixture("decoded", "07-ec2-createtags-iamuser.txt"));
  await expect(page.getByTestId(TEST_IDS.policyJson)).toContainText('"Action": "ec2:CreateTags"');
  await expect(page.getByTestId(TEST_IDS.policyJson)).not.toContainText('"Condition"');
});

test("RunInstances: one choice covers the whole launch, so the next resource is not denied again", async ({
  page,
}) => {
  await page.goto("./");
  await paste(
    page,
    readFixture("decoded", "24-awsdocs-iam-cli-example-runinstances-chain-user.txt"),
  );
  const policy = page.getByTestId(TEST_IDS.policyJson);
  await expect(policy).not.toContainText("subnet/*");
  await page.getByTestId(TEST_IDS.launchSet).check();
  for (const resource of [
    "arn:aws:ec2:us-east-2::image/*",
    "arn:aws:ec2:us-east-2:403299380220:subnet/*",
    "arn:aws:ec2:us-east-2:403299380220:network-interface/*",
    "arn:aws:ec2:us-east-2:403299380220:security-group/*",
    "arn:aws:ec2:us-east-2:403299380220:volume/*",
    "arn:aws:ec2:us-east-2:403299380220:key-pair/*",
  ])
    await expect(policy).toContainText(`"${resource}"`);
  await expect(policy.locator("[data-changed]").first()).toBeVisible();
});
