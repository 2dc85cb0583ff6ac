import "../../views.css";
import { useMemo, useState } from "react";
import type { Analysis } from "../../../core/model/analysis";
import { buildFix, type PolicyOptions } from "../../../core/policy/fix";
import { changedLines } from "../../../core/policy/changed-lines";
import { hiddenIn, type SharedView } from "../../../core/share/payload";
import { useIamFacts } from "../../shared/iam/use-iam-facts";
import { useMessages } from "../../i18n/messages";
import { TEST_IDS } from "../../test-ids";
import { SharePanel } from "../share/share-panel";
import { ConditionsSection } from "./conditions-table";
import { FixPanel } from "./fix-panel";
import { DetailSections } from "./sections";
import { SummaryView } from "./summary-view";
import { ViewProvider } from "./view-state";
import { Warnings } from "./warnings";
import { PolicyCheck } from "../why/policy-check";

/** What a share link brought: the sender's view, and the placeholders their redaction wrote. */
export interface SharedWith {
  readonly view: SharedView | undefined;
  readonly hidden: readonly string[];
}

/**
 * Everything about one decoded message: verdict, the fix, the context, then details on demand.
 * State lives for one paste: the app keys this view per paste, so a new paste starts afresh.
 */
export function Results({
  analysis,
  shared,
  share = true,
}: {
  analysis: Analysis;
  shared?: SharedWith | undefined;
  /** Off inside an error report's card: the report has one share panel for everything. */
  share?: boolean;
}) {
  const { t } = useMessages();
  const view = shared?.view;
  const drafted: Required<PolicyOptions> = {
    passedToService: view?.p ?? true,
    conditionKeys: [],
    resourceScope: "exact",
    launchSet: false,
  };
  const [options, setOptions] = useState<Required<PolicyOptions>>({
    ...drafted,
    conditionKeys: view?.c ?? [],
    resourceScope: view?.s ?? "exact",
    launchSet: view?.l ?? false,
  });
  const facts = useIamFacts(analysis);
  const fix = useMemo(() => buildFix(analysis, options, facts), [analysis, options, facts]);
  // The lines the reader's choices changed, against the policy as first drafted.
  const changed = useMemo(() => {
    const first = buildFix(analysis, drafted, facts);
    return fix.kind === "allow-policy" && first.kind === "allow-policy"
      ? changedLines(first.json, fix.json)
      : undefined;
    // `drafted` is derived from `view`, fixed for this view's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [analysis, fix, facts]);
  const stillHidden =
    fix.kind === "allow-policy" && shared ? hiddenIn(fix.json, shared.hidden) : [];
  return (
    <ViewProvider initialFormat={view?.f} initialOpen={view?.x}>
      {(viewState) => (
        <>
          <p className="visually-hidden" role="status">
            {t(`verdict.${analysis.verdict}`)}
          </p>
          {/* The answer first: the verdict, then the fix (or, for a Deny, its cause and owner). */}
          <SummaryView analysis={analysis} />
          <Warnings
            warnings={
              // The fix's own warning names the placeholder in the policy: one warning, not two.
              fix.kind === "allow-policy" &&
              fix.warnings.some((w) => w.code === "placeholder-value")
                ? analysis.warnings.filter((w) => w.code !== "placeholder-account")
                : analysis.warnings
            }
          />
          {stillHidden.length > 0 && (
            <p className="notice warning" data-testid={TEST_IDS.inputWarning}>
              {t("link.hiddenInPolicy", { values: stillHidden })}
            </p>
          )}
          <FixPanel
            analysis={analysis}
            fix={fix}
            facts={facts}
            narrowing={{ options, onOptionsChange: setOptions }}
            changed={changed}
          />
          <ConditionsSection analysis={analysis} facts={facts} />
          <PolicyCheck analysis={analysis} />
          <DetailSections analysis={analysis} facts={facts} view={viewState} />
          {share && (
            <SharePanel
              paste={{ kind: "decoded", analysis }}
              view={{
                p: options.passedToService,
                c: [...options.conditionKeys],
                s: options.resourceScope,
                ...(options.launchSet ? { l: true } : {}),
                f: viewState.format,
                x: [...viewState.open],
              }}
            />
          )}
        </>
      )}
    </ViewProvider>
  );
}
