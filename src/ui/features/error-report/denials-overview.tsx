import { useMemo } from "react";
import { denialsOverview, type Fixer } from "../../../core/explain/overview";
import type { ErrorReport } from "../../../core/errors/error-report";
import type { Reason } from "../../../core/errors/reason";
import { isUsable } from "../../../core/errors/token-vocabulary";
import { fixPlan, type FixPart } from "../../../core/policy/targets/plan";
import type { Messages } from "../../i18n/messages";
import { shortPrincipal, targetNoun } from "../fix-target/target-words";
import { useMessages } from "../../i18n/messages";
import { TEST_IDS } from "../../test-ids";
import { denialCardId } from "./card-id";

const BADGE_CLASS: Readonly<Record<Fixer, string>> = {
  you: "badge you",
  organization: "badge other",
  "boundary-owner": "badge other",
  "resource-owner": "badge other",
  "session-issuer": "badge other",
  "endpoint-owner": "badge other",
  "role-owner": "badge other",
  unknown: "badge unknown",
};

/** The first statement that fixes a group's denial and the policy it goes in, as the card says. */
function FirstFix({ part, messages }: { part: FixPart | undefined; messages: Messages }) {
  if (!part) return null;
  return (
    <span className="hint">
      {" "}
      {/* The badge already says "your IAM policy": the row names only whose. */}
      {part.target.kind === "identity"
        ? messages.tNodes("overview.fix.identity", {
            sid: <code>{part.statement.Sid}</code>,
            who: shortPrincipal(part.target.principalArn),
          })
        : messages.tNodes("overview.fix", {
            sid: <code>{part.statement.Sid}</code>,
            target: targetNoun(part.target, messages, { short: true }),
          })}
    </span>
  );
}

/** "no identity-based policy allows it": an overview row's why, when the error says. */
export function whyText(
  row: { readonly denial: Reason["denial"]; readonly policyType: Reason["policyType"] },
  { t }: Messages,
): string | undefined {
  return row.denial === undefined
    ? undefined
    : t(`overview.why.${row.denial}`, {
        policy:
          row.policyType === undefined
            ? t("overview.why.untyped")
            : t(`policyType.${row.policyType}`),
      });
}

/**
 * Opens a card from its row without touching the address bar: the fragment may hold a share link,
 * and a folded card must unfold to be read.
 */
function openCard(index: number): void {
  const card = document.getElementById(denialCardId(index));
  if (!card) return;
  const fold = card.querySelector("details.denial-fold");
  if (fold instanceof HTMLDetailsElement) fold.open = true;
  card.scrollIntoView({ block: "start" });
  card.focus({ preventScroll: true });
}

/** Many denials at a glance: one row each, what was denied, why, and who can fix it. */
export function DenialsOverview({ report }: { report: ErrorReport }) {
  const messages = useMessages();
  const { t } = messages;
  const rows = denialsOverview(report.groups, isUsable);
  // Once per report, not on every render of the page around it.
  const firstFixes = useMemo(
    () =>
      report.groups.map((g) =>
        g.reason ? fixPlan({ reason: g.reason, region: report.region })[0] : undefined,
      ),
    [report],
  );
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
                  {/* Each row opens its card: the overview is the log's table of contents. */}
                  <a
                    href={`#${denialCardId(i)}`}
                    data-testid={TEST_IDS.overviewLink}
                    onClick={(e) => {
                      e.preventDefault();
                      openCard(i);
                    }}
                  >
                    <code>{row.action ?? "?"}</code>
                  </a>
                  {row.likely && <span className="hint"> {t("overview.likely")}</span>}
                  {row.count > 1 && <span className="hint"> ×{row.count}</span>}
                </td>
                <td data-label={t("overview.resource")}>
                  {row.resource === undefined ? "—" : <code>{row.resource}</code>}
                </td>
                <td data-label={t("overview.why")}>
                  {row.fixer === "role-owner"
                    ? t("overview.why.trust")
                    : (whyText(row, messages) ?? t("overview.why.unknown"))}
                </td>
                <td data-label={t("overview.fixer")}>
                  <span className={BADGE_CLASS[row.fixer]}>
                    {row.fixer === "unknown" && row.tokens === 0
                      ? t("fixer.unknown.noToken")
                      : t(`fixer.${row.fixer}`)}
                  </span>
                  <FirstFix part={firstFixes[i]} messages={messages} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
