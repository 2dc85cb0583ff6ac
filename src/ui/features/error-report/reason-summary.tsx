import { resourceLabel, summarizePrincipal } from "../../../core/explain/summary";
import type { Reason } from "../../../core/errors/reason";
import { parseArn } from "../../../core/model/arn";
import { buildPrincipal } from "../../../core/model/principal";
import type { MessageKey } from "../../i18n/en";
import { useMessages } from "../../i18n/messages";
import { TEST_IDS } from "../../test-ids";
import { resourceText, Who } from "../decoded/summary-view";

/** One denial as its reason sentence tells it: who, which permission, on what, and why. */
export function ReasonSummary({ reason }: { reason: Reason }) {
  const { t, tNodes } = useMessages();
  if (reason.principalArn === undefined)
    // STS's own refusal names neither the caller nor (unless the paste does) the role.
    return (
      <p className="summary-sentence" data-testid={TEST_IDS.summary}>
        {reason.resource === undefined
          ? tNodes("report.summary.sts", { action: <code>{reason.actionText}</code> })
          : tNodes("report.summary.sts.role", {
              action: <code>{reason.actionText}</code>,
              resource: <code>{reason.resource}</code>,
            })}
      </p>
    );
  const who = <Who principal={summarizePrincipal(buildPrincipal({ arn: reason.principalArn }))} />;
  if (reason.action === undefined)
    return (
      <>
        <p className="summary-sentence" data-testid={TEST_IDS.summary}>
          {tNodes("report.summary.noAction", { who, text: <code>{reason.actionText}</code> })}
        </p>
        {reason.operation !== undefined && (
          <p className="hint">{t("report.operation", { operation: reason.operation })}</p>
        )}
      </>
    );
  const denial = reason.denial ?? "unknown";
  const untyped = denial === "explicit" && reason.policyWords === undefined ? ".untyped" : "";
  const key = (
    reason.resource === undefined
      ? `report.summary.noResource.${denial}${untyped}`
      : `report.summary.${denial}${untyped}`
  ) as MessageKey;
  const resource =
    reason.resource === undefined
      ? ""
      : resourceText(resourceLabel({ arn: reason.resource, parsed: parseArn(reason.resource) }));
  const permission = reason.permission ?? reason.action;
  return (
    <>
      <p className="summary-sentence" data-testid={TEST_IDS.summary}>
        {tNodes(key, {
          who,
          action: <code>{permission}</code>,
          resource: <code>{resource}</code>,
          policy:
            reason.policyType === undefined
              ? (reason.policyWords ?? "")
              : t(`policyType.${reason.policyType}`),
        })}
      </p>
      {permission.toLowerCase() !== reason.action.toLowerCase() && (
        <p className="hint">
          {tNodes("report.permission", {
            action: <code>{reason.action}</code>,
            permission: <code>{permission}</code>,
          })}
        </p>
      )}
    </>
  );
}

/** Who can fix it, from the reason sentence; decoding is suggested only when a token can be decoded. */
export function ownerKey(reason: Reason | undefined, decodable: boolean): MessageKey {
  if (reason !== undefined && reason.principalArn === undefined) return "owner.trust";
  if (reason?.denial === "explicit" && reason.policyType === undefined)
    return "owner.explicit.untyped";
  if (reason?.policyType !== undefined && reason.denial !== undefined)
    return `owner.${reason.denial}.${reason.policyType}`;
  return decodable ? "owner.unknown" : "owner.unknown.noToken";
}
