// The module boundaries hold at every depth: probe files deep in each folder, linted with the
// project's own boundary rules (eslint.config.js exports them), must be refused or accepted.
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";
import { boundaries } from "../../eslint.config.js";

const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfigFile: true,
  overrideConfig: [{ languageOptions: { parser: tseslint.parser } }, ...boundaries],
});

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe("import zones, at depth", () => {
  it.each([
    ["src/core/a/b/c/probe.ts", 'import { x } from "../../../../ui/components/x";'],
    ["src/core/a/b/c/probe.ts", 'import { x } from "react";'],
    ["src/core/a/b/c/probe.ts", 'import { x } from "node:fs";'],
    ["src/core/a/b/c/probe.ts", 'import { x } from "../../../../server/app";'],
    ["src/core/a/b/c/probe.ts", 'import { x } from "../../../../../fixtures/fixtures";'],
    ["src/core/a/b/c/probe.ts", 'import { x } from "../../../../../e2e/support/page";'],
    ["src/server/a/b/probe.ts", 'import { x } from "../../../ui/app";'],
    ["src/ui/a/b/c/probe.tsx", 'import { x } from "../../../../server/app";'],
    ["src/ui/a/b/c/probe.tsx", 'import { x } from "node:path";'],
    ["src/ui/a/b/c/probe.tsx", 'import { x } from "../../../../../fixtures/fixtures";'],
  ])("%s: %s is refused", async (file, code) => {
    expect(await problems(file, code)).toEqual(["no-restricted-imports"]);
  });

  it.each([
    ["src/core/a/b/c/probe.ts", 'import { x } from "../../../model/arn";'],
    ["src/core/a/b/c/probe.test.ts", 'import { x } from "../../../../../fixtures/fixtures";'],
    ["src/ui/a/b/probe.tsx", 'import { x } from "../../../core/analyze";'],
    ["src/server/a/probe.ts", 'import { x } from "node:http";'],
  ])("%s: %s is allowed", async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });

  it("the core uses no browser globals", async () => {
    expect(
      await problems("src/core/a/b/probe.ts", "export const f = () => window.location;"),
    ).toEqual(["no-restricted-globals"]);
  });
});

describe("no focused or skipped tests", () => {
  // Built from parts, so that a search of the code for focused tests finds only real ones.
  const call = (...parts: string[]) => `${parts.join(".")}("x", () => {});`;
  it.each([
    ["src/core/a/x.test.ts", call("it", "only")],
    ["src/core/a/x.test.ts", call("describe", "skip")],
    ["src/core/a/x.test.ts", call("it", "todo")],
    ["src/core/a/x.test.ts", `${["it", "skip", "each"].join(".")}([1])("x", () => {});`],
    ["e2e/deep/x.spec.ts", call("test", "describe", "only")],
    ["e2e/x.spec.ts", call("test", "fixme")],
    ["e2e/x.spec.ts", call("test", "skip")],
  ])("%s: %s is refused", async (file, code) => {
    expect(await problems(file, code)).toContain("no-restricted-syntax");
  });

  it("a plain test passes", async () => {
    expect(await problems("src/core/a/x.test.ts", 'it("x", () => {});')).toEqual([]);
  });
});
