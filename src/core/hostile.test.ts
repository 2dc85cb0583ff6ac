import { describe, expect, it } from "vitest";
import { hostileCases, LARGE_FIELD } from "../../fixtures/hostile";
import { analyzePaste } from "./analyze-paste";
import { buildFix } from "./policy/fix";
import { verifyStatement } from "./policy/verify";

describe("hostile content is data, never behaviour", () => {
  it.each(hostileCases().map((c) => [c.name, c] as const))("%s", (_, c) => {
    const result = analyzePaste(c.text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    switch (c.outcome.kind) {
      case "refused":
        expect(result).toMatchObject({ ok: false, error: { code: c.outcome.code } });
        return;
      case "errors":
        expect(
          result.ok && result.value.kind === "errors" && result.value.report.entries.length,
        ).toBe(c.outcome.count);
        return;
      case "decoded": {
        if (!result.ok || result.value.kind !== "decoded") throw new Error("decoded expected");
        const a = result.value.analysis;
        const fix = buildFix(a);
        if (fix.kind === "allow-policy")
          for (const s of fix.document.Statement)
            expect(verifyStatement(s, a).every((check) => check.result !== "mismatch")).toBe(true);
        const shown = c.outcome.shown;
        if (shown === undefined) return;
        // Kept exactly, to be rendered as text.
        expect(a.principal?.name).toBe(shown);
        expect(a.statements[0]?.statementId).toBe(shown);
        expect(a.extraFields.map((f) => f.path)).toContain(shown);
      }
    }
  });

  it("the 1 MB field is parsed, not refused, and kept whole", () => {
    const c = hostileCases().find((h) => h.name === "a 1 MB field");
    const result = c && analyzePaste(c.text);
    if (!result?.ok || result.value.kind !== "decoded") throw new Error("decoded expected");
    expect(result.value.analysis.conditions?.[0]?.values[0]).toHaveLength(LARGE_FIELD);
  });
});
