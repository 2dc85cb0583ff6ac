import { useMemo } from "react";
import type { ActionFacts } from "../../../core/iam/facts";
import type { Analysis } from "../../../core/model/analysis";
import type { Fix } from "../../../core/policy/fix";
import { summarize } from "../../../core/explain/summary";
import { useMessages } from "../../i18n/messages";
import { TEST_IDS } from "../../test-ids";
import { CopyButton } from "../../shared/copy-button";
import { AllowPolicy } from "./allow-policy";
import type { Narrowing } from "./narrowing";
import { StatementsTable } from "./statements-table";
import { Who } from "./summary-view";
import { DenyCauses } from "../why/deny-cause";
import { denyCauses, isAiAgentGuardrail } from "../../../core/evaluate/deny-cause";
import { FixTargets } from "../fix-target/fix-targets";
import { decodedReason } from "../../../core/policy/targets/decoded-reason";
import { findDenyCommands } from "../../../core/commands/find-deny";
import { CodeBlock } from "../../shared/code-block";

function ExplicitDeny({
  fix,
  analysis,
}: {
  fix: Extract<Fix, { kind: "explicit-deny" }>;
  analysis: Analysis;
}) {
  const { t, tNodes } = useMessages();
  const who = <Who principal={summarize(analysis).principal} />;
  const guardrail = useMemo(() => denyCauses(analysis).some(isAiAgentGuardrail), [analysis]);
  return (
    <>
      <p>{tNodes("fix.deny.intro", { who })}</p>
      <DenyCauses analysis={analysis} />
      {fix.statements.length > 0 && (
        <>
          <h3>{t("statements.heading")}</h3>
          <StatementsTable statements={fix.statements} />
          <p className="hint">{t("statements.lossy")}</p>
        </>
      )}
      <p>
        {guardrail
          ? t("fix.deny.aiAgent")
          : fix.fromPermissionsBoundary
            ? t("fix.deny.boundary")
            : t("fix.deny.where")}
      </p>
      {fix.identityCenter && <p>{t("fix.deny.identityCenter")}</p>}
      {!guardrail && <FindDeny analysis={analysis} />}
    </>
  );
}

/** The next step after an explicit Deny: the read-only commands that show where it can sit. */
function FindDeny({ analysis }: { analysis: Analysis }) {
  const { t } = useMessages();
  const principal = analysis.principal;
  const commands = useMemo(
    () =>
      principal === undefined
        ? undefined
        : findDenyCommands(principal.kind, principal.parsedArn?.account),
    [principal],
  );
  if (!commands) return null;
  return (
    <div data-testid={TEST_IDS.findDeny}>
      <h3>{t("fix.deny.find.heading")}</h3>
      <p className="hint">{t("fix.deny.find.identity")}</p>
      <div className="policy">
        <CodeBlock text={commands.identity} language="bash" />
        <CopyButton text={commands.identity} label="fix.copyFormat" />
      </div>
      {commands.organization !== undefined && (
        <>
          <p className="hint">{t("fix.deny.find.organization")}</p>
          <div className="policy">
            <CodeBlock text={commands.organization} language="bash" />
            <CopyButton text={commands.organization} label="fix.copyFormat" />
          </div>
        </>
      )}
    </div>
  );
}

/** Across accounts, the resource's own policy must allow the caller too. */
function CrossAccount({ analysis }: { analysis: Analysis }) {
  const reason = useMemo(() => decodedReason(analysis), [analysis]);
  return reason ? <FixTargets reason={reason} region={undefined} /> : null;
}

export function FixPanel({
  analysis,
  fix,
  facts,
  narrowing,
  changed,
}: {
  analysis: Analysis;
  fix: Fix;
  facts: ActionFacts | undefined;
  narrowing: Narrowing;
  changed: ReadonlySet<number> | undefined;
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
          facts={facts}
          narrowing={narrowing}
          changed={changed}
        />
      )}
      {fix.kind === "allow-policy" && <CrossAccount analysis={analysis} />}
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
