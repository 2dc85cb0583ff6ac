import { lazy, Suspense, useDeferredValue, useEffect, useMemo, useState } from "react";
import { LIMITS } from "../core/limits";
import { PasteBox } from "./features/paste/paste-box";
import { analyzePaste } from "../core/analyze-paste";
import { ResultBoundary } from "./shared/error-boundary";
import { InputErrorView } from "./shared/notices";
import { dictionaryComplete, type Language } from "./i18n/language";
import { EmptyState } from "./shell/empty-state";
import { Header } from "./shell/header";
import { LinkNotices } from "./shell/link-notices";
import { useMessages } from "./i18n/messages";
import { useShareLink } from "./features/share/use-share-link";

// The views of a result load after the first paint (and are fetched while the page is idle), so
// the first load holds only the paste box and the analysis (docs/performance.md).
const loadResults = () =>
  Promise.all([import("./features/decoded/results"), dictionaryComplete]).then(([m]) => m);
const loadReport = () =>
  Promise.all([import("./features/error-report/error-report-view"), dictionaryComplete]).then(
    ([m]) => m,
  );
const loadToolbox = () =>
  Promise.all([import("./features/toolbox/toolbox-view"), dictionaryComplete]).then(([m]) => m);
const ToolboxView = lazy(() => loadToolbox().then((m) => ({ default: m.ToolboxView })));
const Results = lazy(() => loadResults().then((m) => ({ default: m.Results })));
const ErrorReportView = lazy(() => loadReport().then((m) => ({ default: m.ErrorReportView })));

function usePrefetchViews(): void {
  useEffect(() => {
    const prefetch = () => {
      void loadResults();
      void loadReport();
    };
    if ("requestIdleCallback" in window) {
      const id = requestIdleCallback(prefetch, { timeout: 2000 });
      return () => {
        cancelIdleCallback(id);
      };
    }
    const id = setTimeout(prefetch, 200);
    return () => {
      clearTimeout(id);
    };
  }, []);
}

/** A number per analysed paste: the key that resets the result views when the input changes. */
const pasteKeys = new WeakMap<object, number>();
let nextPasteKey = 0;
function pasteKey(result: object): number {
  let key = pasteKeys.get(result);
  if (key === undefined) {
    key = ++nextPasteKey;
    pasteKeys.set(result, key);
  }
  return key;
}

export function App({
  language,
  onLanguageChange,
}: {
  language: Language;
  onLanguageChange: (l: Language) => void;
}) {
  const { t } = useMessages();
  usePrefetchViews();
  const [text, setText] = useState("");
  const [link, leaveLink] = useShareLink(setText);
  /** A paste refused for its size: it never entered the textarea. */
  const [rejected, setRejected] = useState<number | undefined>(undefined);
  // Typing stays responsive on large pastes: analysis renders at lower priority.
  const deferredText = useDeferredValue(text);
  const result = useMemo(() => analyzePaste(deferredText), [deferredText]);
  const shared =
    link.view !== undefined || link.hidden.length > 0
      ? { view: link.view, hidden: link.hidden }
      : undefined;

  return (
    <div className="page">
      <Header language={language} onLanguageChange={onLanguageChange} />
      <main>
        <PasteBox
          text={text}
          onText={(value) => {
            setRejected(undefined);
            setText(value);
            leaveLink();
          }}
          onRejected={(size) => {
            setRejected(size);
            setText("");
            leaveLink();
          }}
          understood={result.ok && deferredText === text ? result.value.kind : undefined}
        />
        <LinkNotices link={link} />
        {/* One key per paste (and per link opened): every view below starts afresh for new input. */}
        <div className="results" key={`${link.version}:${pasteKey(result)}`}>
          <Suspense fallback={<p className="hint">{t("json.loading")}</p>}>
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
              {rejected !== undefined ? (
                <InputErrorView
                  error={{ code: "too-large", size: rejected, limit: LIMITS.maxInputChars }}
                />
              ) : result.ok ? (
                result.value.kind === "decoded" ? (
                  <Results analysis={result.value.analysis} shared={shared} />
                ) : result.value.kind === "toolbox" ? (
                  <ToolboxView text={result.value.text} />
                ) : (
                  <ErrorReportView
                    report={result.value.report}
                    partitionHint={link.partition}
                    sharedMessages={link.messages}
                  />
                )
              ) : result.error.code === "empty" ? (
                <EmptyState />
              ) : (
                <InputErrorView error={result.error} />
              )}
            </ResultBoundary>
          </Suspense>
        </div>
      </main>
    </div>
  );
}
