import type { ReactNode } from "react";
import type { InputError } from "../../core/notices";
import { isImage, type BinaryKind } from "../../core/input/binary";
import type { JsonProblem } from "../../core/parse/tolerant-json";
import { en, type MessageKey } from "../i18n/en";
import { ShowLineButton } from "./show-line";
import { useMessages, type Messages } from "../i18n/messages";
import { SHELL_TEST_IDS as TEST_IDS } from "../shell-test-ids";
import { FIELD_LABELS } from "./field-labels";

/** What the JSON parser wanted, in words ("a comma"), or its code where no words exist. */
export const expectedText = (expected: string, { t }: Messages): string => {
  const key = `expected.${expected}` as MessageKey;
  return Object.hasOwn(en, key) ? t(key) : expected;
};

/**
 * A pasted policy that does not parse: where it breaks, not "no policy found". Shown by every box
 * that takes a policy (merge, check).
 */
export function PolicySyntaxNotice({ problem }: { problem: JsonProblem }) {
  const messages = useMessages();
  return (
    <p className="notice error" role="alert" data-testid={TEST_IDS.policySyntax}>
      {messages.t("policy.syntax", {
        line: problem.line,
        column: problem.column,
        expected: expectedText(problem.expected, messages),
        found: problem.found,
      })}
    </p>
  );
}

/** A file or paste that is not text, said as what it is (a screenshot gets how to get its text). */
export const binaryText = (kind: BinaryKind, { t }: Messages): string =>
  isImage(kind)
    ? t("error.binary.image", { kind: kind.toUpperCase() })
    : t("error.binary", { kind: kind === "binary" ? "" : ` (${kind.toUpperCase()})` });

function errorBody(e: InputError, messages: Messages): ReactNode {
  const { t } = messages;
  switch (e.code) {
    case "too-large":
      return t("error.too-large", {
        size: e.size.toLocaleString("en-US"),
        limit: e.limit.toLocaleString("en-US"),
      });
    case "unparseable":
      return t("error.unparseable", {
        line: e.line,
        column: e.column,
        expected: expectedText(e.expected, messages),
        found: e.found,
      });
    case "not-authz-message":
      return t("error.not-authz-message", {
        missing: e.missing.map((m) => FIELD_LABELS[m] ?? m).join(", "),
      });
    case "too-deep":
      return t("error.too-deep", { limit: e.limit });
    case "binary":
      return binaryText(e.kind, messages);
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
      {error.code === "unparseable" && (
        <>
          {" "}
          <ShowLineButton line={error.line} />
        </>
      )}
    </div>
  );
}
