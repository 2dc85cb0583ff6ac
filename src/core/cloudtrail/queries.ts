import { err, ok, type Result } from "../result";

/**
 * The queries that let AWS's engines scan an organization's CloudTrail for denials, so only the
 * grouped rows come back to be explained: the Athena table for an organization trail (partition
 * projection by account, region and day over the trail's S3 layout,
 * `s3://BUCKET/AWSLogs/ORG_ID/ACCOUNT/CloudTrail/REGION/YYYY/MM/DD/`), the denial query grouped
 * on Athena, and the same query for a CloudTrail Lake event data store. Sources: Athena User
 * Guide, "Create the table for CloudTrail logs in Athena using partition projection" and "Create a
 * table for an organization wide trail"; CloudTrail User Guide, "CloudTrail Lake queries".
 * Every value is validated against its documented alphabet before it is written into SQL.
 */
export interface TrailTable {
  readonly bucket: string;
  readonly organizationId: string;
  readonly table: string;
  readonly accounts: readonly string[];
  readonly regions: readonly string[];
  /** The first day the projection covers, `YYYY/MM/DD`. */
  readonly since: string;
}

export interface DenialQuery {
  readonly days: number;
  /** Empty: every account the table or store holds. */
  readonly accounts: readonly string[];
}

export type QueryProblem =
  | { readonly code: "bucket"; readonly value: string }
  | { readonly code: "organization"; readonly value: string }
  | { readonly code: "table"; readonly value: string }
  | { readonly code: "account"; readonly value: string }
  | { readonly code: "region"; readonly value: string }
  | { readonly code: "date"; readonly value: string }
  | { readonly code: "days"; readonly value: number }
  | { readonly code: "event-data-store"; readonly value: string };

const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const ORG = /^o-[a-z0-9]{10,32}$/;
const TABLE = /^[a-z_][a-z0-9_]{0,127}$/;
const ACCOUNT = /^\d{12}$/;
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/;
const DATE = /^\d{4}\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])$/;
/** An event data store's ID, or its ARN (both are accepted in FROM). */
const EVENT_DATA_STORE =
  /^(?:arn:aws[a-z-]*:cloudtrail:[a-z0-9-]+:\d{12}:eventdatastore\/)?[A-Za-z0-9-]{20,64}$/;

/** The error codes of a denied call: IAM's, EC2's and each service's own `…AccessDenied…`. */
const DENIED = [
  "errorcode IN ('AccessDenied', 'Client.UnauthorizedOperation', 'UnauthorizedOperation')",
  "errorcode LIKE '%AccessDenied%'",
];

function check(
  values: readonly string[],
  pattern: RegExp,
  code: QueryProblem["code"] & ("account" | "region"),
): QueryProblem | undefined {
  const bad = values.find((v) => !pattern.test(v));
  return bad === undefined ? undefined : { code, value: bad };
}

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(", ");

/** Athena's CREATE TABLE for an organization trail, with partition projection. */
export function athenaTableDdl(t: TrailTable): Result<string, QueryProblem> {
  if (!BUCKET.test(t.bucket)) return err({ code: "bucket", value: t.bucket });
  if (!ORG.test(t.organizationId)) return err({ code: "organization", value: t.organizationId });
  if (!TABLE.test(t.table)) return err({ code: "table", value: t.table });
  if (!DATE.test(t.since)) return err({ code: "date", value: t.since });
  const problem = check(t.accounts, ACCOUNT, "account") ?? check(t.regions, REGION, "region");
  if (problem) return err(problem);
  if (t.accounts.length === 0) return err({ code: "account", value: "" });
  if (t.regions.length === 0) return err({ code: "region", value: "" });
  const root = `s3://${t.bucket}/AWSLogs/${t.organizationId}`;
  return ok(
    [
      `CREATE EXTERNAL TABLE ${t.table} (`,
      "  eventversion STRING,",
      "  useridentity STRUCT<",
      "    type: STRING, principalid: STRING, arn: STRING, accountid: STRING, invokedby: STRING,",
      "    accesskeyid: STRING, username: STRING,",
      "    sessioncontext: STRUCT<",
      "      attributes: STRUCT<mfaauthenticated: STRING, creationdate: STRING>,",
      "      sessionissuer: STRUCT<type: STRING, principalid: STRING, arn: STRING, accountid: STRING, username: STRING>>>,",
      "  eventtime STRING,",
      "  eventsource STRING,",
      "  eventname STRING,",
      "  awsregion STRING,",
      "  sourceipaddress STRING,",
      "  useragent STRING,",
      "  errorcode STRING,",
      "  errormessage STRING,",
      "  requestid STRING,",
      "  eventid STRING,",
      "  recipientaccountid STRING",
      ")",
      "PARTITIONED BY (`account` STRING, `region` STRING, `timestamp` STRING)",
      "ROW FORMAT SERDE 'org.apache.hive.hcatalog.data.JsonSerDe'",
      "STORED AS INPUTFORMAT 'com.amazon.emr.cloudtrail.CloudTrailInputFormat'",
      "OUTPUTFORMAT 'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat'",
      `LOCATION '${root}/'`,
      "TBLPROPERTIES (",
      "  'projection.enabled'='true',",
      "  'projection.account.type'='enum',",
      `  'projection.account.values'='${t.accounts.join(",")}',`,
      "  'projection.region.type'='enum',",
      `  'projection.region.values'='${t.regions.join(",")}',`,
      "  'projection.timestamp.type'='date',",
      "  'projection.timestamp.format'='yyyy/MM/dd',",
      "  'projection.timestamp.interval'='1',",
      "  'projection.timestamp.interval.unit'='DAYS',",
      `  'projection.timestamp.range'='${t.since},NOW',`,
      `  'storage.location.template'='${root}/\${account}/CloudTrail/\${region}/\${timestamp}'`,
      ")",
    ].join("\n"),
  );
}

