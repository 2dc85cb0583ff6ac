import { decodeCommand } from "../../../core/commands/decode-command";
import type { Warning } from "../../../core/notices";
import { useMessages, type Messages } from "../../i18n/messages";
import { TEST_IDS } from "../../test-ids";
import { FIELD_LABELS } from "../../shared/field-labels";
import { CopyButton } from "../../shared/copy-button";
import { ShowLineButton } from "../../shared/show-line";

const shortToken = (token: string): string =>
  token.length > 24 ? `${token.slice(0, 12)}…${token.slice(-8)}` : token;

function warningText(w: Warning, { t }: Messages): string {
  switch (w.code) {
    case "incomplete": {
      const where =
        w.line === undefined
          ? ""
          : t("warning.incomplete.where", { line: w.line, column: w.column ?? 1 });
      const head = t(`warning.incomplete.${w.reason}`, { where });
      const missing =
        w.missing.length === 0
          ? t("warning.incomplete.nothingMissing")
          : t("warning.incomplete.missing", {
              missing: w.missing.map((m) => FIELD_LABELS[m] ?? m),
            });
      return `${head} ${missing}`;
    }
    case "token-noted":
      return t(w.count > 1 ? "warning.token-noted.many" : "warning.token-noted", {
        token: shortToken(w.token),
        count: w.count,
      });
    case "invalid-escapes":
      return t("warning.invalid-escapes", { count: w.count });
    case "placeholder-account":
      return t("warning.placeholder-account", { value: w.value });
    case "name-arn-mismatch":
      return t("warning.name-arn-mismatch", { name: w.name, arnName: w.arnName });
    case "unexpected-shape":
      return t("warning.unexpected-shape", { field: w.field, detail: w.detail });
    case "duplicate-keys":
      return t("warning.duplicate-keys", { keys: w.keys });
    case "line-breaks-removed":
    case "verdict-partly-unknown":
    case "string-booleans":
      return t(`warning.${w.code}`);
  }
}

export function Warnings({ warnings }: { warnings: readonly Warning[] }) {
  const messages = useMessages();
  if (warnings.length === 0) return null;
  return (
    <ul className="notices warnings" aria-label={messages.t("warnings.label")}>
      {warnings.map((w, i) => (
        <li key={`${w.code}-${i}`} className="notice warning" data-testid={TEST_IDS.inputWarning}>
          {warningText(w, messages)}
          {w.code === "incomplete" && w.line !== undefined && (
            <>
              {" "}
              <ShowLineButton line={w.line} />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

export function DecodeCommand({ token, partition }: { token: string; partition?: string }) {
  const command = decodeCommand({ token, partition });
  return (
    <div className="command">
      <code data-testid={TEST_IDS.decodeCommand} tabIndex={0}>
        {command}
      </code>
      <CopyButton text={command} label="command.copy" />
    </div>
  );
}
