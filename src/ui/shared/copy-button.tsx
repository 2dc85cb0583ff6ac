import { useEffect, useRef, useState } from "react";
import { useMessages } from "../i18n/messages";
import type { MessageKey } from "../i18n/en";
import { TEST_IDS } from "../test-ids";
import { CodeBlock } from "./code-block";

async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Copies exactly `text` and says so in a live region, for sighted and screen-reader users alike. */
export function CopyButton({
  text,
  label,
  testId,
}: {
  text: string;
  label: MessageKey;
  testId?: string;
}) {
  const { t } = useMessages();
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  /** The button says "Copied" briefly; the status line keeps saying it until the next copy. */
  const [justCopied, setJustCopied] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
    },
    [],
  );

  const copy = async () => {
    const copied = await writeClipboard(text);
    setStatus(copied ? "copied" : "failed");
    setJustCopied(copied);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      setJustCopied(false);
    }, 2000);
  };

  return (
    <span className="copy">
      <button type="button" className="button" data-testid={testId} onClick={() => void copy()}>
        {justCopied ? t("fix.copied") : t(label)}
      </button>
      <span className="copy-status" role="status" aria-live="polite">
        {status === "copied" ? t("copy.done") : status === "failed" ? t("fix.copyFailed") : ""}
      </span>
    </span>
  );
}

/** A policy as the user will paste it, with the button that copies exactly that text. */
export function PolicyBlock({
  json,
  copy = true,
  changed,
  bare = false,
}: {
  json: string;
  copy?: boolean;
  /** Inside a tab panel that is already the `.policy` box. */
  bare?: boolean;
  /** Lines (1-based) the reader's narrowing choices added or changed, marked in the block. */
  changed?: ReadonlySet<number>;
}) {
  // The button comes first: on a phone the policy can be taller than the screen, the action not.
  // `copy={false}` where the panel's heading already carries it.
  const body = (
    <>
      {copy && (
        <div className="policy-toolbar">
          <CopyButton text={json} label="fix.copy" testId={TEST_IDS.copyPolicy} />
        </div>
      )}
      <CodeBlock text={json} language="json" testId={TEST_IDS.policyJson} changed={changed} />
    </>
  );
  return bare ? body : <div className="policy">{body}</div>;
}
