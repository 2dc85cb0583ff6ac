import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/** An import zone: files matching `files` may not import what `regex` matches (at any depth). */
const zone = (files, forbidden, message, ignores = []) => ({
  files,
  ignores,
  rules: {
    "no-restricted-imports": [
      "error",
      { patterns: forbidden.map((regex) => ({ regex, message })) },
    ],
  },
});

/**
 * The module boundaries (docs/architecture.md), exported so a test can prove they hold for files
 * at any depth (src/core/lint-boundaries.test.ts). Later zones for the same files replace earlier
 * ones' options, so each zone lists everything its files may not import.
 */
export const boundaries = [
  zone(
    ["src/core/**/*.ts"],
    [
      "^react(-dom)?(/|$)",
      "(^|/)ui(/|$)",
      "(^|/)server(/|$)",
      "(^|/)fixtures(/|$)",
      "(^|/)e2e(/|$)",
      "^node:",
      "^(fs|path|child_process|os)$",
    ],
    "src/core is pure TypeScript for the browser: no React, UI, server, fixtures, e2e or Node built-ins.",
    ["src/core/**/*.test.ts"],
  ),
  zone(
    ["src/server/**/*.ts"],
    ["(^|/)ui(/|$)", "(^|/)fixtures(/|$)", "(^|/)e2e(/|$)"],
    "src/server imports no UI, fixtures or e2e code.",
    ["src/server/**/*.test.ts"],
  ),
  zone(
    ["src/cli/**/*.ts"],
    ["^react(-dom)?(/|$)", "(^|/)ui(/|$)", "(^|/)fixtures(/|$)", "(^|/)e2e(/|$)"],
    "src/cli is the core in a terminal: no React or UI code, fixtures or e2e code.",
    ["src/cli/**/*.test.ts"],
  ),
  zone(
    ["src/ui/**/*.{ts,tsx}", "src/main.tsx"],
    ["(^|/)server(/|$)", "^node:", "(^|/)fixtures(/|$)", "(^|/)e2e(/|$)"],
    "src/ui runs in the browser: no server code, Node built-ins, fixtures or e2e code.",
    ["src/ui/**/*.test.ts"],
  ),
  {
    files: ["src/core/**/*.ts"],
    ignores: ["src/core/**/*.test.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        "window",
        "document",
        "navigator",
        "localStorage",
        "fetch",
      ],
    },
  },
  {
    // A focused test hides the others; a skipped one is a test that does not run.
    files: ["**/*.test.ts", "e2e/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "TSEnumDeclaration", message: "Use `as const` objects and string unions." },
        {
          selector:
            "MemberExpression[object.name=/^(it|test|describe|suite|bench)$/][property.name=/^(only|skip|todo|fixme)$/]",
          message: "No focused or skipped tests: every test runs.",
        },
        {
          selector:
            "MemberExpression[object.property.name=/^(describe|each)$/][property.name=/^(only|skip|fixme)$/]",
          message: "No focused or skipped tests: every test runs.",
        },
      ],
    },
  },
];

export default tseslint.config(
  {
    ignores: [
      "dist",
      "dist-cli",
      "node_modules",
      "test-results",
      "playwright-report",
      "fixtures/**/*.txt",
      ".shots",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "no-restricted-syntax": [
        "error",
        { selector: "TSEnumDeclaration", message: "Use `as const` objects and string unions." },
      ],
    },
  },
  {
    files: ["src/ui/**/*.{ts,tsx}", "src/main.tsx"],
    plugins: { "react-hooks": reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-restricted-properties": [
        "error",
        { property: "dangerouslySetInnerHTML", message: "Render pasted content as text." },
      ],
    },
  },
  ...boundaries,
  {
    files: [
      "**/*.test.ts",
      "e2e/**/*.ts",
      "scripts/**/*.{ts,mjs}",
      "fixtures/**/*.ts",
      "*.config.{ts,js}",
    ],
    languageOptions: { globals: globals.node },
  },
  {
    files: ["**/*.{js,mjs}"],
    ...tseslint.configs.disableTypeChecked,
  },
);
