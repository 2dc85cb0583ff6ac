import { DECODE_PERMISSION_POLICY, type DecodeFailure } from "../../../core/decode/decode-failure";
import { useMessages } from "../../i18n/messages";
import { TEST_IDS } from "../../test-ids";
import { CopyButton } from "../../shared/copy-button";

/** The token by its ends only: enough to tell tokens apart, not enough to use one. */
export const shortKey = (key: string): string => `${key.slice(0, 4)}…${key.slice(-4)}`;

/** A token that was not decoded: why, in words, and what to do about it. */
export function FailureView({ token, failure }: { token: string; failure: DecodeFailure }) {
  const { t } = useMessages();
  return (
    <div className="notice error" data-testid={TEST_IDS.decodeFailure}>
      <p>
        <strong>{t("failure.heading", { token: shortKey(token) })}</strong>
      </p>
      <p>
        {failure.kind === "refused"
          ? t("failure.refused", { code: failure.code })
          : t(`failure.${failure.kind}`)}
      </p>
      <FailureDetails
        failure={failure}
        permissions={failure.kind === "access-denied" ? DECODE_PERMISSION_POLICY : undefined}
      />
    </div>
  );
}

/** The policy to ask for when access was denied, and AWS's own words (or the network's). */
export function FailureDetails({
  failure,
  permissions,
}: {
  failure: { readonly kind: string; readonly code: string; readonly message: string };
  permissions: string | undefined;
}) {
  const { t } = useMessages();
  return (
    <>
      {permissions !== undefined && (
        <div className="policy">
          <pre className="code-block">{permissions}</pre>
          <CopyButton text={permissions} label="fix.copy" />
        </div>
      )}
      {failure.message !== "" && (
        <p className="hint">
          {/* A network failure never reached AWS: "AWS said: TypeError" would be untrue. */}
          {failure.kind === "network"
            ? t("failure.details.network", { message: failure.message })
            : t("failure.details", { code: failure.code, message: failure.message })}
        </p>
      )}
    </>
  );
}
