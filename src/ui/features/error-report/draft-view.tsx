import type { DraftPolicy } from "../../../core/policy/draft";
import { useMessages } from "../../i18n/messages";
import { TEST_IDS } from "../../test-ids";
import { targetText } from "../decoded/attach-target";
import { Formats } from "../decoded/formats";
import { draftNoteText, PolicySize, PolicyWarnings } from "../decoded/policy-checks";

/** The one policy for a principal's fixable denials, drafted from sentences or decoded messages. */
export function DraftView({ draft, heading }: { draft: DraftPolicy; heading: string }) {
  const marker = draft.fromReasons;
  const messages = useMessages();
  const { t, tNodes } = messages;
  const id = `draft-${draft.principalArn}`;
  return (
    <section className="panel wide fix" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {marker ? (
        <p className="notice warning" data-testid={TEST_IDS.inputWarning}>
          {t("draft.marker")}
        </p>
      ) : (
        <p className="hint">{t("decoded.combined.hint")}</p>
      )}
      <p>{tNodes("fix.allow.intro", { target: targetText(draft.attachTo, messages) })}</p>
      <PolicyWarnings warnings={draft.warnings} />
      <Formats document={draft.document} attachTo={draft.attachTo} json={draft.json} />
      <PolicySize document={draft.document} warnings={draft.warnings} />
      <ul className="notes">
        {draft.notes.map((note, i) => (
          <li key={i}>{draftNoteText(note, messages)}</li>
        ))}
        {marker && <li>{t("draft.covers")}</li>}
        <li>{t("fix.note.other-policies-can-deny")}</li>
      </ul>
    </section>
  );
}
