import type { AttachTarget, PolicyDocument } from "../../../core/policy/fix";
import { FORMATS, formatPolicy, type PolicyFormat } from "../../../core/policy/formats";
import { useMessages } from "../../i18n/messages";
import { TEST_IDS } from "../../test-ids";
import { CodeBlock, type CodeLanguage } from "../../shared/code-block";
import { CopyButton, PolicyBlock } from "../../shared/copy-button";
import { Tabs } from "../../shared/tabs";
import { useFormatChoice } from "./view-state";

const LANGUAGE: Readonly<Record<PolicyFormat, CodeLanguage>> = {
  json: "json",
  cli: "bash",
  terraform: "hcl",
  cloudformation: "yaml",
  cdk: "typescript",
};

/**
 * The policy, once: JSON by default, and as tabs of the same block the forms people deploy it with
 * (each carries the statement again, so only one is shown at a time).
 */
export function Formats({
  document,
  attachTo,
  json,
  copy = true,
  changed,
}: {
  document: PolicyDocument;
  attachTo: AttachTarget;
  /** The document as the JSON tab shows it (and "Copy policy" copies it). */
  json: string;
  /** `false` where the panel's heading already carries "Copy policy". */
  copy?: boolean;
  changed?: ReadonlySet<number> | undefined;
}) {
  const { t } = useMessages();
  const [format, setFormat] = useFormatChoice();
  return (
    <div className="formats">
      <Tabs
        label={t("fix.formats")}
        tabs={FORMATS.map((f) => ({ key: f, label: t(`format.${f}`) }))}
        selected={format}
        onSelect={setFormat}
      >
        {format === "json" ? (
          <PolicyBlock json={json} copy={copy} changed={changed} bare />
        ) : (
          <FormBlock text={formatPolicy(document, attachTo, format)} format={format} />
        )}
      </Tabs>
    </div>
  );
}

function FormBlock({ text, format }: { text: string; format: PolicyFormat }) {
  return (
    <>
      <CodeBlock text={text} language={LANGUAGE[format]} testId={TEST_IDS.policyFormat} />
      <CopyButton text={text} label="fix.copyFormat" />
    </>
  );
}
