import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { readFixture } from "../../fixtures/fixtures";
import { reportSchema } from "../core/report/schema";

/**
 * What a user does: `npm pack`, install the tarball into an empty prefix, run the command there.
 * The bundle is already built (vitest's global setup), so packing skips `prepack`; the install
 * takes the runtime dependencies from the registry (the npm cache first) and no dev dependency.
 */
it("the packed tarball installs into an empty prefix and reads a Terraform log", () => {
  const dir = mkdtempSync(join(tmpdir(), "authz-pack-"));
  execFileSync("npm", ["pack", "--ignore-scripts", "--pack-destination", dir], { stdio: "pipe" });
  const tarball = readdirSync(dir).find((f) => f.endsWith(".tgz"));
  if (tarball === undefined) throw new Error("npm pack wrote no tarball");
  const listed = execFileSync("tar", ["-tzf", join(dir, tarball)], { encoding: "utf8" });
  expect(listed).toContain("package/dist-cli/authz-decoder.mjs");
  expect(listed).not.toMatch(/package\/(src|e2e|fixtures)\//);

  const prefix = join(dir, "prefix");
  execFileSync(
    "npm",
    [
      "install",
      "-g",
      "--prefix",
      prefix,
      "--no-audit",
      "--no-fund",
      "--prefer-offline",
      join(dir, tarball),
    ],
    { stdio: "pipe" },
  );
  const modules = join(prefix, "lib", "node_modules");
  for (const dev of ["vite", "react", "typescript", "@playwright/test"])
    expect(existsSync(join(modules, "authz-decoder", "node_modules", dev))).toBe(false);
  const bin = join(prefix, "bin", "authz-decoder");
  const log = readFixture("synthetic-errors", "terraform-six-failures.txt");
  const run = spawnSync(bin, ["--format", "json"], {
    input: log,
    encoding: "utf8",
    env: { PATH: `${join(prefix, "bin")}:${process.env.PATH ?? ""}` },
  });
  expect(run.status).toBe(2);
  const report = reportSchema.parse(JSON.parse(run.stdout));
  expect(report.policies[0]?.attachTo).toBe("IAM role terraform-deployer");
  expect(spawnSync(bin, ["--help"], { encoding: "utf8" }).stdout).toContain("Usage: authz-decoder");
}, 240_000);
