import { inflateRawSync } from "node:zlib";
import { parseFragment } from "../core/share/fragment";
import { parsePayload, type SharePayload } from "../core/share/payload";

/** Reads a share link's fragment as the page does (tests only: the page inflates in the browser). */
export function decodeShareNode(hash: string): SharePayload {
  const bytes = parseFragment(hash);
  if (!bytes.ok) throw new Error(bytes.error.code);
  const payload = parsePayload(inflateRawSync(bytes.value).toString("utf8"));
  if (!payload.ok) throw new Error(payload.error.code);
  return payload.value;
}
