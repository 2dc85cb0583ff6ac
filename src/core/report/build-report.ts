import { analyzePaste } from "../analyze-paste";
import type { DenialGroup, ErrorReport } from "../errors/error-report";
import { isUsable } from "../errors/token-vocabulary";
import { denyCauses, isAiAgentGuardrail } from "../evaluate/deny-cause";
import { denialsOverview, fixerOf } from "../explain/overview";
import type { Analysis } from "../model/analysis";
import { draftsForReport, type DraftPolicy } from "../policy/draft";
import { buildFix, type AttachTarget, type PolicyDocument } from "../policy/fix";
import { formatPolicy } from "../policy/formats";
import { policyCommands } from "../policy/targets/commands";
import type { FixTarget } from "../policy/targets/fix-target";
import { targetIac } from "../policy/targets/iac";
import { fixPlan, type FixPart } from "../policy/targets/plan";
import type { OrgDenial } from "../cloudtrail/org-denials";
import { orgReport } from "../cloudtrail/org-report";
import { REPORT_VERSION, type Report, type ReportDenial, type ReportPolicyFormat } from "./schema";

/**
 * The page's analysis without the page: the same reader, overview, drafts and formats, as plain
 * data for the CLI, the GitHub Action and the MCP server. Words stay out (renderers phrase them);
 * `where` and `attachTo` are terse English labels that the JSON schema documents.
 */
export interface ReportOptions {
  readonly policyFormat?: ReportPolicyFormat;
  /** Decoded messages for the paste's tokens (`--decode`), by token. */
  readonly decoded?: ReadonlyMap<string, Analysis>;
}

export const targetWhere = (t: FixTarget): string => {
  switch (t.kind) {
    case "identity":
      return `identity-based policy of ${t.principalArn}`;
    case "permissions-boundary":
      return `permissions boundary ${t.boundaryArn ?? "(look it up)"} of ${t.principalArn}`;
    case "session":
      return `session policy passed when assuming ${t.principalArn}`;
    case "service-control":
      return `service control policies over account ${t.account ?? "(unknown)"}`;
    case "resource-policy":
      return `${t.service ?? "resource"} policy of ${t.resourceArn}`;
    case "vpc-endpoint":
      return `VPC endpoint policy of ${t.endpointId ?? "the endpoint the request went through"}`;
    case "trust":
      return `trust policy of ${t.roleArn ?? "the role being assumed"}`;
  }
};

export const attachWhere = (a: AttachTarget): string => {
  switch (a.kind) {
    case "iam-user":
      return `IAM user ${a.userName}`;
    case "iam-role":
      return `IAM role ${a.roleName}`;
    case "permission-set":
      return `IAM Identity Center permission set ${a.permissionSet ?? `of role ${a.roleName}`}`;
    case "federated-user":
      return `the role federated user ${a.userName} came from`;
    default:
      return "the principal's identity-based policy";
  }
};

/** A principal's merged policy as the report carries it. */
const mergedPolicy = (d: DraftPolicy, format: ReportPolicyFormat): Report["policies"][number] => ({
  principal: d.principalArn,
  attachTo: attachWhere(d.attachTo),
  policy: d.document,
  text: formatPolicy(d.document, d.attachTo, format),
  warnings: d.warnings.map((w) => w.code),
});

function partText(part: FixPart, format: ReportPolicyFormat): string | undefined {
  if (format === "json") return part.json;
  if (format === "cli") return policyCommands(part)?.text;
  return targetIac(part, format);
}

const asDocument = (json: string): PolicyDocument => JSON.parse(json) as PolicyDocument;

