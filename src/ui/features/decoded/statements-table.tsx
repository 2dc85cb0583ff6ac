import type { Statement } from "../../../core/model/analysis";
import { useMessages } from "../../i18n/messages";
import { TEST_IDS } from "../../test-ids";

function List({ items }: { items: readonly string[] }) {
  if (items.length === 0) return <>—</>;
  return (
    <ul className="plain">
      {items.map((item, i) => (
        <li key={i}>
          <code className={item.length > 40 ? "wrap" : undefined}>{item}</code>
        </li>
      ))}
    </ul>
  );
}

export function StatementsTable({ statements }: { statements: readonly Statement[] }) {
  const { t } = useMessages();
  return (
    <div className="table-scroll" tabIndex={0}>
      <table data-testid={TEST_IDS.statementsTable}>
        <caption className="visually-hidden">{t("statements.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("statements.sid")}</th>
            <th scope="col">{t("statements.effect")}</th>
            <th scope="col">{t("statements.principals")}</th>
            <th scope="col">{t("statements.actions")}</th>
            <th scope="col">{t("statements.resources")}</th>
            <th scope="col">{t("statements.conditions")}</th>
          </tr>
        </thead>
        <tbody>
          {statements.map((s, i) => (
            <tr key={i}>
              <th scope="row">
                {s.statementId ? <code>{s.statementId}</code> : t("statements.noSid")}
              </th>
              <td>{s.effect ?? "—"}</td>
              <td>
                <List items={[...s.principals, ...s.principalGroups]} />
              </td>
              <td>
                <List items={s.actions} />
              </td>
              <td>
                <List items={s.resources} />
              </td>
              <td>
                <List items={s.conditions.map((c) => `${c.key} = ${c.values.join(", ")}`)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
