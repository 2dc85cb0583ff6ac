import { useDeferredValue, useId, useMemo, useState } from "react";
import { analyzePaste } from "../core/analyze-paste";
import { ResultBoundary } from "./components/error-boundary";
import { ErrorReportView } from "./components/error-report-view";
import { InputErrorView } from "./components/notices";
import { Results } from "./components/results";
import { LANGUAGES, type Language } from "./i18n/language";
import { useMessages } from "./i18n/messages";
import { TEST_IDS } from "./test-ids";
import { useShareLink, type LinkState } from "./share/use-share-link";

/** The origin story's message (AWS Backup restore, iam:PassRole), loaded only when asked for. */
const loadExample = () =>
  import("../../fixtures/decoded/16-iam-passrole-aws-backup-restore-envelope.txt?raw").then(
    (m) => m.default,
  );

function LinkNotices({ link }: { link: LinkState }) {
  const { t } = useMessages();
  const notes = [
    link.movedFromQuery ? t("link.movedFromQuery") : undefined,
    link.notice === "loaded"
      ? t("link.loaded")
      : link.notice === "handoff"
        ? t("link.handoff")
        : undefined,
  ].filter((n): n is string => n !== undefined);
  return (
    <>
      {notes.map((note) => (
        <p key={note} className="notice info" data-testid={TEST_IDS.linkNotice}>
          {note}
        </p>
      ))}
      {link.error && (
        <p className="notice error" role="alert" data-testid={TEST_IDS.linkNotice}>
          {link.error.code === "unknown-version"
            ? t("link.error.unknown-version", { version: link.error.version })
            : link.error.code === "invalid"
              ? t("link.error.invalid", { detail: link.error.detail })
              : t(`link.error.${link.error.code}`)}
        </p>
      )}
    </>
  );
}

function EmptyState() {
  const { t, tNodes } = useMessages();
  return (
    <section className="empty" aria-labelledby="empty-heading">
      <h2 id="empty-heading">{t("empty.heading")}</h2>
      <p>{t("empty.body")}</p>
      <p>
        {tNodes("empty.step1", {
          command: (
            <code>
              aws sts decode-authorization-message --encoded-message=TOKEN --query DecodedMessage
              --output text
            </code>
          ),
        })}
      </p>
    </section>
  );
}

export function App({
  language,
  onLanguageChange,
}: {
  language: Language;
  onLanguageChange: (l: Language) => void;
}) {
  const { t } = useMessages();
  const [text, setText] = useState("");
  const [link, leaveLink] = useShareLink(setText);
  // Typing stays responsive on large pastes: analysis renders at lower priority.
  const deferredText = useDeferredValue(text);
  const result = useMemo(() => analyzePaste(deferredText), [deferredText]);
  const inputId = useId();

  return (
    <div className="page">
      <header className="header">
        <div className="header-row">
          <h1>{t("app.title")}</h1>
          <label className="language">
            <span className="visually-hidden">{t("lang.label")}</span>
            <select
              value={language}
              onChange={(e) => {
                onLanguageChange(e.target.value as Language);
              }}
            >
              {LANGUAGES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {t(`lang.${l}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <p className="tagline">{t("app.tagline")}</p>
      </header>
      <main>
        <section className="input-section">
          <label htmlFor={inputId} className="input-label">
            {t("input.label")}
          </label>
          <textarea
            id={inputId}
            data-testid={TEST_IDS.pasteInput}
            value={text}
            placeholder={t("input.placeholder")}
            spellCheck={false}
            autoComplete="off"
            autoCapitalize="off"
            onChange={(e) => {
              setText(e.target.value);
              leaveLink();
            }}
          />
          <div className="input-actions">
            <button
              type="button"
              className="button secondary"
              data-testid={TEST_IDS.exampleButton}
              onClick={() => {
                void loadExample().then((example) => {
                  setText(example);
                  leaveLink();
                });
              }}
            >
              {t("input.example")}
            </button>
            {text !== "" && (
              <button
                type="button"
                className="button secondary"
                onClick={() => {
                  setText("");
                  leaveLink();
                }}
              >
                {t("input.clear")}
              </button>
            )}
          </div>
        </section>
        <LinkNotices link={link} />
        <div className="results" key={link.version}>
          <ResultBoundary
            resetKey={deferredText}
            fallback={(reset) => (
              <div className="notice error" role="alert">
                <p>{t("error.crash")}</p>
                <button type="button" className="button" onClick={reset}>
                  {t("error.crash.reset")}
                </button>
              </div>
            )}
          >
            {result.ok ? (
              result.value.kind === "decoded" ? (
                <Results
                  analysis={result.value.analysis}
                  initialPassedToService={link.passedToService}
                />
              ) : (
                <ErrorReportView report={result.value.report} partitionHint={link.partition} />
              )
            ) : result.error.code === "empty" ? (
              <EmptyState />
            ) : (
              <InputErrorView error={result.error} />
            )}
          </ResultBoundary>
        </div>
      </main>
    </div>
  );
}
