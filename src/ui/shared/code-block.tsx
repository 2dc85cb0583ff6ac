import { lazy, Suspense } from "react";

export type CodeLanguage = "json" | "bash" | "hcl" | "yaml" | "typescript";

const CodeHighlight = lazy(() => import("./code-highlight"));

/**
 * Code as the user will copy it: plain text at once, colours when the highlighter arrives, so the
 * content never waits. `changed` marks lines (1-based) that the reader's choices added or changed.
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
  return (
    // A new boundary per language: while a grammar loads, the plain text shows alone (an updated
    // boundary would keep the old block in the page, hidden, beside it).
    <Suspense
      key={language}
      fallback={
        <pre className="code-block" data-testid={testId} tabIndex={0}>
          {text}
        </pre>
      }
    >
      <CodeHighlight text={text} language={language} testId={testId} changed={changed} />
    </Suspense>
  );
}
