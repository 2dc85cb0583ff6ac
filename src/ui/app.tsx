import {
  Fragment,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
} from "react";
import { LIMITS } from "../core/limits";
import { PasteBox, type PasteBoxHandle } from "./features/paste/paste-box";
import { ShowLineContext } from "./shared/show-line";
import type { analyzePaste as AnalyzePaste } from "../core/analyze-paste";
import { ResultBoundary } from "./shared/error-boundary";
import { InputErrorView } from "./shared/notices";
import { dictionaryComplete, type Language } from "./i18n/language";
import { EmptyState } from "./shell/empty-state";
import { Header } from "./shell/header";
import { LinkNotices } from "./shell/link-notices";
import { useMessages } from "./i18n/messages";
import { useShareLink, type LinkState } from "./features/share/use-share-link";

// The views of a result load after the first paint (and are fetched while the page is idle), so
// the first load holds only the paste box and the analysis (docs/performance.md).
const loadResults = () =>
  Promise.all([import("./features/decoded/results"), dictionaryComplete]).then(([m]) => m);
const loadReport = () =>
  Promise.all([import("./features/error-report/error-report-view"), dictionaryComplete]).then(
    ([m]) => m,
  );
const loadOrg = () =>
  Promise.all([import("./features/org/org-view"), dictionaryComplete]).then(([m]) => m);
const loadToolbox = () =>
  Promise.all([import("./features/toolbox/toolbox-view"), dictionaryComplete]).then(([m]) => m);
/**
 * A view module that renders at once when it is already loaded: a `React.lazy` component suspends
 * on its first render even then, and a suspended result view holds the verdict back (React keeps a
 * fallback up for a while before revealing what replaces it).
 */
function loadable<T>(load: () => Promise<T>) {
  let value: T | undefined;
  let promise: Promise<T> | undefined;
  return {
    get: () => value,
    load: () =>
      (promise ??= load().then((v) => {
        value = v;
        return v;
      })),
  };
}
// The analysis (the core, zod and jsonc-parser) is its own chunk: painting the paste box needs
// none of it. It is fetched as soon as the page has painted, long before anyone can paste.
const analyzerModule = loadable(() => import("../core/analyze-paste"));
const EMPTY = { ok: false, error: { code: "empty" } } as const satisfies ReturnType<
  typeof AnalyzePaste
>;
const resultsModule = loadable(loadResults);
const TRAIL_CHECK = {
  now: () => analyzerModule.get()?.looksLikeTrail,
  load: () => analyzerModule.load().then((m) => m.looksLikeTrail),
};
const reportModule = loadable(loadReport);
const toolboxModule = loadable(loadToolbox);
const orgModule = loadable(loadOrg);

/** The module now if loaded, else undefined until it arrives (the component renders again then). */
function useModule<T>(module: ReturnType<typeof loadable<T>>, wanted: boolean): T | undefined {
  const [, arrived] = useReducer((n: number) => n + 1, 0);
  const value = module.get();
  useEffect(() => {
    if (wanted && value === undefined) void module.load().then(arrived);
  }, [module, wanted, value]);
  return value;
}

function usePrefetchViews(): void {
  useEffect(() => {
    // After the first paint, not in the entry's own fetch: the analysis is needed at the first paste.
    const frame = requestAnimationFrame(() => {
      setTimeout(() => void analyzerModule.load(), 0);
    });
    const prefetch = () => {
      void resultsModule.load();
      void reportModule.load();
    };
    if ("requestIdleCallback" in window) {
      const id = requestIdleCallback(prefetch, { timeout: 2000 });
      return () => {
        cancelAnimationFrame(frame);
        cancelIdleCallback(id);
      };
    }
    const id = setTimeout(prefetch, 200);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(id);
    };
  }, []);
}

