import { lazy, Suspense, useEffect, useState } from "react";

export type CodeLanguage = "json" | "bash" | "hcl" | "yaml" | "typescript";

const loadHighlight = () => import("./code-highlight");
const CodeHighlight = lazy(loadHighlight);

/**
 * Code as the user will copy it: plain text at once, colours when the highlighter arrives, so the
 * content never waits. Colours are added after the plain block's first paint, also when the
 * highlighter is already loaded: highlighting a policy costs more than painting the whole verdict.
 * `changed` marks lines (1-based) that the reader's choices added or changed.
 */
export function CodeBlock({
  text,
  language,
  testId,
  changed,
}: {
  text: string;
  language: CodeLanguage;
  testId?: string;
  changed?: ReadonlySet<number>;
}) {
  const [colour, setColour] = useState(false);
  useEffect(() => {
    let live = true;
    const id = requestAnimationFrame(() => {
      void loadHighlight().then(() => {
        if (live) setColour(true);
      });
    });
    return () => {
      live = false;
      cancelAnimationFrame(id);
    };
  }, []);
  const plain = (
    <pre className="code-block" data-testid={testId} tabIndex={0}>
      {changed === undefined
        ? text
        : text.split("\n").map((line, i, lines) => (
            <span
              key={i}
              className={changed.has(i + 1) ? "changed" : undefined}
              data-changed={changed.has(i + 1) ? "" : undefined}
            >
              {line}
              {i < lines.length - 1 ? "\n" : ""}
            </span>
          ))}
    </pre>
  );
  if (!colour) return plain;
  return (
    // A new boundary per language: while a grammar loads, the plain text shows alone (an updated
    // boundary would keep the old block in the page, hidden, beside it).
    <Suspense key={language} fallback={plain}>
      <CodeHighlight text={text} language={language} testId={testId} changed={changed} />
    </Suspense>
  );
}
