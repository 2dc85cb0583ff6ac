import { useEffect, useId, useState } from "react";
import {
  parseCredentials,
  type Credentials,
  type CredentialsError,
} from "../../../core/decode/credentials";
import { DECODE_PERMISSION_POLICY, type DecodeFailure } from "../../../core/decode/decode-failure";
import { runDecodes, type DecodeRun } from "../../../core/decode/run-decodes";
import { checkEndpoint } from "../../../core/aws/endpoints";
import { DEFAULT_REGIONS, stsEndpoint } from "../../../core/decode/token";
import { useMessages, type Messages } from "../../i18n/messages";
import { TEST_IDS } from "../../test-ids";
import { SecretBox } from "./secret-box";
import { CopyButton } from "../../shared/copy-button";
import {
  browserDecode,
  isLocalMode,
  localDecode,
  localIdentity,
  localProfiles,
  type Profile,
} from "./clients";

type Status =
  | { readonly state: "idle" }
  | {
      readonly state: "running";
      readonly done: number;
      readonly total: number;
      readonly identity: string | undefined;
    }
  | { readonly state: "finished"; readonly run: DecodeRun; readonly identity: string | undefined }
  | { readonly state: "failed"; readonly failure: DecodeFailure };

const shortKey = (key: string): string => `${key.slice(0, 4)}…${key.slice(-4)}`;

function credentialsErrorText(e: CredentialsError, { t }: Messages): string {
  switch (e.code) {
    case "empty":
    case "malformed-key-id":
    case "session-token-missing":
      return t(`decode.credentials.${e.code}`);
    case "missing":
      return t("decode.credentials.missing", { fields: e.fields.join(", ") });
    case "expired":
      return t("decode.credentials.expired", { time: e.expiration });
  }
}

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
      {failure.kind === "access-denied" && (
        <div className="policy">
          <pre className="code-block">{DECODE_PERMISSION_POLICY}</pre>
          <CopyButton text={DECODE_PERMISSION_POLICY} label="fix.copy" />
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
    </div>
  );
}

function BrowserCredentials({
  box,
  onCredentials,
}: {
  box: SecretBox | undefined;
  onCredentials: (c: Credentials | undefined) => void;
}) {
  const messages = useMessages();
  const { t } = messages;
  const id = useId();
  const [text, setText] = useState("");
  const [fields, setFields] = useState({ accessKeyId: "", secretAccessKey: "", sessionToken: "" });
  const [error, setError] = useState<CredentialsError | undefined>(undefined);
  if (box) {
    const { summary } = box;
    return (
      <p className="credentials-ready">
        {t("decode.browser.ready", {
          key: shortKey(summary.accessKeyId),
          session: summary.session ? t("decode.browser.ready.session") : "",
          expires: summary.expiration
            ? t("decode.browser.ready.expires", { time: summary.expiration })
            : "",
        })}{" "}
        <button
          type="button"
          className="button secondary"
          data-testid={TEST_IDS.forgetCredentials}
          onClick={() => {
            onCredentials(undefined);
          }}
        >
          {t("decode.browser.forget")}
        </button>
      </p>
    );
  }
  return (
    <form
      className="credentials"
      onSubmit={(e) => {
        e.preventDefault();
        const typed = Object.values(fields).some((v) => v.trim() !== "");
        const parsed = parseCredentials(
          typed && text.trim() === "" ? fields : { text },
          new Date(),
        );
        if (parsed.ok) {
          setText("");
          setFields({ accessKeyId: "", secretAccessKey: "", sessionToken: "" });
          setError(undefined);
          onCredentials(parsed.value);
        } else setError(parsed.error);
      }}
    >
      <label htmlFor={`${id}-creds`}>{t("decode.browser.paste")}</label>
      <textarea
        id={`${id}-creds`}
        className="small"
        data-testid={TEST_IDS.credentialsInput}
        value={text}
        spellCheck={false}
        autoComplete="off"
        placeholder={
          "export AWS_ACCESS_KEY_ID=…\nexport AWS_SECRET_ACCESS_KEY=…\nexport AWS_SESSION_TOKEN=…"
        }
        onChange={(e) => {
          setText(e.target.value);
        }}
      />
      <details>
        <summary>{t("decode.browser.fields")}</summary>
        <div className="fields">
          {(["accessKeyId", "secretAccessKey", "sessionToken"] as const).map((name) => (
            <label key={name}>
              {t(`decode.browser.${name}`)}
              <input
                type={name === "accessKeyId" ? "text" : "password"}
                autoComplete="off"
                spellCheck={false}
                value={fields[name]}
                onChange={(e) => {
                  setFields({ ...fields, [name]: e.target.value });
                }}
              />
            </label>
          ))}
        </div>
      </details>
      {error && (
        <p className="notice error" role="alert">
          {credentialsErrorText(error, messages)}
        </p>
      )}
      <button type="submit" className="button">
        {t("decode.browser.use")}
      </button>
      <p className="hint">{t("decode.browser.memory")}</p>
      <p className="hint">{t("decode.browser.sessionWarning")}</p>
    </form>
  );
}

