import { HiveSQL, TrinoSQL } from "dt-sql-parser";
import { describe, expect, it } from "vitest";
import { athenaDenialQuery, athenaTableDdl, lakeDenialQuery, type TrailTable } from "./queries";

const TABLE: TrailTable = {
  bucket: "org-trail-logs-111122223333",
  organizationId: "o-a1b2c3d4e5",
  table: "cloudtrail_org",
  accounts: ["111122223333", "444455556666"],
  regions: ["us-east-1", "eu-west-1"],
  since: "2026/01/01",
};
const STORE = "EXAMPLE-ee54-4813-92d5-999aeEXAMPLE";

const value = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

describe("the queries for AWS's engines parse as SQL", () => {
  it("Athena's table for an organization trail: Hive DDL with partition projection over the org trail's layout", () => {
    const ddl = value(athenaTableDdl(TABLE));
    expect(new HiveSQL().validate(ddl)).toEqual([]);
    expect(ddl).toContain("LOCATION 's3://org-trail-logs-111122223333/AWSLogs/o-a1b2c3d4e5/'");
    expect(ddl).toContain(
      "'storage.location.template'='s3://org-trail-logs-111122223333/AWSLogs/o-a1b2c3d4e5/${account}/CloudTrail/${region}/${timestamp}'",
    );
    expect(ddl).toContain("'projection.account.values'='111122223333,444455556666'");
    expect(ddl).toContain("'projection.timestamp.range'='2026/01/01,NOW'");
  });

  it.each([
    [7, ["111122223333"]],
    [30, []],
    // As the page's e2e and the local server's Athena run write it.
    [30, ["111122223333", "444455556666"]],
    [7, ["111122223333", "444455556666"]],
  ] as const)("Athena's denial query over %i days, accounts %j: Trino", (days, accounts) => {
    const sql = value(athenaDenialQuery("cloudtrail_org", { days, accounts }));
    expect(new TrinoSQL().validate(sql)).toEqual([]);
    expect(sql).toContain(`interval '${String(days)}' day`);
    expect(sql.includes(`account IN (${accounts.map((a) => `'${a}'`).join(", ")})`)).toBe(
      accounts.length > 0,
    );
    expect(sql.includes("account IN")).toBe(accounts.length > 0);
    expect(sql).toContain("errorcode LIKE '%AccessDenied%'");
    expect(sql).toContain("GROUP BY 1, 2, 3, 4, 5");
  });

  it("CloudTrail Lake's query: Trino, FROM the store's ID (also given as its ARN)", () => {
    const sql = value(
      lakeDenialQuery(`arn:aws:cloudtrail:us-east-1:111122223333:eventdatastore/${STORE}`, {
        days: 7,
        accounts: ["111122223333"],
      }),
    );
    expect(sql).toContain(`FROM ${STORE}`);
    expect(sql).toContain("recipientAccountId IN ('111122223333')");
    expect(sql).toContain("errorCode LIKE '%AccessDenied%'");
    // Lake takes the hyphenated ID bare, as AWS's examples write it; Trino's grammar wants an
    // identifier there, so the check stands one in for it.
    expect(new TrinoSQL().validate(sql.replace(STORE, "event_data_store"))).toEqual([]);
  });

  it.each([
    ["a bucket with a quote", { ...TABLE, bucket: "x' OR '1" }, "bucket"],
    [
      "an organization ID that is not one",
      { ...TABLE, organizationId: "o-1; DROP" },
      "organization",
    ],
    ["an account that is not 12 digits", { ...TABLE, accounts: ["1111'"] }, "account"],
    ["a region with SQL in it", { ...TABLE, regions: ["us-east-1'--"] }, "region"],
    ["a start date in another format", { ...TABLE, since: "2026-01-01" }, "date"],
    ["a table name with a space", { ...TABLE, table: "a b" }, "table"],
  ] as const)("refuses %s, naming it", (_name, table, code) => {
    expect(athenaTableDdl(table)).toMatchObject({ ok: false, error: { code } });
  });

  it("refuses days outside 1–366 and accounts that are not accounts, in both queries", () => {
    expect(athenaDenialQuery("t", { days: 0, accounts: [] })).toMatchObject({
      ok: false,
      error: { code: "days" },
    });
    expect(lakeDenialQuery(STORE, { days: 7, accounts: ["x"] })).toMatchObject({
      ok: false,
      error: { code: "account" },
    });
    expect(lakeDenialQuery("x'; --", { days: 7, accounts: [] })).toMatchObject({
      ok: false,
      error: { code: "event-data-store" },
    });
  });
});
