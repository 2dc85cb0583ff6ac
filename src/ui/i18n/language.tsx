import { useEffect, useMemo, useState, type ReactNode } from "react";
import { en } from "./en";
import { ja } from "./ja";
import { makeMessages, MessagesProvider, type Dictionary } from "./messages";

export const LANGUAGES = ["en", "ja"] as const;
export type Language = (typeof LANGUAGES)[number];

const DICTIONARIES: Readonly<Record<Language, Dictionary>> = { en, ja };

/** The one thing this app stores: the reader's language (see SECURITY.md). */
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
  const messages = useMemo(() => makeMessages(DICTIONARIES[language]), [language]);
  return <MessagesProvider value={messages}>{children}</MessagesProvider>;
}
