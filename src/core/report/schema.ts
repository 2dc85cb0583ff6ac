import * as z from "zod/mini";

/**
 * The headless report: what the CLI prints with `--format json` and what the MCP server's
 * `explain_denial` returns. A contract for scripts and agents: fields are only added, and a change
 * that removes or renames one bumps `version`. docs/cli.md documents each field.
 */
export const REPORT_VERSION = 1;

const list = <T extends z.ZodMiniType>(item: T) => z.readonly(z.array(item));

const document = z.object({
  Version: z.string(),
  Statement: list(z.unknown()),
});

const statement = z.object({
  /** Which policy, whose: `identity`, `permissions-boundary`, `resource-policy`, `trust`… */
  target: z.string(),
  /** In words, as the page's heading says it. */
  where: z.string(),
  /** `named`: the type AWS named; `other-side`: across accounts; `either`: the message named none. */
  role: z.enum(["named", "other-side", "either"]),
  policy: document,
  placeholders: list(z.string()),
  /** The statement in the chosen `--policy-format`, where that format exists for the target. */
  text: z.optional(z.string()),
});

const token = z.object({
  judgement: z.string(),
  length: z.number(),
  /** Present for complete tokens only: what `aws sts decode-authorization-message` takes. */
  token: z.optional(z.string()),
});

export const denialSchema = z.object({
  id: z.number(),
  count: z.number(),
  lines: list(z.number()),
  principal: z.nullable(z.string()),
  action: z.nullable(z.string()),
  /** The action is read from the tool's words (`creating EC2 Instance`), not AWS's. */
  actionLikely: z.boolean(),
  resource: z.nullable(z.string()),
  denial: z.nullable(z.enum(["implicit", "explicit"])),
  policyType: z.nullable(z.string()),
  policyArn: z.nullable(z.string()),
  authorizationId: z.nullable(z.string()),
  /** `you`, `organization`, `boundary-owner`, `resource-owner`, `session-issuer`, `endpoint-owner`, `role-owner`, `unknown`. */
  fixer: z.string(),
  /** A Deny guardrail on AI agents (aws:ViaAWSMCPService, aws:CalledViaAWSMCP): never to work around. */
  aiAgentGuardrail: z.boolean(),
  tokens: list(token),
  statements: list(statement),
  /** Masks and placeholders in the sentence (`<account id>`, `xxxx`): never real values. */
  masks: list(z.string()),
});

export const mergedPolicySchema = z.object({
  principal: z.string(),
  attachTo: z.string(),
  policy: document,
  text: z.string(),
  warnings: list(z.string()),
});

export const decodedSchema = z.object({
  verdict: z.string(),
  principal: z.nullable(z.string()),
  action: z.nullable(z.string()),
  resource: z.nullable(z.string()),
  /** The Allow that fixes it, when an Allow can. */
  policy: z.nullable(document),
  explicitDenyStatements: list(z.string()),
});

/** `--cloudtrail`: the organization's distinct denials, ranked by count. */
export const organizationSchema = z.object({
  /** Events read, and denials among them (0 when the input was rows grouped by Athena). */
  seen: z.number(),
  denied: z.number(),
  rows: list(
    z.object({
      account: z.nullable(z.string()),
      principal: z.nullable(z.string()),
      eventSource: z.nullable(z.string()),
      eventName: z.nullable(z.string()),
      errorCode: z.nullable(z.string()),
      events: z.number(),
      firstSeen: z.nullable(z.string()),
      lastSeen: z.nullable(z.string()),
      action: z.nullable(z.string()),
      resource: z.nullable(z.string()),
      denial: z.nullable(z.enum(["implicit", "explicit"])),
      policyType: z.nullable(z.string()),
      fixer: z.string(),
    }),
  ),
});

export const reportSchema = z.object({
  version: z.literal(REPORT_VERSION),
  kind: z.enum(["errors", "decoded", "toolbox", "organization", "none"]),
  organization: z.optional(organizationSchema),
  /** Why nothing was read (`not-found`, `binary`, `too-large`…), when `kind` is `none`. */
  problem: z.optional(z.string()),
  denials: list(denialSchema),
  /** One per principal, for what its own (identity-based) policy can fix. */
  policies: list(mergedPolicySchema),
  decoded: z.optional(decodedSchema),
  /** A link to the page with this analysis (redacted), when asked for. */
  link: z.optional(z.string()),
});

export type Report = z.infer<typeof reportSchema>;
export type ReportDenial = z.infer<typeof denialSchema>;
export type ReportPolicyFormat = "json" | "cli" | "terraform" | "cloudformation" | "cdk";
