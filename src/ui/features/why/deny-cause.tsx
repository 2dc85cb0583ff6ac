import type { Analysis } from "../../../core/model/analysis";
import {
  denyCauses,
  type LikelyCause,
  type StatementCause,
} from "../../../core/evaluate/deny-cause";
import { useMessages, type Messages } from "../../i18n/messages";
import { TEST_IDS } from "../../test-ids";
import { quoteList } from "../../shared/quote";

function likelyText(cause: LikelyCause, { t }: Messages): string {
  switch (cause.code) {
    case "mfa":
    case "secure-transport":
      return t(`why.likely.${cause.code}`);
    case "ai-agent":
      return t("why.likely.ai-agent", { key: cause.key });
    case "region":
      return cause.requestedIsListed
        ? t("why.likely.region.denied", { region: cause.requested ?? "?" })
        : t("why.likely.region.outside", {
            region: cause.requested ?? "?",
            allowed: quoteList(cause.listed),
          });
    case "request-tag":
      return cause.present
        ? t("why.likely.request-tag", { tag: cause.tag, values: quoteList(cause.values) })
        : t("why.likely.request-tag.missing", { tag: cause.tag });
    case "resource-tag":
      return t("why.likely.resource-tag", { tag: cause.tag, values: quoteList(cause.values) });
    case "source-ip":
      return t("why.likely.source-ip", {
        ip: cause.requested ?? "?",
        values: quoteList(cause.values),
      });
    case "network-path":
    case "organization":
      return t(`why.likely.${cause.code}`, { key: cause.key, values: quoteList(cause.values) });
    case "other-key":
      return cause.requested === undefined
        ? t("why.key.absent", { key: cause.key, values: quoteList(cause.values) })
        : t("why.key.present", {
            key: cause.key,
            values: quoteList(cause.values),
            requested: quoteList(cause.requested),
          });
  }
}

function CauseView({ cause, analysis }: { cause: StatementCause; analysis: Analysis }) {
  const messages = useMessages();
  const { t } = messages;
  const action = analysis.action?.qualified ?? "?";
  return (
    <div className="deny-cause" data-testid={TEST_IDS.denyCause}>
      <h4>
        {cause.statementId
          ? t("why.statement", { sid: cause.statementId })
          : t("why.statement.noSid")}
        {cause.inferredBoundary && <span className="hint"> {t("why.inferredBoundary")}</span>}
      </h4>
      <ul>
        <li>
          {cause.notAction ? t("why.notAction", { action }) : t("why.actionListed", { action })}
        </li>
        {cause.notResource && <li>{t("why.notResource")}</li>}
        {cause.conditions.map((c, i) => {
          const likely = cause.likely[i];
          return (
            <li key={`${c.key}-${String(i)}`}>
              {c.requestValues === undefined
                ? t("why.key.absent", { key: c.key, values: quoteList(c.policyValues) })
                : t("why.key.present", {
                    key: c.key,
                    values: quoteList(c.policyValues),
                    requested: quoteList(c.requestValues),
                  })}
              {likely && likely.code !== "other-key" && (
                <p className="likely">{t("why.likely", { cause: likelyText(likely, messages) })}</p>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Each matched Deny statement against the request: what it lists, what the request carried, the likely cause. */
export function DenyCauses({ analysis }: { analysis: Analysis }) {
  const { t } = useMessages();
  const causes = denyCauses(analysis);
  if (causes.length === 0) return null;
  return (
    <section aria-label={t("why.heading")}>
      <h3>{t("why.heading")}</h3>
      {causes.map((c, i) => (
        <CauseView key={`${c.statementId ?? ""}-${i}`} cause={c} analysis={analysis} />
      ))}
      <p className="hint">{t("why.inference")}</p>
    </section>
  );
}
