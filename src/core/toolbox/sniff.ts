/**
 * Whether a paste holds IAM Toolbox output, decided without parsing it: the reader and its schemas
 * load with the view (docs/performance.md), so the first load only looks for their field names.
 */
const DETAILS = /"evaluatedEffect"|"matchedPolicies"|"requestContext"/;
const POLICY_COMMAND = /get-request-authorization-policy|"policyDocument"/;

export const looksLikeToolboxOutput = (text: string): boolean =>
  DETAILS.test(text) || POLICY_COMMAND.test(text);
