import { useEffect, useMemo, useState, type ReactNode } from "react";
import { en } from "./en";
import { makeMessages, MessagesProvider, type Dictionary } from "./messages";

export const LANGUAGES = ["en", "ja"] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * English's shell strings ship with the page and its view strings follow at once; Japanese is
 * fetched whole when chosen, before anything is shown in it.
 */
const LOADERS: Readonly<Record<Language, () => Promise<Dictionary>>> = {
  en: () => import("./en-views").then((m) => ({ ...en, ...m.enViews })),
  ja: () => import("./ja").then((m) => m.ja),
};

let markComplete: () => void = () => undefined;
/** Resolves once a whole dictionary is in use: the lazy result views wait for it (app.tsx). */
export const dictionaryComplete = new Promise<void>((resolve) => {
  markComplete = resolve;
});

/** The reader's language, stored beside the theme: display preferences only (see SECURITY.md). */
const STORAGE_KEY = "authz-decoder.language";

const isLanguage = (v: unknown): v is Language =>
  typeof v === "string" && (LANGUAGES as readonly string[]).includes(v);

function initialLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage can be blocked; the browser's language still applies.
  }
  return navigator.languages.some((l) => l.toLowerCase().startsWith("ja")) ? "ja" : "en";
}

export function useLanguage(): [Language, (l: Language) => void] {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const choose = (l: Language) => {
    setLanguage(l);
    try {
      localStorage.setItem(STORAGE_KEY, l);
    } catch {
      // Not remembered, but switched.
    }
  };
  return [language, choose];
}

export function LanguageProvider({
  language,
  children,
}: {
  language: Language;
  children: ReactNode;
}) {
  const [dictionary, setDictionary] = useState<Partial<Dictionary> | undefined>(
    language === "en" ? en : undefined,
  );
  const [complete, setComplete] = useState(false);
  useEffect(() => {
    let cancelled = false;
    void LOADERS[language]().then((loaded) => {
      if (cancelled) return;
      setDictionary(loaded);
      setComplete(true);
    });
    return () => {
      cancelled = true;
    };
  }, [language]);
  useEffect(() => {
    if (complete) markComplete();
  }, [complete]);
  const messages = useMemo(
    () => (dictionary ? makeMessages(dictionary, language) : undefined),
    [dictionary, language],
  );
  // At start, show nothing until the chosen language arrives rather than flash another one; on a
  // switch, the page (and the paste) stays, in the old language for the moment it takes.
  if (!messages) return null;
  return <MessagesProvider value={messages}>{children}</MessagesProvider>;
}
