import { useMemo, useState } from "react";
import type { Analysis } from "../../../core/model/analysis";
import { buildFix, type PolicyOptions } from "../../../core/policy/fix";
import { changedLines } from "../../../core/policy/changed-lines";
import { useIamFacts } from "../../shared/iam/use-iam-facts";
import { useMessages } from "../../i18n/messages";
import { SharePanel } from "../share/share-panel";
import { ConditionsSection } from "./conditions-table";
import { DecodedJson, ExtraFields } from "./decoded-json";
import { FixPanel } from "./fix-panel";
import { Warnings } from "./warnings";
import { PrincipalPanel, RequestPanel } from "./principal-panel";
import { SummaryView } from "./summary-view";

/** Everything about one decoded message: verdict, who, what, the fix, the context, the JSON. */
export function Results({
  analysis,
  initialPassedToService = true,
  share = true,
}: {
  analysis: Analysis;
  /** Off inside an error report's card: the report has one share panel for everything. */
  share?: boolean;
  /** A share link carries the option its sender chose. */
  initialPassedToService?: boolean;
}) {
  const initial: Required<PolicyOptions> = {
    passedToService: initialPassedToService,
    conditionKeys: [],
    resourceScope: "exact",
  };
  // Options belong to the message they were chosen for: a new paste starts from the defaults.
  const [chosen, setChosen] = useState({ analysis, options: initial });
  const options = chosen.analysis === analysis ? chosen.options : initial;
  const setOptions = (next: Required<PolicyOptions>) => {
    setChosen({ analysis, options: next });
  };
  const facts = useIamFacts(analysis);
  const fix = useMemo(() => buildFix(analysis, options, facts), [analysis, options, facts]);
  // The lines the reader's choices changed, against the policy as first drafted.
  const changed = useMemo(() => {
    if (fix.kind !== "allow-policy") return undefined;
    const drafted = buildFix(analysis, initial, facts);
    return drafted.kind === "allow-policy" ? changedLines(drafted.json, fix.json) : undefined;
    // `initial` follows initialPassedToService.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [analysis, fix, facts, initialPassedToService]);
  const { t } = useMessages();
  return (
    <>
      <p className="visually-hidden" role="status">
        {t(`verdict.${analysis.verdict}`)}
      </p>
      {/* The answer first: the verdict, then the fix (or, for a Deny, its cause and owner). */}
      <SummaryView analysis={analysis} />
      <Warnings
        warnings={
          // The fix's own warning names the placeholder in the policy: one warning, not two.
          fix.kind === "allow-policy" && fix.warnings.some((w) => w.code === "placeholder-value")
            ? analysis.warnings.filter((w) => w.code !== "placeholder-account")
            : analysis.warnings
        }
      />
      <FixPanel
        analysis={analysis}
        fix={fix}
        facts={facts}
        narrowing={{ options, onOptionsChange: setOptions }}
        changed={changed}
      />
      <ConditionsSection analysis={analysis} facts={facts} />
      <details className="panel wide section">
        <summary>
          <h2>{t("section.whoWhat")}</h2>
        </summary>
        <div className="grid">
          <PrincipalPanel analysis={analysis} />
          <RequestPanel analysis={analysis} facts={facts} />
        </div>
      </details>
      <details className="panel wide section">
        <summary>
          <h2>{t("section.message")}</h2>
        </summary>
        {analysis.forms.length > 0 && (
          <p className="read-as">
            {t("input.readAs", { forms: analysis.forms.map((f) => t(`form.${f}`)).join(" → ") })}
          </p>
        )}
        <DecodedJson analysis={analysis} />
        <ExtraFields analysis={analysis} />
      </details>
      {share && (
        <SharePanel
          paste={{ kind: "decoded", analysis }}
          passedToService={options.passedToService}
        />
      )}
    </>
  );
}
