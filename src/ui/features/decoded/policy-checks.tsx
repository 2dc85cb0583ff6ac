import type { DraftNote } from "../../../core/policy/draft";
import type { PolicyDocument } from "../../../core/policy/fix";
import { policyJson } from "../../../core/policy/fix";
import { splitToLimit, type PolicyWarning } from "../../../core/policy/guardrails";
import { findMasks } from "../../../core/model/masks";
import { NAME_LIMITS } from "../../../core/policy/iam-names";
import { quoteList } from "../../shared/quote";
import { useMessages, type Messages } from "../../i18n/messages";
import { TEST_IDS } from "../../test-ids";
import { PolicyBlock } from "../../shared/copy-button";

function warningText(w: PolicyWarning, { t }: Messages): string {
  switch (w.code) {
    case "risky-grant":
      return t(`guard.risky.${w.risk}`, { value: w.value });
    case "placeholder-value":
      return t("guard.placeholder", { value: w.value });
    case "invisible-characters":
      return t("guard.invisible", { value: w.value });
    case "invalid-name":
      return t(`guard.invalid-name.${w.problem.reason}`, {
        entity: t(`guard.entity.${w.problem.entity}`),
        value: w.problem.value,
        limit: NAME_LIMITS[w.problem.entity],
      });
    case "size":
      return t(w.over ? "guard.size.over" : "guard.size", {
        size: w.size.toLocaleString(),
        limit: w.limit.toLocaleString(),
      });
  }
}

/**
 * Several masked values: name the masks themselves when fewer ("111122223333" in four ARNs is one
 * thing to replace), else each value.
 */
function placeholdersText(values: readonly string[], { t }: Messages): string {
  const parts = [
    ...new Set(
      values.flatMap((v) => {
        const masks = findMasks(v);
        return masks.length === 0 ? [v] : masks.map((m) => m.written);
      }),
    ),
  ];
  return parts.length < values.length
    ? t("guard.placeholders.parts", {
        parts: parts.map((p) => `“${quoteList([p])}”`),
        count: parts.length,
        values: values.length,
      })
    : t("guard.placeholders", {
        values: values.map((v) => `“${quoteList([v])}”`).join(", "),
      });
}

/** Everything to know before pasting a policy, above it; the size line is a hint unless over. */
export function PolicyWarnings({ warnings }: { warnings: readonly PolicyWarning[] }) {
  const messages = useMessages();
  const serious = warnings.filter((w) => w.code !== "size" || w.over);
  // Masks in several values are one warning naming each, not one box per value.
  const masked = serious.flatMap((w) => (w.code === "placeholder-value" ? [w.value] : []));
  const others = serious.filter((w) => w.code !== "placeholder-value" || masked.length === 1);
  return serious.length === 0 ? null : (
    <ul className="policy-warnings">
      {masked.length > 1 && (
        <li className="notice warning" data-testid={TEST_IDS.inputWarning}>
          {placeholdersText(masked, messages)}
        </li>
      )}
      {others.map((w, i) => (
        <li key={i} className="notice warning" data-testid={TEST_IDS.inputWarning}>
          {warningText(w, messages)}
        </li>
      ))}
    </ul>
  );
}

/** The policy's size against its limit, and when over, the same policy as several under it. */
export function PolicySize({
  document,
  warnings,
}: {
  document: PolicyDocument;
  warnings: readonly PolicyWarning[];
}) {
  const messages = useMessages();
  const size = warnings.find((w) => w.code === "size");
  if (!size) return null;
  // Far under its limit, a policy's size is nothing to act on: said once it is half way there.
  if (!size.over)
    return size.size * 2 < size.limit ? null : (
      <p className="hint">{warningText(size, messages)}</p>
    );
  const parts = splitToLimit(document, size.limit);
  return (
    <div className="policy-parts">
      {parts.map((part, i) => (
        <section
          key={i}
          aria-label={messages.t("guard.part", { index: i + 1, count: parts.length })}
        >
          <h4>{messages.t("guard.part", { index: i + 1, count: parts.length })}</h4>
          <PolicyBlock json={policyJson(part)} />
        </section>
      ))}
    </div>
  );
}

export function draftNoteText(note: DraftNote, { t }: Messages): string {
  switch (note.code) {
    case "permission-differs":
      return t("draft.note.permission-differs", {
        performed: note.performed,
        permission: note.permission,
      });
    case "resource-built":
      return t("draft.note.resource-built", { written: note.written, arn: note.arn });
    case "resource-placeholder":
      return t(
        `draft.note.resource-placeholder.${note.missing.join("+") as "account" | "region" | "region+account"}`,
        {
          written: note.written,
          arn: note.arn,
        },
      );
    case "resource-wildcard":
      return t(`draft.note.resource-wildcard.${note.why}`, { written: note.written ?? "" });
  }
}
