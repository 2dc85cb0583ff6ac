import type { ActionFacts } from "../../../core/iam/facts";
import type { Analysis } from "../../../core/model/analysis";
import { narrowingFor } from "../../../core/policy/fix";
import type { ConditionRow } from "../../../core/model/conditions";
import { useMessages } from "../../i18n/messages";
import { TEST_IDS } from "../../test-ids";

function Values({ values }: { values: readonly string[] }) {
  if (values.length === 1) return <code className="wrap">{values[0]}</code>;
  return (
    <ul className="plain">
      {values.map((v, i) => (
        <li key={i}>
          <code className="wrap">{v}</code>
        </li>
      ))}
    </ul>
  );
}

function Usable({
  row,
  facts,
  offered,
}: {
  row: ConditionRow;
  facts: ActionFacts | undefined;
  /** A policy with narrowing choices is on the page (not for an explicit Deny or an Allow). */
  offered: boolean;
}) {
  const { t } = useMessages();
  if (row.internal)
    return (
      // A short badge; the reason is its tooltip, and read out in full by screen readers.
      <span className="badge muted" title={t("conditions.usable.no.why")}>
        {t("conditions.usable.no")}
        <span className="visually-hidden">: {t("conditions.usable.no.why")}</span>
      </span>
    );
  if (facts === undefined) return <span className="hint">{t("conditions.usable.loading")}</span>;
  const support = facts.keys.get(row.key.toLowerCase());
  if (!support) return <>{t("conditions.usable.notForAction")}</>;
  const allowed = narrowingFor(support.documented, support.type, row.values);
  if (!allowed.ok) return <>{t(`conditions.usable.refused.${allowed.why}`)}</>;
  return (
    <>
      {t(offered ? "conditions.usable.yes" : "conditions.usable.yes.noPolicy", {
        operator: allowed.operator,
      })}
    </>
  );
}

export function ConditionRowsTable({
  rows,
  caption,
  testId,
  showUsable,
  facts,
  offered = false,
}: {
  rows: readonly ConditionRow[];
  caption: string;
  testId?: string;
  showUsable: boolean;
  facts?: ActionFacts | undefined;
  offered?: boolean;
}) {
  const { t } = useMessages();
  return (
    <div className="table-scroll" tabIndex={0}>
      {/* On a phone each row is a card: the values get the width, not three narrow columns. */}
      <table data-testid={testId} className="stack-on-phone">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("conditions.key")}</th>
            <th scope="col">{t("conditions.values")}</th>
            {showUsable && <th scope="col">{t("conditions.usable")}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={`${row.key}-${i}`} className={row.internal ? "internal" : undefined}>
              <th scope="row">
                <code>{row.key}</code>
              </th>
              <td data-label={t("conditions.values")}>
                <Values values={row.values} />
              </td>
              {showUsable && (
                <td data-label={t("conditions.usable")}>
                  <Usable row={row} facts={facts} offered={offered} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {/* The badge's reason in words on the page: a tooltip reaches neither touch nor keyboard. */}
      {showUsable && rows.some((r) => r.internal) && (
        <p className="hint">
          {t("conditions.usable.no")}: {t("conditions.usable.no.why")}
        </p>
      )}
    </div>
  );
}

export function ConditionsSection({
  analysis,
  facts,
}: {
  analysis: Analysis;
  facts: ActionFacts | undefined;
}) {
  const { t } = useMessages();
  const rows = analysis.conditions;
  const lost = rows === undefined || (rows.length === 0 && !analysis.conditionsComplete);
  return (
    <section className="panel wide" aria-labelledby="conditions-heading">
      <h2 id="conditions-heading">
        {t("conditions.heading")}
        {!lost && <span className="count"> ({rows.length})</span>}
      </h2>
      {lost ? (
        <p>{t("conditions.missing")}</p>
      ) : rows.length === 0 && analysis.conditionsComplete ? (
        <p>{t("conditions.none")}</p>
      ) : (
        <>
          {!analysis.conditionsComplete && (
            <p className="hint">{t("conditions.partial", { count: rows.length })}</p>
          )}
          <ConditionRowsTable
            rows={rows}
            caption={t("conditions.caption")}
            testId={TEST_IDS.conditionsTable}
            showUsable
            facts={facts}
            offered={analysis.verdict === "implicit-deny"}
          />
        </>
      )}
    </section>
  );
}
