import type { ActionFacts } from "../../../core/iam/facts";
import type { Analysis } from "../../../core/model/analysis";
import type { SharedSection } from "../../../core/share/payload";
import { useMessages } from "../../i18n/messages";
import { DecodedJson, ExtraFields } from "./decoded-json";
import { PrincipalPanel, RequestPanel } from "./principal-panel";
import type { ViewState } from "./view-state";

/** A section that opens on demand; whether it is open is part of the view a link can carry. */
function Section({
  id,
  view,
  heading,
  children,
}: {
  id: SharedSection;
  view: ViewState;
  heading: string;
  children: React.ReactNode;
}) {
  return (
    <details
      className="panel wide section"
      open={view.open.has(id)}
      onToggle={(e) => {
        view.setOpen(id, e.currentTarget.open);
      }}
    >
      <summary>
        <h2>{heading}</h2>
      </summary>
      {children}
    </details>
  );
}

/** Who and what, and the message itself (with how the paste was read): details on demand. */
export function DetailSections({
  analysis,
  facts,
  view,
}: {
  analysis: Analysis;
  facts: ActionFacts | undefined;
  view: ViewState;
}) {
  const { t } = useMessages();
  return (
    <>
      <Section id="who" view={view} heading={t("section.whoWhat")}>
        <div className="grid">
          <PrincipalPanel analysis={analysis} />
          <RequestPanel analysis={analysis} facts={facts} />
        </div>
      </Section>
      <Section id="message" view={view} heading={t("section.message")}>
        {analysis.forms.length > 0 && (
          <p className="read-as">
            {t("input.readAs", { forms: analysis.forms.map((f) => t(`form.${f}`)).join(" → ") })}
          </p>
        )}
        <DecodedJson analysis={analysis} />
        <ExtraFields analysis={analysis} />
      </Section>
    </>
  );
}
