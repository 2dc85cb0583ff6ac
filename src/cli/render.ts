import type { Report, ReportDenial } from "../core/report/schema";
import type { Words } from "./words";

/** Terminal styles, or none (not a TTY, NO_COLOR, `--format markdown`). */
export interface Style {
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly red: (s: string) => string;
}

const ansi = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
export const COLOUR: Style = { bold: ansi(1, 22), dim: ansi(2, 22), red: ansi(31, 39) };
export const PLAIN: Style = { bold: (s) => s, dim: (s) => s, red: (s) => s };

/** Implicit or explicit, and in which policy type when AWS named one. */
export const whyText = (
  d: { readonly denial: "implicit" | "explicit" | null; readonly policyType: string | null },
  w: Words,
): string => {
  const kind =
    d.denial === "implicit" ? w.implicit : d.denial === "explicit" ? w.explicit : w.unknownWhy;
  return d.policyType === null ? kind : `${kind} (${d.policyType} ${w.in})`;
};

export const fixerText = (fixer: string, w: Words): string =>
  Object.hasOwn(w.fixers, fixer) ? w.fixers[fixer as keyof Words["fixers"]] : fixer;

const countText = (d: ReportDenial, w: Words): string =>
  d.count > 1 ? ` ×${String(d.count)} ${w.times}` : "";

/** Text for a terminal or a log: per denial who, what, where, why, who fixes it, the statements. */
export function renderText(
  report: Report,
  w: Words,
  style: Style,
  notes: readonly string[],
): string {
  const out: string[] = [];
  for (const note of notes) out.push(style.dim(note));
  if (report.kind === "none") {
    out.push(`${w.nothingToRead} ${report.problem ?? "not-found"}`, w.none);
    return out.join("\n");
  }
  if (report.kind === "toolbox") out.push(w.toolbox);
  if (report.decoded) {
    const d = report.decoded;
    out.push(
      style.bold(
        `${d.principal ?? "?"} → ${d.action ?? "?"} on ${d.resource ?? "?"}: ${d.verdict}`,
      ),
    );
    if (d.explicitDenyStatements.length > 0)
      out.push(`  ${w.explicitNoAllow} (${d.explicitDenyStatements.join(", ")})`);
  }
  if (report.kind === "errors")
    out.push(style.bold(`${w.title}: ${String(report.denials.length)}`), "");
  for (const d of report.denials) {
    out.push(
      style.bold(
        `${String(d.id)}. ${d.action ?? "?"}${d.actionLikely ? ` ${w.likely}` : ""}${countText(d, w)}`,
      ),
    );
    out.push(`   ${w.who}: ${d.principal ?? "?"}`);
    out.push(`   ${w.resource}: ${d.resource ?? "?"}`);
    out.push(`   ${w.why}: ${whyText(d, w)}${d.policyArn === null ? "" : ` (${d.policyArn})`}`);
    out.push(`   ${w.fixer}: ${fixerText(d.fixer, w)}`);
    if (d.aiAgentGuardrail) out.push(`   ${style.red(w.guardrail)}`);
    if (d.masks.length > 0) out.push(`   ${w.masks}: ${d.masks.join(", ")}`);
    if (d.lines.length > 0) out.push(style.dim(`   ${w.lines}: ${d.lines.slice(0, 8).join(", ")}`));
    const usable = d.tokens.filter((t) => t.token !== undefined).length;
    if (usable > 0) out.push(style.dim(`   ${w.tokens}: ${String(usable)}. ${w.decodeHint}`));
    for (const s of d.statements) {
      out.push(`   ${w.statement} → ${s.where}`);
      out.push(indent(s.text ?? JSON.stringify(s.policy, null, 2), "     "));
    }
    out.push("");
  }
  for (const p of report.policies) {
    out.push(style.bold(`${w.merged} (${w.attach} ${p.attachTo}):`), p.text, "");
  }
  if (report.link !== undefined) out.push(`${w.link}: ${report.link}`);
  return out.join("\n").trimEnd();
}

const indent = (text: string, by: string) =>
  text
    .split("\n")
    .map((l) => `${by}${l}`)
    .join("\n");

/** A Markdown table cell: pipes and line breaks would break the table. */
export const cell = (s: string | null): string =>
  s === null ? "—" : `\`${s.replace(/`/g, "'").replace(/\|/g, "\\|").replace(/\s+/g, " ")}\``;

/** A fenced block longer than any run of backticks inside it. */
export const fence = (text: string, lang: string): string => {
  const ticks = "`".repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  return `${ticks}${lang}\n${text}\n${ticks}`;
};

/** Markdown for a PR comment or a GitHub job summary: an overview table, then the details. */
export function renderMarkdown(report: Report, w: Words, notes: readonly string[]): string {
  const out: string[] = [`### ${w.title}: ${String(report.denials.length)}`, ""];
  for (const note of notes) out.push(`> ${note}`, "");
  if (report.kind === "none" || (report.kind === "errors" && report.denials.length === 0)) {
    out.push(w.none);
    return out.join("\n");
  }
  if (report.kind === "toolbox") out.push(w.toolbox, "");
  if (report.decoded) {
    const d = report.decoded;
    out.push(
      `**${cell(d.principal)} → ${cell(d.action)}** on ${cell(d.resource)}: ${d.verdict}`,
      "",
    );
  }
  if (report.denials.length > 0) {
    out.push(`| # | ${w.action} | ${w.resource} | ${w.who} | ${w.why} | ${w.fixer} |`);
    out.push("|---|---|---|---|---|---|");
    for (const d of report.denials)
      out.push(
        `| ${String(d.id)} | ${cell(d.action)}${d.actionLikely ? ` ${w.likely}` : ""}${countText(d, w)} | ${cell(d.resource)} | ${cell(d.principal)} | ${whyText(d, w)} | ${fixerText(d.fixer, w)} |`,
      );
    out.push("");
  }
  for (const d of report.denials) {
    if (d.aiAgentGuardrail) out.push(`> **${String(d.id)}.** ${w.guardrail}`, "");
    if (d.statements.length === 0) continue;
    out.push(`<details><summary>${String(d.id)}. ${w.statement}</summary>`, "");
    for (const s of d.statements)
      out.push(`→ ${s.where}`, "", fence(s.text ?? JSON.stringify(s.policy, null, 2), "json"), "");
    out.push("</details>", "");
  }
  for (const p of report.policies)
    out.push(`**${w.merged}** (${w.attach} ${p.attachTo}):`, "", fence(p.text, "json"), "");
  if (report.link !== undefined) out.push(`[${w.link}](${report.link})`);
  return out.join("\n").trimEnd();
}
