import { useId, useState } from "react";
import { checkEndpoint } from "../../../core/aws/endpoints";
import { TOOLBOX_PERMISSION_POLICY } from "../../../core/commands/toolbox-command";
import type { FetchedAuthorization, ToolboxFailure } from "../../../core/toolbox/fetch-details";
import { useMessages } from "../../i18n/messages";
import { BrowserCredentials } from "../decode/browser-credentials";
import { isLocalMode } from "../decode/clients";
import { useCredentials } from "../decode/credentials-context";
import { EndpointField } from "../decode/decode-fields";
import { FailureDetails } from "../decode/failure-view";
import {
  browserFetchAuthorization,
  localFetchAuthorization,
  toolboxEndpoint,
} from "./toolbox-client";
import { ToolboxView } from "./toolbox-view";

type Status =
  | { readonly state: "idle" }
  | { readonly state: "running" }
  | { readonly state: "done"; readonly fetched: FetchedAuthorization }
  | { readonly state: "failed"; readonly failure: ToolboxFailure };

function FailureText({ failure }: { failure: ToolboxFailure }) {
  const { t } = useMessages();
  return (
    <div className="notice error" role="alert">
      <p>{t(`authz.fetch.failure.${failure.kind}`)}</p>
      <FailureDetails
        failure={failure}
        permissions={failure.kind === "access-denied" ? TOOLBOX_PERMISSION_POLICY : undefined}
      />
    </div>
  );
}

/**
 * Fetches an authorization ID's details and its policies, like decoding: with this machine's AWS
 * access (local mode) or with credentials pasted here, signed in the page (browser mode). The
 * answer is shown in place, as if its CLI output had been pasted.
 */
export function FetchDetails({
  authorizationId,
  region,
}: {
  authorizationId: string;
  region: string;
}) {
  const { t } = useMessages();
  const id = useId();
  const [local] = useState(isLocalMode);
  const [box, onCredentials] = useCredentials();
  const [endpoint, setEndpoint] = useState("");
  const [status, setStatus] = useState<Status>({ state: "idle" });
  const check = local || endpoint === "" ? undefined : checkEndpoint(endpoint, "iam-toolbox");
  const refused = check !== undefined && !check.ok ? check.why : undefined;
  const ready = local || (box !== undefined && refused === undefined);

  const run = async () => {
    setStatus({ state: "running" });
    const result = local
      ? await localFetchAuthorization({ authorizationId, region, profile: undefined })
      : box
        ? await browserFetchAuthorization({
            authorizationId,
            region,
            endpoint: check?.ok ? check.url : undefined,
            box,
          })
        : undefined;
    if (!result) return;
    setStatus(
      result.ok
        ? { state: "done", fetched: result.value }
        : { state: "failed", failure: result.error },
    );
  };

  return (
    <div className="fetch-details decode" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>{t("authz.fetch.heading")}</h4>
      <p className="hint">{local ? t("authz.fetch.local") : t("authz.fetch.browser")}</p>
      {!local && (
        <>
          <BrowserCredentials box={box} onCredentials={onCredentials} />
          <div className="fields">
            <EndpointField
              endpoint={endpoint}
              onEndpoint={setEndpoint}
              defaultEndpoint={toolboxEndpoint(region)}
              refused={refused}
              service="iam-toolbox"
            />
          </div>
        </>
      )}
      <button
        type="button"
        className="button"
        data-testid="fetch-details-button"
        disabled={!ready || status.state === "running"}
        onClick={() => {
          void run();
        }}
      >
        {t("authz.fetch.button")}
      </button>
      <div role="status" aria-live="polite">
        {status.state === "running" && <p>{t("authz.fetch.running")}</p>}
        {status.state === "done" && <p>{t("authz.fetch.done", { pages: status.fetched.pages })}</p>}
      </div>
      {status.state === "failed" && <FailureText failure={status.failure} />}
      {status.state === "done" &&
        status.fetched.policyFailures.map((f) => (
          <p key={f.uri} className="notice warning">
            {t("authz.fetch.policyFailed", {
              uri: f.uri,
              reason: t(`authz.fetch.failure.${f.failure.kind}`),
            })}
          </p>
        ))}
      {status.state === "done" && <ToolboxView text={status.fetched.transcript} share={false} />}
    </div>
  );
}
