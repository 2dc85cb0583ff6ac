import { expect, test } from "@playwright/test";
import { LOCAL_PORT } from "../playwright.config";
import { TEST_IDS, paste, readFixture } from "./support/page";
import { expectNoSecretStored } from "./support/privacy";
import { requestsFor } from "./support/sts";

const LOCAL = `http://127.0.0.1:${LOCAL_PORT}/`;
const KEY = "AKIAFAKELOCALMODE001"; // set in playwright.config.ts for the local server
const SECRET = "fakeLocalSecretThatMustStayInTheServer000";

test("local mode: decodes with the machine's credentials, after saying who it runs as", async ({
  page,
  request,
}) => {
  const consoleLines: string[] = [];
  page.on("console", (m) => consoleLines.push(m.text()));
  const error = readFixture("errors", "01-terraform011-aws-instance-createtags.txt");
  const token = /message: ([A-Za-z0-9_-]+)/.exec(error)?.[1] ?? "";
  const before = (await requestsFor(request, KEY)).length;

  await page.goto(LOCAL);
  await paste(page, error);
  await expect(page.getByTestId(TEST_IDS.decodePanel)).toContainText(
    "decodes with this machine's AWS access",
  );
  await page.getByTestId(TEST_IDS.decodeButton).click();

  await expect(page.getByTestId(TEST_IDS.decodeProgress)).toContainText(
    "Decoding as arn:aws:iam::111122223333:user/decoder",
  );
  const result = page.getByTestId(TEST_IDS.decodedResult);
  await expect(result.getByTestId(TEST_IDS.summary)).toHaveText(
    "IAM user happy-go-lucky (account 010759401675) may not ec2:CreateTags on instance/*: no policy allows it.",
  );
  await expect(result.getByTestId(TEST_IDS.policyJson)).toContainText('"Action": "ec2:CreateTags"');

  const calls = (await requestsFor(request, KEY)).slice(before);
  expect(calls.map((c) => [c.action, c.token, c.region])).toEqual([
    ["GetCallerIdentity", undefined, "eu-west-1"],
    ["DecodeAuthorizationMessage", token, "eu-west-1"],
  ]);
  // The browser never sees the machine's credentials, and keeps nothing.
  expect(await page.content()).not.toContain(SECRET);
  await expectNoSecretStored(page, [SECRET, KEY], consoleLines);
});