function denial(
  group: DenialGroup,
  index: number,
  report: ErrorReport,
  row: ReturnType<typeof denialsOverview>[number] | undefined,
  format: ReportPolicyFormat,
  decoded: ReadonlyMap<string, Analysis> | undefined,
): ReportDenial {
  const reason = group.reason;
  const parts = reason ? fixPlan({ reason, region: report.region }) : [];
  const analyses = group.tokens.flatMap((t) => decoded?.get(t.token) ?? []);
  const guardrail = analyses.some((a) => denyCauses(a).some(isAiAgentGuardrail));
  return {
    id: index + 1,
    count: group.entries.length,
    lines: [...new Set(group.entries.map((e) => e.line))].slice(0, 50),
    principal: reason?.principalArn ?? analyses[0]?.principal?.arn ?? null,
    action: row?.action ?? analyses[0]?.action?.qualified ?? null,
    actionLikely: row?.likely ?? false,
    resource: reason?.resource ?? analyses[0]?.resource?.arn ?? null,
    denial:
      reason?.denial ??
      (analyses[0]?.verdict === "explicit-deny"
        ? "explicit"
        : analyses[0]?.verdict === "implicit-deny"
          ? "implicit"
          : null),
    policyType: reason?.policyType ?? null,
    policyArn: reason?.policyArn ?? null,
    authorizationId: reason?.authorizationId ?? null,
    fixer: fixerOf(reason),
    aiAgentGuardrail: guardrail,
    tokens: group.tokens.map((t) => ({
      judgement: t.judgement,
      length: t.token.length,
      ...(isUsable(t.judgement) ? { token: t.token } : {}),
    })),
    statements: parts.map((p) => {
      const text = format === "json" ? undefined : partText(p, format);
      return {
        target: p.target.kind,
        where: targetWhere(p.target),
        role: p.role,
        policy: asDocument(p.json),
        placeholders: [...p.placeholders],
        ...(text === undefined ? {} : { text }),
      };
    }),
    masks: [...new Set((reason?.masks ?? []).map((m) => m.written))],
  };
}

function decodedPart(analysis: Analysis): Report["decoded"] {
  const fix = buildFix(analysis);
  return {
    verdict: analysis.verdict,
    principal: analysis.principal?.arn ?? null,
    action: analysis.action?.qualified ?? null,
    resource: analysis.resource?.arn ?? null,
    policy: fix.kind === "allow-policy" ? fix.document : null,
    explicitDenyStatements:
      fix.kind === "explicit-deny" ? fix.statements.map((s) => s.statementId ?? "(no Sid)") : [],
  };
}

export function buildReport(text: string, options: ReportOptions = {}): Report {
  const format = options.policyFormat ?? "json";
  const base = { version: REPORT_VERSION, denials: [], policies: [] } as const;
  const pasted = analyzePaste(text);
  if (!pasted.ok) return { ...base, kind: "none", problem: pasted.error.code };
  if (pasted.value.kind === "toolbox") return { ...base, kind: "toolbox" };
  if (pasted.value.kind === "decoded") {
    const analysis = pasted.value.analysis;
    const fix = buildFix(analysis);
    return {
      ...base,
      kind: "decoded",
      decoded: decodedPart(analysis),
      policies:
        fix.kind === "allow-policy" && analysis.principal?.arn !== undefined
          ? [
              {
                principal: analysis.principal.arn,
                attachTo: attachWhere(fix.attachTo),
                policy: fix.document,
                text: formatPolicy(fix.document, fix.attachTo, format),
                warnings: fix.warnings.map((w) => w.code),
              },
            ]
          : [],
    };
  }
  const report = pasted.value.report;
  const rows = denialsOverview(report.groups, isUsable);
  const decoded = options.decoded;
  const drafts = draftsForReport(
    report.groups.map((g) => ({
      reason: g.reason,
      decoded: g.tokens.map((t) => decoded?.get(t.token)).find((a) => a !== undefined),
    })),
    report.region,
  );
  return {
    ...base,
    kind: "errors",
    denials: report.groups.map((g, i) => denial(g, i, report, rows[i], format, decoded)),
    policies: drafts.map((d) => mergedPolicy(d, format)),
  };
}

/** `--cloudtrail`: the organization's denials, explained and drafted as the page does. */
export function buildOrgReport(
  denials: readonly OrgDenial[],
  counts: { seen: number; denied: number },
  options: ReportOptions = {},
): Report {
  const format = options.policyFormat ?? "json";
  const org = orgReport(denials);
  const n = <T>(v: T | undefined): T | null => v ?? null;
  return {
    version: REPORT_VERSION,
    kind: "organization",
    denials: [],
    organization: {
      ...counts,
      rows: org.rows.map((r) => ({
        account: n(r.account),
        principal: n(r.principal),
        eventSource: n(r.eventSource),
        eventName: n(r.eventName),
        errorCode: n(r.errorCode),
        events: r.events,
        firstSeen: n(r.firstSeen),
        lastSeen: n(r.lastSeen),
        action: n(r.action),
        resource: n(r.resource),
        denial: n(r.denial),
        policyType: n(r.policyType),
        fixer: r.fixer,
      })),
    },
    policies: org.policies.map((d) => mergedPolicy(d, format)),
  };
}
