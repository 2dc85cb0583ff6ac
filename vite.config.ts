import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // Relative base: the build works from any path on any static host.
  base: "./",
  plugins: [react()],
  build: {
    target: "es2022",
    // No source maps: they would double the thousand IAM data chunks for no user benefit.
    sourcemap: process.env.SOURCEMAP === "1",
    chunkSizeWarningLimit: 1024,
  },
  preview: {
    host: "127.0.0.1",
    port: 4173,
  },
  server: {
    host: "127.0.0.1",
  },
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
    // The JSON report feeds the one totals line CI reads (scripts/test-totals.mjs).
    reporters: ["default", "json"],
    outputFile: { json: "reports/unit.json" },
  },
});
