import { useId, useMemo, useState } from "react";
import type { PasteAnalysis } from "../../../core/analyze-paste";
import type { SharedMessages, SharedView, SharePayload } from "../../../core/share/payload";
import {
  REDACTION_CATEGORIES,
  redactTogether,
  type RedactionCategory,
} from "../../../core/share/redact";
import { shareText } from "../../../core/share/share-text";
import { useMessages } from "../../i18n/messages";
import { TEST_IDS } from "../../test-ids";
import { CopyLinkButton } from "./copy-link-button";
import { RedactionChoices } from "./redaction-choices";

const NO_MESSAGES: SharedMessages = [];

export function SharePanel({
  paste,
  view = { p: true },
  messages = NO_MESSAGES,
}: {
  paste: PasteAnalysis;
  /** A decoded message's page as the sender sees it: the reader opens the same view. */
  view?: SharedView;
  /** An error text's messages decoded since, by denial group: they travel with the findings. */
  messages?: SharedMessages;
}) {
  const { t } = useMessages();
  const id = useId();
  const [redactOn, setRedactOn] = useState(true);
  const [categories, setCategories] = useState<ReadonlySet<RedactionCategory>>(
    new Set(REDACTION_CATEGORIES),
  );
  const [custom, setCustom] = useState("");

  const text = useMemo(() => shareText(paste), [paste]);
  const redacted = useMemo(() => {
    const texts = [text, ...messages.map((m) => m.t)];
    const out = redactOn
      ? redactTogether(texts, { categories, custom: custom.split(/[,\n]/) })
      : { texts, replacements: [] };
    const [first = "", ...decoded] = out.texts;
    return {
      text: first,
      messages: messages.map((m, i) => ({ g: m.g, t: decoded[i] ?? "" })),
      replacements: out.replacements,
    };
  }, [text, messages, redactOn, categories, custom]);
  // The placeholders written, never the values they replace: the reader is told what was hidden.
  const hidden = redacted.replacements.map((r) => r.placeholder);
  const h = hidden.length > 0 ? { h: hidden } : {};
  const payload: SharePayload =
    paste.kind === "decoded"
      ? { k: "d", t: redacted.text, o: view, ...h }
      : {
          k: "e",
          t: redacted.text,
          ...h,
          ...(redacted.messages.length > 0 ? { m: redacted.messages } : {}),
        };
  const tokens =
    paste.kind === "errors"
      ? [
          ...new Set(
            paste.report.entries.flatMap((e) =>
              e.token?.judgement === "complete" ? [e.token.token] : [],
            ),
          ),
        ]
      : [];

  // Default links leave authorization IDs out (an ID opens the request's policies to anyone in the
  // account who may read details); the hand-off, for the teammate meant to look, carries them.
  const ids =
    paste.kind === "errors"
      ? [
          ...new Map(
            paste.report.groups.flatMap((g) =>
              g.reason?.authorizationId === undefined
                ? []
                : [
                    [
                      g.reason.authorizationId,
                      {
                        id: g.reason.authorizationId,
                        ...(g.reason.authorizationRegion === undefined
                          ? {}
                          : { region: g.reason.authorizationRegion }),
                      },
                    ] as const,
                  ],
            ),
          ).values(),
        ]
      : [];

  const handoff = tokens.length > 0 || ids.length > 0;
  return (
    <section className="panel wide share" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t("share.heading")}</h2>
      <p className="hint">{t("share.intro")}</p>
      {/* Both links side by side: which one to send is the choice, so they sit together. */}
      <div className="share-actions">
        <CopyLinkButton payload={() => payload} label="share.copy" testId={TEST_IDS.shareButton} />
        {handoff && (
          <CopyLinkButton
            secondary
            label="share.handoff"
            testId={TEST_IDS.handoffButton}
            payload={() => ({
              k: "h",
              tokens: tokens.slice(0, 200),
              ...(ids.length > 0 ? { ids: ids.slice(0, 200) } : {}),
              ...(paste.kind === "errors" && paste.report.partition
                ? { partition: paste.report.partition }
                : {}),
            })}
          />
        )}
      </div>
      {paste.kind === "decoded" && <p className="hint">{t("share.policyNote")}</p>}
      {handoff && <p className="hint">{t("share.handoff.hint")}</p>}
      {ids.length > 0 && (
        <p className="hint" data-testid={TEST_IDS.idsLeftOut}>
          {t("share.idsLeftOut", { count: ids.length })}
        </p>
      )}
      {/* What the link holds and what it hides: one click away, not 450 px on every page. */}
      <details className="share-options">
        <summary data-testid={TEST_IDS.shareOptions}>
          {redactOn
            ? t("share.options.redacted", { count: redacted.replacements.length })
            : t("share.options.plain")}
        </summary>
        <label className="toggle">
          <input
            type="checkbox"
            data-testid={TEST_IDS.redactToggle}
            checked={redactOn}
            onChange={(e) => {
              setRedactOn(e.target.checked);
            }}
          />{" "}
          {t("share.redact")}
        </label>
        {redactOn && (
          <RedactionChoices
            categories={categories}
            onCategories={setCategories}
            custom={custom}
            onCustom={setCustom}
          />
        )}
        <p>
          {t("share.preview")}{" "}
          {redactOn && (
            <span className="hint">
              {t("share.replaced", { count: redacted.replacements.length })}
            </span>
          )}
        </p>
        <pre className="code-block share-preview" data-testid={TEST_IDS.sharePreview} tabIndex={0}>
          {[redacted.text, ...redacted.messages.map((m) => m.t)].join("\n\n")}
        </pre>
      </details>
    </section>
  );
}
