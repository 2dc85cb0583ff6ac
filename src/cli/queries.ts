import { parseArgs } from "node:util";
import { athenaDenialQuery, athenaTableDdl, lakeDenialQuery } from "../core/cloudtrail/queries";

export const QUERIES_USAGE = `Usage: authz-decoder queries --bucket NAME --org o-XXXXXXXXXX --accounts ID,ID --regions R,R
                             [--table cloudtrail_org] [--since YYYY/MM/DD] [--days 7]
       authz-decoder queries --lake EVENT_DATA_STORE [--accounts ID,ID] [--days 7]

Prints the SQL that lets AWS's engines scan an organization's CloudTrail for denials: Athena's
table for an organization trail (partition projection) and the denial query grouped on Athena,
or the same query for a CloudTrail Lake event data store. Run its results through
authz-decoder --cloudtrail (CSV or get-query-results JSON).`;

const list = (v: string | undefined) =>
  v === undefined || v === "" ? [] : v.split(",").map((s) => s.trim());

/** `authz-decoder queries`: the SQL, or a sentence naming the value it refused. */
export function queriesCommand(argv: readonly string[]): { out: string } | { error: string } {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      bucket: { type: "string" },
      org: { type: "string" },
      accounts: { type: "string" },
      regions: { type: "string" },
      table: { type: "string" },
      since: { type: "string" },
      days: { type: "string" },
      lake: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help === true) return { out: QUERIES_USAGE };
  const days = Number(values.days ?? "7");
  const accounts = list(values.accounts);
  const table = values.table ?? "cloudtrail_org";
  const refused = (e: { code: string; value: string | number }) => ({
    error: `queries: not a valid ${e.code}: "${String(e.value)}"`,
  });
  if (values.lake !== undefined) {
    const sql = lakeDenialQuery(values.lake, { days, accounts });
    return sql.ok ? { out: `${sql.value};` } : refused(sql.error);
  }
  const ddl = athenaTableDdl({
    bucket: values.bucket ?? "",
    organizationId: values.org ?? "",
    table,
    accounts,
    regions: list(values.regions),
    since: values.since ?? `${String(new Date().getUTCFullYear())}/01/01`,
  });
  if (!ddl.ok) return refused(ddl.error);
  const query = athenaDenialQuery(table, { days, accounts });
  if (!query.ok) return refused(query.error);
  return {
    out: `-- 1. Once: the table (Athena, partition projection over the organization trail)\n${ddl.value};\n\n-- 2. The denials of the last ${String(days)} days, grouped\n${query.value};`,
  };
}
