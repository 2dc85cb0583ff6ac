import type { ReactNode } from "react";
import type { Analysis } from "../../core/model/analysis";
import type { AttachTarget, Fix, FixNote } from "../../core/policy/fix";
import { useMessages, type Messages } from "../i18n/messages";
import { TEST_IDS } from "../test-ids";
import { PolicyBlock } from "./copy-button";
import { StatementsTable } from "./statements-table";
import { summarize } from "../../core/explain/summary";
import { Who } from "./summary-view";

export function targetText(target: AttachTarget, { tNodes }: Messages): ReactNode {
  switch (target.kind) {
    case "iam-user":
      return tNodes("fix.target.iam-user", { name: <code>{target.userName}</code> });
    case "iam-role":
      return target.sessionName === undefined
        ? tNodes("fix.target.iam-role", { name: <code>{target.roleName}</code> })
        : tNodes("fix.target.iam-role-session", {
            name: <code>{target.roleName}</code>,
            session: <code>{target.sessionName}</code>,
          });
    case "permission-set":
      return tNodes("fix.target.permission-set", {
        name: <code>{target.permissionSet ?? "?"}</code>,
        role: <code>{target.roleName}</code>,
      });
    case "federated-user":
    case "root":
    case "unknown":
      return tNodes(`fix.target.${target.kind}`, {});
  }
}

function noteText(note: FixNote, { t }: Messages): string | undefined {
  switch (note.code) {
    case "placeholder-account":
      return t("fix.note.placeholder-account", { value: note.value });
    case "passed-to-service":
      return undefined; // Shown with its switch.
    case "run-instances-resources":
    case "passed-to-service-unknown":
    case "tentative-verdict":
    case "other-policies-can-deny":
      return t(`fix.note.${note.code}`);
  }
}

function AllowPolicy({
  fix,
  passedToService,
  onPassedToServiceChange,
}: {
  fix: Extract<Fix, { kind: "allow-policy" }>;
  passedToService: boolean;
  onPassedToServiceChange: (value: boolean) => void;
}) {
  const messages = useMessages();
  const { t, tNodes } = messages;
  return (
    <>
      <p>{tNodes("fix.allow.intro", { target: targetText(fix.attachTo, messages) })}</p>
      {fix.passedToService !== undefined && (
        <div className="option">
          <label>
            <input
              type="checkbox"
              checked={passedToService}
              data-testid={TEST_IDS.passedToService}
              onChange={(e) => {
                onPassedToServiceChange(e.target.checked);
              }}
            />{" "}
            {tNodes("fix.passedToService.label", { service: <code>{fix.passedToService}</code> })}
          </label>
          <p className="hint">{t("fix.passedToService.why", { service: fix.passedToService })}</p>
        </div>
      )}
      <PolicyBlock json={fix.json} />
      <ul className="notes">
        {fix.notes.map((note, i) => {
          const text = noteText(note, messages);
          return text === undefined ? null : <li key={i}>{text}</li>;
        })}
      </ul>
    </>
  );
}

function ExplicitDeny({
  fix,
  analysis,
}: {
  fix: Extract<Fix, { kind: "explicit-deny" }>;
  analysis: Analysis;
}) {
  const { t, tNodes } = useMessages();
  const who = <Who principal={summarize(analysis).principal} />;
  return (
    <>
      <p>{tNodes("fix.deny.intro", { who })}</p>
      {fix.statements.length > 0 && (
        <>
          <h3>{t("statements.heading")}</h3>
          <StatementsTable statements={fix.statements} />
          <p className="hint">{t("statements.lossy")}</p>
        </>
      )}
      <p>{fix.fromPermissionsBoundary ? t("fix.deny.boundary") : t("fix.deny.where")}</p>
      {fix.identityCenter && <p>{t("fix.deny.identityCenter")}</p>}
    </>
  );
}

export function FixPanel({
  analysis,
  fix,
  passedToService,
  onPassedToServiceChange,
}: {
  analysis: Analysis;
  fix: Fix;
  passedToService: boolean;
  onPassedToServiceChange: (value: boolean) => void;
}) {
  const { t } = useMessages();
  return (
    <section
      className="panel wide fix"
      aria-labelledby="fix-heading"
      data-testid={TEST_IDS.fixPanel}
    >
      <h2 id="fix-heading">{t("fix.heading")}</h2>
      {fix.kind === "allow-policy" && (
        <AllowPolicy
          fix={fix}
          passedToService={passedToService}
          onPassedToServiceChange={onPassedToServiceChange}
        />
      )}
      {fix.kind === "explicit-deny" && <ExplicitDeny fix={fix} analysis={analysis} />}
      {fix.kind === "allowed" && <p>{t("fix.allowed")}</p>}
      {fix.kind === "insufficient" && (
        <p>
          {t("fix.insufficient", {
            missing:
              fix.missing.length === 2
                ? t("fix.insufficient.both")
                : t(
                    fix.missing[0] === "action"
                      ? "fix.insufficient.action"
                      : "fix.insufficient.resource",
                  ),
          })}
        </p>
      )}
    </section>
  );
}
