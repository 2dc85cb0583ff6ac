// `npm run bench` (second part): the CLI on a 100 MB log, streamed. Generates the log on disk in
// chunks, runs the bundle `npm pack` ships as a process, and samples its resident memory from
// /proc while it runs: the peak must stay bounded whatever the log's size.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeGenerated } from "./write-generated";

const MB = 1024 * 1024;
// Bounded, not small: V8 grows its heap to a few hundred MB before collecting, then stays there
// (25 MB → 220 MB peak, 100 MB → 308, 300 MB → 312 on the development machine).
const BUDGET = { seconds: 20, peakRssMb: 400 };
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

/** A Kubernetes controller's log with Terraform's EC2 denials spread through it. */
function* logText(bytes: number, errors: number): Generator<string> {
  let seed = 42;
  const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const token = () =>
    Array.from({ length: 900 }, () => ALPHABET[Math.floor(rand() * 64)] ?? "A").join("");
  const every = Math.floor(bytes / errors);
  let size = 0;
  let line = 0;
  let written = 0;
  while (size < bytes) {
    const text =
      written < errors && size >= every * (written + 0.5)
        ? `│ Error: creating EC2 Instance: api error UnauthorizedOperation: You are not authorized to perform this operation. User: arn:aws:sts::111122223333:assumed-role/deployer/s${String(written % 17)} is not authorized to perform: ec2:${written % 2 === 0 ? "RunInstances" : "CreateTags"} on resource: arn:aws:ec2:eu-west-1:111122223333:instance/* because no identity-based policy allows the action. Encoded authorization failure message: ${token()}\n│ \tstatus code: 403, request id: 0f0e0d0c-0000-4000-8000-${String(written++).padStart(12, "0")}\n`
        : `2026-12-07T00:00:${String(line % 60).padStart(2, "0")}Z INFO controller reconcile node=ip-10-0-${String(line++ % 255)}.ec2.internal pool=default duration=12.5ms\n`;
    size += text.length;
    yield text;
  }
}

function peakRss(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${String(pid)}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

async function main(): Promise<void> {
  execFileSync("npx", ["vite", "build", "-c", "vite.cli.config.ts", "--logLevel", "error"], {
    stdio: "inherit",
  });
  const dir = mkdtempSync(join(tmpdir(), "authz-bench-"));
  const log = join(dir, "apply.log");
  await writeGenerated(log, logText(Number(process.env.BENCH_LOG_MB ?? 100) * MB, 400));
  const size = statSync(log).size;
  const t0 = performance.now();
  const child = spawn(process.execPath, ["dist-cli/authz-decoder.mjs", "--format", "json", log]);
  let out = "";
  child.stdout.on("data", (c: Buffer) => (out += c.toString()));
  let peak = 0;
  const sample = setInterval(() => {
    peak = Math.max(peak, peakRss(child.pid ?? 0));
  }, 20);
  const code = await new Promise<number | null>((r) => child.on("close", r));
  clearInterval(sample);
  const seconds = (performance.now() - t0) / 1000;
  rmSync(dir, { recursive: true, force: true });
  const report = JSON.parse(out) as { denials: { count: number }[] };
  const found = report.denials.reduce((n, d) => n + d.count, 0);
  const ok = (v: number, b: number) => `budget ${String(b)} ${v <= b ? "ok" : "OVER"}`;
  console.log(
    `\nCLI on a ${(size / MB).toFixed(0)} MB log (400 denials, streamed), exit ${String(code)}:`,
  );
  console.log(`  time ${seconds.toFixed(1).padStart(8)} s     ${ok(seconds, BUDGET.seconds)} s`);
  console.log(`  peak RSS ${peak.toFixed(0).padStart(5)} MB    ${ok(peak, BUDGET.peakRssMb)} MB`);
  console.log(`  denials read ${String(found)} of 400, in ${String(report.denials.length)} groups`);
  if (found !== 400) process.exitCode = 1;
}

await main();
