import { describe, expect, it } from "vitest";
import { runDecodes, type DecodeOutcome } from "./run-decodes";

describe("runDecodes", () => {
  it("keeps at most `concurrency` calls in flight, reports progress, and groups identical messages", async () => {
    let inFlight = 0;
    let peak = 0;
    const progress: [number, number][] = [];
    const decode = async (token: string): Promise<DecodeOutcome> => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      return token.startsWith("bad")
        ? {
            ok: false,
            error: {
              kind: "invalid-message",
              code: "InvalidAuthorizationMessageException",
              message: "",
            },
          }
        : { ok: true, value: token.startsWith("a") ? "message A" : "message B" };
    };
    const run = await runDecodes({
      tokens: ["a1", "b1", "bad1", "a2", "a1", "b2", "bad2", "a3"],
      decode,
      concurrency: 3,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(peak).toBe(3);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => [n, 7]));
    expect(run.outcomes.size).toBe(7);
    expect(run.outcomes.get("bad1")).toMatchObject({
      ok: false,
      error: { kind: "invalid-message" },
    });
    expect(run.groups).toEqual([
      { message: "message A", tokens: ["a1", "a2", "a3"] },
      { message: "message B", tokens: ["b1", "b2"] },
    ]);
  });

  it("turns a thrown error into that token's failure", async () => {
    const run = await runDecodes({
      tokens: ["t"],
      decode: () => Promise.reject(new Error("boom")),
    });
    expect(run.outcomes.get("t")).toEqual({
      ok: false,
      error: { kind: "unknown", code: "Error", message: "boom" },
    });
  });
});
