import { useEffect } from "react";
import { LANGUAGES, type Language } from "../i18n/language";
import { useMessages } from "../i18n/messages";
import { SHELL_TEST_IDS as TEST_IDS } from "../shell-test-ids";
import { THEMES, useTheme, type Theme } from "../shared/theme";

/** The title, and the reader's two display choices: language and theme. */
export function Header({
  language,
  onLanguageChange,
}: {
  language: Language;
  onLanguageChange: (l: Language) => void;
}) {
  const { t } = useMessages();
  const [theme, setTheme] = useTheme();
  useEffect(() => {
    document.title = t("app.documentTitle");
  }, [t]);
  return (
    <header className="header">
      <div className="header-row">
        <h1>{t("app.title")}</h1>
        <div className="display-choices">
          <label className="language">
            <span className="visually-hidden">{t("lang.label")}</span>
            <select
              value={language}
              onChange={(e) => {
                onLanguageChange(e.target.value as Language);
              }}
            >
              {LANGUAGES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {t(`lang.${l}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="language">
            <span className="visually-hidden">{t("theme.label")}</span>
            <select
              value={theme}
              data-testid={TEST_IDS.themeSelect}
              onChange={(e) => {
                setTheme(e.target.value as Theme);
              }}
            >
              {THEMES.map((th) => (
                <option key={th} value={th}>
                  {t(`theme.${th}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
      <p className="tagline">{t("app.tagline")}</p>
    </header>
  );
}
