import { useId, useRef, useState, type ClipboardEvent, type DragEvent } from "react";
import { LIMITS } from "../../core/limits";
import { useMessages } from "../i18n/messages";
import { TEST_IDS } from "../test-ids";

/** The origin story's message (AWS Backup restore, iam:PassRole), loaded only when asked for. */
const loadExample = () =>
  import("../../../fixtures/decoded/16-iam-passrole-aws-backup-restore-envelope.txt?raw").then(
    (m) => m.default,
  );

/**
 * The one input: type, paste, paste from the clipboard, open or drop a text file. Text over the
 * size limit never enters the textarea (laying out megabytes freezes the tab); the page says so.
 */
export function PasteBox({
  text,
  onText,
  onRejected,
}: {
  text: string;
  onText: (text: string) => void;
  onRejected: (size: number) => void;
}) {
  const { t } = useMessages();
  const inputId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [notice, setNotice] = useState<string | undefined>(undefined);

  const accept = (value: string) => {
    setNotice(undefined);
    if (value.length > LIMITS.maxInputChars) onRejected(value.length);
    else onText(value);
  };

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    // A character is at least one byte: a larger file cannot fit, so it is not even read.
    if (file.size > LIMITS.maxInputChars * 4) {
      setNotice(
        t("input.file.tooLarge", {
          name: file.name,
          size: file.size,
          limit: LIMITS.maxInputChars * 4,
        }),
      );
      return;
    }
    accept(await file.text());
  };

  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = e.clipboardData.getData("text/plain");
    if (pasted.length > LIMITS.maxInputChars) {
      e.preventDefault();
      onRejected(pasted.length);
    }
  };

  const onDrop = (e: DragEvent<HTMLTextAreaElement>) => {
    const file = e.dataTransfer.files[0];
    if (!file) return;
    e.preventDefault();
    void readFile(file);
  };

  return (
    <section className="input-section">
      <label htmlFor={inputId} className="input-label">
        {t("input.label")}
      </label>
      <textarea
        id={inputId}
        data-testid={TEST_IDS.pasteInput}
        value={text}
        placeholder={t("input.placeholder")}
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
        aria-describedby={`${inputId}-hint`}
        onPaste={onPaste}
        onDrop={onDrop}
        onChange={(e) => {
          accept(e.target.value);
        }}
      />
      <p id={`${inputId}-hint`} className="hint">
        {t("input.dropHint")}
      </p>
      <div className="input-actions">
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            navigator.clipboard.readText().then(accept, () => {
              setNotice(t("input.pasteClipboard.failed"));
            });
          }}
        >
          {t("input.pasteClipboard")}
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            fileInput.current?.click();
          }}
        >
          {t("input.openFile")}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".txt,.log,.json,.xml,text/*,application/json"
          hidden
          onChange={(e) => {
            void readFile(e.target.files?.[0]);
            e.target.value = "";
          }}
        />
        <button
          type="button"
          className="button secondary"
          data-testid={TEST_IDS.exampleButton}
          onClick={() => {
            void loadExample().then(accept);
          }}
        >
          {t("input.example")}
        </button>
        {text !== "" && (
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              accept("");
            }}
          >
            {t("input.clear")}
          </button>
        )}
      </div>
      {notice && (
        <p className="notice warning" role="alert">
          {notice}
        </p>
      )}
    </section>
  );
}
