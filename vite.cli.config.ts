import { defineConfig } from "vite";

/**
 * The CLI and MCP server as one Node ES module bundle (`dist-cli/`), for `npm pack`: the core and
 * the small pure libraries it uses are bundled; the AWS SDK, the MCP SDK and zod stay packages
 * (the `dependencies` that `npm install -g` brings), loaded only by the commands that use them.
 */
const RUNTIME_PACKAGES = /^(@aws-sdk\/|@smithy\/|@modelcontextprotocol\/sdk|zod($|\/))/;

export default defineConfig({
  publicDir: false,
  build: {
    ssr: "src/cli/bin.ts",
    outDir: "dist-cli",
    emptyOutDir: true,
    target: "node22",
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      external: (id) => id.startsWith("node:") || RUNTIME_PACKAGES.test(id),
      output: {
        entryFileNames: "authz-decoder.mjs",
        chunkFileNames: "[name]-[hash].mjs",
        banner: "#!/usr/bin/env node",
      },
    },
  },
  // Bundle everything else (jsonc-parser, diff): the installed command needs no dev dependency.
  ssr: { noExternal: true, target: "node" },
});
