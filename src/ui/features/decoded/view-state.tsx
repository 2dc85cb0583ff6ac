import { createContext, useContext, useState, type ReactNode } from "react";
import type { PolicyFormat } from "../../../core/policy/formats";
import type { SharedSection } from "../../../core/share/payload";

/**
 * What the reader is looking at on a decoded message's page, beyond the policy options: the format
 * tab and the sections open. Held once per message so a share link can carry it.
 */
export interface ViewState {
  readonly format: PolicyFormat;
  readonly setFormat: (f: PolicyFormat) => void;
  readonly open: ReadonlySet<SharedSection>;
  readonly setOpen: (section: SharedSection, open: boolean) => void;
}

const ViewContext = createContext<ViewState | undefined>(undefined);

export function ViewProvider({
  initialFormat = "json",
  initialOpen = [],
  children,
}: {
  initialFormat?: PolicyFormat | undefined;
  initialOpen?: readonly SharedSection[] | undefined;
  children: (view: ViewState) => ReactNode;
}) {
  const [format, setFormat] = useState<PolicyFormat>(initialFormat);
  const [open, setOpenSet] = useState<ReadonlySet<SharedSection>>(new Set(initialOpen));
  const view: ViewState = {
    format,
    setFormat,
    open,
    setOpen: (section, isOpen) => {
      setOpenSet((current) => {
        if (current.has(section) === isOpen) return current;
        const next = new Set(current);
        if (isOpen) next.add(section);
        else next.delete(section);
        return next;
      });
    },
  };
  return <ViewContext.Provider value={view}>{children(view)}</ViewContext.Provider>;
}

/** The format tab: the message's shared choice inside a decoded page, else this block's own. */
export function useFormatChoice(): [PolicyFormat, (f: PolicyFormat) => void] {
  const shared = useContext(ViewContext);
  const local = useState<PolicyFormat>("json");
  return shared ? [shared.format, shared.setFormat] : local;
}
