import {
  AthenaClient,
  GetQueryExecutionCommand,
  GetQueryResultsCommand,
  StartQueryExecutionCommand,
  type Row,
} from "@aws-sdk/client-athena";
import { fromNodeProviderChain } from "@aws-sdk/credential-providers";
import { denialsFromAthenaJson, type OrgDenial } from "../core/cloudtrail/org-denials";

/**
 * Runs the denial query (core/cloudtrail/queries.ts, built here from validated values: the page
 * never sends SQL) on Athena with this machine's credentials: StartQueryExecution, then
 * GetQueryExecution until it ends, then GetQueryResults page by page. Each step is reported as it
 * happens, so the page can show progress and fill its overview while pages arrive.
 */
export type AthenaEvent =
  | { readonly kind: "started"; readonly queryExecutionId: string }
  | { readonly kind: "state"; readonly state: string; readonly scannedBytes: number }
  | { readonly kind: "rows"; readonly denials: readonly OrgDenial[]; readonly page: number }
  | { readonly kind: "done"; readonly pages: number }
  | { readonly kind: "failed"; readonly code: string; readonly message: string };

export interface AthenaRun {
  readonly query: string;
  readonly database: string;
  readonly workGroup: string;
  readonly outputLocation: string | undefined;
  readonly region: string;
  readonly profile: string | undefined;
}

const POLL_MS = Number(process.env.AUTHZ_ATHENA_POLL_MS ?? 1_000);
/** Athena's own default limit on a query's run time is 30 minutes. */
const MAX_POLLS = Math.ceil((30 * 60 * 1_000) / POLL_MS);

const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms);
  });

const failure = (e: unknown): AthenaEvent => ({
  kind: "failed",
  code: e instanceof Error ? e.name : "Error",
  message: e instanceof Error ? e.message : String(e),
});

export async function runAthena(
  run: AthenaRun,
  emit: (event: AthenaEvent) => void,
  signal: AbortSignal,
): Promise<void> {
  // The endpoint as the SDK decides it (AWS_ENDPOINT_URL_ATHENA, then the regional one).
  const client = new AthenaClient({
    region: run.region,
    credentials: fromNodeProviderChain(run.profile ? { profile: run.profile } : {}),
  });
  try {
    const started = await client.send(
      new StartQueryExecutionCommand({
        QueryString: run.query,
        QueryExecutionContext: { Database: run.database },
        WorkGroup: run.workGroup,
        ...(run.outputLocation
          ? { ResultConfiguration: { OutputLocation: run.outputLocation } }
          : {}),
      }),
      { abortSignal: signal },
    );
    const id = started.QueryExecutionId;
    if (id === undefined) throw new Error("Athena returned no query execution ID.");
    emit({ kind: "started", queryExecutionId: id });
    let state = "QUEUED";
    for (let poll = 0; poll < MAX_POLLS; poll++) {
      const { QueryExecution: execution } = await client.send(
        new GetQueryExecutionCommand({ QueryExecutionId: id }),
        { abortSignal: signal },
      );
      state = execution?.Status?.State ?? "UNKNOWN";
      emit({
        kind: "state",
        state,
        scannedBytes: execution?.Statistics?.DataScannedInBytes ?? 0,
      });
      if (state === "FAILED" || state === "CANCELLED") {
        emit({
          kind: "failed",
          code: state,
          message: execution?.Status?.StateChangeReason ?? state,
        });
        return;
      }
      if (state === "SUCCEEDED") break;
      await sleep(POLL_MS);
    }
    if (state !== "SUCCEEDED") {
      emit({ kind: "failed", code: "Timeout", message: "The query did not finish in 30 minutes." });
      return;
    }
    // The first row of the first page names the columns; later pages are rows only.
    let header: Row | undefined;
    let token: string | undefined;
    let page = 0;
    do {
      const results = await client.send(
        new GetQueryResultsCommand({ QueryExecutionId: id, MaxResults: 1000, NextToken: token }),
        { abortSignal: signal },
      );
      const rows = results.ResultSet?.Rows ?? [];
      header ??= rows[0];
      const body = page === 0 ? rows.slice(1) : rows;
      page++;
      emit({
        kind: "rows",
        page,
        denials: denialsFromAthenaJson({ ResultSet: { Rows: [header ?? {}, ...body] } }) ?? [],
      });
      token = results.NextToken;
    } while (token !== undefined && !signal.aborted);
    emit({ kind: "done", pages: page });
  } catch (e) {
    if (!signal.aborted) emit(failure(e));
  } finally {
    client.destroy();
  }
}
