import type { Analysis } from "../../core/model/analysis";
import type { ConditionRow } from "../../core/model/conditions";
import { useMessages } from "../i18n/messages";
import { TEST_IDS } from "../test-ids";

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

export function ConditionRowsTable({
  rows,
  caption,
  testId,
  showUsable,
}: {
  rows: readonly ConditionRow[];
  caption: string;
  testId?: string;
  showUsable: boolean;
}) {
  const { t } = useMessages();
  return (
    <div className="table-scroll">
      <table data-testid={testId}>
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
              <td>
                <Values values={row.values} />
              </td>
              {showUsable && (
                <td>{row.internal ? t("conditions.usable.no") : t("conditions.usable.yes")}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ConditionsSection({ analysis }: { analysis: Analysis }) {
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
          />
        </>
      )}
    </section>
  );
}
