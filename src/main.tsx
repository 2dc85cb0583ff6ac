import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { Root } from "./ui/root";
import "./ui/app.css";
import { applyStoredTheme } from "./ui/shared/theme";

/**
 * A foreign page could frame this one to trick a user into pasting or clicking (clickjacking).
 * Headers refuse framing where the host sends them; static hosts (GitHub Pages) send none, and a
 * `<meta>` CSP cannot carry frame-ancestors, so the entry script refuses too.
 */
function framed(): boolean {
  try {
    return window.top !== window.self;
  } catch {
    return true;
  }
}

function refuseFrame(root: HTMLElement): void {
  const japanese = navigator.language.toLowerCase().startsWith("ja");
  const message = document.createElement("p");
  message.setAttribute("role", "alert");
  message.dataset.testid = "framed";
  message.textContent = japanese
    ? "authz-decoder は他のページのフレーム内では動作しません。直接開いてください："
    : "authz-decoder does not run inside another page's frame. Open it directly: ";
  const link = document.createElement("a");
  link.href = window.location.href.split("#")[0] ?? "";
  link.target = "_top";
  link.rel = "noopener noreferrer";
  link.textContent = link.href;
  message.append(link);
  root.replaceChildren(message);
}

applyStoredTheme();
const root = document.getElementById("root");
if (root && framed()) refuseFrame(root);
else if (root) {
  createRoot(root).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
}
