import { err, ok, type Result } from "../result";
import { fromBase64Url, toBase64Url } from "./base64url";
import { SHARE_VERSION, type ShareError } from "./version";

/** Links stay well under what browsers and chat tools keep (a few hundred KB at most). */
export const MAX_FRAGMENT_CHARS = 200_000;

/**
 * The share data lives in the URL fragment: browsers never send it to a server, so the link can be
 * opened from any host without the host seeing the message. Format: `#v1.<base64url(deflate-raw)>`.
 */
export const formatFragment = (compressed: Uint8Array): string =>
  `#${SHARE_VERSION}.${toBase64Url(compressed)}`;

export function parseFragment(hash: string): Result<Uint8Array, ShareError> {
  const body = hash.startsWith("#") ? hash.slice(1) : hash;
  const match = /^(v\d{1,4})\.(.*)$/s.exec(body);
  if (!match) return err({ code: "not-ours" });
  const [, version = "", data = ""] = match;
  if (version !== SHARE_VERSION) return err({ code: "unknown-version", version });
  if (body.length > MAX_FRAGMENT_CHARS) return err({ code: "too-large" });
  const bytes = fromBase64Url(data);
  return bytes === undefined || bytes.length === 0 ? err({ code: "corrupt" }) : ok(bytes);
}

/**
 * A link pasted with its data in the query string (`?v1.…` or `?share=v1.…`) would send the data
 * to the server; the page moves it into the fragment. Returns the fragment to use, if any.
 */
export function shareDataInQuery(search: string): string | undefined {
  const query = search.startsWith("?") ? search.slice(1) : search;
  if (/^v\d{1,4}\./.test(query)) return `#${query}`;
  // Share data is base64url, which needs no decoding out of a query parameter.
  const param = /(?:^|&)share=(v\d{1,4}\.[A-Za-z0-9_-]*)(?:&|$)/.exec(query)?.[1];
  return param === undefined ? undefined : `#${param}`;
}
