// A fake Amazon Athena for the tests, served by the fake STS's server: the real wire protocol
// (awsJson1_1: POST /, `X-Amz-Target: AmazonAthena.<Operation>`, JSON bodies, `__type` errors),
// every request's SigV4 signature recomputed with the key's secret and compared. The query runs
// for one poll, then its grouped rows come back in two pages, as Athena pages results.
import type { IncomingMessage, ServerResponse } from "node:http";
import { Sha256 } from "@smithy/core/checksum";
import { SignatureV4 } from "@smithy/signature-v4";

/** The secrets of the keys the fake accepts (the local server's, set in playwright.config.ts). */
const SECRETS: ReadonlyMap<string, string> = new Map([
  ["AKIAFAKELOCALMODE001", "fakeLocalSecretThatMustStayInTheServer000"],
]);

export interface AthenaRecord {
  readonly operation: string;
  readonly accessKeyId: string;
  readonly region: string;
  readonly queryString?: string;
  readonly database?: string;
  readonly workGroup?: string;
  readonly outputLocation?: string;
}

const COLUMNS = [
  "account",
  "principal",
  "eventsource",
  "eventname",
  "errorcode",
  "events",
  "first_seen",
  "last_seen",
  "message",
];
const ROWS: readonly (readonly string[])[] = [
  [
    "111122223333",
    "arn:aws:iam::111122223333:role/deployer",
    "ec2.amazonaws.com",
    "RunInstances",
    "Client.UnauthorizedOperation",
    "1204",
    "2026-11-30 08:00:00.000",
    "2026-12-06 21:14:09.000",
    "You are not authorized to perform this operation. User: arn:aws:sts::111122223333:assumed-role/deployer/ci-88 is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:eu-west-1:111122223333:instance/* because no identity-based policy allows the ec2:RunInstances action.",
  ],
  [
    "444455556666",
    "arn:aws:iam::444455556666:role/etl",
    "s3.amazonaws.com",
    "GetObject",
    "AccessDenied",
    "310",
    "2026-12-01 00:00:00.000",
    "2026-12-06 23:00:00.000",
    'User: arn:aws:sts::444455556666:assumed-role/etl/job-7 is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::example-lake/raw/2026/12/06/part-0.parquet" because no identity-based policy allows the s3:GetObject action',
  ],
  [
    "444455556666",
    "arn:aws:iam::444455556666:role/etl",
    "kms.amazonaws.com",
    "Decrypt",
    "AccessDeniedException",
    "12",
    "2026-12-05 10:00:00.000",
    "2026-12-05 10:05:00.000",
    "",
  ],
];
const row = (values: readonly string[]) => ({ Data: values.map((v) => ({ VarCharValue: v })) });

const AUTH =
  /^AWS4-HMAC-SHA256 Credential=([A-Z0-9]+)\/(\d{8})\/([a-z0-9-]+)\/athena\/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/;

/** Recomputes the request's signature from the signed headers and the body, as AWS does. */
async function signatureMatches(req: IncomingMessage, body: string): Promise<string | undefined> {
  const m = AUTH.exec(req.headers.authorization ?? "");
  const date = req.headers["x-amz-date"];
  if (!m || typeof date !== "string") return undefined;
  const [, accessKeyId = "", , region = "", signedHeaders = "", signature = ""] = m;
  const secret = SECRETS.get(accessKeyId);
  if (secret === undefined) return undefined;
  const headers: Record<string, string> = {};
  for (const name of signedHeaders.split(";")) {
    const value = req.headers[name];
    if (typeof value === "string") headers[name] = value;
  }
  const signer = new SignatureV4({
    service: "athena",
    region,
    sha256: Sha256,
    credentials: { accessKeyId, secretAccessKey: secret },
  });
  const [host = "", port] = (req.headers.host ?? "").split(":");
  const signed = await signer.sign(
    {
      method: req.method ?? "POST",
      protocol: "http:",
      hostname: host,
      ...(port ? { port: Number(port) } : {}),
      path: req.url ?? "/",
      query: {},
      headers,
      body,
    },
    {
      signingDate: new Date(
        date.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, "$1-$2-$3T$4:$5:$6Z"),
      ),
    },
  );
  const expected = /Signature=([0-9a-f]{64})/.exec(String(signed.headers.authorization))?.[1];
  return expected === signature ? accessKeyId : undefined;
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    "Content-Type": "application/x-amz-json-1.1",
    "x-amzn-RequestId": "00000000-0000-4000-8000-00000000a7e4",
  });
  res.end(JSON.stringify(body));
}

