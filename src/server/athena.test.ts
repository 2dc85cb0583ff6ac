import { TrinoSQL } from "dt-sql-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AthenaRecord } from "../../e2e/support/fake-athena";
import { startFakeSts } from "../../e2e/support/fake-sts";
import { athenaDenialQuery } from "../core/cloudtrail/queries";
import type { AthenaEvent, AthenaRun } from "./athena";

let port = 0;
let stop: () => Promise<void>;
let runAthena: typeof import("./athena").runAthena;

beforeAll(async () => {
  const fake = await startFakeSts(0);
  stop = fake;
  port = fake.port;
  // The SDK's own endpoint and credential settings, as `npm start` would read them.
  process.env.AWS_ENDPOINT_URL_ATHENA = `http://127.0.0.1:${String(port)}`;
  process.env.AWS_ACCESS_KEY_ID = "AKIAFAKELOCALMODE001";
  process.env.AWS_SECRET_ACCESS_KEY = "fakeLocalSecretThatMustStayInTheServer000";
  process.env.AWS_CONFIG_FILE = "/nonexistent/aws-config";
  process.env.AWS_SHARED_CREDENTIALS_FILE = "/nonexistent/aws-credentials";
  process.env.AUTHZ_ATHENA_POLL_MS = "10";
  ({ runAthena } = await import("./athena"));
});

afterAll(async () => {
  await stop();
});

const query = (table: string): string => {
  const sql = athenaDenialQuery(table, { days: 7, accounts: ["111122223333", "444455556666"] });
  if (!sql.ok) throw new Error("query");
  return sql.value;
};

async function run(over: Partial<AthenaRun> = {}): Promise<AthenaEvent[]> {
  const events: AthenaEvent[] = [];
  await runAthena(
    {
      query: query("cloudtrail_org"),
      database: "default",
      workGroup: "primary",
      outputLocation: "s3://example-athena-results/authz/",
      region: "eu-west-1",
      profile: undefined,
      ...over,
    },
    (e) => events.push(e),
    new AbortController().signal,
  );
  return events;
}

const recorded = async (): Promise<AthenaRecord[]> =>
  (await (await fetch(`http://127.0.0.1:${String(port)}/__athena`)).json()) as AthenaRecord[];

describe("runAthena against a fake Athena (awsJson1_1, signatures recomputed)", () => {
  it("starts the query, polls until it succeeds, reads both result pages, all signed with the machine's key", async () => {
    const events = await run();
    expect(events.map((e) => e.kind)).toEqual([
      "started",
      "state",
      "state",
      "rows",
      "rows",
      "done",
    ]);
    expect(events.filter((e) => e.kind === "state").map((e) => e.state)).toEqual([
      "RUNNING",
      "SUCCEEDED",
    ]);
    const rows = events.flatMap((e) => (e.kind === "rows" ? e.denials : []));
    expect(rows.map((r) => [r.principal, r.eventName, r.events])).toEqual([
      ["arn:aws:iam::111122223333:role/deployer", "RunInstances", 1204],
      ["arn:aws:iam::444455556666:role/etl", "GetObject", 310],
      ["arn:aws:iam::444455556666:role/etl", "Decrypt", 12],
    ]);
    const calls = await recorded();
    expect(calls.map((c) => c.operation)).toEqual([
      "StartQueryExecution",
      "GetQueryExecution",
      "GetQueryExecution",
      "GetQueryResults",
      "GetQueryResults",
    ]);
    expect(new Set(calls.map((c) => `${c.accessKeyId} ${c.region}`))).toEqual(
      new Set(["AKIAFAKELOCALMODE001 eu-west-1"]),
    );
    const start = calls[0];
    expect(start).toMatchObject({
      database: "default",
      workGroup: "primary",
      outputLocation: "s3://example-athena-results/authz/",
    });
    // What ran is the denial query, and it parses as Trino SQL (Athena's engine v3).
    expect(start?.queryString).toBe(query("cloudtrail_org"));
    expect(new TrinoSQL().validate(start?.queryString ?? "")).toEqual([]);
  });

  it("a table that does not exist: Athena's own reason, no rows", async () => {
    const events = await run({ query: query("cloudtrail_missing") });
    expect(events.at(-1)).toEqual({
      kind: "failed",
      code: "FAILED",
      message: expect.stringContaining("TABLE_NOT_FOUND") as unknown,
    });
    expect(events.some((e) => e.kind === "rows")).toBe(false);
  });

  it("a wrong secret is refused by the signature check, and said so", async () => {
    process.env.AWS_SECRET_ACCESS_KEY = "notTheSecretTheFakeKnows0000000000000000";
    try {
      const events = await run();
      expect(events).toEqual([
        expect.objectContaining({ kind: "failed", code: "InvalidSignatureException" }),
      ]);
    } finally {
      process.env.AWS_SECRET_ACCESS_KEY = "fakeLocalSecretThatMustStayInTheServer000";
    }
  });
});
