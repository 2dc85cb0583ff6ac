import { useState } from "react";
import { buildPrincipal } from "../../../core/model/principal";
import { attachTarget, type PolicyDocument } from "../../../core/policy/fix";
import { policyCommands } from "../../../core/policy/targets/commands";
import { TARGET_IAC, targetIac, type TargetIac } from "../../../core/policy/targets/iac";
import type { FixPart } from "../../../core/policy/targets/plan";
import { useMessages } from "../../i18n/messages";
import { TEST_IDS } from "../../test-ids";
import { CodeBlock, type CodeLanguage } from "../../shared/code-block";
import { CopyButton, PolicyBlock } from "../../shared/copy-button";
import { Tabs } from "../../shared/tabs";
import { Formats } from "../decoded/formats";

type Form = "cli" | TargetIac;
const LANGUAGE: Readonly<Record<Form, CodeLanguage>> = {
  cli: "bash",
  terraform: "hcl",
  cloudformation: "yaml",
  cdk: "typescript",
};

/** An identity-shaped statement as the identity policy formats take it (they attach it too). */
const identityDocument = (part: FixPart): PolicyDocument => ({
  Version: "2012-10-17",
  Statement: [
    {
      Sid: part.statement.Sid,
      Effect: "Allow",
      Action: part.statement.Action,
      Resource: part.statement.Resource ?? "*",
      ...(part.statement.Condition ? { Condition: part.statement.Condition } : {}),
    },
  ],
});

/** The statement once: JSON first, then as tabs the commands that keep what is there and each IaC form. */
export function PartForms({ part }: { part: FixPart }) {
  const { t } = useMessages();
  const commands = policyCommands(part);
  const forms: { form: Form; text: string }[] = [
    ...(commands ? [{ form: "cli" as const, text: commands.text }] : []),
    ...TARGET_IAC.flatMap((form) => {
      const text = targetIac(part, form);
      return text === undefined ? [] : [{ form, text }];
    }),
  ];
  const [chosen, setChosen] = useState<Form | "json">("json");
  if (part.target.kind === "identity")
    return (
      <Formats
        document={identityDocument(part)}
        attachTo={attachTarget(buildPrincipal({ arn: part.target.principalArn }))}
        json={part.json}
      />
    );
  const shown = forms.find((f) => f.form === chosen);
  return (
    <div className="formats">
      <Tabs
        label={t("fixTarget.commands")}
        tabs={[
          { key: "json" as const, label: t("format.json") },
          ...forms.map(({ form }) => ({ key: form, label: t(`format.${form}`) })),
        ]}
        selected={shown?.form ?? "json"}
        onSelect={setChosen}
      >
        {shown === undefined ? (
          <>
            <PolicyBlock json={part.json} bare />
            {commands === undefined && <p className="hint">{t("fixTarget.commands.none")}</p>}
          </>
        ) : (
          <>
            {shown.form === "cli" && commands && (
              <p className="hint">
                {commands.additive
                  ? t("fixTarget.commands.additive")
                  : part.target.kind === "session"
                    ? t("fixTarget.note.session")
                    : t("fixTarget.commands.replacing")}
              </p>
            )}
            <CodeBlock
              text={shown.text}
              language={LANGUAGE[shown.form]}
              testId={TEST_IDS.policyFormat}
            />
            <CopyButton text={shown.text} label="fix.copyFormat" />
          </>
        )}
      </Tabs>
    </div>
  );
}