const polls = new Map<string, number>();
const queries = new Map<string, string>();
let executions = 0;

/** Handles an Athena call; false when the request is not one (the STS fake takes it then). */
export function handleAthena(
  req: IncomingMessage,
  res: ServerResponse,
  record: (r: AthenaRecord) => void,
): boolean {
  const target = req.headers["x-amz-target"];
  if (typeof target !== "string" || !target.startsWith("AmazonAthena.")) return false;
  const operation = target.slice("AmazonAthena.".length);
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const text = Buffer.concat(chunks).toString("utf8");
    void signatureMatches(req, text).then((accessKeyId) => {
      if (accessKeyId === undefined) {
        reply(res, 403, {
          __type: "InvalidSignatureException",
          message: "The request signature we calculated does not match the signature you provided.",
        });
        return;
      }
      const region = AUTH.exec(req.headers.authorization ?? "")?.[3] ?? "";
      const input = JSON.parse(text) as Record<string, unknown>;
      const context = input.QueryExecutionContext as { Database?: string } | undefined;
      const result = input.ResultConfiguration as { OutputLocation?: string } | undefined;
      record({
        operation,
        accessKeyId,
        region,
        ...(typeof input.QueryString === "string" ? { queryString: input.QueryString } : {}),
        ...(context?.Database ? { database: context.Database } : {}),
        ...(typeof input.WorkGroup === "string" ? { workGroup: input.WorkGroup } : {}),
        ...(result?.OutputLocation ? { outputLocation: result.OutputLocation } : {}),
      });
      const id = typeof input.QueryExecutionId === "string" ? input.QueryExecutionId : "";
      switch (operation) {
        case "StartQueryExecution": {
          const newId = `5f1e2d3c-0000-4000-8000-${String(++executions).padStart(12, "0")}`;
          queries.set(newId, String(input.QueryString));
          reply(res, 200, { QueryExecutionId: newId });
          return;
        }
        case "GetQueryExecution": {
          const n = (polls.get(id) ?? 0) + 1;
          polls.set(id, n);
          // A table the account does not have fails as Athena says it.
          const missing = /FROM (\w+)/.exec(queries.get(id) ?? "")?.[1];
          const state = missing !== "cloudtrail_org" ? "FAILED" : n === 1 ? "RUNNING" : "SUCCEEDED";
          reply(res, 200, {
            QueryExecution: {
              QueryExecutionId: id,
              Status: {
                State: state,
                ...(state === "FAILED"
                  ? {
                      StateChangeReason: `TABLE_NOT_FOUND: line 11:6: Table 'awsdatacatalog.default.${missing ?? ""}' does not exist`,
                    }
                  : {}),
              },
              Statistics: { DataScannedInBytes: n === 1 ? 1_288_490_188 : 3_435_973_836 },
            },
          });
          return;
        }
        case "GetQueryResults": {
          // Two pages: the header and two rows, then the last row.
          const second = input.NextToken === "page-2";
          reply(res, 200, {
            ResultSet: {
              Rows: second ? [row(ROWS[2] ?? [])] : [row(COLUMNS), ...ROWS.slice(0, 2).map(row)],
              ResultSetMetadata: {
                ColumnInfo: COLUMNS.map((Name) => ({ Name, Type: "varchar" })),
              },
            },
            ...(second ? {} : { NextToken: "page-2" }),
          });
          return;
        }
        default:
          reply(res, 400, {
            __type: "InvalidRequestException",
            Message: `Unknown operation ${operation}`,
          });
      }
    });
  });
  return true;
}
