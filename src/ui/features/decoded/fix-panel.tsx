import type { ReactNode } from "react";
import type { Analysis } from "../../../core/model/analysis";
import { useState } from "react";
import {
  RESOURCE_SCOPES,
  scopeResource,
  type AttachTarget,
  type Fix,
  type FixNote,
  type PolicyOptions,
  type ResourceScope,
} from "../../../core/policy/fix";
import { FORMATS, formatPolicy, type PolicyFormat } from "../../../core/policy/formats";
import type { PolicyDocument } from "../../../core/policy/fix";
import { verifyStatement } from "../../../core/policy/verify";
import { useMessages, type Messages } from "../../i18n/messages";
import { TEST_IDS } from "../../test-ids";
import { CopyButton, PolicyBlock } from "../../shared/copy-button";
import { PolicySize, PolicyWarnings } from "./policy-checks";
import { StatementsTable } from "./statements-table";
import { summarize } from "../../../core/explain/summary";
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
    case "name-only":
      return tNodes("fix.target.name-only", { name: <code>{target.name}</code> });
    case "federated-user":
    case "root":
    case "unknown":
      return tNodes(`fix.target.${target.kind}`, {});
  }
}

function noteText(note: FixNote, { t }: Messages): string | undefined {
  switch (note.code) {
    case "passed-to-service":
      return undefined; // Shown with its switch.
    case "other-resource-types":
      return t("fix.note.other-resource-types", {
        action: note.action,
        covered: note.covered ?? "?",
        others: note.others.join(", "),
      });
    case "run-instances-resources":
    case "passed-to-service-unknown":
    case "tentative-verdict":
    case "other-policies-can-deny":
      return t(`fix.note.${note.code}`);
  }
}

export type FixOptions = Required<PolicyOptions>;

function ResourceScopeSelect({
  arn,
  options,
  onOptionsChange,
}: {
  arn: string;
  options: FixOptions;
  onOptionsChange: (o: FixOptions) => void;
}) {
  const { t } = useMessages();
  const choices = RESOURCE_SCOPES.map((scope) => ({
    scope,
    value: scopeResource(arn, scope),
  })).filter((c, i, all) => all.findIndex((o) => o.value === c.value) === i);
  if (choices.length < 2) return null;
  return (
    <label className="option scope">
      {t("fix.scope.label")}{" "}
      <select
        data-testid={TEST_IDS.resourceScope}
        value={options.resourceScope}
        onChange={(e) => {
          onOptionsChange({ ...options, resourceScope: e.target.value as ResourceScope });
        }}
      >
        {choices.map((c) => (
          <option key={c.scope} value={c.scope}>
            {t(`fix.scope.${c.scope}`, { arn: c.value })}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The policy in the forms people deploy with: the same document, attached to the same target. */
export function Formats({
  document,
  attachTo,
}: {
  document: PolicyDocument;
  attachTo: AttachTarget;
}) {
  const { t } = useMessages();
  const [format, setFormat] = useState<PolicyFormat>("cli");
  const text = formatPolicy(document, attachTo, format);
  return (
    <div className="formats">
      <h3>{t("fix.formats")}</h3>
      <div role="tablist" aria-label={t("fix.formats")} className="tabs">
        {FORMATS.filter((f) => f !== "json").map((f) => (
          <button
            key={f}
            type="button"
            role="tab"
            aria-selected={f === format}
            className={f === format ? "tab selected" : "tab"}
            onClick={() => {
              setFormat(f);
            }}
          >
            {t(`format.${f}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" className="policy">
        <pre className="code-block" data-testid={TEST_IDS.policyFormat} tabIndex={0}>
          {text}
        </pre>
        <CopyButton text={text} label="fix.copyFormat" />
      </div>
    </div>
  );
}

function Verify({
  fix,
  analysis,
}: {
  fix: Extract<Fix, { kind: "allow-policy" }>;
  analysis: Analysis;
}) {
  const { t } = useMessages();
  const statement = fix.document.Statement[0];
  if (!statement) return null;
  const checks = verifyStatement(statement, analysis);
  // A grant wider than the request is warned about above the policy; "Checked" never reads as safe.
  const risky = fix.warnings.some((w) => w.code === "risky-grant");
  const failed = checks.filter((c) => c.result === "mismatch");
  const unknown = checks.filter((c) => c.result === "unknown");
  return (
    <div data-testid={TEST_IDS.fixVerify}>
      {failed.length === 0 ? (
        <p className={risky ? "notice warning" : "notice info"}>
          {t(risky ? "fix.verify.okRisky" : "fix.verify.ok", {
            checks: checks
              .filter((c) => c.result === "match")
              .map(
                (c) => c.key ?? t(`fix.verify.part.${c.part === "condition" ? "action" : c.part}`),
              )
              .join(", "),
          })}
        </p>
      ) : (
        <p className="notice warning" data-testid={TEST_IDS.inputWarning}>
          {t("fix.verify.bad", {
            parts: failed
              .map(
                (c) => c.key ?? t(`fix.verify.part.${c.part === "condition" ? "action" : c.part}`),
              )
              .join(", "),
          })}
        </p>
      )}
      {unknown.map((c) => (
        <p key={c.key} className="hint">
          {t("fix.verify.unknown", { key: c.key ?? "" })}
        </p>
      ))}
    </div>
  );
}

function AllowPolicy({
  fix,
  analysis,
  options,
  onOptionsChange,
}: {
  fix: Extract<Fix, { kind: "allow-policy" }>;
  analysis: Analysis;
  options: FixOptions;
  onOptionsChange: (o: FixOptions) => void;
}) {
  const messages = useMessages();
  const { t, tNodes } = messages;
  const passedToService = options.passedToService;
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
                onOptionsChange({ ...options, passedToService: e.target.checked });
              }}
            />{" "}
            {tNodes("fix.passedToService.label", { service: <code>{fix.passedToService}</code> })}
          </label>
          <p className="hint">{t("fix.passedToService.why", { service: fix.passedToService })}</p>
        </div>
      )}
      {analysis.resource && (
        <ResourceScopeSelect
          arn={analysis.resource.arn}
          options={options}
          onOptionsChange={onOptionsChange}
        />
      )}
      <PolicyWarnings warnings={fix.warnings} />
      <PolicyBlock json={fix.json} copy={false} />
      <PolicySize document={fix.document} warnings={fix.warnings} />
      <Verify fix={fix} analysis={analysis} />
      <ul className="notes">
        {fix.notes.map((note, i) => {
          const text = noteText(note, messages);
          return text === undefined ? null : <li key={i}>{text}</li>;
        })}
      </ul>
      <Formats document={fix.document} attachTo={fix.attachTo} />
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
  options,
  onOptionsChange,
}: {
  analysis: Analysis;
  fix: Fix;
  options: FixOptions;
  onOptionsChange: (o: FixOptions) => void;
}) {
  const { t } = useMessages();
  return (
    <section
      className="panel wide fix"
      aria-labelledby="fix-heading"
      data-testid={TEST_IDS.fixPanel}
    >
      <div className="panel-heading">
        <h2 id="fix-heading">{t("fix.heading")}</h2>
        {/* The answer's one action, where the eye lands first, on a laptop and on a phone. */}
        {fix.kind === "allow-policy" && (
          <CopyButton text={fix.json} label="fix.copy" testId={TEST_IDS.copyPolicy} />
        )}
      </div>
      {fix.kind === "allow-policy" && (
        <AllowPolicy
          fix={fix}
          analysis={analysis}
          options={options}
          onOptionsChange={onOptionsChange}
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
