import type { Report } from "../core/report/schema";
import type { Style } from "./render";
import type { Words } from "./words";

type Row = NonNullable<Report["organization"]>["rows"][number];

const fixer = (r: Row, w: Words): string =>
  Object.hasOwn(w.fixers, r.fixer) ? w.fixers[r.fixer as keyof Words["fixers"]] : r.fixer;
const why = (r: Row, w: Words): string =>
  r.denial === "implicit" ? w.implicit : r.denial === "explicit" ? w.explicit : w.unknownWhy;

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
      `   ${w.why}: ${why(r, w)}${r.policyType === null ? "" : ` (${r.policyType})`} [${r.errorCode ?? "?"}]`,
    );
    out.push(`   ${w.fixer}: ${fixer(r, w)}`);
    out.push(style.dim(`   ${r.firstSeen ?? "?"} … ${r.lastSeen ?? "?"}`), "");
  }
  for (const p of report.policies)
    out.push(style.bold(`${w.merged} (${w.attach} ${p.attachTo}):`), p.text, "");
  return out.join("\n").trimEnd();
}

const cell = (s: string | null): string =>
  s === null ? "—" : `\`${s.replace(/`/g, "'").replace(/\|/g, "\\|").replace(/\s+/g, " ")}\``;

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
        `| ${String(i + 1)} | ${cell(r.action)} | ${cell(r.principal)} | ${cell(r.account)} | ${String(r.events)} | ${why(r, w)} | ${fixer(r, w)} |`,
    ),
    "",
  ];
  for (const p of report.policies)
    out.push(`**${w.merged}** (${w.attach} ${p.attachTo}):`, "", "```json", p.text, "```", "");
  return out.join("\n").trimEnd();
}
