import type { TokenFinding } from "../../../core/errors/error-report";
import { isUsable } from "../../../core/errors/token-vocabulary";
import { withheldToken } from "../../../core/share/share-text";
import { useMessages } from "../../i18n/messages";
import { TEST_IDS } from "../../test-ids";
import { DecodeCommand } from "../decoded/warnings";

/** A token found in the text: whether it can still be decoded, and the command that decodes it. */
export function TokenView({
  finding,
  partition,
}: {
  finding: TokenFinding;
  partition: string | undefined;
}) {
  const { t } = useMessages();
  const { judgement, token } = finding;
  const left = withheldToken(finding.placeholder);
  const text = left
    ? t("token.withheld", {
        length: left.length,
        judgement: t(`token.judgement.${left.judgement}`),
      })
    : judgement === "placeholder"
      ? t("token.placeholder", { text: finding.placeholder ?? token })
      : judgement === "truncated" && token.length >= 300
        ? t("token.truncated.ellipsis", { length: token.length })
        : t(`token.${judgement}`, { length: token.length, marker: finding.elided ?? "" });
  return (
    <div className="token-block">
      <p
        className={`notice ${isUsable(judgement) ? "info" : "warning"}`}
        data-testid={TEST_IDS.inputWarning}
      >
        {text}
      </p>
      {isUsable(judgement) && (
        <>
          {finding.startsWithDash && (
            <p className="notice info" data-testid={TEST_IDS.inputWarning}>
              {t("token.dash")}
            </p>
          )}
          <DecodeCommand token={token} {...(partition === undefined ? {} : { partition })} />
        </>
      )}
    </div>
  );
}
