import type { ReactNode } from "react";
import type { EndpointRefusal } from "../../../core/aws/endpoints";
import { useMessages } from "../../i18n/messages";
import type { Profile } from "./clients";

/** Local mode: the machine's AWS profiles (from the server), and the region. */
export function LocalFields({
  profiles,
  profile,
  onProfile,
  regionField,
  defaultRegion,
}: {
  profiles: readonly Profile[];
  profile: string;
  onProfile: (p: string) => void;
  regionField: ReactNode;
  defaultRegion: string;
}) {
  const { t } = useMessages();
  return (
    <div className="fields">
      <label>
        {t("decode.local.profile")}
        <select
          value={profile}
          onChange={(e) => {
            onProfile(e.target.value);
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
      <p className="hint">{t("decode.region.hint", { region: defaultRegion })}</p>
    </div>
  );
}

/** Browser mode: where the token goes, settable under Advanced, refused if the CSP would refuse it. */
export function EndpointField({
  endpoint,
  onEndpoint,
  defaultEndpoint,
  refused,
  service = "sts",
}: {
  endpoint: string;
  onEndpoint: (e: string) => void;
  defaultEndpoint: string;
  refused: EndpointRefusal | undefined;
  service?: "sts" | "iam-toolbox";
}) {
  const { t } = useMessages();
  const sts = service === "sts";
  return (
    <>
      <details>
        <summary>{t("decode.browser.advanced")}</summary>
        <label>
          {t(sts ? "decode.browser.endpoint" : "authz.fetch.endpoint")}
          <input
            value={endpoint}
            type="url"
            placeholder={defaultEndpoint}
            onChange={(e) => {
              onEndpoint(e.target.value.trim());
            }}
          />
        </label>
      </details>
      {refused === undefined ? (
        <p className="hint">
          {t(sts ? "decode.browser.endpoint.hint" : "authz.fetch.endpoint.hint", {
            endpoint: endpoint || defaultEndpoint,
          })}
        </p>
      ) : (
        <p className="notice error" role="alert">
          {t(`decode.browser.endpoint.refused.${refused}`, { endpoint })}
        </p>
      )}
    </>
  );
}
