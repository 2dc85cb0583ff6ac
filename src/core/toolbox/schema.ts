import * as z from "zod/mini";

/**
 * The IAM Toolbox API's outputs (API version 2018-05-10, preview), as its reference and the CLI
 * print them: https://docs.aws.amazon.com/iam-toolbox/latest/APIReference/API_GetRequestAuthorizationDetails.html
 * Values AWS may add later (a new effect, a new policy type) are kept as text, not refused.
 */
export const EFFECTS = ["ALLOW", "EXPLICIT_DENY", "IMPLICIT_DENY"] as const;
export const TOOLBOX_POLICY_TYPES = [
  "IDENTITY_BASED_POLICY",
  "RESOURCE_BASED_POLICY",
  "PERMISSIONS_BOUNDARY",
  "SESSION_POLICY",
  "SERVICE_CONTROL_POLICY",
  "RESOURCE_CONTROL_POLICY",
  "VPC_ENDPOINT_POLICY",
] as const;
export type ToolboxPolicyType = (typeof TOOLBOX_POLICY_TYPES)[number];

const text = z.string().check(z.maxLength(4096));
const contextMap = z.record(z.string(), z.unknown());

const matchedStatement = z.object({
  sid: z.optional(z.string()),
  evaluatedEffect: z.optional(z.string()),
});

const evaluation = z.object({
  action: text,
  resource: z.optional(text),
  context: z.optional(contextMap),
  evaluatedEffect: z.optional(z.string()),
  matchedPolicies: z.optional(
    z.array(
      z.object({
        uri: text,
        matchedStatements: z.optional(z.array(matchedStatement)),
      }),
    ),
  ),
});

const policyInfo = z.object({
  type: z.optional(z.string()),
  inline: z.optional(z.boolean()),
  uri: text,
  attachedTo: z.optional(z.array(z.object({ arn: text }))),
});

/** One page of `GetRequestAuthorizationDetails`; pages continue with `nextToken`. */
export const detailsPageSchema = z.object({
  requestContext: z.optional(contextMap),
  evaluations: z.optional(z.array(evaluation)),
  policies: z.optional(z.array(policyInfo)),
  nextToken: z.optional(z.string()),
});

export type DetailsPage = z.infer<typeof detailsPageSchema>;
export type Evaluation = z.infer<typeof evaluation>;
export type PolicyInfo = z.infer<typeof policyInfo>;
