// `npm run bench` (third part): 200 MB of CloudTrail JSON (an organization trail's log file shape)
// dropped on the production build: time to the organization overview, the page's long tasks while
// the worker reads (it must stay responsive), and the heap of the same core reader on the same
// file in Node (the worker's work, measurable here). Uses dist/ as the first part built it.
import { createReadStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { preview } from "vite";
import { okEvent, trailEvent } from "../fixtures/cloudtrail";
import { DenialGrouper } from "../src/core/cloudtrail/org-denials";
import { TrailReader } from "../src/core/cloudtrail/trail-reader";
import config from "../playwright.config";
import { writeGenerated } from "./write-generated";

const MB = 1_000_000;
const SIZE = Number(process.env.BENCH_TRAIL_MB ?? 200) * MB;
const PORT = Number(process.env.BENCH_TRAIL_PORT ?? 4198);
/** Issue #26: 200 MB grouped in ≤ 15 s, ≤ 500 MB heap, long tasks ≤ 100 ms. */
const BUDGET = { seconds: 15, heapMb: 500, longTaskMs: 100 };

const ACCOUNTS = ["111122223333", "444455556666", "777788889999"];
const ACTIONS = ["RunInstances", "CreateVolume", "CreateTags", "AttachVolume"];

/**
 * An organization trail's log file: about 600 bytes per event, 1 in 20 denied, over 3 accounts ×
 * 4 roles × 4 actions (48 denials). `count.events` says how many were written.
 */
function* trailText(count: { events: number }): Generator<string> {
  yield '{"Records":[';
  let size = 0;
  while (size < SIZE) {
    const n = count.events++;
    const time = new Date(Date.UTC(2026, 11, 1) + n * 1000).toISOString();
    // Denials are every 20th event: their own counter spreads them over accounts, roles, actions.
    const m = Math.floor(n / 20);
    const account = ACCOUNTS[m % ACCOUNTS.length] ?? "111122223333";
    const action = ACTIONS[Math.floor(m / 3) % ACTIONS.length] ?? "RunInstances";
    const role = `app-${String(Math.floor(m / 12) % 4)}`;
    const event =
      n % 20 === 0
        ? trailEvent(`s${String(n % 97)}`, time, {
            eventName: action,
            recipientAccountId: account,
            userIdentity: {
              type: "AssumedRole",
              arn: `arn:aws:sts::${account}:assumed-role/${role}/s${String(n % 97)}`,
              accountId: account,
              sessionContext: {
                sessionIssuer: { arn: `arn:aws:iam::${account}:role/${role}` },
              },
            },
            errorMessage: `You are not authorized to perform this operation. User: arn:aws:sts::${account}:assumed-role/${role}/s${String(n % 97)} is not authorized to perform: ec2:${action} on resource: arn:aws:ec2:eu-west-1:${account}:instance/* because no identity-based policy allows the ec2:${action} action.`,
          })
        : okEvent(`s${String(n % 97)}`, time);
    const text = (n === 0 ? "" : ",") + JSON.stringify(event);
    size += text.length;
    yield text;
  }
  yield "]}";
}

/** The worker's reader on the same file, in Node: time and the heap's peak while it reads. */
async function readInNode(
  path: string,
): Promise<{ seconds: number; heapMb: number; denials: number }> {
  globalThis.gc?.();
  const reader = new TrailReader(new DenialGrouper());
  let peak = 0;
  const started = performance.now();
  const stream = createReadStream(path, { encoding: "utf8", highWaterMark: 64 * 1024 });
  for await (const chunk of stream as AsyncIterable<string>) {
    reader.feed(chunk);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  reader.finish();
  return {
    seconds: (performance.now() - started) / 1000,
    heapMb: peak / MB,
    denials: reader.grouper.denials().length,
  };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "authz-trail-bench-"));
  const path = join(dir, "111122223333_CloudTrail_eu-west-1_20261201T0000Z_bench.json");
  const server = await preview({
    logLevel: "silent",
    preview: { port: PORT, strictPort: true, host: "127.0.0.1" },
  });
  const browser = await chromium.launch(config.projects?.[0]?.use?.launchOptions ?? {});
  try {
    const count = { events: 0 };
    await writeGenerated(path, trailText(count));
    const { events } = count;
    const bytes = statSync(path).size;
    const node = await readInNode(path);
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${String(PORT)}/`);
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longTasks.push(e.duration);
      }).observe({ type: "longtask" });
    });
    const started = performance.now();
    await page.getByTestId("trail-files-input").setInputFiles(path);
    await page.getByTestId("org-overview").waitFor({ timeout: 120_000 });
    const seconds = (performance.now() - started) / 1000;
    const status = await page.getByTestId("trail-progress").innerText();
    const longTasks = await page.evaluate(
      () => (window as unknown as { longTasks: number[] }).longTasks,
    );
    const longest = Math.max(0, ...longTasks);
    const rows: [string, string, string][] = [
      ["file", `${(bytes / MB).toFixed(0)} MB, ${events.toLocaleString("en-US")} events`, ""],
      [
        "drop → organization overview",
        `${seconds.toFixed(1)} s`,
        `≤ ${String(BUDGET.seconds)} s ${seconds <= BUDGET.seconds ? "ok" : "OVER"}`,
      ],
      [
        "page's longest task while reading",
        `${longest.toFixed(0)} ms (${String(longTasks.length)} over 50 ms)`,
        `≤ ${String(BUDGET.longTaskMs)} ms ${longest <= BUDGET.longTaskMs ? "ok" : "OVER"}`,
      ],
      ["the reader in Node: time", `${node.seconds.toFixed(1)} s`, ""],
      [
        "the reader in Node: heap peak",
        `${node.heapMb.toFixed(0)} MB`,
        `≤ ${String(BUDGET.heapMb)} MB ${node.heapMb <= BUDGET.heapMb ? "ok" : "OVER"}`,
      ],
      ["distinct denials", String(node.denials), ""],
    ];
    console.log("\nCloudTrail in the page (Web Worker, streamed):");
    for (const [name, value, budget] of rows)
      console.log(`  ${name.padEnd(40)} ${value.padStart(30)}   ${budget}`);
    console.log(`  ${status.replace(/\s+/g, " ")}`);
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
