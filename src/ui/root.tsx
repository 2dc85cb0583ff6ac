import { App } from "./app";
import { LanguageProvider, useLanguage } from "./i18n/language";

export function Root() {
  const [language, setLanguage] = useLanguage();
  return (
    <LanguageProvider language={language}>
      <App language={language} onLanguageChange={setLanguage} />
    </LanguageProvider>
  );
}
