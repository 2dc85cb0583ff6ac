import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixtureNames, readFixture, type Folder } from "../../../fixtures/fixtures";
import { analyze } from "../analyze";
import type { Statement } from "../model/analysis";
import type { PastedStatement } from "../policy/pasted-policy";
import { requestFromAnalysis } from "./check";
import { evaluatePolicies, type EvaluationRequest } from "./evaluate";
import { globMatch } from "./glob";

/**
 * AWS as the oracle: every statement a decoded message reports as matched must match that
 * message's own request under some operator the message's values allow (it keeps the keys and
 * values, not the operators, nor whether the lists were Action or NotAction).
 */
const OPERATORS = [
  "StringLike",
  "StringNotLike",
  "StringLikeIfExists",
  "StringNotLikeIfExists",
  "StringEqualsIgnoreCase",
  "BoolIfExists",
  "Null",
  "ArnLike",
  "ArnNotLike",
  "IpAddress",
  "NotIpAddress",
] as const;

function candidates(s: Statement, request: EvaluationRequest): PastedStatement[] {
  const listed = (patterns: readonly string[], value: string | undefined, ci: boolean) =>
    value === undefined || patterns.some((p) => globMatch(p, value, ci));
  const base: PastedStatement = {
    Effect: "Deny",
    ...(listed(s.actions, request.action, true)
      ? { Action: [...s.actions] }
      : { NotAction: [...s.actions] }),
    ...(s.resources.length === 0 || listed(s.resources, request.resource, false)
      ? { Resource: s.resources.length === 0 ? "*" : [...s.resources] }
      : { NotResource: [...s.resources] }),
  };
  // One operator per key, every combination (real statements have one to three keys).
  let combos: Record<string, Record<string, string[]>>[] = [{}];
  for (const c of s.conditions)
    combos = combos.flatMap((combo) =>
      OPERATORS.map((op) => ({ ...combo, [op]: { ...(combo[op] ?? {}), [c.key]: [...c.values] } })),
    );
  return combos.map((Condition) => ({
    ...base,
    ...(s.conditions.length > 0 ? { Condition } : {}),
  }));
}

const folders: Folder[] = ["decoded", "synthetic"];
const explicitDenies = folders.flatMap((folder) =>
  fixtureNames(folder).flatMap((name) => {
    const r = analyze(readFixture(folder, name));
    return r.ok &&
      r.value.verdict === "explicit-deny" &&
      r.value.statements.length > 0 &&
      r.value.action
      ? [{ name, analysis: r.value }]
      : [];
  }),
);

describe("AWS as the oracle: reported statements match their own requests", () => {
  it("the corpus has explicit denies to check", () => {
    expect(explicitDenies.length).toBeGreaterThanOrEqual(5);
  });
  it.each(explicitDenies)("$name", ({ analysis }) => {
    const request = requestFromAnalysis(analysis);
    if (!request) throw new Error("request expected");
    for (const statement of analysis.statements) {
      const matches = candidates(statement, request).some(
        (s) =>
          evaluatePolicies(request, [
            {
              type: "identity-based",
              name: "p",
              document: { Version: "2012-10-17", Statement: [s] },
            },
          ]).result.decision === "explicit-deny",
      );
      expect(matches, statement.statementId ?? "(no Sid)").toBe(true);
    }
  });
});

describe("properties", () => {
  const key = fc.stringMatching(/^[a-z]{1,8}:[A-Za-z]{1,12}$/);
  const value = fc.stringMatching(/^[A-Za-z0-9._-]{1,20}$/);
  const run = (k: string, policyValue: string, requestValue: string) =>
    evaluatePolicies(
      {
        principalArn: undefined,
        principalAccount: undefined,
        action: "s3:GetObject",
        resource: "arn:aws:s3:::b/k",
        resourceAccount: undefined,
        context: new Map([[k.toLowerCase(), [requestValue]]]),
      },
      [
        {
          type: "identity-based",
          name: "p",
          document: {
            Version: "2012-10-17",
            Statement: [
              {
                Effect: "Allow",
                Action: "s3:*",
                Resource: "*",
                Condition: { StringEquals: { [k]: policyValue } },
              },
            ],
          },
        },
      ],
    ).result.decision;
  it("a statement built to match a context matches it; changing the deciding value flips it", () => {
    fc.assert(
      fc.property(key, value, (k, v) => {
        expect(run(k, v, v)).toBe("allow");
        expect(run(k, v, `${v}x`)).toBe("implicit-deny");
      }),
    );
  });
});
