import { analyze } from "../core/analyze";
import type { Analysis } from "../core/model/analysis";
import type { Report } from "../core/report/schema";

/**
 * `--decode`: each complete token through STS DecodeAuthorizationMessage with the SDK's default
 * credential chain, by the same module as the local server (src/server/sts.ts), loaded only when
 * asked. Credentials stay in the SDK; failures are reported by kind, never with a secret.
 */
export async function decodeTokens(
  report: Report,
  options: { profile: string | undefined; region: string | undefined },
  warn: (message: string) => void,
): Promise<Map<string, Analysis>> {
  const tokens = [
    ...new Set(report.denials.flatMap((d) => d.tokens.flatMap((t) => t.token ?? []))),
  ].slice(0, 50);
  const decoded = new Map<string, Analysis>();
  if (tokens.length === 0) return decoded;
  const { decodeToken } = await import("../server/sts");
  for (const token of tokens) {
    const result = await decodeToken(token, { ...options, partition: undefined });
    if (!result.ok) {
      warn(`decode failed (${result.error.kind}): ${result.error.message}`);
      continue;
    }
    const analysis = analyze(result.value);
    if (analysis.ok) decoded.set(token, analysis.value);
  }
  return decoded;
}
