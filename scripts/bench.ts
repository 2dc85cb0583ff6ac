// npm run bench: sizes of the first load, and timings of the core and of the page in headless
// Chromium against the production build. Prints a table; writes reports/bench.json.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "@playwright/test";
import { build, preview, type PreviewServer } from "vite";
import config from "../playwright.config";

const DIST = "dist";
/** Fixed and strict: a leftover server on it (another checkout's) makes the bench fail, not lie. */
const PORT = Number(process.env.BENCH_PORT ?? 4199);
const RUNS = 7;

/** Budgets from issues #7, #22 and #23, printed beside each measurement. */
const BUDGET = {
  firstLoad: 80 * 1024,
  pasteSummary: 50,
  pasteOneMb: 300,
  evaluate: 20,
} as const;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

/** Deterministic pseudo-random generator, so every run measures the same input. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

function makeLog(bytes: number, errors: number): string {
  const rand = prng(42);
  const token = () =>
    Array.from(
      { length: 700 + Math.floor(rand() * 800) },
      () => ALPHABET[Math.floor(rand() * 64)],
    ).join("");
  const noise = (i: number) =>
    `2026-11-28T00:00:${String(i % 60).padStart(2, "0")}Z INFO controller reconcile node=ip-10-0-${i % 255}-${i % 7}.ec2.internal pool=default duration=${(rand() * 100).toFixed(2)}ms\n`;
  const parts: string[] = [];
  let size = 0;
  let line = 0;
  const every = Math.floor(bytes / errors);
  let nextError = every / 2;
  let written = 0;
  while (size < bytes) {
    if (written < errors && size >= nextError) {
      const e = `│ Error: creating EC2 Instance: api error UnauthorizedOperation: You are not authorized to perform this operation. User: arn:aws:sts::111122223333:assumed-role/deployer/s${written % 17} is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:eu-west-1:111122223333:instance/* because no identity-based policy allows the ec2:RunInstances action. Encoded authorization failure message: ${token()}\n│ \tstatus code: 403, request id: 0f0e0d0c-0000-4000-8000-${String(written).padStart(12, "0")}\n`;
      parts.push(e);
      size += e.length;
      written++;
      nextError += every;
    } else {
      const n = noise(line++);
      parts.push(n);
      size += n.length;
    }
  }
  return parts.join("");
}

function firstLoad(): { file: string; raw: number; gzip: number }[] {
  const html = readFileSync(join(DIST, "index.html"), "utf8");
  const refs = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1] ?? "",
  );
  return [...new Set(refs)].map((file) => {
    const bytes = readFileSync(join(DIST, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}

function allAssets(): { file: string; gzip: number }[] {
  return readdirSync(join(DIST, "assets"))
    .filter((f) => /\.(js|css)$/.test(f))
    .map((f) => ({
      file: f,
      gzip: gzipSync(readFileSync(join(DIST, "assets", f)), { level: 9 }).length,
    }))
    .filter((a) => statSync(join(DIST, "assets", a.file)).isFile());
}

async function coreBundle(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: "silent",
    build: {
      write: false,
      minify: true,
      lib: {
        entry: "scripts/bench-core.ts",
        formats: ["iife"],
        name: "benchCoreBundle",
        fileName: "bench-core",
      },
    },
  });
  const output = (Array.isArray(out) ? out[0] : out) as { output: { code?: string }[] };
  return output.output[0]?.code ?? "";
}

/** Progress on stderr, so a slow step is seen while it runs. */
const progress = (what: string) => {
  process.stderr.write(`bench: ${what}\n`);
};

async function timeInPage(
  page: Page,
  fn: "analyze" | "readErrors" | "analyzePaste" | "evaluate" | "readToolboxOutputs",
  input: string,
): Promise<number> {
  progress(`${fn} (${String(input.length)} chars)`);
  const times = await page.evaluate(
    ({ fn, input, runs }) => {
      const core = (globalThis as unknown as { benchCore: Record<string, (s: string) => unknown> })
        .benchCore;
      const f = core[fn];
      if (!f) throw new Error(fn);
      const out: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        f(input);
        out.push(performance.now() - t0);
      }
      return out;
    },
    { fn, input, runs: RUNS },
  );
  return median(times);
}

