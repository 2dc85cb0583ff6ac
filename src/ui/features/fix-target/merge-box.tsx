import { useId, useState } from "react";
import { LIMITS } from "../../../core/limits";
import {
  MAX_CURRENT_POLICY,
  mergeIntoCurrent,
  type MergeError,
} from "../../../core/policy/targets/merge-current";
import { policySyntaxProblem } from "../../../core/policy/policy-syntax";
import { PolicySyntaxNotice } from "../../shared/notices";
import type { TargetStatement } from "../../../core/policy/targets/target-document";
import { useMessages } from "../../i18n/messages";
import { TEST_IDS } from "../../test-ids";
import { CodeBlock } from "../../shared/code-block";
import { CopyButton } from "../../shared/copy-button";

function MergeFailure({ error, text }: { error: MergeError; text: string }) {
  const { t } = useMessages();
  const problem = error === "no-policy" ? policySyntaxProblem(text) : undefined;
  if (problem) return <PolicySyntaxNotice problem={problem} />;
  return (
    <p className="notice error" role="alert">
      {t(`fixTarget.merge.${error}`, { limit: LIMITS.maxNesting })}
    </p>
  );
}

/**
 * The current policy, pasted, with the statement added: what to write back with the replacing
 * API. Merged in the page; nothing is sent anywhere.
 */
export function MergeBox({ statement }: { statement: TargetStatement }) {
  const { t } = useMessages();
  const id = useId();
  const [text, setText] = useState("");
  const result = text.trim() === "" ? undefined : mergeIntoCurrent(text, statement);
  return (
    <div className="merge">
      <label htmlFor={id}>{t("fixTarget.merge.label")}</label>
      <textarea
        id={id}
        className="small"
        data-testid={TEST_IDS.mergeInput}
        rows={4}
        // One character over the limit keeps the "too large" message and spares laying out megabytes.
        maxLength={MAX_CURRENT_POLICY + 1}
        spellCheck={false}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
        }}
      />
      {result &&
        (result.ok ? (
          <>
            <p role="status">
              {result.value.alreadyThere
                ? t("fixTarget.merge.already", { sid: result.value.sid })
                : t("fixTarget.merge.added", { sid: result.value.sid, count: result.value.count })}
            </p>
            <div className="policy">
              <div className="policy-toolbar">
                <CopyButton text={result.value.json} label="fixTarget.merge.copy" />
              </div>
              <CodeBlock text={result.value.json} language="json" testId={TEST_IDS.mergedPolicy} />
            </div>
          </>
        ) : (
          <MergeFailure error={result.error} text={text} />
        ))}
    </div>
  );
}
