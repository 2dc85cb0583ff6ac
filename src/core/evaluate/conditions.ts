import { globMatch, literal } from "./glob";
import { inCidr } from "./ip";
import { substitute, type ContextLookup } from "./variables";

/**
 * Condition operators, as the IAM User Guide defines them ("IAM JSON policy elements: Condition
 * operators": https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html),
 * with `…IfExists` and the `ForAllValues:`/`ForAnyValue:` set operators ("Multivalued context keys":
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html).
 */
export interface ConditionTrace {
  readonly operator: string;
  readonly key: string;
  readonly policyValues: readonly string[];
  /** Undefined when the request did not carry the key. */
  readonly requestValues: readonly string[] | undefined;
  readonly result: boolean;
  /** Set when the operator is not one IAM defines: the statement cannot match. */
  readonly unknownOperator?: true;
}

type Compare = (policy: string, request: string) => boolean;

const dateValue = (s: string): number | undefined => {
  if (/^\d{1,12}$/.test(s.trim())) return Number(s) * 1000; // epoch seconds
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : t;
};
const numberValue = (s: string): number | undefined => {
  const n = Number(s);
  return s.trim() === "" || Number.isNaN(n) ? undefined : n;
};
const compareWith =
  <T>(parse: (s: string) => T | undefined, test: (p: T, r: T) => boolean): Compare =>
  (policy, request) => {
    const p = parse(policy);
    const r = parse(request);
    return p !== undefined && r !== undefined && test(p, r);
  };

/** ARNs compare field by field; `*`/`?` within a field (ArnLike) do not cross a colon. */
function arnLike(policy: string, request: string): boolean {
  const p = policy.split(":");
  const r = request.split(":");
  if (p.length < 6 || r.length < 6) return false;
  // The resource part may itself contain colons: compare it whole.
  const head = (a: string[]) => [...a.slice(0, 5), a.slice(5).join(":")];
  const [ph, rh] = [head(p), head(r)];
  return ph.every((field, i) => globMatch(field, rh[i] ?? ""));
}

/** The positive form of each operator; `Not…` forms negate it. */
const BASE: Readonly<Record<string, Compare>> = {
  stringequals: (p, r) => literal(p) === r,
  stringequalsignorecase: (p, r) => literal(p).toLowerCase() === r.toLowerCase(),
  stringlike: (p, r) => globMatch(p, r),
  numericequals: compareWith(numberValue, (p, r) => r === p),
  numericlessthan: compareWith(numberValue, (p, r) => r < p),
  numericlessthanequals: compareWith(numberValue, (p, r) => r <= p),
  numericgreaterthan: compareWith(numberValue, (p, r) => r > p),
  numericgreaterthanequals: compareWith(numberValue, (p, r) => r >= p),
  dateequals: compareWith(dateValue, (p, r) => r === p),
  datelessthan: compareWith(dateValue, (p, r) => r < p),
  datelessthanequals: compareWith(dateValue, (p, r) => r <= p),
  dategreaterthan: compareWith(dateValue, (p, r) => r > p),
  dategreaterthanequals: compareWith(dateValue, (p, r) => r >= p),
  bool: (p, r) => p.toLowerCase() === r.toLowerCase(),
  binaryequals: (p, r) => p === r,
  ipaddress: (p, r) => inCidr(r, p),
  arnequals: arnLike,
  arnlike: arnLike,
};
const NEGATED: Readonly<Record<string, string>> = {
  stringnotequals: "stringequals",
  stringnotequalsignorecase: "stringequalsignorecase",
  stringnotlike: "stringlike",
  numericnotequals: "numericequals",
  datenotequals: "dateequals",
  notipaddress: "ipaddress",
  arnnotequals: "arnequals",
  arnnotlike: "arnlike",
};

const asStrings = (v: unknown): string[] =>
  (Array.isArray(v) ? v : [v]).map((x) => (typeof x === "string" ? x : JSON.stringify(x)));

/** One operator on one key, e.g. `ForAnyValue:StringLike` on `aws:TagKeys`. */
export function evaluateCondition(
  operator: string,
  key: string,
  rawPolicyValues: unknown,
  lookup: ContextLookup,
): ConditionTrace {
  const requestValues = lookup(key);
  const policyValues = asStrings(rawPolicyValues);
  const trace = (result: boolean, unknownOperator = false): ConditionTrace => ({
    operator,
    key,
    policyValues,
    requestValues,
    result,
    ...(unknownOperator ? { unknownOperator: true as const } : {}),
  });
  const m = /^(ForAllValues:|ForAnyValue:)?(.+?)(IfExists)?$/i.exec(operator);
  const set = m?.[1]?.toLowerCase();
  const name = (m?.[2] ?? "").toLowerCase();
  const ifExists = m?.[3] !== undefined;

  // Null tests presence only: "true" means the key must be absent.
  if (name === "null") {
    const absent = requestValues === undefined || requestValues.length === 0;
    return trace(policyValues.some((v) => (v.toLowerCase() === "true") === absent));
  }
  const negatedOf = NEGATED[name];
  const positive = BASE[negatedOf ?? name];
  if (!positive) return trace(false, true);
  const negated = negatedOf !== undefined;
  // Variables in condition values take the request's values; one with no value matches nothing.
  const values = policyValues.flatMap((v) => {
    const s = substitute(v, lookup);
    return s === undefined ? [] : [s];
  });
  const matchesOne = (r: string) => values.some((p) => positive(p, r));

  if (requestValues === undefined || requestValues.length === 0) {
    // Missing key: IfExists passes; ForAllValues passes on the empty set; a negated operator passes.
    if (ifExists) return trace(true);
    if (set === "forallvalues:") return trace(true);
    if (set === "foranyvalue:") return trace(false);
    return trace(negated);
  }
  if (set === "forallvalues:")
    return trace(requestValues.every((r) => (negated ? !matchesOne(r) : matchesOne(r))));
  if (set === "foranyvalue:")
    return trace(requestValues.some((r) => (negated ? !matchesOne(r) : matchesOne(r))));
  // A single-valued operator: positive if any value matches; negated if none does.
  const any = requestValues.some(matchesOne);
  return trace(negated ? !any : any);
}

/** A statement's whole Condition block: every operator and every key must hold (AND). */
export function evaluateConditions(
  block: Readonly<Record<string, Readonly<Record<string, unknown>>>> | undefined,
  lookup: ContextLookup,
): { readonly result: boolean; readonly traces: readonly ConditionTrace[] } {
  const traces = Object.entries(block ?? {}).flatMap(([operator, keys]) =>
    Object.entries(keys).map(([key, values]) => evaluateCondition(operator, key, values, lookup)),
  );
  return { result: traces.every((t) => t.result), traces };
}
