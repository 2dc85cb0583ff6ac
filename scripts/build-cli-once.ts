import { execFileSync } from "node:child_process";

/**
 * Vitest global setup: the CLI's tests run the bundle `npm pack` ships (dist-cli/), built once
 * per run before any test file starts, so files that spawn it never race a build.
 */
export default function setup(): void {
  execFileSync("npx", ["vite", "build", "-c", "vite.cli.config.ts", "--logLevel", "error"], {
    stdio: "inherit",
  });
}
