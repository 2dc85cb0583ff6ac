import { expect, test } from "@playwright/test";
import { TEST_IDS } from "./support/page";

test("the empty page explains itself and loads a real example in one click, with no third-party request", async ({
  page,
}) => {
  const foreign: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.hostname !== "127.0.0.1") foreign.push(request.url());
  });
  await page.goto("./");
  await expect(page.getByRole("heading", { name: "Why was I denied?" })).toBeVisible();
  await page.getByTestId(TEST_IDS.exampleButton).click();
  await expect(page.getByTestId(TEST_IDS.summary)).toContainText("Role AWSBackupROLEEC2");
  await expect(page.getByTestId(TEST_IDS.decodedJson)).toContainText('"iam:RoleName"');
  expect(foreign).toEqual([]);
});
