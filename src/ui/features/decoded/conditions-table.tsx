import type { ActionFacts } from "../../../core/iam/facts";
import type { Analysis } from "../../../core/model/analysis";
import { narrowingFor } from "../../../core/policy/fix";
import type { FixOptions } from "./fix-panel";
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

export interface Narrowing {
  readonly options: FixOptions;
  readonly onOptionsChange: (o: FixOptions) => void;
}

function Usable({
  row,
  facts,
  narrowing,
}: {
  row: ConditionRow;
  facts: ActionFacts | undefined;
  narrowing: Narrowing | undefined;
}) {
  const { t } = useMessages();
  if (row.internal) return <>{t("conditions.usable.no")}</>;
  if (facts === undefined) return <span className="hint">{t("conditions.usable.loading")}</span>;
  const support = facts.keys.get(row.key.toLowerCase());
  if (!support) return <>{t("conditions.usable.notForAction")}</>;
  if (!narrowing) return <>{t("conditions.usable.yes")}</>;
  const allowed = narrowingFor(support.documented, support.type, row.values);
  if (!allowed.ok) return <>{t(`conditions.usable.refused.${allowed.why}`)}</>;
  const { options, onOptionsChange } = narrowing;
  const chosen = options.conditionKeys.includes(row.key);
  return (
    <label>
      <input
        type="checkbox"
        checked={chosen}
        onChange={(e) => {
          onOptionsChange({
            ...options,
            conditionKeys: e.target.checked
              ? [...options.conditionKeys, row.key]
              : options.conditionKeys.filter((k) => k !== row.key),
          });
        }}
      />{" "}
      {t("conditions.usable.add", { operator: allowed.operator })}
    </label>
  );
}

export function ConditionRowsTable({
  rows,
  caption,
  testId,
  showUsable,
  facts,
  narrowing,
}: {
  rows: readonly ConditionRow[];
  caption: string;
  testId?: string;
  showUsable: boolean;
  facts?: ActionFacts | undefined;
  narrowing?: Narrowing | undefined;
}) {
  const { t } = useMessages();
  return (
    <div className="table-scroll" tabIndex={0}>
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
                <td>
                  <Usable row={row} facts={facts} narrowing={narrowing} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ConditionsSection({
  analysis,
  facts,
  narrowing,
}: {
  analysis: Analysis;
  facts: ActionFacts | undefined;
  narrowing: Narrowing | undefined;
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
            narrowing={narrowing}
          />
        </>
      )}
    </section>
  );
}
