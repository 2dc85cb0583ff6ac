import type { FixPart } from "../../../core/policy/targets/plan";
import type { MessageKey } from "../../i18n/en";
import { useMessages } from "../../i18n/messages";
import { TEST_IDS } from "../../test-ids";
import { draftNoteText, PolicyWarnings } from "../decoded/policy-checks";
import { quoteList } from "../../shared/quote";
import { MergeBox } from "./merge-box";
import { PartForms } from "./part-forms";
import { targetHeading } from "./target-words";

/** What the reader must know before pasting this statement into that policy type. */
function notes(part: FixPart, session: string | undefined): MessageKey[] {
  const t = part.target;
  const out: MessageKey[] = [];
  if (t.kind === "service-control") out.push("fixTarget.note.scp");
  if (t.kind === "permissions-boundary") out.push("fixTarget.note.boundary");
  if (t.kind === "trust" && t.flavor === "web-identity")
    out.push(
      t.provider === undefined ? "fixTarget.note.web-identity" : `fixTarget.note.${t.provider}`,
    );
  if (t.kind === "trust" && t.flavor === "saml") out.push("fixTarget.note.saml");
  const byArn = part.statement.Condition?.ArnLike?.["aws:PrincipalArn"];
  if (typeof byArn === "string" && byArn.includes("AWSReservedSSO_"))
    out.push("fixTarget.note.identity-center");
  else if (session !== undefined && part.statement.Principal?.AWS !== undefined)
    out.push("fixTarget.note.session-principal");
  return out;
}

/** One statement, the policy it goes in (`fix-target`), how to add it without wiping that policy. */
export function FixPartView({
  part,
  session,
}: {
  part: FixPart;
  /** The caller was a role session: resource and trust statements name the role instead. */
  session: string | undefined;
}) {
  const messages = useMessages();
  const { t } = messages;
  const merges = part.target.kind !== "identity" && part.target.kind !== "session";
  return (
    <section className="fix-part">
      <h4 data-testid={TEST_IDS.fixTarget}>{targetHeading(part.target, messages)}</h4>
      {/* STS's own refusal names no policy: the sentence above already says it is the trust policy. */}
      {!(part.target.kind === "trust" && part.target.flavor !== "aws") && (
        <p className="hint">{t(`fixTarget.role.${part.role}`)}</p>
      )}
      <PolicyWarnings warnings={part.warnings} />
      <ul className="notes">
        {notes(part, session).map((key) => (
          <li key={key}>
            {key === "fixTarget.note.session-principal"
              ? t(key, { role: part.statement.Principal?.AWS ?? "" })
              : t(key)}
          </li>
        ))}
        {part.notes.map((note, i) => (
          <li key={`note-${i}`}>{draftNoteText(note, messages)}</li>
        ))}
        {part.placeholders.length > 0 && (
          <li>{t("fixTarget.placeholders", { values: quoteList(part.placeholders) })}</li>
        )}
      </ul>
      <PartForms part={part} />
      {merges && <MergeBox statement={part.statement} />}
    </section>
  );
}
