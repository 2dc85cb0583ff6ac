import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";
import { CONTENT_SECURITY_POLICY, CSP_HEADER } from "./csp.ts";

/** The CSP goes into the built page only: the dev server needs inline scripts for hot reload. */
const cspMeta = (): Plugin => ({
  name: "authz-decoder-csp",
  apply: "build",
  transformIndexHtml: (html) =>
    html.replace(
      '<meta charset="UTF-8" />',
      `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
    ),
});

export default defineConfig({
  // Relative base: the build works from any path on any static host.
  base: "./",
  plugins: [react(), cspMeta()],
  build: {
    target: "es2022",
    // No source maps: they would double the thousand IAM data chunks for no user benefit.
    sourcemap: process.env.SOURCEMAP === "1",
    chunkSizeWarningLimit: 1024,
  },
  preview: {
    host: "127.0.0.1",
    port: 4173,
    headers: {
      "Content-Security-Policy": CSP_HEADER,
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
    },
  },
  server: {
    host: "127.0.0.1",
  },
  test: {
    include: ["src/**/*.test.ts"],
    // The CLI's tests spawn its bundle (dist-cli/): built once before the files run.
    globalSetup: ["scripts/build-cli-once.ts"],
    // A focused test would silently skip the rest, in CI or not.
    allowOnly: false,
    environment: "node",
    // The JSON report feeds the one totals line CI reads (scripts/test-totals.mjs).
    reporters: ["default", "json"],
    outputFile: { json: "reports/unit.json" },
  },
});
