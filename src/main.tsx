import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { Root } from "./ui/root";
import "./ui/app.css";

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
}
