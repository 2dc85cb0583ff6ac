import { readStringLiteral, unescapeString } from "./string-literal";

const PY_CONSTANTS: Readonly<Record<string, string>> = {
  True: "true",
  False: "false",
  None: "null",
};

/**
 * Turns a Python dict rendering (`print(response)` in boto3, the SDK docs' examples) into JSON text:
 * single- or double-quoted strings become JSON strings, True/False/None become JSON literals.
 */
export function pythonReprToJson(text: string): string {
  const out: string[] = [];
  let i = 0;
  let segmentStart = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "'" || c === '"') {
      out.push(text.slice(segmentStart, i));
      const literal = readStringLiteral(text, i);
      out.push(JSON.stringify(unescapeString(literal.raw, { python: true }).value));
      i = literal.end;
      segmentStart = i;
      continue;
    }
    if (c !== undefined && /[A-Z]/.test(c)) {
      const word = /^[A-Za-z]+/.exec(text.slice(i, i + 6))?.[0] ?? "";
      const replacement = PY_CONSTANTS[word];
      if (replacement !== undefined && !/[A-Za-z0-9_]/.test(text[i - 1] ?? "")) {
        out.push(text.slice(segmentStart, i), replacement);
        i += word.length;
        segmentStart = i;
        continue;
      }
    }
    i++;
  }
  out.push(text.slice(segmentStart));
  return out.join("");
}
