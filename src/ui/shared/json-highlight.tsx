// Loaded on demand (see decoded-json.tsx): the highlighter stays out of the first load.
import SyntaxHighlighter from "react-syntax-highlighter/dist/esm/light";
import json from "react-syntax-highlighter/dist/esm/languages/hljs/json";

SyntaxHighlighter.registerLanguage("json", json);

/** Colours come from app.css (`.hljs-*`), so light and dark themes follow the page. */
export default function JsonHighlight({ text }: { text: string }) {
  return (
    <SyntaxHighlighter
      language="json"
      useInlineStyles={false}
      className="code-block hljs"
      PreTag="pre"
      // Keyboard users can scroll a long message.
      tabIndex={0}
    >
      {text}
    </SyntaxHighlighter>
  );
}
