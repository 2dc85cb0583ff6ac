// `npm test`: every stage in order, stopping at the first that fails, with one record of what ran
// (reports/stages.json) for the totals line. Stale reports are removed first, so a stage that did
// not run can never be counted from an earlier run.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";

const STAGES = [
  ["typecheck", "typecheck"],
  ["lint", "lint"],
  ["format", "format:check"],
  ["unit", "unit"],
  ["build", "build"],
  ["e2e", "e2e"],
];

rmSync("reports", { recursive: true, force: true });
mkdirSync("reports", { recursive: true });
const stages = [];
let failed = false;
for (const [name, script] of STAGES) {
  if (failed) {
    stages.push({ name, status: "not run" });
    continue;
  }
  const start = Date.now();
  const { status } = spawnSync("npm", ["run", "-s", script], { stdio: "inherit" });
  const ok = status === 0;
  stages.push({ name, status: ok ? "passed" : "failed", seconds: (Date.now() - start) / 1000 });
  failed = !ok;
}
writeFileSync("reports/stages.json", `${JSON.stringify({ stages }, null, 2)}\n`);
const totals = spawnSync(process.execPath, ["scripts/test-totals.mjs"], { stdio: "inherit" });
process.exit(failed || totals.status !== 0 ? 1 : 0);
