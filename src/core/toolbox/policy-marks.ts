import type { PastedPolicyDocument } from "../policy/pasted-policy";

/**
 * A pasted policy written out for reading, with the (1-based) lines of the statements whose Sid
 * AWS reported as matched, so the page can mark exactly those.
 */
export function markMatchedStatements(
  document: PastedPolicyDocument,
  matchedSids: ReadonlySet<string>,
): { text: string; marked: ReadonlySet<number> } {
  const lines: string[] = ["{"];
  const marked = new Set<number>();
  if (document.Version !== undefined)
    lines.push(`  "Version": ${JSON.stringify(document.Version)},`);
  lines.push('  "Statement": [');
  document.Statement.forEach((statement, i) => {
    const body = JSON.stringify(statement, null, 2)
      .split("\n")
      .map((l) => `    ${l}`);
    const last = body.length - 1;
    if (i < document.Statement.length - 1) body[last] = `${body[last] ?? ""},`;
    const first = lines.length + 1;
    lines.push(...body);
    if (statement.Sid !== undefined && matchedSids.has(statement.Sid))
      for (let n = first; n <= lines.length; n++) marked.add(n);
  });
  lines.push("  ]", "}");
  return { text: lines.join("\n"), marked };
}
