import { run } from "./main";

// The installed command: stdout for the report, stderr for errors, the exit status for scripts.
process.exitCode = await run(process.argv.slice(2), {
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`),
  isTTY: process.stdout.isTTY,
});
