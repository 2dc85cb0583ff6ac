import type { ReactNode } from "react";
import type { InputError } from "../../core/notices";
import { en, type MessageKey } from "../i18n/en";
import { useMessages, type Messages } from "../i18n/messages";
import { TEST_IDS } from "../test-ids";
import { FIELD_LABELS } from "./field-labels";

function errorBody(e: InputError, { t }: Messages): ReactNode {
  switch (e.code) {
    case "too-large":
      return t("error.too-large", {
        size: e.size.toLocaleString("en-US"),
        limit: e.limit.toLocaleString("en-US"),
      });
    case "unparseable": {
      const key = `expected.${e.expected}` as MessageKey;
      return t("error.unparseable", {
        line: e.line,
        column: e.column,
        expected: Object.hasOwn(en, key) ? t(key) : e.expected,
        found: e.found,
      });
    }
    case "not-authz-message":
      return t("error.not-authz-message", {
        missing: e.missing.map((m) => FIELD_LABELS[m] ?? m).join(", "),
      });
    case "too-deep":
      return t("error.too-deep", { limit: e.limit });
    case "not-found":
    case "empty":
      return t(`error.${e.code}`);
  }
}

export function InputErrorView({ error }: { error: InputError }) {
  const messages = useMessages();
  return (
    <div className="notice error" role="alert" data-testid={TEST_IDS.inputError}>
      {errorBody(error, messages)}
    </div>
  );
}
