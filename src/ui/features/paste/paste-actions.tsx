import { useRef } from "react";
import { useMessages } from "../../i18n/messages";
import { SHELL_TEST_IDS as TEST_IDS } from "../../shell-test-ids";

/**
 * The origin story's message (AWS Backup restore, iam:PassRole), loaded only when asked for. A copy
 * of fixtures/decoded/16-…-envelope.txt (source: zatoima's blog, see fixtures/README.md), so the
 * product never reads the test fixtures; example-message.test.ts keeps the two the same.
 */
const loadExample = () => import("./example-message.txt?raw").then((m) => m.default);

/** The other ways in: the clipboard, a file, the example; and Clear. */
export function PasteActions({
  collapsed,
  hasText,
  accept,
  readFile,
  openTrailFiles,
  openQueries,
  onClipboardRefused,
}: {
  /** The organization view without files: the queries for Athena and CloudTrail Lake. */
  openQueries: () => void;
  /** CloudTrail's files, several at once (the organization view). */
  openTrailFiles: (files: readonly File[]) => void;
  collapsed: boolean;
  hasText: boolean;
  accept: (text: string) => void;
  readFile: (file: File | undefined) => Promise<void>;
  onClipboardRefused: () => void;
}) {
  const { t } = useMessages();
  const fileInput = useRef<HTMLInputElement>(null);
  const trailInput = useRef<HTMLInputElement>(null);
  return (
    <div className={collapsed ? "input-actions collapsed" : "input-actions"}>
      <button
        type="button"
        className="button secondary"
        onClick={() => {
          navigator.clipboard.readText().then(accept, onClipboardRefused);
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
        onClick={() => {
          trailInput.current?.click();
        }}
      >
        {t("input.openTrail")}
      </button>
      <input
        ref={trailInput}
        type="file"
        multiple
        accept=".json,.gz,.csv,application/json,application/gzip,text/csv"
        hidden
        data-testid={TEST_IDS.trailFilesInput}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = "";
          if (files.length > 0) openTrailFiles(files);
        }}
      />
      <button
        type="button"
        className="button secondary"
        data-testid={TEST_IDS.openQueries}
        onClick={openQueries}
      >
        {t("input.openQueries")}
      </button>
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
      {hasText && (
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
  );
}
