// Takes screenshots of the built app for the README and for review: npm run screenshot
import { readFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import config from "../playwright.config";

const [
  fixture = "fixtures/decoded/16-iam-passrole-aws-backup-restore-envelope.txt",
  out = "docs/screenshot.png",
  scheme = "light",
  width = "1200",
] = process.argv.slice(2);
const launch = config.projects?.[0]?.use?.launchOptions ?? {};
const browser = await chromium.launch(launch);
const page = await browser.newPage({
  viewport: { width: Number(width), height: Number(process.env.HEIGHT ?? 900) },
  colorScheme: scheme === "dark" ? "dark" : "light",
  deviceScaleFactor: 1,
  locale: process.env.LOCALE ?? "en-US",
});
await page.goto(process.env.APP_URL ?? "http://127.0.0.1:4173/");
if (fixture !== "-") {
  await page.getByTestId("paste-input").fill(readFileSync(fixture, "utf8"));
  await page
    .getByTestId("summary")
    .or(page.getByTestId("input-error"))
    .or(page.getByTestId("authz-evaluation"))
    .first()
    .waitFor();
  await page.waitForTimeout(300);
}
await page.screenshot({ path: out, fullPage: process.env.FULL_PAGE !== "0" });
await browser.close();
console.log(`wrote ${out}`);
