import { expect, test, type Page } from "@playwright/test";
import { FAKE_STS_PORT } from "../playwright.config";
import { TEST_IDS, paste, readFixture } from "./support/page";

/** A heap snapshot of the page's JavaScript, after a full garbage collection, as one string. */
async function heapSnapshot(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  cdp.on("HeapProfiler.addHeapSnapshotChunk", (e) => chunks.push(e.chunk));
  await cdp.send("HeapProfiler.enable");
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.takeHeapSnapshot", { reportProgress: false });
  await cdp.detach();
  return chunks.join("");
}

test("Forget leaves no copy of the session token or secret key anywhere in the page's memory", async ({
  page,
}) => {
  // Two heap snapshots of the whole page: slow on a loaded 2-core machine, so more time than most.
  test.setTimeout(120_000);
  // Unique values, so a match can only be the pasted credentials.
  const secret = `forgetSecret${Date.now()}ZZ000000000000000000000`;
  const session = `FwoGZXIvYXdzForgetHeapCanary${Date.now()}QQ`;
  await page.goto("./");
  await paste(
    page,
    readFixture("errors", "07-terraform-aws-instance-status-code-request-id-line.txt"),
  );
  // Typed as a user pastes, natively: no test-harness script holds the strings.
  await page.getByTestId(TEST_IDS.credentialsInput).focus();
  await page.keyboard.insertText(
    `export AWS_ACCESS_KEY_ID=ASIAFAKEFORGET000001\nexport AWS_SECRET_ACCESS_KEY=${secret}\nexport AWS_SESSION_TOKEN=${session}`,
  );
  await page.getByRole("button", { name: "Use these credentials" }).click();
  await page.getByText("Advanced").click();
  await page.getByLabel(/STS endpoint/).fill(`http://127.0.0.1:${FAKE_STS_PORT}`);
  await page.getByTestId(TEST_IDS.decodeButton).click();
  await expect(page.getByTestId(TEST_IDS.decodeProgress)).toContainText("Decoded 1 of 1.");

  // The check can see them: while in use, the snapshot holds them.
  const before = await heapSnapshot(page);
  expect(before).toContain(session);

  await page.getByTestId(TEST_IDS.forgetCredentials).click();
  await expect(page.getByTestId(TEST_IDS.credentialsInput)).toHaveValue("");
  const after = await heapSnapshot(page);
  expect(after.includes(session), "the session token is still reachable").toBe(false);
  expect(after.includes(secret), "the secret key is still reachable").toBe(false);
});
