import { useState } from "react";
import type { SharePayload } from "../../../core/share/payload";
import type { MessageKey } from "../../i18n/en";
import { useMessages } from "../../i18n/messages";
import { encodeShare } from "./codec";

/** Where links point: the team's hosted copy when the build names one, else this page. */
export function shareBase(): string {
  const configured = import.meta.env.VITE_PUBLIC_URL as string | undefined;
  return configured !== undefined && configured !== ""
    ? configured
    : `${location.origin}${location.pathname}`;
}

async function copyLink(payload: SharePayload): Promise<string> {
  const url = `${shareBase()}${await encodeShare(payload)}`;
  await navigator.clipboard.writeText(url);
  return url;
}

type CopyStatus =
  | { kind: "copied"; length: number; tokens: number | undefined; ids: number }
  | { kind: "failed"; reason: string }
  | undefined;

/** A button that copies a link built from `payload`, and says how it went. */
export function CopyLinkButton({
  payload,
  label,
  testId,
  secondary = false,
}: {
  payload: () => SharePayload;
  label: MessageKey;
  testId: string;
  secondary?: boolean;
}) {
  const { t } = useMessages();
  const [status, setStatus] = useState<CopyStatus>();
  const copy = () => {
    copyLink(payload()).then(
      (url) => {
        const copied = payload();
        setStatus({
          kind: "copied",
          length: url.length,
          tokens: copied.k === "h" ? copied.tokens.length : undefined,
          ids: copied.k === "h" ? (copied.ids?.length ?? 0) : 0,
        });
      },
      (e: unknown) => {
        setStatus({ kind: "failed", reason: e instanceof Error ? e.message : String(e) });
      },
    );
  };
  return (
    <div className="copy">
      <button
        type="button"
        className={secondary ? "button secondary" : "button"}
        data-testid={testId}
        onClick={copy}
      >
        {t(label)}
      </button>
      <span className="copy-status" role="status" aria-live="polite">
        {/* Say what was copied: a hand-off holds tokens and nothing else. */}
        {status?.kind === "copied" &&
          (status.tokens === undefined
            ? t("share.copied", { length: status.length })
            : status.ids > 0
              ? t("share.handoff.copied.ids", {
                  count: status.tokens,
                  ids: status.ids,
                  length: status.length,
                })
              : t("share.handoff.copied", { count: status.tokens, length: status.length }))}
        {status?.kind === "failed" && t("share.failed", { reason: status.reason })}
      </span>
    </div>
  );
}
