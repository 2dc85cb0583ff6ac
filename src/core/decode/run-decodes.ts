import type { Result } from "../result";
import type { DecodeFailure } from "./decode-failure";

export type DecodeOutcome = Result<string, DecodeFailure>;

export interface DecodedGroup {
  /** The decoded message (the DecodedMessage string), identical for every token of the group. */
  readonly message: string;
  readonly tokens: readonly string[];
}

export interface DecodeRun {
  readonly outcomes: ReadonlyMap<string, DecodeOutcome>;
  /** Successful decodes, identical messages together, in the tokens' order. */
  readonly groups: readonly DecodedGroup[];
}

/**
 * Decodes every token with at most `concurrency` calls in flight (STS throttles bursts), reporting
 * progress after each. Each token keeps its own result or error; nothing here throws.
 */
export async function runDecodes({
  tokens,
  decode,
  concurrency = 3,
  onProgress,
}: {
  tokens: readonly string[];
  decode: (token: string) => Promise<DecodeOutcome>;
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
}): Promise<DecodeRun> {
  const unique = [...new Set(tokens)];
  const outcomes = new Map<string, DecodeOutcome>();
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < unique.length) {
      const token = unique[next++];
      if (token === undefined) return;
      let outcome: DecodeOutcome;
      try {
        outcome = await decode(token);
      } catch (e) {
        outcome = {
          ok: false,
          error: {
            kind: "unknown",
            code: "Error",
            message: e instanceof Error ? e.message : String(e),
          },
        };
      }
      outcomes.set(token, outcome);
      onProgress?.(++done, unique.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, unique.length) }, worker));

  const groups = new Map<string, string[]>();
  for (const token of unique) {
    const outcome = outcomes.get(token);
    if (!outcome?.ok) continue;
    const members = groups.get(outcome.value);
    if (members) members.push(token);
    else groups.set(outcome.value, [token]);
  }
  return {
    outcomes,
    groups: [...groups].map(([message, members]) => ({ message, tokens: members })),
  };
}
