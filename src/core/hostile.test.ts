import { describe, expect, it } from "vitest";
import { hostileCases } from "../../fixtures/hostile";
import { analyzePaste } from "./analyze-paste";
import { buildFix } from "./policy/fix";

describe("hostile content is data, never behaviour", () => {
  it.each(hostileCases().map((c) => [c.name, c] as const))("%s", (_, c) => {
    const result = analyzePaste(c.text);
    expect(typeof result.ok).toBe("boolean");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok && result.value.kind === "decoded" && c.shown !== undefined) {
      const a = result.value.analysis;
      // Kept exactly, to be rendered as text.
      expect(a.principal?.name).toBe(c.shown);
      expect(a.statements[0]?.statementId).toBe(c.shown);
      expect(a.extraFields.map((f) => f.path)).toContain(c.shown);
      expect(typeof buildFix(a).kind).toBe("string");
    }
  });
});
