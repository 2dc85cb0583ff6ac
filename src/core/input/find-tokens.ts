/**
 * Encoded authorization messages that appear next to a decoded one (the command the user ran, the
 * original error). Whole-error extraction, with judgements of each token, is in issue #3.
 */
const TOKEN_PATTERNS = [
  /--encoded-message(?:=|[ \t]+)["']?([A-Za-z0-9_-]+)/g,
  /Encoded authorization failure message:[ \t]*["']?([A-Za-z0-9_-]+)/gi,
];

export function findTokens(text: string): string[] {
  const found = new Set<string>();
  for (const pattern of TOKEN_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const token = match[1];
      // Shell variables and placeholders such as `$ERROR_MESSAGE` never match the token alphabet.
      if (token !== undefined && token.length >= 8) found.add(token);
    }
  }
  return [...found];
}
