import { denialsOverview, type Fixer } from "../../../core/explain/overview";
import type { ErrorReport } from "../../../core/errors/error-report";
import { isUsable } from "../../../core/errors/token-vocabulary";
import { useMessages } from "../../i18n/messages";
import { TEST_IDS } from "../../test-ids";

const BADGE_CLASS: Readonly<Record<Fixer, string>> = {
  you: "badge you",
  organization: "badge other",
  "boundary-owner": "badge other",
  "resource-owner": "badge other",
  "session-issuer": "badge other",
  "endpoint-owner": "badge other",
  unknown: "badge unknown",
};

/** Many denials at a glance: one row each, what was denied, why, and who can fix it. */
export function DenialsOverview({ report }: { report: ErrorReport }) {
  const { t } = useMessages();
  const rows = denialsOverview(report.groups, isUsable);
  return (
    <section className="panel wide overview" aria-labelledby="overview-heading">
      <h2 id="overview-heading">{t("overview.heading")}</h2>
      <div className="table-scroll" tabIndex={0}>
        <table data-testid={TEST_IDS.denialsOverview} className="stack-on-phone">
          <caption className="visually-hidden">{t("overview.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("overview.action")}</th>
              <th scope="col">{t("overview.resource")}</th>
              <th scope="col">{t("overview.why")}</th>
              <th scope="col">{t("overview.fixer")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                <td data-label={t("overview.action")}>
                  <code>{row.action ?? "?"}</code>
                  {row.count > 1 && <span className="hint"> ×{row.count}</span>}
                </td>
                <td data-label={t("overview.resource")}>
                  {row.resource === undefined ? "—" : <code>{row.resource}</code>}
                </td>
                <td data-label={t("overview.why")}>
                  {row.denial === undefined
                    ? t("overview.why.unknown")
                    : t(`overview.why.${row.denial}`, {
                        policy:
                          row.policyType === undefined
                            ? t("overview.why.untyped")
                            : t(`policyType.${row.policyType}`),
                      })}
                </td>
                <td data-label={t("overview.fixer")}>
                  <span className={BADGE_CLASS[row.fixer]}>{t(`fixer.${row.fixer}`)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
