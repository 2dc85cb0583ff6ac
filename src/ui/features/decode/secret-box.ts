import type { Credentials } from "../../../core/decode/credentials";

let sdkLoaded = false;
/** Called when the SDK is loaded to sign: from then on Forget also clears its caches. */
export const markSdkLoaded = (): void => {
  sdkLoaded = true;
};

/** A string that shares no memory with the text it was cut from. */
const detached = (s: string): string => Array.from(s, (c) => c).join("");

/**
 * The one place pasted credentials live. React state, props and the closures made while they were
 * in use hold this box, never the secrets themselves, so Forget empties every copy at once: old
 * fibers and event handlers keep a box with nothing in it (e2e: a heap snapshot after Forget).
 */
export class SecretBox {
  #credentials: Credentials | undefined;
  /** What the page may show: never the secret key or the session token. */
  readonly summary: {
    readonly accessKeyId: string;
    readonly session: boolean;
    readonly expiration: string | undefined;
  };

  constructor(credentials: Credentials) {
    this.#credentials = credentials;
    // Fresh copies: a substring can keep the whole pasted text (secret included) alive behind it.
    this.summary = {
      accessKeyId: detached(credentials.accessKeyId),
      session: credentials.sessionToken !== undefined,
      expiration:
        credentials.expiration === undefined ? undefined : detached(credentials.expiration),
    };
  }

  get(): Credentials | undefined {
    return this.#credentials;
  }

  /** Empties the box and the SDK's signing-key cache, which is keyed by the session token. */
  async clear(): Promise<void> {
    this.#credentials = undefined;
    // Loaded only if a decode ever ran (the SDK is not part of the first load).
    if (sdkLoaded) (await import("@smithy/signature-v4")).clearCredentialCache();
  }
}
