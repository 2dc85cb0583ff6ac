import { describe, expect, it } from "vitest";
import { fixtureNames, readFixture } from "../../../fixtures/fixtures";
import { PASTES_EXPECTED } from "../../../fixtures/pastes-expected";
import { fixerOf } from "../explain/overview";
import { readErrors } from "./error-report";

// Real error texts nobody here wrote, one or more per shape of issue #21, against expectations
// read by hand from each text (fixtures/pastes-expected.ts).
describe("real pastes of every shape read as AWS wrote them (fixtures/pastes)", () => {
  it("has an expectation for every file, and every shape has at least two texts", () => {
    expect(Object.keys(PASTES_EXPECTED).sort()).toEqual(fixtureNames("pastes"));
    const perShape = new Map<string, number>();
    for (const e of Object.values(PASTES_EXPECTED))
      for (const s of e.shapes) perShape.set(s, (perShape.get(s) ?? 0) + 1);
    for (const [shape, n] of perShape) expect(n, shape).toBeGreaterThanOrEqual(2);
  });

  it.each(Object.entries(PASTES_EXPECTED))("%s", (name, expected) => {
    const report = readErrors(readFixture("pastes", name));
    const read = report.entries.flatMap((e) => {
      const r = e.reason;
      if (r === undefined) return [];
      return [
        {
          principal: r.principalArn,
          action: r.action,
          permission: r.permission,
          resource: r.resource,
          policyType: r.policyType,
          denial: r.denial,
          fixer: fixerOf(r),
          masks: r.masks.map((m) => [m.field, m.kind, m.written]),
          ...(r.cause === undefined ? {} : { cause: r.cause.code }),
          ...(r.authorizationId === undefined ? {} : { authorizationId: r.authorizationId }),
        },
      ];
    });
    expect(read).toEqual(expected.denials);
    expect(report.groups.filter((g) => g.reason !== undefined)).toHaveLength(expected.groups);
  });
});