function denialFilters(
  q: DenialQuery,
  time: string,
  account: string,
): Result<string[], QueryProblem> {
  if (!Number.isInteger(q.days) || q.days < 1 || q.days > 366)
    return err({ code: "days", value: q.days });
  const problem = check(q.accounts, ACCOUNT, "account");
  if (problem) return err(problem);
  return ok([
    time,
    ...(q.accounts.length > 0 ? [`${account} IN (${quoted(q.accounts)})`] : []),
    `(${DENIED.join(" OR ")})`,
  ]);
}

/**
 * Denials grouped on Athena: per account, principal (a role session's role, not the session),
 * service, action and error code, with counts and first and last seen; one message kept per group
 * (the explanation sentence and the encoded message in EC2's case). Partitions prune the scan.
 */
export function athenaDenialQuery(table: string, q: DenialQuery): Result<string, QueryProblem> {
  if (!TABLE.test(table)) return err({ code: "table", value: table });
  const filters = denialFilters(
    q,
    `"timestamp" >= date_format(current_timestamp - interval '${String(q.days)}' day, '%Y/%m/%d')`,
    "account",
  );
  if (!filters.ok) return filters;
  return ok(
    [
      "SELECT",
      "  recipientaccountid AS account,",
      "  coalesce(useridentity.sessioncontext.sessionissuer.arn, useridentity.arn) AS principal,",
      "  eventsource,",
      "  eventname,",
      "  errorcode,",
      "  count(*) AS events,",
      "  min(eventtime) AS first_seen,",
      "  max(eventtime) AS last_seen,",
      "  max(errormessage) AS message",
      `FROM ${table}`,
      `WHERE ${filters.value.join("\n  AND ")}`,
      "GROUP BY 1, 2, 3, 4, 5",
      "ORDER BY events DESC",
      "LIMIT 5000",
    ].join("\n"),
  );
}

/**
 * The same grouping for a CloudTrail Lake event data store (its SQL names fields in camel case).
 * Lake is closed to new customers since 2026-05-31 (CloudTrail CLI reference): Athena is the path
 * for everyone else.
 */
export function lakeDenialQuery(
  eventDataStore: string,
  q: DenialQuery,
): Result<string, QueryProblem> {
  if (!EVENT_DATA_STORE.test(eventDataStore))
    return err({ code: "event-data-store", value: eventDataStore });
  // FROM takes the store's ID, the ARN's last part.
  const id = eventDataStore.slice(eventDataStore.lastIndexOf("/") + 1);
  const filters = denialFilters(
    q,
    `eventTime > date_add('day', -${String(q.days)}, now())`,
    "recipientAccountId",
  );
  if (!filters.ok) return filters;
  return ok(
    [
      "SELECT",
      "  recipientAccountId AS account,",
      "  coalesce(userIdentity.sessionContext.sessionIssuer.arn, userIdentity.arn) AS principal,",
      "  eventSource,",
      "  eventName,",
      "  errorCode,",
      "  count(*) AS events,",
      "  min(eventTime) AS first_seen,",
      "  max(eventTime) AS last_seen,",
      "  max(errorMessage) AS message",
      `FROM ${id}`,
      `WHERE ${filters.value.map((f) => f.replace(/\berrorcode\b/g, "errorCode")).join("\n  AND ")}`,
      "GROUP BY 1, 2, 3, 4, 5",
      "ORDER BY events DESC",
      "LIMIT 5000",
    ].join("\n"),
  );
}
