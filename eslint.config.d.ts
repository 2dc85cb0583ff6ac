import type { Linter } from "eslint";

/** The module boundaries and test rules, as eslint.config.js applies them. */
export declare const boundaries: Linter.Config[];
declare const config: Linter.Config[];
export default config;
