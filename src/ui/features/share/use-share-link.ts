import { useEffect, useState } from "react";
import { shareDataInQuery } from "../../../core/share/fragment";
import type { SharedOrgRow } from "../../../core/cloudtrail/org-share";
import type { SharedMessages, SharedView, ShareError } from "../../../core/share/payload";

export interface LinkState {
  /** Bumped on every link opened, so views start from the link's options. */
  readonly version: number;
  readonly notice: "loaded" | "handoff" | undefined;
  readonly movedFromQuery: boolean;
  readonly error: ShareError | undefined;
  /** A decoded message's view as its sender left it, and the placeholders their redaction wrote. */
  readonly view: SharedView | undefined;
  readonly hidden: readonly string[];
  /** Messages the sender decoded from an error text's tokens, by denial group. */
  readonly messages: SharedMessages;
  readonly partition: string | undefined;
  /** An organization's overview, as its sender shared it (aggregated, redacted). */
  readonly organization: readonly SharedOrgRow[] | undefined;
}

const INITIAL: LinkState = {
  version: 0,
  notice: undefined,
  movedFromQuery: false,
  error: undefined,
  view: undefined,
  hidden: [],
  messages: [],
  partition: undefined,
  organization: undefined,
};

/**
 * Opens share links: at load, on back and forward, and when the fragment is edited by hand. The
 * link's text goes into the paste box, exactly as if pasted. A link with its data in the query
 * string is moved into the fragment first (the query string reaches the server; the fragment not).
 */
export function useShareLink(setText: (text: string) => void): [LinkState, () => void] {
  const [state, setState] = useState<LinkState>(INITIAL);

  useEffect(() => {
    const fromQuery = shareDataInQuery(location.search);
    if (fromQuery !== undefined) {
      history.replaceState(null, "", `${location.pathname}${fromQuery}`);
    }
    let cancelled = false;
    const open = async (movedFromQuery: boolean) => {
      const hash = location.hash;
      if (!/^#v\d{1,4}\./.test(hash)) return;
      // The codec (and its schema) loads only when a link is opened: most visits have none.
      const { decodeShare } = await import("./codec");
      const result = await decodeShare(hash);
      if (cancelled) return;
      if (!result.ok) {
        setText("");
        setState((s) => ({
          ...INITIAL,
          version: s.version + 1,
          movedFromQuery,
          error: result.error,
        }));
        return;
      }
      const payload = result.value;
      if (payload.k === "h") {
        // Written as AWS writes them, so the page reads them as it reads any error.
        const { authorizationLine } = await import("../../../core/errors/authorization-id");
        setText(
          [
            ...payload.tokens.map((t) => `Encoded authorization failure message: ${t}`),
            ...(payload.ids ?? []).map((i) => authorizationLine(i.id, i.region, payload.partition)),
          ].join("\n"),
        );
      } else if (payload.k === "o") {
        setText("");
      } else {
        setText(payload.t);
      }
      setState((s) => ({
        ...INITIAL,
        version: s.version + 1,
        movedFromQuery,
        notice: payload.k === "h" ? "handoff" : "loaded",
        view: payload.k === "d" ? payload.o : undefined,
        hidden: payload.k === "h" ? [] : (payload.h ?? []),
        messages: payload.k === "e" ? (payload.m ?? []) : [],
        partition: payload.k === "h" ? payload.partition : undefined,
        organization: payload.k === "o" ? payload.r : undefined,
      }));
    };
    void open(fromQuery !== undefined);
    const onHashChange = () => {
      void open(false);
    };
    window.addEventListener("hashchange", onHashChange);
    return () => {
      cancelled = true;
      window.removeEventListener("hashchange", onHashChange);
    };
  }, [setText]);

  /** Editing the paste leaves the link behind: the address bar should not claim otherwise. */
  const leave = () => {
    if (location.hash !== "")
      history.replaceState(null, "", `${location.pathname}${location.search}`);
    if (
      state.notice !== undefined ||
      state.error !== undefined ||
      state.movedFromQuery ||
      state.view !== undefined ||
      state.hidden.length > 0
    ) {
      // The sender's view and hidden values belonged to the link's text, not to what follows.
      setState((s) => ({
        ...s,
        notice: undefined,
        error: undefined,
        movedFromQuery: false,
        view: undefined,
        hidden: [],
        messages: [],
        organization: undefined,
      }));
    }
  };
  return [state, leave];
}
