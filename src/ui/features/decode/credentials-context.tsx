import { createContext, useContext, useState, type ReactNode } from "react";
import type { Credentials } from "../../../core/decode/credentials";
import { SecretBox } from "./secret-box";

type Held = readonly [SecretBox | undefined, (c: Credentials | undefined) => void];

const CredentialsContext = createContext<Held | undefined>(undefined);

function useHeld(): Held {
  const [box, setBox] = useState<SecretBox | undefined>(undefined);
  const onCredentials = (c: Credentials | undefined) => {
    // Forget empties the box first: whatever still refers to it then holds nothing secret.
    void box?.clear();
    setBox(c === undefined ? undefined : new SecretBox(c));
  };
  return [box, onCredentials];
}

/** One set of pasted credentials per paste, for decoding and for IAM Toolbox alike. */
export function CredentialsProvider({ children }: { children: ReactNode }) {
  const held = useHeld();
  return <CredentialsContext.Provider value={held}>{children}</CredentialsContext.Provider>;
}

/** The page's credentials box (the provider's, or this component's own outside one). */
export function useCredentials(): Held {
  const shared = useContext(CredentialsContext);
  const own = useHeld();
  return shared ?? own;
}
