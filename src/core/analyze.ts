import { tokensBeside } from "./errors/note-tokens";
import { isRecord } from "./guards";
import { nestsDeeperThan } from "./input/balanced";
import { locateDecoded, type Located } from "./input/locate-decoded";
import { LIMITS } from "./limits";
import type { Analysis } from "./model/analysis";
import { buildAnalysis } from "./model/build-analysis";
import type { IncompleteReason, InputError, Warning } from "./notices";
import { duplicateKeys } from "./parse/duplicate-keys";
import { salvageFields } from "./parse/salvage";
import {
  lineAndColumn,
  parseTolerant,
  type JsonProblem,
  type TolerantParse,
} from "./parse/tolerant-json";
import { err, ok, type Result } from "./result";

const MESSAGE_KEYS = ["allowed", "explicitDeny", "matchedStatements", "context"];
const DECODED_WORDS = /DecodedMessage|\ballowed\b|explicitDeny|matchedStatements/;
const ELISION = /\(\.\.\.\)|…|\.\.\.|\(Additional items/;
const TRUSTED_FIELDS = [
  "allowed",
  "explicitDeny",
  "context.principal",
  "context.action",
  "context.resource",
  "context.conditions",
] as const;

const isMessage = (v: unknown): v is Record<string, unknown> =>
  isRecord(v) && MESSAGE_KEYS.some((k) => Object.hasOwn(v, k));

function valueAt(root: Record<string, unknown>, path: string): unknown {
  let node: unknown = root;
  for (const key of path.split(".")) {
    node = isRecord(node) && Object.hasOwn(node, key) ? node[key] : undefined;
  }
  return node;
}

function missingFields(value: Record<string, unknown>, incomplete: ReadonlySet<string>): string[] {
  return TRUSTED_FIELDS.filter((f) => valueAt(value, f) === undefined || incomplete.has(f));
}

function incompleteReason(located: Located): IncompleteReason {
  if (ELISION.test(located.jsonText)) return "elided";
  const escapesBroken = located.warnings.some((w) => w.code === "invalid-escapes");
  return located.closed || escapesBroken ? "damaged" : "truncated";
}

/**
 * Fills fields that damage cut out of the parsed JSON with values found by the salvage scan, which
 * only keeps values of the right shape. Present fields are never replaced.
 */
function fillFromSalvage(
  value: Record<string, unknown>,
  salvaged: Record<string, unknown> | undefined,
): Record<string, unknown> {
  if (!salvaged) return value;
  const merge = (into: unknown, from: unknown): unknown => {
    if (!isRecord(from)) return into ?? from;
    if (into !== undefined && !isRecord(into)) return into;
    const target = isRecord(into) ? into : {};
    const entries = Object.entries(from).map(([k, v]): [string, unknown] => [
      k,
      merge(Object.hasOwn(target, k) ? target[k] : undefined, v),
    ]);
    return { ...target, ...Object.fromEntries(entries) };
  };
  return merge(value, salvaged) as Record<string, unknown>;
}

/** Line and column in the user's own paste when we can map them back, else in the unwrapped text. */
function positionInPaste(
  input: string,
  located: Located,
  problem: JsonProblem,
): { line: number; column: number } {
  return located.start === undefined
    ? problem
    : lineAndColumn(input, located.start + problem.offset);
}

function incompleteWarning(
  value: Record<string, unknown>,
  parsed: TolerantParse | undefined,
  located: Located | undefined,
  input: string,
  reason: IncompleteReason,
): Warning {
  const problem = parsed?.firstProblem;
  const position = problem && located ? positionInPaste(input, located, problem) : undefined;
  return {
    code: "incomplete",
    reason,
    line: position?.line,
    column: position?.column,
    missing: missingFields(value, parsed?.incompletePaths ?? new Set()),
  };
}

/**
 * The whole pipeline for a paste: locate the decoded message, parse what is intact, build the
 * model. User-input problems come back as values; nothing here throws on any input.
 */
export function analyze(input: string): Result<Analysis, InputError> {
  if (input.trim() === "") return err({ code: "empty" });
  if (input.length > LIMITS.maxInputChars) {
    return err({ code: "too-large", size: input.length, limit: LIMITS.maxInputChars });
  }
  const tokens = tokensBeside(input);
  const located = locateDecoded(input);
  if (located && nestsDeeperThan(located.jsonText, LIMITS.maxNesting)) {
    return err({ code: "too-deep", limit: LIMITS.maxNesting });
  }
  const parsed = located && parseTolerant(located.jsonText);
  const tokenWarnings: Warning[] =
    tokens[0] === undefined
      ? []
      : [{ code: "token-noted", token: tokens[0], count: tokens.length }];

  if (located && parsed && isMessage(parsed.value)) {
    const value = parsed.complete
      ? parsed.value
      : fillFromSalvage(parsed.value, salvageFields(input));
    const duplicates = duplicateKeys(located.jsonText);
    const warnings: Warning[] = [
      ...located.warnings,
      ...tokenWarnings,
      ...(duplicates.length > 0 ? [{ code: "duplicate-keys" as const, keys: duplicates }] : []),
    ];
    if (!parsed.complete) {
      warnings.unshift(incompleteWarning(value, parsed, located, input, incompleteReason(located)));
    }
    return ok(
      buildAnalysis({
        value,
        complete: parsed.complete,
        incompletePaths: parsed.incompletePaths,
        forms: located.forms,
        warnings,
        tokens,
        sourceText: located.jsonText,
      }),
    );
  }

  // Only text that speaks of a decoded message is salvaged: a CloudTrail event also has "arn" keys.
  const salvaged = DECODED_WORDS.test(input) ? salvageFields(input) : undefined;
  if (salvaged) {
    return ok(
      buildAnalysis({
        value: salvaged,
        complete: false,
        incompletePaths: new Set(),
        forms: located?.forms ?? [],
        warnings: [
          incompleteWarning(salvaged, parsed, located, input, "damaged"),
          ...tokenWarnings,
        ],
        tokens,
        sourceText: input,
      }),
    );
  }
  const problem = parsed?.firstProblem;
  if (located && problem) {
    return err({
      code: "unparseable",
      ...positionInPaste(input, located, problem),
      expected: problem.expected,
      found: problem.found,
    });
  }
  if (located && parsed && isRecord(parsed.value)) {
    return err({ code: "not-authz-message", missing: missingFields(parsed.value, new Set()) });
  }
  return err({ code: "not-found" });
}
