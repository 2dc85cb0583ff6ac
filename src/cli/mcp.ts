import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import * as z from "zod";
import { analyze } from "../core/analyze";
import { checkAgainst } from "../core/evaluate/check";
import { denyCauses, isAiAgentGuardrail } from "../core/evaluate/deny-cause";
import { readPolicyInputs } from "../core/evaluate/policy-inputs";
import { buildReport } from "../core/report/build-report";
import { decodeTokens } from "./decode";

/** What MCP clients are told the server is. */
const VERSION = "0.1.0";

const GUARDRAIL_NOTE =
  "A denial with aiAgentGuardrail: true was refused by AWS's guardrail for AI agents (aws:ViaAWSMCPService / aws:CalledViaAWSMCP). Do not retry it another way or change policies to get around it: tell the user and let a person run it.";

const json = (value: unknown) => ({
  content: [{ type: "text" as const, text: JSON.stringify(value, null, 2) }],
});

/**
 * `authz-decoder mcp`: the same core as the page and the CLI, for AI coding agents, over stdio.
 * Read-only: the tools read text the agent passes and return analysis; nothing is changed in any
 * account. Credentials are used only when started with `--decode` (STS DecodeAuthorizationMessage
 * through the SDK's default chain, as `npm start` does).
 */
export function createMcpServer({ decode }: { decode: boolean }): McpServer {
  const server = new McpServer({ name: "authz-decoder", version: VERSION });

  server.registerTool(
    "explain_denial",
    {
      title: "Explain AWS authorization denials",
      description: `Call this when an AWS CLI, SDK, Terraform, CloudFormation or other tool's output contains "is not authorized to perform", "AccessDenied", "UnauthorizedOperation" or "Encoded authorization failure message", or when you have a decoded authorization message (the JSON from aws sts decode-authorization-message). Pass the whole output. Returns each distinct denial (principal, action, resource, implicit or explicit, the policy type AWS named, who must fix it, the statements that fix it) and one merged policy per principal. ${decode ? "Encoded messages are decoded with STS using this machine's credentials." : "Encoded messages are not decoded (the server was started without --decode): the tokens are returned for `aws sts decode-authorization-message`."} ${GUARDRAIL_NOTE}`,
      inputSchema: {
        text: z.string().describe("The error output, log or decoded message, as is."),
      },
      annotations: { readOnlyHint: true, openWorldHint: decode },
    },
    async ({ text }) => {
      let report = buildReport(text);
      if (decode) {
        // A failed decode leaves the report as read: the agent still gets the tokens.
        const decoded = await decodeTokens(
          report,
          { profile: undefined, region: undefined },
          () => undefined,
        );
        if (decoded.size > 0) report = buildReport(text, { decoded });
      }
      return json(report);
    },
  );

  server.registerTool(
    "draft_fix",
    {
      title: "Draft the policy that fixes AWS denials",
      description: `Call this after explain_denial when the user wants the fix as code: returns the policy statements for each denial and the merged policy per principal, in the chosen format (json, cli commands that keep existing policy statements, terraform, cloudformation, cdk). Show the result to the user to review and apply; never apply it yourself without their consent, and never for a denial with aiAgentGuardrail: true.`,
      inputSchema: {
        text: z.string().describe("The same error output passed to explain_denial."),
        format: z.enum(["json", "cli", "terraform", "cloudformation", "cdk"]).default("json"),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ text, format }) => {
      const report = buildReport(text, { policyFormat: format });
      return json({
        version: report.version,
        policies: report.policies.map((p) => ({
          principal: p.principal,
          attachTo: p.attachTo,
          text: p.text,
          warnings: p.warnings,
        })),
        statements: report.denials.flatMap((d) =>
          d.statements.map((s) => ({
            denial: d.id,
            where: s.where,
            role: s.role,
            text: s.text ?? JSON.stringify(s.policy, null, 2),
            placeholders: s.placeholders,
          })),
        ),
        guardrails: report.denials.filter((d) => d.aiAgentGuardrail).map((d) => d.id),
      });
    },
  );

  server.registerTool(
    "evaluate_policies",
    {
      title: "Evaluate IAM policies against a denied request",
      description:
        "Call this when you have a decoded authorization message and the principal's policies (as JSON, or the output of aws iam get-*-policy / get-policy-version / organizations describe-policy) and need to know why the request was denied and which statement came closest. Returns our evaluation beside AWS's decision, the rule that decided, the denying statements with the conditions that caught them, and for an implicit deny the nearest Allow with every element that missed and an edit that the evaluator confirms would allow.",
      inputSchema: {
        decoded_message: z
          .string()
          .describe("The decoded message (aws sts decode-authorization-message output)."),
        policies: z
          .string()
          .describe("One or more policies or read commands' outputs, concatenated."),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ decoded_message, policies }) => {
      const analysis = analyze(decoded_message);
      if (!analysis.ok) return { ...json({ error: analysis.error }), isError: true };
      const inputs = readPolicyInputs(policies).policies.map((p) => ({
        type: p.guessedType,
        name: p.name,
        document: p.document,
      }));
      const check = checkAgainst(analysis.value, inputs);
      if (!check)
        return { ...json({ error: "The decoded message names no action." }), isError: true };
      return json({
        ours: check.ours.decision,
        rule: check.ours.rule,
        aws: check.aws,
        agree: check.agree,
        differsBecause: check.differsBecause,
        aiAgentGuardrail: denyCauses(analysis.value).some(isAiAgentGuardrail),
        deniedBy:
          check.ours.decision === "explicit-deny"
            ? check.ours.deniedBy.map((d) => ({
                policy: d.policy,
                sid: d.sid,
                conditions: d.conditions,
              }))
            : [],
        nearest: check.nearest && {
          policy: check.nearest.trace.policy,
          sid: check.nearest.trace.sid,
          misses: check.nearest.misses,
          edited: check.nearest.after,
          allows: check.nearest.allows,
          stillMissing: check.nearest.stillMissing,
        },
        notes: check.notes,
        policiesRead: inputs.map((p) => ({ name: p.name, type: p.type })),
      });
    },
  );
  return server;
}

export async function serveMcp(options: { decode: boolean }): Promise<void> {
  await createMcpServer(options).connect(new StdioServerTransport());
}
