import { useMemo } from "react";
import type { Reason } from "../../../core/errors/reason";
import { parseArn } from "../../../core/model/arn";
import { fixPlan } from "../../../core/policy/targets/plan";
import { useMessages } from "../../i18n/messages";
import { FixPartView } from "./fix-part-view";

/**
 * The statements that fix a denial in the policies other than the caller's own (the report's draft
 * holds that one): the resource's, the trust policy, the boundary, the SCP, the endpoint; both
 * sides across accounts, each with its account.
 */
export function FixTargets({ reason, region }: { reason: Reason; region: string | undefined }) {
  const { t } = useMessages();
  const parts = useMemo(
    () =>
      fixPlan({ reason, region }).filter(
        (p) => !(p.target.kind === "identity" && p.role === "named"),
      ),
    [reason, region],
  );
  if (parts.length === 0) return null;
  const arn = reason.principalArn === undefined ? undefined : parseArn(reason.principalArn);
  const session = arn?.resource.startsWith("assumed-role/") ? reason.principalArn : undefined;
  return (
    <section className="fix-targets" aria-label={t("fixTarget.heading")}>
      <h3>{t("fixTarget.heading")}</h3>
      {parts.map((part, i) => (
        <FixPartView key={`${part.target.kind}-${i}`} part={part} session={session} />
      ))}
    </section>
  );
}
