import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * Playwright cannot download browsers here: use Debian's Chromium, or the one named by
 * PLAYWRIGHT_CHROMIUM_EXECUTABLE, and fall back to Playwright's own where a machine has it.
 */
const executablePath =
  process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ??
  (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

// Flags that work as root in a container with no network but loopback.
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Ports from the environment, else free ones chosen once here and put into the environment, so
 * the workers (which load this file again) get the same. Fixed ports would let a run silently
 * reuse another checkout's servers.
 */
if (!process.env.E2E_PORT || !process.env.E2E_FAKE_STS_PORT || !process.env.E2E_LOCAL_PORT) {
  const [a, b, c] = execFileSync(process.execPath, ["scripts/free-ports.mjs", "3"], {
    encoding: "utf8",
  })
    .trim()
    .split(" ");
  process.env.E2E_PORT ??= a;
  process.env.E2E_FAKE_STS_PORT ??= b;
  process.env.E2E_LOCAL_PORT ??= c;
}
export const PORT = Number(process.env.E2E_PORT);
/** The fake STS (e2e/support/fake-sts.ts) and the local-mode server (`npm start`) for decode specs. */
export const FAKE_STS_PORT = Number(process.env.E2E_FAKE_STS_PORT);
export const LOCAL_PORT = Number(process.env.E2E_LOCAL_PORT);
/** Reusing servers already running is for a developer who asks: E2E_REUSE_SERVERS=1. */
const reuseExistingServer = process.env.E2E_REUSE_SERVERS === "1";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  outputDir: "test-results",
  reporter: [["list"], ["json", { outputFile: "reports/e2e.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    locale: "en-US",
    timezoneId: "UTC",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
      },
    },
  ],
  // E2E runs against the production build, as users get it: the static build (browser mode), and
  // the local server with fake credentials in its environment, pointed at the fake STS (local mode).
  webServer: [
    {
      command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer,
      timeout: 60_000,
    },
    {
      command: `npx tsx e2e/support/fake-sts.ts ${FAKE_STS_PORT}`,
      url: `http://127.0.0.1:${FAKE_STS_PORT}/__requests`,
      reuseExistingServer,
      timeout: 60_000,
    },
    {
      command: "npx tsx src/server/main.ts",
      url: `http://127.0.0.1:${LOCAL_PORT}/`,
      reuseExistingServer,
      timeout: 60_000,
      env: {
        PORT: String(LOCAL_PORT),
        AWS_ENDPOINT_URL_STS: `http://127.0.0.1:${FAKE_STS_PORT}`,
        AWS_ENDPOINT_URL_IAM_TOOLBOX: `http://127.0.0.1:${FAKE_STS_PORT}`,
        AWS_ENDPOINT_URL_ATHENA: `http://127.0.0.1:${FAKE_STS_PORT}`,
        // The fake's query runs for one poll: no need to wait Athena's second between them.
        AUTHZ_ATHENA_POLL_MS: "50",
        AWS_ACCESS_KEY_ID: "AKIAFAKELOCALMODE001",
        AWS_SECRET_ACCESS_KEY: "fakeLocalSecretThatMustStayInTheServer000",
        AWS_REGION: "eu-west-1",
        // No shared files: the test machine's own ~/.aws must not leak in.
        AWS_CONFIG_FILE: "/nonexistent/aws-config",
        AWS_SHARED_CREDENTIALS_FILE: "/nonexistent/aws-credentials",
      },
    },
  ],
});
