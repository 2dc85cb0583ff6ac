import type { ActionFacts } from "../../../core/iam/facts";
import type { Analysis } from "../../../core/model/analysis";
import type { Fix, FixNote } from "../../../core/policy/fix";
import { verifyStatement } from "../../../core/policy/verify";
import { useMessages, type Messages } from "../../i18n/messages";
import { TEST_IDS } from "../../test-ids";
import { targetText } from "./attach-target";
import { Formats } from "./formats";
import { NarrowingChoices, type Narrowing } from "./narrowing";
import { PolicySize, PolicyWarnings } from "./policy-checks";

function noteText(note: FixNote, { t }: Messages): string | undefined {
  switch (note.code) {
    case "passed-to-service":
      return undefined; // Shown with its switch.
    case "other-resource-types":
      return t("fix.note.other-resource-types", {
        action: note.action,
        covered: note.covered ?? "?",
        others: note.others,
      });
    case "launch-set":
      return undefined; // Shown with its switch.
    case "run-instances-resources":
    case "passed-to-service-unknown":
    case "tentative-verdict":
    case "other-policies-can-deny":
      return t(`fix.note.${note.code}`);
  }
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
              ),
          })}
        </p>
      ) : (
        <p className="notice warning" data-testid={TEST_IDS.inputWarning}>
          {t("fix.verify.bad", {
            parts: failed.map(
              (c) => c.key ?? t(`fix.verify.part.${c.part === "condition" ? "action" : c.part}`),
            ),
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

export function AllowPolicy({
  fix,
  analysis,
  facts,
  narrowing,
  changed,
}: {
  fix: Extract<Fix, { kind: "allow-policy" }>;
  analysis: Analysis;
  facts: ActionFacts | undefined;
  narrowing: Narrowing;
  /** Lines the reader's choices changed, compared with the policy as first drafted. */
  changed: ReadonlySet<number> | undefined;
}) {
  const messages = useMessages();
  const { t, tNodes } = messages;
  return (
    <>
      <p>{tNodes("fix.allow.intro", { target: targetText(fix.attachTo, messages) })}</p>
      <PolicyWarnings warnings={fix.warnings} />
      <NarrowingChoices
        analysis={analysis}
        facts={facts}
        passedToService={fix.passedToService}
        narrowing={narrowing}
      />
      <Formats
        document={fix.document}
        attachTo={fix.attachTo}
        json={fix.json}
        copy={false}
        changed={changed}
      />
      {changed !== undefined && changed.size > 0 && (
        <p className="hint changed-legend">{t("fix.narrow.changed", { count: changed.size })}</p>
      )}
      <PolicySize document={fix.document} warnings={fix.warnings} />
      <Verify fix={fix} analysis={analysis} />
      <ul className="notes">
        {fix.notes.map((note, i) => {
          const text = noteText(note, messages);
          return text === undefined ? null : <li key={i}>{text}</li>;
        })}
      </ul>
    </>
  );
}