/**
 * Paste through the real textarea, as a user would, and time until the selectors' elements are on
 * screen: found in a frame, then painted (the next frame's callback runs after that paint).
 */
async function pasteToPaint(
  page: Page,
  input: string,
  selectors: readonly string[],
  viaPasteEvent = false,
): Promise<number[]> {
  const runs: number[][] = [];
  progress(`paste ${String(input.length)} chars → ${selectors.join(", ")}`);
  for (let i = 0; i < 5; i++) {
    await page.goto(`http://127.0.0.1:${String(PORT)}/`);
    await page.waitForSelector('[data-testid="paste-input"]');
    // The result views are prefetched when the page is idle: measure a user who pastes after that.
    await page.waitForFunction(() => performance.getEntriesByType("resource").length > 0);
    await page.waitForTimeout(300);
    // A string, not a function: tsx's helpers (`__name`) do not exist in the page.
    const measure = `new Promise((resolve) => {
      const area = document.querySelector('[data-testid="paste-input"]');
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value").set;
      const input = window.__benchInput;
      const selectors = ${JSON.stringify(selectors)};
      const found = selectors.map(() => undefined);
      const painted = selectors.map(() => undefined);
      const t0 = performance.now();
      if (${String(viaPasteEvent)}) {
        // What a user's paste does: the page sees the clipboard before the textarea does.
        const data = new DataTransfer();
        data.setData("text/plain", input);
        area.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
      } else {
        setter.call(area, input);
        area.dispatchEvent(new Event("input", { bubbles: true }));
      }
      const frame = () => {
        const now = performance.now() - t0;
        selectors.forEach((sel, k) => {
          if (found[k] !== undefined && painted[k] === undefined) painted[k] = now;
          if (found[k] === undefined && document.querySelector(sel)) found[k] = now;
        });
        // A selector that never shows (no Copy button for an explicit deny) gives up after 10 s.
        if (painted.every((p) => p !== undefined) || now > 10000) resolve(painted.map((p) => p ?? NaN));
        else requestAnimationFrame(frame);
      };
      frame();
    })`;
    await page.evaluate((text) => {
      (window as unknown as { __benchInput: string }).__benchInput = text;
    }, input);
    runs.push(await page.evaluate<number[]>(measure));
  }
  return selectors.map((_, k) => median(runs.map((r) => r[k] ?? NaN)));
}

/**
 * The first load as a browser makes it: every response up to the load event (index.html, the
 * entry and what it preloads, CSS), each counted gzip -9.
 */
async function firstLoadInBrowser(page: Page): Promise<{ file: string; gzip: number }[]> {
  const seen: Promise<{ file: string; gzip: number }>[] = [];
  let loaded = false;
  const onResponse = (response: import("@playwright/test").Response) => {
    if (loaded) return;
    const url = new URL(response.url());
    if (url.host !== `127.0.0.1:${String(PORT)}`) return;
    seen.push(
      response.body().then((body) => ({
        file: url.pathname === "/" ? "index.html" : url.pathname.slice(1),
        gzip: gzipSync(body, { level: 9 }).length,
      })),
    );
  };
  page.on("response", onResponse);
  page.once("load", () => {
    loaded = true;
  });
  await page.goto(`http://127.0.0.1:${String(PORT)}/`, { waitUntil: "load" });
  page.off("response", onResponse);
  return Promise.all(seen);
}

/** Starts `vite preview` of dist/ in this process, on PORT or not at all. */
async function startPreview(): Promise<PreviewServer> {
  try {
    return await preview({
      logLevel: "silent",
      preview: { port: PORT, strictPort: true, host: "127.0.0.1" },
    });
  } catch (e) {
    throw new Error(
      `Port ${String(PORT)} is taken (another bench or preview still running?): set BENCH_PORT or stop it.`,
      { cause: e },
    );
  }
}

