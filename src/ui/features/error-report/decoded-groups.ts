import { analyze } from "../../../core/analyze";
import type { DecodeRun } from "../../../core/decode/run-decodes";
import type { ErrorReport } from "../../../core/errors/error-report";
import type { SharedMessages } from "../../../core/share/payload";
import type { DecodedDenial } from "./group-view";

/**
 * Each denial group's decoded messages, one per distinct message of its tokens (identical errors
 * grouped by their text can still carry different requests); analysed once per run.
 */
export function decodedGroups(
  report: ErrorReport,
  run: DecodeRun | undefined,
  shared: SharedMessages,
): DecodedDenial[][] {
  const denial = (message: string): DecodedDenial => {
    const result = analyze(message);
    return { message, analysis: result.ok ? result.value : undefined };
  };
  const byToken = new Map<string, DecodedDenial>();
  for (const group of run?.groups ?? []) {
    const decoded = denial(group.message);
    for (const token of group.tokens) byToken.set(token, decoded);
  }
  return report.groups.map((g, i) => {
    const fromRun = new Set(g.tokens.flatMap((f) => byToken.get(f.token) ?? []));
    // A share link's messages: decoded by its sender, tied to the denial by its place.
    const fromLink = shared.filter((m) => m.g === i).map((m) => denial(m.t));
    return [...fromRun, ...fromLink];
  });
}
