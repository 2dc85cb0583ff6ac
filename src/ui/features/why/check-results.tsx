import { RCP_DATA } from "../../../core/evaluate/applicability";
import type { Check, Miss } from "../../../core/evaluate/check";
import { useMessages } from "../../i18n/messages";
import { TEST_IDS } from "../../test-ids";
import { CodeBlock } from "../../shared/code-block";
import { CopyButton } from "../../shared/copy-button";
import { quoteList } from "../../shared/quote";

/** One element that missed, in words: the condition with both values, else the element. */
function MissText({ miss }: { miss: Miss }) {
  const { t } = useMessages();
  const condition = miss.condition;
  if (!condition) return <>{t(`check.nearest.element.${miss.element}`)}</>;
  return (
    <>
      {condition.requestValues === undefined
        ? t("check.nearest.condition.absent", {
            key: condition.key,
            values: quoteList(condition.policyValues),
            operator: condition.operator,
          })
        : t("check.nearest.condition", {
            key: condition.key,
            had: quoteList(condition.requestValues),
            values: quoteList(condition.policyValues),
            operator: condition.operator,
          })}
    </>
  );
}

/**
 * For an implicit deny: the Allow that came closest, every element that missed, and the edit
 * that makes it match, offered only when the evaluator confirms the policies would then allow.
 */
export function NearestMiss({ check }: { check: Check }) {
  const { t } = useMessages();
  const miss = check.nearest;
  if (!miss) return null;
  const { trace } = miss;
  return (
    <div data-testid={TEST_IDS.nearestMiss}>
      <h4>{t("check.nearest.heading")}</h4>
      <p>
        {t("check.nearest.statement", {
          sid: trace.sid ?? t("why.statement.noSid"),
          policy: trace.policy,
        })}
      </p>
      <ul>
        {miss.misses.map((m, i) => (
          <li key={i}>
            <MissText miss={m} />
          </li>
        ))}
      </ul>
      {miss.after !== undefined ? (
        <>
          <p className="hint">{t("check.nearest.edit", { count: miss.misses.length })}</p>
          <CodeBlock text={miss.after} language="json" changed={miss.changed} />
          <CopyButton text={miss.after} label="check.nearest.copy" />
        </>
      ) : (
        <p className="hint">
          {miss.stillMissing.length > 0
            ? t("check.nearest.notEnough", {
                types: miss.stillMissing.map((type) => t(`policyType.${type}`)),
              })
            : t("check.nearest.noEdit")}
        </p>
      )}
    </div>
  );
}

/** For an explicit deny: the statement that matched and each condition that held, with both values. */
export function DeniedBy({ check }: { check: Check }) {
  const { t } = useMessages();
  if (check.ours.decision !== "explicit-deny") return null;
  return (
    <ul data-testid={TEST_IDS.denyCause}>
      {check.ours.deniedBy.map((d) => (
        <li key={`${d.policy}-${String(d.index)}`}>
          {t("check.deniedBy", { sid: d.sid ?? t("why.statement.noSid"), policy: d.policy })}
          <ul>
            {d.conditions.map((c) => (
              <li key={`${c.operator}-${c.key}`}>
                {c.requestValues === undefined
                  ? t("check.caughtBy.absent", {
                      operator: c.operator,
                      key: c.key,
                      values: quoteList(c.policyValues),
                    })
                  : t("check.caughtBy", {
                      operator: c.operator,
                      key: c.key,
                      values: quoteList(c.policyValues),
                      had: quoteList(c.requestValues),
                    })}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

const REFUSALS = new Set([
  "aws-managed-policy",
  "aws-reserved-role",
  "service-linked-role",
  "reserved-alias",
]);

/** The rule that decided, and where the evaluator's knowledge stops for this request. */
export function DecidingRule({ check }: { check: Check }) {
  const { t, list } = useMessages();
  const ours = check.ours;
  const types =
    ours.decision === "implicit-deny"
      ? list(ours.missing.map((m) => t(`policyType.${m}`))) +
        (ours.levels && ours.levels.length > 0 ? ` (${list(ours.levels)})` : "")
      : "";
  return (
    <>
      <p data-testid={TEST_IDS.checkRule}>
        {t(`check.rule.${ours.rule}`, { types })}
        {ours.decision === "refused" && REFUSALS.has(ours.serviceRule)
          ? ` ${t(`check.service.${ours.serviceRule as "aws-managed-policy"}`)}`
          : ""}
      </p>
      {check.notes.length > 0 && (
        <ul className="hint" data-testid={TEST_IDS.checkNotes}>
          {check.notes.map((note, i) => (
            <li key={`${note.code}-${String(i)}`}>{noteText(note, t)}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function noteText(note: Check["notes"][number], t: ReturnType<typeof useMessages>["t"]): string {
  switch (note.code) {
    case "not-applicable":
      return t(`check.note.not-applicable.${note.why}`, {
        type: t(`policyType.${note.type}`),
        date: RCP_DATA.date,
      });
    case "levels-assumed":
      return t("check.note.levels-assumed", { type: t(`policyType.${note.type}`) });
    case "resource-policy-not-given":
      return t(
        `check.note.resource-policy-not-given.${note.rule === "role-trust-policy" ? "role-trust-policy" : "kms-key-policy"}`,
      );
    case "invalid-statement":
      return t(`check.note.invalid-statement.${note.why}`, {
        index: note.index + 1,
        policy: note.policy,
      });
    case "unmodeled":
      return t(`check.note.unmodeled.${note.what}`);
  }
}
