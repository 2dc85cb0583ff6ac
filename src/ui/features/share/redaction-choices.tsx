import { REDACTION_CATEGORIES, type RedactionCategory } from "../../../core/share/redact";
import { useMessages } from "../../i18n/messages";

/** Which kinds of identifying values the link hides, and any values of the reader's own. */
export function RedactionChoices({
  categories,
  onCategories,
  custom,
  onCustom,
}: {
  categories: ReadonlySet<RedactionCategory>;
  onCategories: (c: ReadonlySet<RedactionCategory>) => void;
  custom: string;
  onCustom: (v: string) => void;
}) {
  const { t } = useMessages();
  return (
    <fieldset className="categories">
      <legend className="visually-hidden">{t("share.redact")}</legend>
      {REDACTION_CATEGORIES.map((c) => (
        <label key={c}>
          <input
            type="checkbox"
            checked={categories.has(c)}
            onChange={(e) => {
              const next = new Set(categories);
              if (e.target.checked) next.add(c);
              else next.delete(c);
              onCategories(next);
            }}
          />{" "}
          {t(`share.category.${c}`)}
        </label>
      ))}
      {categories.has("custom") && (
        <input
          className="custom-values"
          aria-label={t("share.category.custom")}
          placeholder={t("share.custom.placeholder")}
          value={custom}
          onChange={(e) => {
            onCustom(e.target.value);
          }}
        />
      )}
    </fieldset>
  );
}
