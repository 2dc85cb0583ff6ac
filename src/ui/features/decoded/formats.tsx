import type { AttachTarget, PolicyDocument } from "../../../core/policy/fix";
import { FORMATS, formatPolicy, type PolicyFormat } from "../../../core/policy/formats";
import { useMessages } from "../../i18n/messages";
import { TEST_IDS } from "../../test-ids";
import { CodeBlock, type CodeLanguage } from "../../shared/code-block";
import { CopyButton } from "../../shared/copy-button";
import { useFormatChoice } from "./view-state";

const LANGUAGE: Readonly<Record<PolicyFormat, CodeLanguage>> = {
  json: "json",
  cli: "bash",
  terraform: "hcl",
  cloudformation: "yaml",
  cdk: "typescript",
};

/** The policy in the forms people deploy with: the same document, attached to the same target. */
export function Formats({
  document,
  attachTo,
}: {
  document: PolicyDocument;
  attachTo: AttachTarget;
}) {
  const { t } = useMessages();
  const [format, setFormat] = useFormatChoice();
  const text = formatPolicy(document, attachTo, format);
  return (
    <div className="formats">
      <h3>{t("fix.formats")}</h3>
      <div role="tablist" aria-label={t("fix.formats")} className="tabs">
        {FORMATS.filter((f) => f !== "json").map((f) => (
          <button
            key={f}
            type="button"
            role="tab"
            aria-selected={f === format}
            className={f === format ? "tab selected" : "tab"}
            onClick={() => {
              setFormat(f);
            }}
          >
            {t(`format.${f}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" className="policy">
        <CodeBlock text={text} language={LANGUAGE[format]} testId={TEST_IDS.policyFormat} />
        <CopyButton text={text} label="fix.copyFormat" />
      </div>
    </div>
  );
}
