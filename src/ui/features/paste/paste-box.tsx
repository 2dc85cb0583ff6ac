import {
  useEffect,
  useId,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  type ClipboardEvent,
  type DragEvent,
  type Ref,
} from "react";
import { binaryKind } from "../../../core/input/binary";
import { LIMITS } from "../../../core/limits";
import { binaryText } from "../../shared/notices";
import { useMessages } from "../../i18n/messages";
import { SHELL_TEST_IDS as TEST_IDS } from "../../shell-test-ids";
import { applyHeadEdit, FOLD_AT_ONCE, headOf } from "./folded-text";
import { PasteActions } from "./paste-actions";
import { lineRange } from "../../shared/show-line";

/** What the page may ask of the box: open it at a line a message names. */
export interface PasteBoxHandle {
  showLine: (line: number) => void;
}

/** Selects a line and scrolls it near the top of the box, so a message's "line 4" is seen. */
function selectLine(area: HTMLTextAreaElement, line: number): void {
  const { start, end } = lineRange(area.value, line);
  area.focus({ preventScroll: true });
  area.setSelectionRange(start, end);
  const lineHeight = Number.parseFloat(getComputedStyle(area).lineHeight) || 20;
  area.scrollTop = Math.max(0, (line - 2) * lineHeight);
  area.scrollIntoView({ block: "nearest" });
}

/**
 * The one input: type, paste, paste from the clipboard, open or drop a text file. Text over the
 * size limit never enters the textarea (laying out megabytes freezes the tab); the page says so.
 */
