import { useId, useMemo, useState } from "react";
import type { PasteAnalysis } from "../../../core/analyze-paste";
import type { SharePayload } from "../../../core/share/payload";
import { REDACTION_CATEGORIES, redact, type RedactionCategory } from "../../../core/share/redact";
import { shareText } from "../../../core/share/share-text";
import type { MessageKey } from "../../i18n/en";
import { useMessages } from "../../i18n/messages";
import { TEST_IDS } from "../../test-ids";
import { encodeShare } from "./codec";

/** Where links point: the team's hosted copy when the build names one, else this page. */
export function shareBase(): string {
  const configured = import.meta.env.VITE_PUBLIC_URL as string | undefined;
  return configured !== undefined && configured !== ""
    ? configured
    : `${location.origin}${location.pathname}`;
}

async function copyLink(payload: SharePayload): Promise<string> {
  const url = `${shareBase()}${await encodeShare(payload)}`;
  await navigator.clipboard.writeText(url);
  return url;
}

type CopyStatus =
  { kind: "copied"; length: number } | { kind: "failed"; reason: string } | undefined;

/** A button that copies a link built from `payload`, and says how it went. */
function CopyLinkButton({
  payload,
  label,
  testId,
  secondary = false,
}: {
  payload: () => SharePayload;
  label: MessageKey;
  testId: string;
  secondary?: boolean;
}) {
  const { t } = useMessages();
  const [status, setStatus] = useState<CopyStatus>();
  const copy = () => {
    copyLink(payload()).then(
      (url) => {
        setStatus({ kind: "copied", length: url.length });
      },
      (e: unknown) => {
        setStatus({ kind: "failed", reason: e instanceof Error ? e.message : String(e) });
      },
    );
  };
  return (
    <div className="copy">
      <button
        type="button"
        className={secondary ? "button secondary" : "button"}
        data-testid={testId}
        onClick={copy}
      >
        {t(label)}
      </button>
      <span className="copy-status" role="status" aria-live="polite">
        {status?.kind === "copied" && t("share.copied", { length: status.length })}
        {status?.kind === "failed" && t("share.failed", { reason: status.reason })}
      </span>
    </div>
  );
}

export function SharePanel({
  paste,
  passedToService,
}: {
  paste: PasteAnalysis;
  passedToService: boolean;
}) {
  const { t } = useMessages();
  const id = useId();
  const [redactOn, setRedactOn] = useState(true);
  const [categories, setCategories] = useState<ReadonlySet<RedactionCategory>>(
    new Set(REDACTION_CATEGORIES),
  );
  const [custom, setCustom] = useState("");

  const text = useMemo(() => shareText(paste), [paste]);
  const redacted = useMemo(
    () =>
      redactOn
        ? redact(text, { categories, custom: custom.split(/[,\n]/) })
        : { text, replacements: [] },
    [text, redactOn, categories, custom],
  );
  const payload: SharePayload =
    paste.kind === "decoded"
      ? { k: "d", t: redacted.text, o: { p: passedToService } }
      : { k: "e", t: redacted.text };
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

  return (
    <section className="panel wide share" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t("share.heading")}</h2>
      <p className="hint">{t("share.intro")}</p>
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
        <fieldset className="categories">
          <legend className="visually-hidden">{t("share.redact")}</legend>
          {REDACTION_CATEGORIES.map((c) => (
            <label key={c}>
              <input
                type="checkbox"
                checked={categories.has(c)}
                onChange={(e) => {
                  const next = new Set(categories);
                  if (e.target.checked) next.add(c);
                  else next.delete(c);
                  setCategories(next);
                }}
              />{" "}
              {t(`share.category.${c}`)}
            </label>
          ))}
          {categories.has("custom") && (
            <input
              className="custom-values"
              aria-label={t("share.category.custom")}
              placeholder={t("share.custom.placeholder")}
              value={custom}
              onChange={(e) => {
                setCustom(e.target.value);
              }}
            />
          )}
        </fieldset>
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
        {redacted.text}
      </pre>
      <CopyLinkButton payload={() => payload} label="share.copy" testId={TEST_IDS.shareButton} />
      {paste.kind === "decoded" && <p className="hint">{t("share.policyNote")}</p>}
      {tokens.length > 0 && (
        <div className="handoff">
          <p className="hint">{t("share.handoff.hint")}</p>
          <CopyLinkButton
            secondary
            label="share.handoff"
            testId={TEST_IDS.handoffButton}
            payload={() => ({
              k: "h",
              tokens: tokens.slice(0, 200),
              ...(paste.kind === "errors" && paste.report.partition
                ? { partition: paste.report.partition }
                : {}),
            })}
          />
        </div>
      )}
    </section>
  );
}
