import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixtureNames, readFixture } from "../../../../fixtures/fixtures";
import { formatFragment } from "../../../core/share/fragment";
import { decodeShare, encodeShare } from "./codec";

describe("share links round-trip", () => {
  it.each(fixtureNames("decoded"))("decoded/%s", async (name) => {
    const t = readFixture("decoded", name);
    const hash = await encodeShare({ k: "d", t, o: { p: false } });
    expect(hash).toMatch(/^#v1\.[A-Za-z0-9_-]+$/);
    expect(await decodeShare(hash)).toEqual({ ok: true, value: { k: "d", t, o: { p: false } } });
  });

  it("refuses a link that inflates past the limit", async () => {
    const bomb = await encodeShare({ k: "e", t: "x".repeat(3_000_000) });
    expect(bomb.length).toBeLessThan(10_000);
    expect(await decodeShare(bomb)).toEqual({ ok: false, error: { code: "too-large" } });
  });

  it("never throws on tampered links", async () => {
    const good = await encodeShare({
      k: "e",
      t: "User: arn:aws:iam::1:user/a is not authorized to perform: s3:GetObject",
    });
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.constantFrom("A", "_", "-", "z", ""), async (at, c) => {
        const i = 4 + (at % (good.length - 4));
        const tampered = good.slice(0, i) + c + good.slice(i + 1);
        const result = await decodeShare(tampered);
        // The same payload (a change the codec cannot see), or an error the page phrases.
        if (result.ok) expect(result.value.k).toBe("e");
        else expect(["corrupt", "too-large", "invalid", "not-ours"]).toContain(result.error.code);
      }),
      { numRuns: 300 },
    );
    expect(await decodeShare(formatFragment(new Uint8Array([1, 2, 3])))).toEqual({
      ok: false,
      error: { code: "corrupt" },
    });
  });
});
