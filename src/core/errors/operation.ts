/**
 * The operation an error names apart from its reason sentence: `API: ec2:RunInstances` (CloudFormation,
 * cfncluster) or `when calling the RunInstances operation` (botocore, the AWS CLI).
 */
const API_ACTION =
  /(?:API:[ \t]{0,4}([a-z0-9-]{1,64}:[A-Za-z0-9]{1,128})|calling the ([A-Za-z0-9]{1,128}) operation)[^\n]{0,400}$/;

/** Looks only at the line that holds `at`, and at most 600 characters of it: never the whole text. */
export function operationBefore(text: string, at: number): string | undefined {
  const window = text.slice(Math.max(0, at - 600), at);
  const m = API_ACTION.exec(window.slice(window.lastIndexOf("\n") + 1));
  return m?.[1] ?? m?.[2];
}
