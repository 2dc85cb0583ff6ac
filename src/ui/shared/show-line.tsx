import { createContext, useContext } from "react";
import { useMessages } from "../i18n/messages";

/** Opens the paste box at a line (1-based): where a message says the text breaks. */
export type ShowLine = (line: number) => void;

export const ShowLineContext = createContext<ShowLine | undefined>(undefined);

/**
 * "Show line 4": a message that names a place in the paste takes the reader there, since the box
 * is folded to its first line once the page has read it.
 */
export function ShowLineButton({ line }: { line: number }) {
  const show = useContext(ShowLineContext);
  const { t } = useMessages();
  if (show === undefined) return null;
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => {
        show(line);
      }}
    >
      {t("input.showLine", { line })}
    </button>
  );
}

/** The offsets of a line in a text, for selecting it (the end excludes its line break). */
export function lineRange(text: string, line: number): { start: number; end: number } {
  let start = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf("\n", start);
    if (next === -1) return { start: text.length, end: text.length };
    start = next + 1;
  }
  const end = text.indexOf("\n", start);
  return { start, end: end === -1 ? text.length : end };
}
