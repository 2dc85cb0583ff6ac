import { useId, useState } from "react";
import {
  athenaDenialQuery,
  athenaTableDdl,
  lakeDenialQuery,
  type QueryProblem,
} from "../../../core/cloudtrail/queries";
import type { Result } from "../../../core/result";
import { useMessages, type Messages } from "../../i18n/messages";
import { TEST_IDS } from "../../test-ids";
import { CopyButton } from "../../shared/copy-button";
import { isLocalMode } from "../decode/clients";
import { AthenaRun } from "./athena-run";
import { TextField } from "./text-field";
import type { OrgDenial } from "../../../core/cloudtrail/org-denials";

/** "a, b c" → ["a", "b", "c"]: lists typed with commas, spaces or line breaks. */
const list = (text: string): string[] => text.split(/[\s,]+/).filter((v) => v !== "");

function problemText(p: QueryProblem, { t }: Messages): string {
  return t(`org.query.problem.${p.code}`, { value: String(p.value) });
}

/** One query with its Copy, or the reason it cannot be written yet. */
function QueryBlock({
  title,
  sql,
  testId,
}: {
  title: string;
  sql: Result<string, QueryProblem> | undefined;
  testId: string;
}) {
  const messages = useMessages();
  return (
    <section className="query">
      <h3>{title}</h3>
      {sql === undefined ? null : sql.ok ? (
        <div className="command">
          <pre className="code-block" tabIndex={0} data-testid={testId}>
            {`${sql.value};`}
          </pre>
          <CopyButton text={`${sql.value};`} label="org.query.copy" />
        </div>
      ) : (
        <p className="notice warning" role="alert">
          {problemText(sql.error, messages)}
        </p>
      )}
    </section>
  );
}

/**
 * The SQL that lets AWS's engines scan an organization's CloudTrail: Athena's table for an
 * organization trail and the denial query grouped on Athena, or the same for CloudTrail Lake;
 * in local mode, the denial query runs on Athena from here and its rows fill the overview.
 */
export function QueriesPanel({
  open,
  onRows,
}: {
  /** Unfolded when there is nothing else to show (no files dropped). */
  open: boolean;
  onRows: (denials: readonly OrgDenial[]) => void;
}) {
  const { t } = useMessages();
  const id = useId();
  const [bucket, setBucket] = useState("");
  const [organization, setOrganization] = useState("");
  const [accounts, setAccounts] = useState("");
  const [regions, setRegions] = useState("");
  const [table, setTable] = useState("cloudtrail_org");
  const [days, setDays] = useState(7);
  const [store, setStore] = useState("");
  const [since] = useState(() => `${String(new Date().getUTCFullYear())}/01/01`);
  const accountList = list(accounts);
  const tableReady = bucket !== "" && organization !== "" && regions !== "";
  const ddl = tableReady
    ? athenaTableDdl({
        bucket,
        organizationId: organization,
        table,
        accounts: accountList,
        regions: list(regions),
        since,
      })
    : undefined;
  const query = athenaDenialQuery(table, { days, accounts: accountList });
  const lake = store === "" ? undefined : lakeDenialQuery(store, { days, accounts: accountList });
  return (
    <details className="panel wide queries section" open={open} data-testid={TEST_IDS.orgQueries}>
      <summary>
        <h2 id={`${id}-heading`}>{t("org.query.heading")}</h2>
      </summary>
      <p className="hint">{t("org.query.intro")}</p>
      <div className="org-filters">
        <TextField
          label={t("org.query.bucket")}
          value={bucket}
          onValue={setBucket}
          placeholder="org-trail-logs"
        />
        <TextField
          label={t("org.query.organization")}
          value={organization}
          onValue={setOrganization}
          placeholder="o-a1b2c3d4e5"
        />
        <TextField
          label={t("org.query.accounts")}
          value={accounts}
          onValue={setAccounts}
          placeholder="111122223333, 444455556666"
        />
        <TextField
          label={t("org.query.regions")}
          value={regions}
          onValue={setRegions}
          placeholder="us-east-1, eu-west-1"
        />
        <TextField
          label={t("org.query.table")}
          value={table}
          onValue={setTable}
          placeholder="cloudtrail_org"
        />
        <label>
          {t("org.query.days")}
          <input
            type="number"
            min={1}
            max={366}
            value={days}
            onChange={(e) => {
              setDays(Number(e.target.value));
            }}
          />
        </label>
      </div>
      <QueryBlock title={t("org.query.table.title")} sql={ddl} testId={TEST_IDS.athenaTableSql} />
      {ddl === undefined && <p className="hint">{t("org.query.table.needs")}</p>}
      <QueryBlock
        title={t("org.query.denials.title", { days })}
        sql={query}
        testId={TEST_IDS.athenaQuerySql}
      />
      <p className="hint">{t("org.query.results")}</p>
      {isLocalMode() && query.ok && (
        <AthenaRun table={table} days={days} accounts={accountList} onRows={onRows} />
      )}
      <details className="lake">
        <summary>{t("org.query.lake")}</summary>
        <div className="org-filters">
          <TextField
            label={t("org.query.store")}
            value={store}
            onValue={setStore}
            placeholder={
              "arn:aws:cloudtrail:us-east-1:111122223333:eventdatastore/EXAMPLE-f852-4e8f-8bd1-bcf6cEXAMPLE"
            }
          />
        </div>
        <QueryBlock title={t("org.query.lake.title")} sql={lake} testId={TEST_IDS.lakeQuerySql} />
      </details>
    </details>
  );
}
