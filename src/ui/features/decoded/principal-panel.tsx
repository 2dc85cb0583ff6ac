import type { ReactNode } from "react";
import type { ActionFacts } from "../../../core/iam/facts";
import type { Analysis } from "../../../core/model/analysis";
import type { Principal } from "../../../core/model/principal";
import type { MessageKey } from "../../i18n/en";
import { useMessages } from "../../i18n/messages";
import { TEST_IDS } from "../../test-ids";

function kindKey(p: Principal): MessageKey {
  return p.kind.kind === "role-session"
    ? `kind.role-session.${p.kind.origin}`
    : `kind.${p.kind.kind}`;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

const ACCESS_LEVEL_NAMES = ["List", "Read", "Write", "Tagging", "Permissions management"] as const;
type AccessLevel = (typeof ACCESS_LEVEL_NAMES)[number];
const ACCESS_LEVELS: ReadonlySet<string> = new Set(ACCESS_LEVEL_NAMES);

export function PrincipalPanel({ analysis }: { analysis: Analysis }) {
  const { t } = useMessages();
  const p = analysis.principal;
  return (
    <section
      className="panel"
      aria-labelledby="principal-heading"
      data-testid={TEST_IDS.principalPanel}
    >
      <h2 id="principal-heading">{t("principal.heading")}</h2>
      {p === undefined ? (
        <p>{t("principal.missing")}</p>
      ) : (
        <dl className="facts">
          <Row label={t("principal.kind")}>{t(kindKey(p))}</Row>
          {p.arn !== undefined && (
            <Row label={t("principal.arn")}>
              <code className="wrap">{p.arn}</code>
            </Row>
          )}
          {p.kind.kind === "role-session" && (
            <>
              <Row label={t("principal.role")}>
                <code>{p.kind.roleName}</code>
              </Row>
              {p.kind.permissionSet !== undefined && (
                <Row label={t("principal.permissionSet")}>
                  <code>{p.kind.permissionSet}</code>
                </Row>
              )}
              <Row label={t("principal.session")}>
                <code>{p.kind.sessionName}</code>
              </Row>
            </>
          )}
          {p.name !== undefined && (
            <Row label={t("principal.name")}>
              <code>{p.name}</code>
            </Row>
          )}
          {p.parsedArn !== undefined && (
            <>
              <Row label={t("principal.account")}>
                <code>{p.parsedArn.account}</code>
              </Row>
              <Row label={t("principal.partition")}>
                <code>{p.parsedArn.partition}</code>
              </Row>
            </>
          )}
          {p.id !== undefined && (
            <Row label={t("principal.id")}>
              <code className="wrap">{p.id}</code>{" "}
              <span className="hint">{t(`idKind.${p.idKind ?? "unknown"}`)}</span>
            </Row>
          )}
        </dl>
      )}
    </section>
  );
}

export function RequestPanel({
  analysis,
  facts,
}: {
  analysis: Analysis;
  facts: ActionFacts | undefined;
}) {
  const { t } = useMessages();
  const { action, resource } = analysis;
  return (
    <section className="panel" aria-labelledby="request-heading">
      <h2 id="request-heading">{t("request.heading")}</h2>
      <dl className="facts">
        <Row label={t("request.action")}>
          {action === undefined ? "—" : <code>{action.qualified}</code>}
          {action?.prefixRestoredFrom !== undefined && (
            <p className="hint">
              {t(`request.prefixRestored.${action.prefixRestoredFrom}`, {
                raw: action.raw,
                service: action.service ?? "",
              })}
            </p>
          )}
        </Row>
        {facts?.exists && (
          <Row label={t("request.accessLevel")}>
            {facts.accessLevel !== undefined && ACCESS_LEVELS.has(facts.accessLevel)
              ? t(`accessLevel.${facts.accessLevel as AccessLevel}`)
              : facts.accessLevel}{" "}
            {/* AWS's reference is English only: say where the sentence comes from, in its language. */}
            <span className="hint">
              {t("request.description.source")} <span lang="en">{facts.description}</span>
            </span>
          </Row>
        )}
        <Row label={t("request.resource")}>
          {resource === undefined ? "—" : <code className="wrap">{resource.arn}</code>}
        </Row>
        {facts?.docsUrl !== undefined && facts.serviceName !== undefined && (
          <Row label={t("request.reference")}>
            <a href={facts.docsUrl} target="_blank" rel="noreferrer noopener">
              {t("request.reference.link", { service: facts.serviceName })}
            </a>
          </Row>
        )}
      </dl>
      {facts && !facts.exists && action && (
        <p className="notice warning" data-testid={TEST_IDS.inputWarning}>
          {t("request.unknownAction", { action: action.qualified })}
        </p>
      )}
      {facts?.resourceMatches === false && action && (
        <p className="notice warning" data-testid={TEST_IDS.inputWarning}>
          {t("request.resourceMismatch", { action: facts.canonical })}
        </p>
      )}
    </section>
  );
}
