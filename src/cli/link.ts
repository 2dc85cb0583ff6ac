import { deflateRawSync } from "node:zlib";
import { analyzePaste } from "../core/analyze-paste";
import { formatFragment } from "../core/share/fragment";
import { serializePayload, type SharePayload } from "../core/share/payload";
import { ALL_CATEGORIES, redactTogether } from "../core/share/redact";
import { shareText } from "../core/share/share-text";

/**
 * Where `--link` points unless told: AUTHZ_DECODER_URL (your team's hosted copy, as the page's
 * VITE_PUBLIC_URL), else the page that `npm start` serves on this machine.
 */
export const DEFAULT_BASE_URL = "http://localhost:4173/";

/**
 * A link to the page with this analysis, made as the page makes its default link: only the
 * findings written out again (never the rest of the log), redacted in every category, tokens and
 * authorization IDs withheld. The page's codec is deflate-raw + base64url; zlib writes the same.
 */
export function shareLink(text: string, base: string): string | undefined {
  const pasted = analyzePaste(text);
  if (!pasted.ok) return undefined;
  const { texts, replacements } = redactTogether([shareText(pasted.value)], {
    categories: ALL_CATEGORIES,
    custom: [],
  });
  const hidden = replacements.map((r) => r.placeholder);
  const t = texts[0] ?? "";
  const payload: SharePayload =
    pasted.value.kind === "decoded"
      ? // The page's default view: the role-passing condition on, nothing else chosen.
        { k: "d", t, o: { p: true }, ...(hidden.length > 0 ? { h: hidden } : {}) }
      : { k: "e", t, ...(hidden.length > 0 ? { h: hidden } : {}) };
  const bytes = deflateRawSync(Buffer.from(serializePayload(payload), "utf8"));
  const url = new URL(base);
  url.hash = formatFragment(new Uint8Array(bytes)).slice(1);
  return url.toString();
}
