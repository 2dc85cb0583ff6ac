/** Test ids shared by the components and the e2e specs (and external checks: keep them stable). */
export const TEST_IDS = {
  pasteInput: "paste-input",
  summary: "summary",
  conditionsTable: "conditions-table",
  statementsTable: "statements-table",
  policyJson: "policy-json",
  copyPolicy: "copy-policy",
  inputError: "input-error",
  inputWarning: "input-warning",
  principalPanel: "principal-panel",
  decodedJson: "decoded-json",
  decodeCommand: "decode-command",
  fixPanel: "fix-panel",
  passedToService: "passed-to-service",
  exampleButton: "example-button",
} as const;
