// Prints what CI reads: one line per stage group (check, unit, e2e), then "N passed, N failed".
// Counted as failures: failed tests, test files that failed to load (Vitest), specs that failed to
// load (Playwright), a runner that exited non-zero with no failure counted, and a failed check or
// build. Reports come from the same run as reports/stages.json: run-tests.mjs removes stale ones.
import { existsSync, readFileSync } from "node:fs";

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : undefined);
const stages = read("reports/stages.json")?.stages ?? [];
const status = (name) => stages.find((s) => s.name === name)?.status ?? "not run";

const counts = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

const check = ["typecheck", "lint", "format", "build"].map((n) => [n, status(n)]);
counts.failed += check.filter(([, s]) => s === "failed").length;
lines.push(`check: ${check.map(([n, s]) => `${n} ${s}`).join(", ")}`);

/** Vitest's JSON report: a file that fails to import has no failed test but a failed status. */
function unitCounts(report) {
  const broken = (report.testResults ?? []).filter(
    (f) => f.status === "failed" && !(f.assertionResults ?? []).some((a) => a.status === "failed"),
  ).length;
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + broken,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    detail: `${(report.testResults ?? []).length} files, ${broken} failed to load`,
  };
}

/** Playwright's JSON report: load errors (a spec that throws on import) are top-level `errors`. */
function e2eCounts(report) {
  const loadErrors = (report.errors ?? []).length;
  return {
    passed: (report.stats?.expected ?? 0) + (report.stats?.flaky ?? 0),
    failed: (report.stats?.unexpected ?? 0) + loadErrors,
    skipped: report.stats?.skipped ?? 0,
    detail: `${loadErrors} load errors`,
  };
}

for (const [name, file, count] of [
  ["unit", "reports/unit.json", unitCounts],
  ["e2e", "reports/e2e.json", e2eCounts],
]) {
  const s = status(name);
  if (s === "not run") {
    lines.push(`${name}: not run`);
    continue;
  }
  const report = read(file);
  const c =
    report === undefined
      ? { passed: 0, failed: 0, skipped: 0, detail: "no report" }
      : count(report);
  // The runner failed but nothing above counts it (a crash, a config error): one failure.
  if (s === "failed" && c.failed === 0) c.failed = 1;
  counts.passed += c.passed;
  counts.failed += c.failed;
  counts.skipped += c.skipped;
  lines.push(`${name}: ${c.passed} passed, ${c.failed} failed (${c.detail})`);
}

for (const line of lines) console.log(line);
console.log(
  `${counts.passed} passed, ${counts.failed} failed${counts.skipped > 0 ? `, ${counts.skipped} skipped` : ""}`,
);
