import { judgeToken } from "./judge-token";
import { findMarkers } from "./marker";
import { readToken } from "./read-token";

const COMMAND_ARGUMENT = /--encoded-message(?:=|[ \t]{1,16})/g;

/**
 * Encoded messages that stand beside a decoded one (the original error, or the command the user
 * ran), read by the same readers as error texts: hard wraps, quotes and concatenations included.
 * Placeholders and shell variables (`$ERROR_MESSAGE`) are not tokens.
 */
export function tokensBeside(text: string): string[] {
  const starts = [
    ...findMarkers(text).map((m) => m.end),
    ...[...text.matchAll(COMMAND_ARGUMENT)].map((m) => m.index + m[0].length),
  ].sort((a, b) => a - b);
  const found = new Set<string>();
  for (const start of starts) {
    const read = readToken(text, start);
    const judgement = judgeToken(read);
    if (read.token !== "" && judgement !== "placeholder") found.add(read.token);
  }
  return [...found];
}
