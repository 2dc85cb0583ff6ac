import type { Report } from "../core/report/schema";
import { cell, fence, fixerText, whyText, type Style } from "./render";
import type { Words } from "./words";

type Row = NonNullable<Report["organization"]>["rows"][number];

/** The kind of denial alone: the type is its own column or bracket here. */
const kindText = (r: Row, w: Words): string => whyText({ denial: r.denial, policyType: null }, w);

/** The organization's denials for a terminal: ranked, each with where, when and who fixes it. */
export function renderOrgText(report: Report, w: Words, style: Style): string {
  const org = report.organization;
  if (!org || org.rows.length === 0) return w.none;
  const out = [
    style.bold(`${w.title}: ${String(org.rows.length)} (${w.orgCounts(org.denied, org.seen)})`),
    "",
  ];
  for (const [i, r] of org.rows.entries()) {
    out.push(style.bold(`${String(i + 1)}. ${r.action ?? "?"} ×${String(r.events)}`));
    out.push(`   ${w.who}: ${r.principal ?? "?"} (${r.account ?? "?"})`);
    if (r.resource !== null) out.push(`   ${w.resource}: ${r.resource}`);
    out.push(
      `   ${w.why}: ${kindText(r, w)}${r.policyType === null ? "" : ` (${r.policyType})`} [${r.errorCode ?? "?"}]`,
    );
    out.push(`   ${w.fixer}: ${fixerText(r.fixer, w)}`);
    out.push(style.dim(`   ${r.firstSeen ?? "?"} … ${r.lastSeen ?? "?"}`), "");
  }
  for (const p of report.policies)
    out.push(style.bold(`${w.merged} (${w.attach} ${p.attachTo}):`), p.text, "");
  return out.join("\n").trimEnd();
}

export function renderOrgMarkdown(report: Report, w: Words): string {
  const org = report.organization;
  if (!org || org.rows.length === 0) return w.none;
  const out = [
    `### ${w.title}: ${String(org.rows.length)}`,
    "",
    `| # | ${w.action} | ${w.who} | account | events | ${w.why} | ${w.fixer} |`,
    "|---|---|---|---|---|---|---|",
    ...org.rows.map(
      (r, i) =>
        `| ${String(i + 1)} | ${cell(r.action)} | ${cell(r.principal)} | ${cell(r.account)} | ${String(r.events)} | ${kindText(r, w)} | ${fixerText(r.fixer, w)} |`,
    ),
    "",
  ];
  for (const p of report.policies)
    out.push(`**${w.merged}** (${w.attach} ${p.attachTo}):`, "", fence(p.text, "json"), "");
  return out.join("\n").trimEnd();
}
