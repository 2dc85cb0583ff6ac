import { useDeferredValue, useId, useMemo, useState } from "react";
import { analyzePaste } from "../core/analyze-paste";
import { ResultBoundary } from "./components/error-boundary";
import { ErrorReportView } from "./components/error-report-view";
import { InputErrorView } from "./components/notices";
import { Results } from "./components/results";
import { useMessages } from "./i18n/messages";
import { TEST_IDS } from "./test-ids";

/** The origin story's message (AWS Backup restore, iam:PassRole), loaded only when asked for. */
const loadExample = () =>
  import("../../fixtures/decoded/16-iam-passrole-aws-backup-restore-envelope.txt?raw").then(
    (m) => m.default,
  );

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

export function App() {
  const { t } = useMessages();
  const [text, setText] = useState("");
  // Typing stays responsive on large pastes: analysis renders at lower priority.
  const deferredText = useDeferredValue(text);
  const result = useMemo(() => analyzePaste(deferredText), [deferredText]);
  const inputId = useId();

  return (
    <div className="page">
      <header className="header">
        <h1>{t("app.title")}</h1>
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
            }}
          />
          <div className="input-actions">
            <button
              type="button"
              className="button secondary"
              data-testid={TEST_IDS.exampleButton}
              onClick={() => {
                void loadExample().then(setText);
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
                }}
              >
                {t("input.clear")}
              </button>
            )}
          </div>
        </section>
        <div className="results">
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
                <Results analysis={result.value.analysis} />
              ) : (
                <ErrorReportView report={result.value.report} />
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
