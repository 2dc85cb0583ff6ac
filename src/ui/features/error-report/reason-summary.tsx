import type { ReactNode } from "react";
import { resourceLabel, summarizePrincipal } from "../../../core/explain/summary";
import type { Reason, ReasonMask } from "../../../core/errors/reason";
import { parseArn } from "../../../core/model/arn";
import { buildPrincipal } from "../../../core/model/principal";
import type { MessageKey } from "../../i18n/en";
import { useMessages, type Messages, type Params } from "../../i18n/messages";
import { TEST_IDS } from "../../test-ids";
import { resourceText, Who } from "../decoded/summary-view";

/** The masks of a reason, each with the field it is in, so the reader knows what to replace. */
function MaskNote({ masks }: { masks: readonly ReasonMask[] }) {
  const { t } = useMessages();
  if (masks.length === 0) return null;
  const seen = new Set<string>();
  const items = masks.filter((m) => {
    const key = `${m.field}\u0000${m.written}`;
    return !seen.has(key) && seen.add(key);
  });
  return (
    <p className="hint mask-note" data-testid={TEST_IDS.maskNote}>
      {t("report.masks", {
        list: items.map((m) => t(`report.masks.${m.field}`, { written: m.written })),
      })}
    </p>
  );
}

/**
 * One denial as its reason sentence tells it: who, which permission, on what, and why. `part`
 * splits it for a folded card: the sentence alone (phrasing content, for a `<summary>`), or the notes
 * under it.
 */
export function ReasonSummary({
  reason,
  part = "all",
}: {
  reason: Reason;
  part?: "all" | "sentence" | "notes";
}) {
  const messages = useMessages();
  const { sentence, notes } = reasonParts(reason, messages, part === "sentence");
  const Sentence = part === "sentence" ? "span" : "p";
  return (
    <>
      {part === "notes" && reason.principalArn !== undefined && (
        // The folded line names the caller briefly; its session and account are said here.
        <p className="hint">
          {messages.tNodes("report.caller", {
            who: (
              <Who principal={summarizePrincipal(buildPrincipal({ arn: reason.principalArn }))} />
            ),
          })}
        </p>
      )}
      {part !== "notes" && (
        <Sentence className="summary-sentence" data-testid={TEST_IDS.summary}>
          {sentence}
        </Sentence>
      )}
      {part !== "sentence" && notes}
    </>
  );
}

function reasonParts(
  reason: Reason,
  { t, tNodes }: Messages,
  brief: boolean,
): { sentence: ReactNode; notes: ReactNode } {
  if (reason.sts === true)
    // STS's own refusal names neither the caller nor (unless the paste does) the role.
    return {
      sentence:
        reason.resource === undefined
          ? tNodes("report.summary.sts", { action: <code>{reason.actionText}</code> })
          : tNodes("report.summary.sts.role", {
              action: <code>{reason.actionText}</code>,
              resource: <code>{reason.resource}</code>,
            }),
      notes: null,
    };
  if (reason.trailOnly === true)
    return {
      sentence: tNodes("report.summary.trailOnly", { id: <code>{reason.authorizationId}</code> }),
      notes: null,
    };
  const who =
    reason.principalArn === undefined ? (
      t("summary.unnamedCaller")
    ) : (
      <Who
        principal={summarizePrincipal(buildPrincipal({ arn: reason.principalArn }))}
        brief={brief}
      />
    );
  if (reason.action === undefined && reason.cause === undefined)
    return {
      sentence: tNodes("report.summary.noAction", { who, text: <code>{reason.actionText}</code> }),
      notes: (
        <>
          {reason.operation !== undefined && (
            <p className="hint">{t("report.operation", { operation: reason.operation })}</p>
          )}
          <MaskNote masks={reason.masks} />
        </>
      ),
    };
  const resource =
    reason.resource === undefined
      ? ""
      : resourceText(resourceLabel({ arn: reason.resource, parsed: parseArn(reason.resource) }));
  const permission = reason.permission ?? reason.action ?? t("summary.unknownAction");
  return {
    sentence: tNodes(summaryKey(reason), {
      who,
      action: <code>{permission}</code>,
      resource: <code>{resource}</code>,
      setting: reason.cause?.code === "setting" ? reason.cause.text : "",
      policy:
        reason.policyType === undefined
          ? (reason.policyWords ?? "")
          : t(`policyType.${reason.policyType}`),
    }),
    notes: (
      <>
        {reason.action !== undefined &&
          permission.toLowerCase() !== reason.action.toLowerCase() && (
            <p className="hint">
              {tNodes("report.permission", {
                action: <code>{reason.action}</code>,
                permission: <code>{permission}</code>,
              })}
            </p>
          )}
        <MaskNote masks={reason.masks} />
      </>
    ),
  };
}

function summaryKey(reason: Reason): MessageKey {
  const noResource = reason.resource === undefined ? ".noResource" : "";
  switch (reason.cause?.code) {
    case "kms-key-unavailable":
      return "report.summary.kms";
    case "setting":
      return `report.summary${noResource}.setting`;
    case "sse-c-blocked":
    case "declarative-policy":
      return `report.summary${noResource}.${reason.cause.code}`;
    case undefined:
      break;
  }
  const denial = reason.denial ?? "unknown";
  const untyped = denial === "explicit" && reason.policyWords === undefined ? ".untyped" : "";
  return `report.summary${noResource}.${denial}${untyped}` as MessageKey;
}

/** Who can fix it, from the reason sentence; decoding is suggested only when a token can be decoded. */
export function ownerKey(reason: Reason | undefined, decodable: boolean): MessageKey {
  if (reason?.sts === true) return "owner.trust";
  if (reason?.trailOnly === true) return "owner.trailOnly";
  if (reason?.cause !== undefined) return `owner.${reason.cause.code}`;
  if (reason?.denial === "explicit" && reason.policyType === undefined)
    return "owner.explicit.untyped";
  if (reason?.policyType !== undefined && reason.denial !== undefined)
    return `owner.${reason.denial}.${reason.policyType}`;
  if (decodable) return "owner.unknown";
  // With the action named there is a draft below: point past it, not back at the tool.
  return reason?.action !== undefined ? "owner.unknown.noToken.drafted" : "owner.unknown.noToken";
}

/** The owner sentence with what it names: the setting as AWS wrote it, the declarative policy's message. */
export function ownerText(reason: Reason | undefined, decodable: boolean, { t }: Messages): string {
  const params: Params =
    reason?.cause?.code === "setting" || reason?.cause?.code === "declarative-policy"
      ? { text: reason.cause.text }
      : {};
  return t(ownerKey(reason, decodable), params);
}
