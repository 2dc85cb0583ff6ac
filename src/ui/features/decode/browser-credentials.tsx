import { useId, useState } from "react";
import {
  parseCredentials,
  type Credentials,
  type CredentialsError,
} from "../../../core/decode/credentials";
import { useMessages, type Messages } from "../../i18n/messages";
import { TEST_IDS } from "../../test-ids";
import { shortKey } from "./failure-view";
import type { SecretBox } from "./secret-box";

function credentialsErrorText(e: CredentialsError, { t }: Messages): string {
  switch (e.code) {
    case "empty":
    case "malformed-key-id":
    case "session-token-missing":
      return t(`decode.credentials.${e.code}`);
    case "missing":
      return t("decode.credentials.missing", { fields: e.fields });
    case "expired":
      return t("decode.credentials.expired", { time: e.expiration });
  }
}

/** Credentials for browser mode: pasted as exports or typed, held in memory only. */
export function BrowserCredentials({
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
