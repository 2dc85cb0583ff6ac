// Loaded on demand (see code-block.tsx): the highlighter and its grammars stay out of the first load.
import { use } from "react";
import SyntaxHighlighter from "react-syntax-highlighter/dist/esm/prism-light";
import createElement from "react-syntax-highlighter/dist/esm/create-element";
import type { CodeLanguage } from "./code-block";

type Grammar = Parameters<typeof SyntaxHighlighter.registerLanguage>[1];

/** Each grammar is its own chunk, fetched the first time a block in that language is shown. */
const GRAMMARS: Readonly<Record<CodeLanguage, () => Promise<{ default: Grammar }>>> = {
  json: () => import("react-syntax-highlighter/dist/esm/languages/prism/json"),
  bash: () => import("react-syntax-highlighter/dist/esm/languages/prism/bash"),
  hcl: () => import("react-syntax-highlighter/dist/esm/languages/prism/hcl"),
  yaml: () => import("react-syntax-highlighter/dist/esm/languages/prism/yaml"),
  typescript: () => import("react-syntax-highlighter/dist/esm/languages/prism/typescript"),
};

const registered = new Map<CodeLanguage, Promise<void>>();

function grammar(language: CodeLanguage): Promise<void> {
  let loading = registered.get(language);
  if (!loading) {
    loading = GRAMMARS[language]().then((m) => {
      SyntaxHighlighter.registerLanguage(language, m.default);
    });
    registered.set(language, loading);
  }
  return loading;
}

/** Colours come from app.css (`.token.*`), so the light and dark themes follow the page. */
export default function CodeHighlight({
  text,
  language,
  testId,
  changed,
}: {
  text: string;
  language: CodeLanguage;
  testId?: string | undefined;
  changed?: ReadonlySet<number> | undefined;
}) {
  use(grammar(language));
  return (
    <SyntaxHighlighter
      language={language}
      useInlineStyles={false}
      className="code-block"
      PreTag="pre"
      CodeTag="code"
      data-testid={testId}
      // Keyboard users can scroll a long block.
      tabIndex={0}
      wrapLines={changed !== undefined}
      // The library numbers lines for lineProps only when it also prints numbers (which would
      // enter the copied text), so lines are marked here, by their index, as they are rendered.
      renderer={({ rows, stylesheet, useInlineStyles }) =>
        rows.map((row, i) => {
          const classes: readonly unknown[] = row.properties?.className ?? [];
          const node = !changed?.has(i + 1)
            ? row
            : {
                ...row,
                properties: {
                  ...row.properties,
                  className: [...classes, "changed"],
                  "data-changed": "",
                },
              };
          return createElement({ node, stylesheet, useInlineStyles, key: i });
        })
      }
    >
      {text}
    </SyntaxHighlighter>
  );
}
