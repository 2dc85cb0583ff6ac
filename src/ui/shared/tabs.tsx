import { useId, useRef, type KeyboardEvent, type ReactNode } from "react";

export interface Tab<K extends string> {
  readonly key: K;
  readonly label: string;
}

const MOVES: Readonly<Record<string, (i: number, n: number) => number>> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

/**
 * WAI-ARIA tabs with automatic activation: one tab in the Tab order, arrow keys, Home and End move
 * between them (and choose), the panel is labelled by its tab.
 */
export function Tabs<K extends string>({
  label,
  tabs,
  selected,
  onSelect,
  children,
}: {
  label: string;
  tabs: readonly Tab<K>[];
  selected: K;
  onSelect: (key: K) => void;
  /** The selected tab's panel. */
  children: ReactNode;
}) {
  const base = useId();
  const list = useRef<HTMLDivElement>(null);
  const index = Math.max(
    0,
    tabs.findIndex((tab) => tab.key === selected),
  );
  const onKeyDown = (event: KeyboardEvent) => {
    const move = MOVES[event.key];
    if (!move) return;
    event.preventDefault();
    const next = move(index, tabs.length);
    const tab = tabs[next];
    if (!tab) return;
    onSelect(tab.key);
    list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[next]?.focus();
  };
  return (
    <>
      {tabs.length > 1 && (
        <div role="tablist" aria-label={label} className="tabs" ref={list} onKeyDown={onKeyDown}>
          {tabs.map((tab, i) => (
            <button
              key={tab.key}
              id={`${base}-tab-${tab.key}`}
              type="button"
              role="tab"
              aria-selected={i === index}
              aria-controls={`${base}-panel`}
              tabIndex={i === index ? 0 : -1}
              className={i === index ? "tab selected" : "tab"}
              onClick={() => {
                onSelect(tab.key);
              }}
            >
              {tab.label}
            </button>
          ))}
        </div>
      )}
      <div
        role={tabs.length > 1 ? "tabpanel" : undefined}
        id={`${base}-panel`}
        aria-labelledby={tabs.length > 1 ? `${base}-tab-${tabs[index]?.key ?? ""}` : undefined}
        className="policy"
      >
        {children}
      </div>
    </>
  );
}
