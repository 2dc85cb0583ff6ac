import { useEffect, useId, useState, type ReactNode } from "react";
import { runDecodes, type DecodeRun } from "../../../core/decode/run-decodes";
import { checkEndpoint } from "../../../core/aws/endpoints";
import { DEFAULT_REGIONS, stsEndpoint } from "../../../core/decode/token";
import { useMessages } from "../../i18n/messages";
import { TEST_IDS } from "../../test-ids";
import { useCredentials } from "./credentials-context";
import { BrowserCredentials } from "./browser-credentials";
import { DecodeProgress, type Status } from "./decode-progress";
import { EndpointField, LocalFields } from "./decode-fields";
import {
  browserDecode,
  isLocalMode,
  localDecode,
  localIdentity,
  localProfiles,
  type Profile,
} from "./clients";

export function DecodePanel({
  tokens,
  partition,
  onDecoded,
  loop,
}: {
  tokens: readonly string[];
  /** The one command for several tokens, shown first: the form becomes the other way. */
  loop?: ReactNode;
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
  const [box, onCredentials] = useCredentials();
  const [status, setStatus] = useState<Status>({ state: "idle" });
  // Forget takes the last run's failures with the credentials (they were about those credentials).
  const [lastBox, setLastBox] = useState(box);
  if (box !== lastBox) {
    setLastBox(box);
    if (box === undefined && status.state !== "running") setStatus({ state: "idle" });
  }

  useEffect(() => {
    if (local) void localProfiles().then(setProfiles);
  }, [local]);

  // A custom endpoint outside the CSP's list is refused here, with the reason, before any call.
  const endpointCheck = local || endpoint === "" ? undefined : checkEndpoint(endpoint, "sts");
  const endpointRefused =
    endpointCheck !== undefined && !endpointCheck.ok ? endpointCheck.why : undefined;
  const ready = local || (box !== undefined && endpointRefused === undefined);
  const running = status.state === "running";
  const distinct = new Set(tokens).size;

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
    setStatus({ state: "running", done: 0, total: distinct, identity });
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

  const form = (
    <>
      <p>{local ? t("decode.local.intro") : t("decode.browser.intro")}</p>
      {local ? (
        <LocalFields
          profiles={profiles}
          profile={profile}
          onProfile={setProfile}
          regionField={regionField}
          defaultRegion={partitionRegion}
        />
      ) : (
        <>
          <BrowserCredentials box={box} onCredentials={onCredentials} />
          <div className="fields">
            {regionField}
            <EndpointField
              endpoint={endpoint}
              onEndpoint={setEndpoint}
              defaultEndpoint={stsEndpoint(region || partitionRegion)}
              refused={endpointRefused}
            />
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
        {distinct === 1 ? t("decode.button.one") : t("decode.button", { count: distinct })}
      </button>
    </>
  );
  // Several tokens from a log: one command decodes them all, and the credentials form (the longer
  // way, in a browser) folds under it until asked for, or until credentials are already in hand.
  const foldForm = loop !== undefined && !local;
  return (
    <section
      className="panel wide decode"
      aria-labelledby={`${id}-heading`}
      data-testid={TEST_IDS.decodePanel}
    >
      <h2 id={`${id}-heading`}>
        {loop === undefined ? t("decode.heading") : t("decode.loop.heading", { count: distinct })}
      </h2>
      {loop}
      {foldForm ? (
        <details className="decode-here" open={box !== undefined || status.state !== "idle"}>
          <summary>{t("decode.here", { count: distinct })}</summary>
          {form}
        </details>
      ) : (
        form
      )}
      <DecodeProgress status={status} tokens={tokens} />
      {loop === undefined && <p className="hint">{t("decode.cli")}</p>}
    </section>
  );
}
