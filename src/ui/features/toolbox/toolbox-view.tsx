import "../../views.css";
import { useMemo } from "react";
import { explainDetails } from "../../../core/toolbox/explain";
import { markMatchedStatements } from "../../../core/toolbox/policy-marks";
import { readToolboxOutputs, type ToolboxPaste } from "../../../core/toolbox/read-outputs";
import { useMessages } from "../../i18n/messages";
import { TEST_IDS } from "../../test-ids";
import { CodeBlock } from "../../shared/code-block";
import { ConditionRowsTable } from "../decoded/conditions-table";
import { DraftView } from "../error-report/draft-view";
import { SharePanel } from "../share/share-panel";
import { AuthorizationCommands } from "./authorization-commands";
import { EvaluationCard } from "./evaluation-card";

/**
 * IAM Toolbox's answer for an authorization ID: each evaluation with the policies and statements
 * that matched, the fix that follows, the request context, and any pasted policy with AWS's
 * matched statements marked.
 */
export function ToolboxView({ text, share = true }: { text: string; share?: boolean }) {
  const { t } = useMessages();
  const toolbox = useMemo(() => readToolboxOutputs(text), [text]);
  if (!toolbox)
    return (
      <p className="notice error" role="alert" data-testid={TEST_IDS.inputError}>
        {t("authz.unreadable")}
      </p>
    );
  return <ToolboxResults toolbox={toolbox} text={text} share={share} />;
}

function ToolboxResults({
  toolbox,
  text,
  share,
}: {
  toolbox: ToolboxPaste;
  text: string;
  /** Off when shown inside an error report, which has its own share panel. */
  share: boolean;
}) {
  const { t } = useMessages();
  const explained = useMemo(
    () => (toolbox.details ? explainDetails(toolbox.details) : undefined),
    [toolbox],
  );
  const matchedSids = useMemo(
    () =>
      new Set(
        explained?.evaluations.flatMap((e) =>
          e.matched.flatMap((m) =>
            m.statements.flatMap((s) => (s.sid === undefined ? [] : [s.sid])),
          ),
        ) ?? [],
      ),
    [explained],
  );
  const region = toolbox.details?.requestContext["aws:RequestedRegion"];
  return (
    <>
      <p className="visually-hidden" role="status">
        {t("authz.heading")}
      </p>
      {explained && (
        <section
          className="report"
          aria-labelledby="authz-heading"
          data-testid={TEST_IDS.authzEvaluation}
        >
          <h2 id="authz-heading">{t("authz.heading")}</h2>
          {explained.principalArn !== undefined && (
            <p>{t("authz.principal", { arn: explained.principalArn })}</p>
          )}
          {explained.moreToFetch && <p className="notice warning">{t("authz.moreToFetch")}</p>}
          {explained.drafts.map((draft) => (
            <DraftView key={draft.principalArn} draft={draft} heading={t("draft.heading")} />
          ))}
          {explained.evaluations.map((e, i) => (
            <EvaluationCard key={`${e.action}-${i}`} evaluation={e} />
          ))}
          <section className="panel wide" aria-labelledby="authz-context-heading">
            <h2 id="authz-context-heading">{t("conditions.heading")}</h2>
            <ConditionRowsTable
              rows={explained.requestContext}
              caption={t("conditions.caption")}
              showUsable={false}
            />
          </section>
          {explained.authorizationId !== undefined && (
            <AuthorizationCommands
              authorizationId={explained.authorizationId}
              region={typeof region === "string" ? region : undefined}
              policyUris={explained.policies.map((p) => p.uri)}
            />
          )}
        </section>
      )}
      {toolbox.policies.map((p, i) => {
        const { text, marked } = markMatchedStatements(p.document, matchedSids);
        return (
          <section
            key={`${p.uri ?? ""}-${i}`}
            className="panel wide"
            aria-label={t("authz.pastedPolicy")}
          >
            <h2>
              {p.uri === undefined
                ? t("authz.pastedPolicy")
                : t("authz.pastedPolicy.uri", { uri: p.uri })}
            </h2>
            {marked.size > 0 && <p className="hint">{t("authz.pastedPolicy.marked")}</p>}
            <CodeBlock text={text} language="json" changed={marked} />
          </section>
        );
      })}
      {!explained && <p className="notice info">{t("authz.policyOnly")}</p>}
      {share && <SharePanel paste={{ kind: "toolbox", text }} />}
    </>
  );
}