/** Fails before minutes of core timings, not after them, when PORT is taken. */
function portFree(): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => {
      resolve(false);
    });
    probe.listen(PORT, "127.0.0.1", () =>
      probe.close(() => {
        resolve(true);
      }),
    );
  });
}

async function main(): Promise<void> {
  if (!(await portFree())) {
    console.error(
      `bench: port ${String(PORT)} is taken (another bench or preview still running?): set BENCH_PORT or stop it.`,
    );
    process.exit(1);
  }
  await build({ logLevel: "silent" });
  const load = firstLoad();
  const loadGzip = load.reduce((s, f) => s + f.gzip, 0);

  const launch = config.projects?.[0]?.use?.launchOptions ?? {};
  const browser = await chromium.launch(launch);
  const corePage = await browser.newPage();
  await corePage.goto("about:blank");
  await corePage.addScriptTag({ content: await coreBundle() });

  const corpus = readdirSync("fixtures/decoded").map((f) =>
    readFileSync(join("fixtures/decoded", f), "utf8"),
  );
  const largest = corpus.reduce((a, b) => (b.length > a.length ? b : a));
  const sample16 = readFileSync(
    "fixtures/decoded/16-iam-passrole-aws-backup-restore-envelope.txt",
    "utf8",
  );
  const oneMb = makeLog(1_000_000 - sample16.length, 0) + sample16;

  const rows: [string, string, number][] = [];
  rows.push([
    "core",
    `analyze: largest corpus sample (${largest.length} chars)`,
    await timeInPage(corePage, "analyze", largest),
  ]);
  rows.push([
    "core",
    "analyzePaste: 1 MB log ending in a decoded message",
    await timeInPage(corePage, "analyzePaste", oneMb),
  ]);
  for (const [bytes, errors] of [
    [1_250_000, 50],
    [2_500_000, 100],
    [5_000_000, 200],
  ] as const) {
    rows.push([
      "core",
      `readErrors: ${bytes / 1e6} MB log, ${errors} tokens`,
      await timeInPage(corePage, "readErrors", makeLog(bytes, errors)),
    ]);
  }
  // Extraction itself has no size cap (the page caps pastes at 2 MB): these go to readErrors.
  const adversarialErrors: [string, string][] = [
    ["5 MB of token characters", "A".repeat(5_000_000)],
    ["100,000 markers", "Encoded authorization failure message: ".repeat(100_000)],
    [
      "100,000 markers, each with a 10-char token",
      "Encoded authorization failure message: AbC-123_xy\n".repeat(100_000),
    ],
    [
      "100,000 markers split by wraps",
      "Encoded authori\nzation failure \\\n message:\n".repeat(100_000),
    ],
    [
      "100,000 'User:' + 'is not authorized to perform:'",
      "User: is not authorized to perform: ".repeat(100_000),
    ],
    [
      "50,000 STS refusals, each with a role ARN and GitHub's words",
      "Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity arn:aws:iam::123456789012:role/x\n".repeat(
        50_000,
      ),
    ],
    [
      "1 MB of one reason with a 1 MB principal",
      `User: ${"a".repeat(1_000_000)} is not authorized to perform: x`,
    ],
    [
      "5 MB of hard-wrapped 60-char token lines",
      `Encoded authorization failure message:\n${"AbCdEfGhIj0123456789_-".repeat(3).slice(0, 60).concat("\n").repeat(80_000)}`,
    ],
  ];
  for (const [name, input] of adversarialErrors) {
    rows.push([
      "adversarial",
      `readErrors: ${name}`,
      await timeInPage(corePage, "readErrors", input),
    ]);
  }
  const adversarialPastes: [string, string][] = [
    ["1.9 MB of '{' (unclosed JSON)", `{"allowed":${"{".repeat(1_900_000)}`],
    ["1.9 MB of escaped quotes", `"DecodedMessage": "${'\\"'.repeat(950_000)}`],
    [
      "1.9 MB of x after a marker",
      `Encoded authorization failure message: ${"x".repeat(1_900_000)}`,
    ],
    ['1.9 MB of \'"arn":"\' (salvage scan)', `allowed ${'"arn":"'.repeat(270_000)}`],
  ];
  // The evaluator's budget: 100 policies × 20 statements against one request in ≤ 20 ms.
  const statement = (p: number, i: number) => ({
    Sid: `S${String(p)}x${String(i)}`,
    Effect: i % 7 === 0 ? "Deny" : "Allow",
    Action: [`ec2:Describe${String(i)}*`, `s3:Get${String(p)}*`],
    Resource: [`arn:aws:s3:::bucket-${String(p)}/home/\${aws:username}/*`],
    Condition: {
      StringEquals: { "aws:RequestedRegion": ["eu-west-1", "us-east-1"] },
      IpAddress: { "aws:SourceIp": ["203.0.113.0/24", "2001:db8::/32"] },
      "ForAllValues:StringLike": { "aws:TagKeys": ["team*", "cost-*"] },
    },
  });
  const evaluation = JSON.stringify({
    request: {
      principalArn: "arn:aws:iam::111122223333:user/alice",
      principalAccount: "111122223333",
      action: "s3:GetObject",
      resource: "arn:aws:s3:::bucket-42/home/alice/notes.txt",
      resourceAccount: undefined,
      context: [
        ["aws:requestedregion", ["us-east-1"]],
        ["aws:sourceip", ["203.0.113.9"]],
        ["aws:tagkeys", ["team", "cost-center"]],
        ["aws:username", ["alice"]],
      ],
    },
    policies: Array.from({ length: 100 }, (_, p) => ({
      type: "identity-based",
      name: `P${String(p)}`,
      document: {
        Version: "2012-10-17",
        Statement: Array.from({ length: 20 }, (_, i) => statement(p, i)),
      },
    })),
  });
  rows.push([
    "core",
    "evaluate: 100 policies × 20 statements, one request (budget 20 ms)",
    await timeInPage(corePage, "evaluate", evaluation),
  ]);
  rows.push([
    "adversarial",
    "readToolboxOutputs: 1.9 MB of '{' after a details field",
    await timeInPage(corePage, "readToolboxOutputs", `"evaluatedEffect" ${"{".repeat(1_900_000)}`),
  ]);
  for (const [name, input] of adversarialPastes) {
    rows.push([
      "adversarial",
      `analyzePaste: ${name}`,
      await timeInPage(corePage, "analyzePaste", input),
    ]);
  }

  progress("preview server");
  const server = await startPreview();
  const pageRows: [string, number, number][] = [];
  let browserLoad: { file: string; gzip: number }[];
  try {
    const page = await browser.newPage();
    progress("first load in the browser");
    browserLoad = await firstLoadInBrowser(page);
    const SUMMARY = '[data-testid="summary"]';
    const COPY = '[data-testid="copy-policy"]';
    const [largestSummary = NaN] = await pasteToPaint(page, largest, [SUMMARY]);
    pageRows.push([
      `paste → summary painted: largest corpus sample (${String(largest.length)} chars, an explicit deny)`,
      largestSummary,
      BUDGET.pasteSummary,
    ]);
    const [summary = NaN, copy = NaN] = await pasteToPaint(page, sample16, [SUMMARY, COPY]);
    pageRows.push([
      "paste → summary painted: the origin story (AWS Backup PassRole)",
      summary,
      BUDGET.pasteSummary,
    ]);
    pageRows.push(["paste → Copy policy painted: the origin story", copy, BUDGET.pasteSummary]);
    const [oneMbSummary = NaN] = await pasteToPaint(page, oneMb, [SUMMARY]);
    pageRows.push([
      "paste → summary painted: 1 MB log ending in a decoded message",
      oneMbSummary,
      BUDGET.pasteOneMb,
    ]);
    // Logs are read up to 10 MB (past the 2 MB cap on messages): the overview is what shows.
    const [fiveMb = NaN] = await pasteToPaint(
      page,
      makeLog(5_000_000, 200),
      ['[data-testid="denials-overview"]'],
      false,
    );
    pageRows.push(["paste → overview painted: 5 MB log, 200 denials", fiveMb, NaN]);
    const [limit = NaN] = await pasteToPaint(
      page,
      makeLog(11_000_000, 10),
      ['[data-testid="input-error"]'],
      true,
    );
    pageRows.push(["paste → limit message: 11 MB log (a real paste event)", limit, NaN]);
  } finally {
    await server.close();
  }
  await browser.close();

  console.log("\nFirst load (what index.html references), gzip -9:");
  for (const f of load)
    console.log(
      `  ${f.file.padEnd(44)} ${(f.raw / 1024).toFixed(1).padStart(8)} KB raw ${(f.gzip / 1024).toFixed(1).padStart(7)} KB gzip`,
    );
  console.log(
    `  ${"total".padEnd(44)} ${"".padStart(15)} ${(loadGzip / 1024).toFixed(1).padStart(7)} KB gzip`,
  );
  const browserTotal = browserLoad.reduce((sum, f) => sum + f.gzip, 0);
  console.log("\nFirst load as the browser makes it (responses before the load event), gzip -9:");
  for (const f of browserLoad)
    console.log(`  ${f.file.padEnd(44)} ${(f.gzip / 1024).toFixed(1).padStart(24)} KB gzip`);
  console.log(
    `  ${"total".padEnd(44)} ${(browserTotal / 1024).toFixed(1).padStart(24)} KB gzip   budget ${(BUDGET.firstLoad / 1024).toFixed(0)} KB ${browserTotal <= BUDGET.firstLoad ? "ok" : "OVER"}`,
  );
  console.log("\nLoaded on demand:");
  // The IAM data comes as three small chunks per service (over a thousand): listed one by one they
  // bury the chunks worth reading, so those under 4 KB are counted, not listed.
  const onDemand = allAssets().filter((a) => !load.some((l) => l.file.endsWith(a.file)));
  const small = onDemand.filter((a) => a.gzip < 4096);
  for (const a of onDemand.filter((a) => a.gzip >= 4096).sort((x, y) => y.gzip - x.gzip)) {
    console.log(`  ${a.file.padEnd(44)} ${(a.gzip / 1024).toFixed(1).padStart(24)} KB gzip`);
  }
  const smallKb = small.reduce((n, a) => n + a.gzip, 0) / 1024;
  console.log(
    `  ${`${String(small.length)} chunks under 4 KB (IAM data per service, grammars…)`.padEnd(44)} ${smallKb.toFixed(1).padStart(24)} KB gzip in all`,
  );
  console.log(
    `\nTimings in headless Chromium (median of ${RUNS} runs for the core, 5 for the page):`,
  );
  for (const [kind, name, ms] of rows)
    console.log(`  ${kind.padEnd(12)} ${name.padEnd(66)} ${ms.toFixed(1).padStart(8)} ms`);
  console.log("\nPaste to screen in the production build (median of 5, after the idle prefetch):");
  for (const [name, ms, budget] of pageRows)
    console.log(
      `  ${name.padEnd(72)} ${ms.toFixed(1).padStart(8)} ms${Number.isNaN(budget) ? "" : `   budget ${String(budget)} ms ${ms <= budget ? "ok" : "OVER"}`}`,
    );
  mkdirSync("reports", { recursive: true });
  writeFileSync(
    "reports/bench.json",
    JSON.stringify(
      {
        firstLoadGzip: loadGzip,
        firstLoadInBrowser: browserLoad,
        load,
        rows,
        pageRows,
        budgets: BUDGET,
      },
      null,
      2,
    ),
  );
}

await main();