/** Pastes up to this size are analysed in the render that shows them (about 10 ms at most). */
const IMMEDIATE_CHARS = 100_000;

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
  const pasteBox = useRef<PasteBoxHandle>(null);
  // The organization view: CloudTrail files dropped or opened (none: the queries for Athena
  // first), or a shared overview. Each opening is a new `read`, so the view starts afresh (its
  // Athena rows and decodes belong to the last one). It stays mounted, hidden, while a denial
  // opened from it is shown, so Back returns to it as it was.
  const [organization, setOrganization] = useState<{
    readonly files: readonly File[];
    readonly shared: LinkState["organization"];
    readonly read: number;
  }>();
  const [trailShown, setTrailShown] = useState(false);
  const openOrganization = (files: readonly File[], shared: LinkState["organization"]) => {
    setOrganization((o) => ({ files, shared, read: (o?.read ?? 0) + 1 }));
    setTrailShown(true);
  };
  // A shared organization overview opens the organization view (once per link opened); any other
  // link's text is what the reader came for, and the view steps aside. The shared rows are kept
  // here: opening one of its denials leaves the link behind.
  const [linkSeen, setLinkSeen] = useState(link.version);
  if (linkSeen !== link.version) {
    setLinkSeen(link.version);
    if (link.organization === undefined) setTrailShown(false);
    else openOrganization([], link.organization);
  }
  const org = useModule(orgModule, organization !== undefined);
  const showLine = useCallback((line: number) => {
    pasteBox.current?.showLine(line);
  }, []);
  /** A paste refused for its size: it never entered the textarea. */
  const [rejected, setRejected] = useState<number | undefined>(undefined);
  // Typing stays responsive in large texts: their analysis renders at lower priority. A paste
  // renders at once: deferring it costs a render with the old text, time slices, and a second
  // layout of the text before the verdict.
  const lagging = useDeferredValue(text);
  const [typing, setTyping] = useState(false);
  const deferredText = text.length <= IMMEDIATE_CHARS || !typing ? text : lagging;
  const analyzer = useModule(analyzerModule, deferredText.trim() !== "");
  const result = useMemo(
    () => (deferredText.trim() === "" ? EMPTY : analyzer?.analyzePaste(deferredText)),
    [deferredText, analyzer],
  );
  const kind = result?.ok === true ? result.value.kind : undefined;
  const results = useModule(resultsModule, kind === "decoded");
  const report = useModule(reportModule, kind === "errors");
  const toolbox = useModule(toolboxModule, kind === "toolbox");
  const loading = <p className="hint">{t("json.loading")}</p>;
  const shared =
    link.view !== undefined || link.hidden.length > 0
      ? { view: link.view, hidden: link.hidden }
      : undefined;

  return (
    <div className="page">
      <Header language={language} onLanguageChange={onLanguageChange} />
      <main>
        <PasteBox
          ref={pasteBox}
          text={text}
          onText={(value) => {
            setRejected(undefined);
            // A paste or a file replaces much at once and renders at once; keystrokes in a large
            // text are typing, analysed at lower priority.
            setTyping(Math.abs(value.length - text.length) < 64);
            setText(value);
            setTrailShown(false);
            leaveLink();
          }}
          trailCheck={TRAIL_CHECK}
          onOrganization={(files) => {
            setRejected(undefined);
            setText("");
            leaveLink();
            openOrganization(files, undefined);
          }}
          onRejected={(size) => {
            // The paste is refused, not what was there: the box keeps its text.
            setRejected(size);
          }}
          understood={result?.ok === true && deferredText === text ? result.value.kind : undefined}
        />
        <LinkNotices link={link} />
        {organization !== undefined && (
          <div className="results" hidden={!trailShown}>
            {org ? (
              <org.OrgView
                key={organization.read}
                files={organization.files}
                shared={organization.shared}
                onOpen={(message) => {
                  setText(message);
                  leaveLink();
                  setTrailShown(false);
                  window.scrollTo({ top: 0 });
                }}
              />
            ) : (
              loading
            )}
          </div>
        )}
        {organization !== undefined && !trailShown && (
          <p>
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                setTrailShown(true);
              }}
            >
              {t("org.back")}
            </button>
          </p>
        )}
        <div className="results" hidden={trailShown}>
          <ShowLineContext value={showLine}>
            {/* The boundary stays mounted across pastes: a new Suspense boundary per paste would show
              its fallback, and React holds a fallback's reveal for a while (docs/performance.md). */}
            <Suspense fallback={loading}>
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
                {/* One key per paste (and per link opened): every view below starts afresh. */}
                <Fragment key={`${link.version}:${pasteKey(result ?? EMPTY)}`}>
                  {rejected !== undefined ? (
                    <InputErrorView
                      error={{ code: "too-large", size: rejected, limit: LIMITS.maxLogChars }}
                    />
                  ) : result === undefined ? (
                    loading
                  ) : result.ok ? (
                    result.value.kind === "decoded" ? (
                      results ? (
                        <results.Results analysis={result.value.analysis} shared={shared} />
                      ) : (
                        loading
                      )
                    ) : result.value.kind === "toolbox" ? (
                      toolbox ? (
                        <toolbox.ToolboxView text={result.value.text} />
                      ) : (
                        loading
                      )
                    ) : report ? (
                      <report.ErrorReportView
                        report={result.value.report}
                        partitionHint={link.partition}
                        sharedMessages={link.messages}
                      />
                    ) : (
                      loading
                    )
                  ) : result.error.code === "empty" ? (
                    <EmptyState />
                  ) : (
                    <InputErrorView error={result.error} />
                  )}
                </Fragment>
              </ResultBoundary>
            </Suspense>
          </ShowLineContext>
        </div>
      </main>
    </div>
  );
}
