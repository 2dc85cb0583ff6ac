import type { DecodeFailure } from "../../../core/decode/decode-failure";
import type { DecodeRun } from "../../../core/decode/run-decodes";
import { useMessages } from "../../i18n/messages";
import { TEST_IDS } from "../../test-ids";
import { FailureView } from "./failure-view";

export type Status =
  | { readonly state: "idle" }
  | {
      readonly state: "running";
      readonly done: number;
      readonly total: number;
      readonly identity: string | undefined;
    }
  | { readonly state: "finished"; readonly run: DecodeRun; readonly identity: string | undefined }
  | { readonly state: "failed"; readonly failure: DecodeFailure };

/** Who the calls run as, how far they got, and each token that failed with its reason. */
export function DecodeProgress({ status, tokens }: { status: Status; tokens: readonly string[] }) {
  const { t } = useMessages();
  return (
    <>
      <div role="status" aria-live="polite" data-testid={TEST_IDS.decodeProgress}>
        {(status.state === "running" || status.state === "finished") && status.identity && (
          <p className="hint">{t("decode.identity", { arn: status.identity })}</p>
        )}
        {status.state === "running" && (
          <p>{t("decode.progress", { done: status.done, total: status.total })}</p>
        )}
        {status.state === "finished" && (
          <p>
            {t("decode.done", {
              ok: [...status.run.outcomes.values()].filter((o) => o.ok).length,
              total: status.run.outcomes.size,
            })}
          </p>
        )}
      </div>
      {status.state === "failed" && (
        <FailureView token={tokens[0] ?? ""} failure={status.failure} />
      )}
      {status.state === "finished" &&
        [...status.run.outcomes].map(([token, outcome]) =>
          outcome.ok ? null : <FailureView key={token} token={token} failure={outcome.error} />,
        )}
    </>
  );
}
