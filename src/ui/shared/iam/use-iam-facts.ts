import { useEffect, useState } from "react";
import { actionFacts, type ActionFacts } from "../../../core/iam/facts";
import type { Analysis } from "../../../core/model/analysis";

/** IAM's facts about the analysed action, loaded in the background; undefined until (or unless) known. */
export function useIamFacts(analysis: Analysis): ActionFacts | undefined {
  const [facts, setFacts] = useState<{ for: Analysis; facts: ActionFacts } | undefined>(undefined);
  const action = analysis.action;
  useEffect(() => {
    if (!action?.service) return;
    let cancelled = false;
    // The loader itself holds the map of ~1,400 data files: it is a lazy chunk too.
    void import("./load-iam-data")
      .then(({ loadService, loadGlobalKeys }) =>
        Promise.all([loadService(action.service ?? ""), loadGlobalKeys()]),
      )
      .then(([data, globalKey]) => {
        if (cancelled || !data) return;
        setFacts({
          for: analysis,
          facts: actionFacts({
            action,
            resourceArn: analysis.resource?.arn,
            contextKeys: (analysis.conditions ?? []).map((c) => c.key),
            data,
            globalKey,
          }),
        });
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [analysis, action]);
  return facts?.for === analysis ? facts.facts : undefined;
}