/**
 * Decodes the paste's usable tokens: through the local endpoint (npm start) or, on a static host,
 * in the page with credentials the user pastes. Results go to `onDecoded`; the CLI path below it
 * stays available whatever happens here.
 */
export function DecodePanel({
  tokens,
  partition,
  onDecoded,
}: {
  tokens: readonly string[];
  partition: string | undefined;
  onDecoded: (run: DecodeRun) => void;
}) {
  const { t } = useMessages();
  const id = useId();
  const [local] = useState(isLocalMode);
  const [profiles, setProfiles] = useState<Profile[]>([]);
  const [profile, setProfile] = useState("");
  const partitionRegion = DEFAULT_REGIONS[partition ?? "aws"] ?? "us-east-1";
  const [region, setRegion] = useState(local ? "" : partitionRegion);
  const [endpoint, setEndpoint] = useState("");
  const [box, setBox] = useState<SecretBox | undefined>(undefined);
  const onCredentials = (c: Credentials | undefined) => {
    // Forget empties the box first: whatever still refers to it then holds nothing secret.
    void box?.clear();
    setBox(c === undefined ? undefined : new SecretBox(c));
  };
  const [status, setStatus] = useState<Status>({ state: "idle" });

  useEffect(() => {
    if (local) void localProfiles().then(setProfiles);
  }, [local]);

  // A custom endpoint outside the CSP's list is refused here, with the reason, before any call.
  const endpointCheck = local || endpoint === "" ? undefined : checkEndpoint(endpoint, "sts");
  const endpointRefused =
    endpointCheck !== undefined && !endpointCheck.ok ? endpointCheck.why : undefined;
  const ready = local || (box !== undefined && endpointRefused === undefined);
  const running = status.state === "running";

  const decode = async () => {
    const options = { profile: profile || undefined, region: region || undefined, partition };
    let identity: string | undefined;
    if (local) {
      // Say who the calls will run as before any token leaves the machine.
      const who = await localIdentity(options);
      if (!who.ok) {
        setStatus({ state: "failed", failure: who.error });
        return;
      }
      identity = who.value.arn;
    }
    setStatus({ state: "running", done: 0, total: new Set(tokens).size, identity });
    const run = await runDecodes({
      tokens,
      decode: (token) =>
        local
          ? localDecode(token, options)
          : box?.get()
            ? browserDecode(token, {
                box,
                region: region || partitionRegion,
                endpoint: endpointCheck?.ok ? endpointCheck.url : undefined,
              })
            : Promise.resolve({
                ok: false,
                error: { kind: "no-credentials", code: "NoCredentials", message: "" },
              }),
      onProgress: (done, total) => {
        setStatus({ state: "running", done, total, identity });
      },
    });
    setStatus({ state: "finished", run, identity });
    onDecoded(run);
  };

  const regionField = (
    <label>
      {t("decode.region")}
      <input
        value={region}
        placeholder={local ? partitionRegion : undefined}
        onChange={(e) => {
          setRegion(e.target.value.trim());
        }}
      />
    </label>
  );

  return (
    <section
      className="panel wide decode"
      aria-labelledby={`${id}-heading`}
      data-testid={TEST_IDS.decodePanel}
    >
      <h2 id={`${id}-heading`}>{t("decode.heading")}</h2>
      <p>{local ? t("decode.local.intro") : t("decode.browser.intro")}</p>
      {local ? (
        <div className="fields">
          <label>
            {t("decode.local.profile")}
            <select
              value={profile}
              onChange={(e) => {
                setProfile(e.target.value);
              }}
            >
              <option value="">{t("decode.local.profileDefault")}</option>
              {profiles.map((p) => (
                <option key={p.name} value={p.name}>
                  {p.name}
                  {p.region ? ` (${p.region})` : ""}
                </option>
              ))}
            </select>
          </label>
          {regionField}
          <p className="hint">{t("decode.region.hint", { region: partitionRegion })}</p>
        </div>
      ) : (
        <>
          <BrowserCredentials box={box} onCredentials={onCredentials} />
          <div className="fields">
            {regionField}
            <details>
              <summary>{t("decode.browser.advanced")}</summary>
              <label>
                {t("decode.browser.endpoint")}
                <input
                  value={endpoint}
                  type="url"
                  placeholder={stsEndpoint(region || partitionRegion)}
                  onChange={(e) => {
                    setEndpoint(e.target.value.trim());
                  }}
                />
              </label>
            </details>
            {endpointRefused === undefined ? (
              <p className="hint">
                {t("decode.browser.endpoint.hint", {
                  endpoint: endpoint || stsEndpoint(region || partitionRegion),
                })}
              </p>
            ) : (
              <p className="notice error" role="alert">
                {t(`decode.browser.endpoint.refused.${endpointRefused}`, { endpoint })}
              </p>
            )}
          </div>
        </>
      )}
      <button
        type="button"
        className="button"
        data-testid={TEST_IDS.decodeButton}
        disabled={!ready || running}
        onClick={() => {
          void decode();
        }}
      >
        {tokens.length === 1
          ? t("decode.button.one")
          : t("decode.button", { count: new Set(tokens).size })}
      </button>
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
      <p className="hint">{t("decode.cli")}</p>
    </section>
  );
}