export function PasteBox({
  text,
  onText,
  onRejected,
  understood,
  onOrganization,
  trailCheck,
  ref,
}: {
  /**
   * Whether a text is CloudTrail or Athena's results (core/cloudtrail/looks-like-trail.ts), from
   * the analysis chunk: `now` when it has loaded (a paste event must decide at once), `load` to wait.
   */
  trailCheck: {
    now: () => ((name: string, head: string) => boolean) | undefined;
    load: () => Promise<(name: string, head: string) => boolean>;
  };
  ref?: Ref<PasteBoxHandle>;
  /**
   * CloudTrail files or Athena results (read as a stream in a worker, not into the box), or none:
   * the organization view with its queries for Athena.
   */
  onOrganization: (files: readonly File[]) => void;
  text: string;
  onText: (text: string) => void;
  onRejected: (size: number) => void;
  /** What the page read the paste as, once it did: the box then shrinks to one line. */
  understood: "decoded" | "errors" | "toolbox" | undefined;
}) {
  const messages = useMessages();
  const { t } = messages;
  const inputId = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [editing, setEditing] = useState(false);
  // The answer matters now, not the blob: one line, until the user edits it. A large paste is
  // folded at once, before the page reads it, so the browser lays its text out once, not once
  // wrapped and again folded (a megabyte costs hundreds of milliseconds per layout).
  const collapsed = (understood !== undefined || text.length > FOLD_AT_ONCE) && !editing;
  // A line asked for while folded is selected once the box has opened with the whole text.
  const pendingLine = useRef<number | undefined>(undefined);
  useImperativeHandle(
    ref,
    () => ({
      showLine: (line) => {
        if (collapsed) {
          pendingLine.current = line;
          setEditing(true);
        } else if (textarea.current) selectLine(textarea.current, line);
      },
    }),
    [collapsed],
  );
  useLayoutEffect(() => {
    const line = pendingLine.current;
    if (line === undefined || collapsed || !textarea.current) return;
    pendingLine.current = undefined;
    selectLine(textarea.current, line);
  });
  useEffect(() => {
    // One line shows the paste's first line, not wherever the caret was; after the paint, so
    // reading the layout never holds up the verdict.
    if (!collapsed) return;
    const id = requestAnimationFrame(() => {
      if (textarea.current && textarea.current.scrollTop !== 0) textarea.current.scrollTop = 0;
    });
    return () => {
      cancelAnimationFrame(id);
    };
  }, [collapsed, text]);
  // Folded and large: the box holds the head only (folded-text.ts); where an edit began decides
  // whether it replaces the whole text.
  const head = collapsed && text.length > FOLD_AT_ONCE ? headOf(text) : undefined;
  const allSelected = useRef(false);
  useEffect(() => {
    const area = textarea.current;
    if (!area) return;
    const before = () => {
      allSelected.current =
        area.selectionStart === 0 && area.selectionEnd === area.value.length && area.value !== "";
    };
    area.addEventListener("beforeinput", before);
    return () => {
      area.removeEventListener("beforeinput", before);
    };
  }, []);

  // CloudTrail or Athena's results pasted as text go where files of them go: the organization
  // view reads them in its worker, at any size. Only a bulk insertion, never a keystroke.
  const isTrail = (value: string): boolean =>
    value.length > 64 && (trailCheck.now()?.("", value.slice(0, 4096)) ?? false);
  const accept = (value: string) => {
    setNotice(undefined);
    if (value.length - text.length > 64 && isTrail(value))
      onOrganization([new File([value], t("input.pastedTrail"))]);
    else if (value.length > LIMITS.maxLogChars) onRejected(value.length);
    else onText(value);
  };

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    // A character is at least one byte: a larger file cannot fit, so it is not even read.
    if (file.size > LIMITS.maxLogChars * 4) {
      setNotice(
        t("input.file.tooLarge", {
          name: file.name,
          size: file.size,
          limit: LIMITS.maxLogChars * 4,
        }),
      );
      return;
    }
    const value = await file.text();
    // A screenshot or an archive dropped on the box: say what it is and keep what was there.
    const binary = binaryKind(value);
    if (binary !== undefined) setNotice(binaryText(binary, messages));
    else accept(value);
  };

  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = e.clipboardData.getData("text/plain");
    if (isTrail(pasted)) {
      e.preventDefault();
      onOrganization([new File([pasted], t("input.pastedTrail"))]);
    } else if (pasted.length > LIMITS.maxLogChars) {
      e.preventDefault();
      onRejected(pasted.length);
    }
  };

  // Several files, gzip, Athena's CSV or a trail's JSON go to the organization view; one error
  // text goes into the box.
  const openFiles = async (files: readonly File[]) => {
    const first = files[0];
    if (!first) return;
    const head = await first.slice(0, 4096).text();
    const looksLikeTrail = await trailCheck.load();
    if (files.length > 1 || looksLikeTrail(first.name, head)) {
      setNotice(undefined);
      onOrganization(files);
    } else await readFile(first);
  };

  const onDrop = (e: DragEvent<HTMLTextAreaElement>) => {
    const files = [...e.dataTransfer.files];
    if (files.length === 0) return;
    e.preventDefault();
    void openFiles(files);
  };

  return (
    <section
      className="input-section"
      onBlur={(e) => {
        // Collapsed again when focus leaves the box and its buttons, not while it moves among them.
        if (!e.currentTarget.contains(e.relatedTarget)) setEditing(false);
      }}
    >
      <label htmlFor={inputId} className="input-label">
        {t("input.label")}
      </label>
      {collapsed && (
        <p className="pasted">
          {t("input.pasted", {
            what: t(understood === undefined ? "input.pasted.other" : `input.pasted.${understood}`),
            size: text.length,
          })}{" "}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setEditing(true);
              textarea.current?.focus();
            }}
          >
            {t("input.edit")}
          </button>
        </p>
      )}
      <textarea
        ref={textarea}
        id={inputId}
        className={collapsed ? "collapsed" : undefined}
        data-testid={TEST_IDS.pasteInput}
        onClick={() => {
          setEditing(true);
        }}
        value={head ?? text}
        placeholder={t("input.placeholder")}
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
        aria-describedby={`${inputId}-hint`}
        onPaste={onPaste}
        onDrop={onDrop}
        onChange={(e) => {
          const shown = e.target.value;
          accept(
            head === undefined ? shown : applyHeadEdit(text, head, shown, allSelected.current),
          );
          allSelected.current = false;
        }}
      />
      <p id={`${inputId}-hint`} className={collapsed ? "visually-hidden" : "hint"}>
        {t("input.dropHint")}
      </p>
      <PasteActions
        collapsed={collapsed}
        hasText={text !== ""}
        accept={accept}
        readFile={readFile}
        openTrailFiles={(files) => {
          void openFiles(files);
        }}
        openQueries={() => {
          onOrganization([]);
        }}
        onClipboardRefused={() => {
          setNotice(t("input.pasteClipboard.failed"));
        }}
      />
      {notice && (
        <p className="notice warning" role="alert">
          {notice}
        </p>
      )}
    </section>
  );
}
