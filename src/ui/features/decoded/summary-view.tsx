import type { ReactNode } from "react";
import {
  summarize,
  type PrincipalSummary,
  type ResourceLabel,
} from "../../../core/explain/summary";
import type { Analysis } from "../../../core/model/analysis";
import { useMessages } from "../../i18n/messages";
import { TEST_IDS } from "../../test-ids";

export function Who({
  principal: p,
  brief = false,
}: {
  principal: PrincipalSummary | undefined;
  /** The name alone, where the session and account are said nearby (a folded card's line). */
  brief?: boolean;
}): ReactNode {
  const { t, tNodes } = useMessages();
  if (p === undefined) return t("summary.unknownPrincipal");
  const name = <strong className="name">{p.label}</strong>;
  // A name the paste left out or masked is never presented as a name.
  const head = p.masked
    ? p.kind === "unknown"
      ? tNodes("who.masked.unknown", { name: <code>{p.label}</code> })
      : t(
          p.kind === "iam-user"
            ? "who.masked.iam-user"
            : p.kind === "federated-user"
              ? "who.masked.federated-user"
              : "who.masked.role",
        )
    : tNodes(`who.${p.kind}`, { name });
  const details = brief
    ? ""
    : p.session !== undefined && p.account !== undefined
      ? t("who.details.session-account", { session: p.session, account: p.account })
      : p.session !== undefined
        ? t("who.details.session", { session: p.session })
        : p.account !== undefined && p.kind !== "unknown"
          ? t("who.details.account", { account: p.account })
          : "";
  return (
    <>
      {head}
      {details}
    </>
  );
}

export const resourceText = (resource: ResourceLabel): string =>
  resource.type === undefined
    ? resource.name
    : resource.name.includes("*")
      ? `${resource.type}/${resource.name}`
      : `${resource.type} ${resource.name}`;

export function SummaryView({ analysis }: { analysis: Analysis }) {
  const { t, tNodes } = useMessages();
  const summary = summarize(analysis);
  const who = <Who principal={summary.principal} />;
  const resource =
    summary.resource === undefined ? t("summary.unknownResource") : resourceText(summary.resource);
  return (
    <section className={`summary verdict-${summary.verdict}`} aria-labelledby="summary-heading">
      <h2 id="summary-heading" className="visually-hidden">
        {t("summary.heading")}
      </h2>
      <p className="verdict-badge">{t(`verdict.${summary.verdict}`)}</p>
      <p className="summary-sentence" data-testid={TEST_IDS.summary}>
        {tNodes(`summary.${summary.verdict}`, {
          who,
          action: <code>{summary.action ?? t("summary.unknownAction")}</code>,
          resource: <code>{resource}</code>,
        })}
      </p>
    </section>
  );
}
