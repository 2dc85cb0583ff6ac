import { LIMITS } from "../limits";
import type { Warning } from "../notices";
import { balancedSpan } from "./balanced";
import { pythonReprToJson } from "./python-repr";
import { readStringLiteral, unescapeString } from "./string-literal";

/** The wrappings a decoded message arrives in, outermost first. */
export const INPUT_FORMS = [
  "xml",
  "envelope",
  "bare-key",
  "escaped",
  "python",
  "json",
  "pretty-json",
] as const;
export type InputForm = (typeof INPUT_FORMS)[number];

export interface Located {
  /** The decoded message's JSON text, unwrapped, possibly damaged or cut off. */
  readonly jsonText: string;
  readonly forms: readonly InputForm[];
  readonly warnings: readonly Warning[];
  /** Where `jsonText` starts in the paste, when it was taken from it without unwrapping. */
  readonly start: number | undefined;
  /** False when the message's outer object never closes: the paste was cut off. */
  readonly closed: boolean;
}

const ENVELOPE_KEY = /(["'])DecodedMessage\1[ \t]*:\s*/;
const XML_OPEN = "<DecodedMessage>";
const XML_CLOSE = "</DecodedMessage>";
const MESSAGE_KEYS = ['"allowed"', '"explicitDeny"', '"context"', '"matchedStatements"'];
const ESCAPED_KEYS = MESSAGE_KEYS.map((k) => k.replaceAll('"', '\\"'));
const PYTHON_KEYS = MESSAGE_KEYS.map((k) => k.replaceAll('"', "'"));

const XML_ENTITIES: Readonly<Record<string, string>> = {
  "&quot;": '"',
  "&apos;": "'",
  "&lt;": "<",
  "&gt;": ">",
  "&amp;": "&",
};

const firstIndexOfAny = (text: string, needles: readonly string[]): number => {
  let best = -1;
  for (const n of needles) {
    const i = text.indexOf(n);
    if (i !== -1 && (best === -1 || i < best)) best = i;
  }
  return best;
};

interface Step {
  readonly text: string;
  readonly form: InputForm;
  readonly warnings?: readonly Warning[];
}

function unwrapXml(text: string): Step | undefined {
  const open = text.indexOf(XML_OPEN);
  if (open === -1) return undefined;
  const start = open + XML_OPEN.length;
  const close = text.indexOf(XML_CLOSE, start);
  const inner = text.slice(start, close === -1 ? undefined : close);
  return {
    text: inner.replace(/&(?:quot|apos|lt|gt|amp);/g, (e) => XML_ENTITIES[e] ?? e),
    form: "xml",
  };
}

function literalWarnings(lineBreaksRemoved: boolean, invalidEscapes: number): Warning[] {
  const warnings: Warning[] = [];
  if (lineBreaksRemoved) warnings.push({ code: "line-breaks-removed" });
  if (invalidEscapes > 0) warnings.push({ code: "invalid-escapes", count: invalidEscapes });
  return warnings;
}

function unwrapEnvelope(text: string): Step | undefined {
  const match = ENVELOPE_KEY.exec(text);
  if (!match) return undefined;
  const valueStart = match.index + match[0].length;
  const before = text.slice(0, match.index).trimEnd();
  const envelope = before.endsWith("{") || before.endsWith("{*");
  const opener = text[valueStart];
  // boto3 prints its response as a Python dict: a single-quoted DecodedMessage.
  const form: InputForm = opener === "'" ? "python" : envelope ? "envelope" : "bare-key";
  if (opener === '"' || opener === "'") {
    const literal = readStringLiteral(text, valueStart);
    const unescaped = unescapeString(literal.raw, { python: opener === "'" });
    return {
      text: unescaped.value,
      form,
      warnings: literalWarnings(literal.lineBreaksRemoved, unescaped.invalidEscapes),
    };
  }
  // `"DecodedMessage": {…}`: someone already parsed the inner string (jq's fromjson) or garbled it.
  return { text: text.slice(valueStart), form };
}

function unwrapEscaped(text: string): Step | undefined {
  const key = firstIndexOfAny(text, ESCAPED_KEYS);
  if (key === -1 || firstIndexOfAny(text, MESSAGE_KEYS) !== -1) return undefined;
  const start = text.lastIndexOf("{", key);
  if (start === -1) return undefined;
  const end = text.lastIndexOf("}");
  const literal = readStringLiteral(`"${text.slice(start, end < start ? undefined : end + 1)}`, 0);
  const unescaped = unescapeString(literal.raw);
  return {
    text: unescaped.value,
    form: "escaped",
    warnings: literalWarnings(literal.lineBreaksRemoved, unescaped.invalidEscapes),
  };
}

function unwrapPython(text: string): Step | undefined {
  if (firstIndexOfAny(text, MESSAGE_KEYS) !== -1 || firstIndexOfAny(text, PYTHON_KEYS) === -1) {
    return undefined;
  }
  return { text: pythonReprToJson(text), form: "python" };
}

/**
 * Finds the decoded authorization message in anything a user pastes: CLI output with prompts
 * around it, the `DecodedMessage` envelope, once-escaped JSON, a Python dict, the raw STS XML
 * response, or plain (pretty) JSON. Returns undefined when the text holds no sign of one.
 */
export function locateDecoded(input: string): Located | undefined {
  let text = input;
  const forms: InputForm[] = [];
  const warnings: Warning[] = [];
  for (let depth = 0; depth < LIMITS.maxUnwrapDepth; depth++) {
    const step =
      unwrapXml(text) ?? unwrapEnvelope(text) ?? unwrapEscaped(text) ?? unwrapPython(text);
    if (!step) break;
    forms.push(step.form);
    warnings.push(...(step.warnings ?? []));
    text = step.text;
  }
  const key = firstIndexOfAny(text, MESSAGE_KEYS);
  if (key === -1) return undefined;
  const start = text.lastIndexOf("{", key);
  if (start === -1) return undefined;
  const span = balancedSpan(text, start);
  const jsonText = text.slice(start, span.end);
  const unwrapped = forms.length > 0;
  forms.push(jsonText.includes("\n") ? "pretty-json" : "json");
  return { jsonText, forms, warnings, start: unwrapped ? undefined : start, closed: span.closed };
}
