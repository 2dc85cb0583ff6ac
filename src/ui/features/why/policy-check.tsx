import { useDeferredValue, useMemo, useState } from "react";
import { POLICY_TYPES, type PolicyType } from "../../../core/errors/reason";
import { checkAgainst } from "../../../core/evaluate/check";
import { readPolicyInputs } from "../../../core/evaluate/policy-inputs";
import { LIMITS } from "../../../core/limits";
import type { Analysis } from "../../../core/model/analysis";
import { useMessages } from "../../i18n/messages";
import { TEST_IDS } from "../../test-ids";
import { policySyntaxProblem } from "../../../core/policy/policy-syntax";
import { PolicySyntaxNotice } from "../../shared/notices";
import { DecidingRule, DeniedBy, NearestMiss } from "./check-results";

function NoPolicy({ text }: { text: string }) {
  const { t } = useMessages();
  const problem = policySyntaxProblem(text);
  if (problem) return <PolicySyntaxNotice problem={problem} />;
  return (
    <p className="notice warning" role="alert">
      {t("check.none")}
    </p>
  );
}

/**
 * "Check against your policies": the principal's own policies pasted here are run on the decoded
 * request; the page shows its decision beside AWS's, and for an implicit deny the nearest miss.
 */
export function PolicyCheck({ analysis }: { analysis: Analysis }) {
  const { t } = useMessages();
  const [text, setText] = useState("");
  const [types, setTypes] = useState<Readonly<Record<string, PolicyType>>>({});
  // An account's authorization details run to megabytes: typing stays responsive while they are read.
  const deferred = useDeferredValue(text);
  const { policies: parsed, tooDeep } = useMemo(() => readPolicyInputs(deferred), [deferred]);
  const inputs = parsed.map((p) => ({
    name: p.name,
    type: types[p.name] ?? p.guessedType,
    document: p.document,
  }));
  const check = inputs.length > 0 ? checkAgainst(analysis, inputs) : undefined;
  return (
    <details className="panel wide section">
      <summary>
        <h2>{t("check.heading")}</h2>
      </summary>
      <label className="input-label" htmlFor="policy-input">
        {t("check.label")}
      </label>
      <textarea
        id="policy-input"
        className="small"
        data-testid={TEST_IDS.policyInput}
        value={text}
        maxLength={LIMITS.maxInputChars}
        spellCheck={false}
        onChange={(e) => {
          setText(e.target.value);
        }}
      />
      <p className="hint">{t("check.hint")}</p>
      {tooDeep > 0 && (
        <p className="notice warning" role="alert">
          {t("check.tooDeep", { count: tooDeep, limit: LIMITS.maxNesting })}
        </p>
      )}
      {deferred.trim() !== "" && parsed.length === 0 && tooDeep === 0 && (
        <NoPolicy text={deferred} />
      )}
      <ul className="plain">
        {inputs.map((p) => (
          <li key={p.name}>
            <label>
              <code>{p.name}</code>{" "}
              <select
                value={p.type}
                onChange={(e) => {
                  setTypes({ ...types, [p.name]: e.target.value as PolicyType });
                }}
              >
                {POLICY_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`policyType.${type}`)}
                  </option>
                ))}
              </select>
            </label>
          </li>
        ))}
      </ul>
      {check && (
        <div role="status">
          <p>
            {t("check.result", {
              ours: t(`check.decision.${check.ours.decision}`),
              aws: t(`check.decision.${check.aws}`),
            })}
          </p>
          <DecidingRule check={check} />
          {!check.agree &&
            check.differsBecause.map((why) => (
              <p key={why} className="notice info">
                {t(`check.differs.${why}`)}
              </p>
            ))}
          {check.ours.decision === "explicit-deny" && <DeniedBy check={check} />}
          <NearestMiss check={check} />
        </div>
      )}
    </details>
  );
}
