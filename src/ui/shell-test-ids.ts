/**
 * The test ids of what the first load paints (the paste box, notices, header): apart from the
 * views' (test-ids.ts), so the first load does not carry every view's ids.
 */
export const SHELL_TEST_IDS = {
  pasteInput: "paste-input",
  /** CloudTrail files (trail logs, .json.gz, Athena results): several at once, read in a worker. */
  trailFilesInput: "trail-files-input",
  openQueries: "open-queries",
  inputError: "input-error",
  exampleButton: "example-button",
  linkNotice: "link-notice",
  policySyntax: "policy-syntax",
  themeSelect: "theme-select",
} as const;
