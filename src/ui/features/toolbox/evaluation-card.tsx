import type { EvaluationView, MatchedPolicy } from "../../../core/toolbox/explain";
import { FixTargets } from "../fix-target/fix-targets";
import { useMessages } from "../../i18n/messages";
import { ConditionRowsTable } from "../decoded/conditions-table";
import { entityText, policyTitle } from "./policy-words";

const EFFECT_CLASS: Readonly<Record<string, string>> = {
  ALLOW: "badge you",
  EXPLICIT_DENY: "badge other",
  IMPLICIT_DENY: "badge unknown",
};

function MatchedPolicies({ matched }: { matched: readonly MatchedPolicy[] }) {
  const messages = useMessages();
  const { t } = messages;
  if (matched.length === 0) return <p>{t("authz.matched.none")}</p>;
  return (
    <ul className="plain matched">
      {matched.map((m) => (
        <li key={m.policy.uri}>
          <strong>{policyTitle(m.policy, messages)}</strong>
          <span className="hint">
            {" "}
            {m.policy.inline === true
              ? t("authz.policy.inlineWord")
              : m.policy.inline === false
                ? t("authz.policy.managedWord")
                : ""}
            {m.policy.attachedTo.length > 0 &&
              ` ${t("authz.attachedTo", {
                entities: m.policy.attachedTo.map((e) => entityText(e, messages)),
              })}`}
          </span>
          <ul className="plain">
            {m.statements.map((s, i) => (
              <li key={`${s.sid ?? ""}-${i}`}>
                {s.sid !== undefined ? <code>{s.sid}</code> : t("authz.statement.noSid")}{" "}
                <span className={s.effect === "DENY" ? "badge other" : "badge you"}>
                  {s.effect === "DENY" ? t("authz.statement.deny") : t("authz.statement.allow")}
                </span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

function FixText({ evaluation }: { evaluation: EvaluationView }) {
  const messages = useMessages();
  const { t } = messages;
  const { fix } = evaluation;
  switch (fix.kind) {
    case "allowed":
      return <p>{t("authz.fix.allowed")}</p>;
    case "unknown":
      return <p>{t("authz.fix.unknown", { effect: fix.effect ?? "?" })}</p>;
    case "explicit-deny":
      return (
        <div>
          <p>{t("authz.fix.explicit")}</p>
          <ul>
            {fix.denying.map((m) => (
              <li key={m.policy.uri}>
                {t("authz.fix.explicit.statement", {
                  sids: m.statements.map((s) => s.sid ?? t("authz.statement.noSid")),
                  policy: policyTitle(m.policy, messages),
                  owner: t(`owner.explicit.${m.policy.type ?? "identity-based"}`),
                })}
              </li>
            ))}
          </ul>
        </div>
      );
    case "implicit-deny":
      return (
        <div>
          <p>
            {t("authz.fix.implicit", {
              types: fix.lacking.map((type) => t(`policyType.${type}`)),
            })}
          </p>
          {fix.limits.length > 0 && (
            <ul>
              {fix.limits.map((p) => (
                <li key={p.uri}>{t("authz.fix.limit", { policy: policyTitle(p, messages) })}</li>
              ))}
            </ul>
          )}
        </div>
      );
  }
}

/** One action on one resource as AWS evaluated it: the effect, what matched, and the fix. */
export function EvaluationCard({ evaluation }: { evaluation: EvaluationView }) {
  const { t } = useMessages();
  const effect = evaluation.effect ?? "?";
  return (
    <article className="panel denial">
      <h3>
        <code>{evaluation.action}</code>{" "}
        <span className={EFFECT_CLASS[effect] ?? "badge unknown"}>
          {Object.hasOwn(EFFECT_CLASS, effect)
            ? t(`authz.effect.${effect as "ALLOW" | "EXPLICIT_DENY" | "IMPLICIT_DENY"}`)
            : effect}
        </span>
      </h3>
      {evaluation.resource !== undefined && (
        <p>
          {t("request.resource")}: <code className="wrap">{evaluation.resource}</code>
        </p>
      )}
      <h4>{t("authz.matched")}</h4>
      <MatchedPolicies matched={evaluation.matched} />
      <FixText evaluation={evaluation} />
      {evaluation.limitReasons.map((reason, i) => (
        <FixTargets key={i} reason={reason} region={undefined} />
      ))}
      {evaluation.context.length > 0 && (
        <ConditionRowsTable
          rows={evaluation.context}
          caption={t("authz.evaluationContext")}
          showUsable={false}
        />
      )}
    </article>
  );
}
