import type { Analysis } from "../model/analysis";
import { findCondition } from "../model/conditions";
import { asList, type PolicyStatement } from "./fix";
import { iamValue } from "./formats/escape";
import { wildcardMatch } from "./wildcard";

export { wildcardMatch };

export interface Check {
  readonly part: "action" | "resource" | "condition";
  /** The condition key, for condition checks. */
  readonly key?: string;
  /** `unknown`: the message does not hold the value to check against (iam:PassedToService). */
  readonly result: "match" | "mismatch" | "unknown";
}

function conditionHolds(
  operator: string,
  expected: readonly string[],
  actual: readonly string[],
): boolean {
  const base = operator.replace(/^(ForAllValues|ForAnyValue):/, "");
  const equal = (e: string, a: string): boolean => {
    switch (base) {
      case "Bool":
        return e.toLowerCase() === a.toLowerCase();
      case "NumericEquals":
        return Number(e) === Number(a);
      case "DateEquals":
        return Date.parse(e) === Date.parse(a);
      case "ArnEquals":
      case "ArnLike":
      case "StringLike":
        return wildcardMatch(e, a);
      default:
        return e === a;
    }
  };
  const inExpected = (a: string) => expected.some((e) => equal(e, a));
  return operator.startsWith("ForAllValues:") ? actual.every(inExpected) : actual.some(inExpected);
}

/**
 * Does the statement we generated allow the request the message describes? Checks the action, the
 * resource and every condition against the request's context values.
 */
export function verifyStatement(statement: PolicyStatement, analysis: Analysis): Check[] {
  const checks: Check[] = [];
  const action = analysis.action?.qualified;
  checks.push({
    part: "action",
    result:
      action !== undefined && asList(statement.Action).some((a) => wildcardMatch(a, action, true))
        ? "match"
        : "mismatch",
  });
  const resource = analysis.resource?.arn;
  checks.push({
    part: "resource",
    result:
      resource !== undefined &&
      asList(statement.Resource).some((r) => wildcardMatch(iamValue(r), resource))
        ? "match"
        : "mismatch",
  });
  for (const [operator, keys] of Object.entries(statement.Condition ?? {})) {
    for (const [key, values] of Object.entries(keys)) {
      const row = findCondition(analysis.conditions, key);
      checks.push({
        part: "condition",
        key,
        result:
          row === undefined
            ? "unknown"
            : conditionHolds(operator, asList(values).map(iamValue), row.values)
              ? "match"
              : "mismatch",
      });
    }
  }
  return checks;
}
