import type { Analysis } from "../../../core/model/analysis";
import { useMessages } from "../../i18n/messages";
import { TEST_IDS } from "../../test-ids";
import { CodeBlock } from "../../shared/code-block";

export function DecodedJson({ analysis }: { analysis: Analysis }) {
  const { t } = useMessages();
  return (
    <section className="panel wide" aria-labelledby="json-heading">
      <h2 id="json-heading">{t("json.heading")}</h2>
      {!analysis.complete && <p className="hint">{t("json.partial")}</p>}
      <div data-testid={TEST_IDS.decodedJson} className="json">
        <CodeBlock text={analysis.decodedJson} language="json" />
      </div>
    </section>
  );
}

export function ExtraFields({ analysis }: { analysis: Analysis }) {
  const { t } = useMessages();
  if (analysis.extraFields.length === 0 && analysis.failures.length === 0) return null;
  return (
    <section className="panel wide" aria-labelledby="extra-heading">
      <h2 id="extra-heading">{t("extra.heading")}</h2>
      <div className="table-scroll" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("extra.path")}</th>
              <th scope="col">{t("extra.value")}</th>
            </tr>
          </thead>
          <tbody>
            {analysis.failures.length > 0 && (
              <tr>
                <th scope="row">
                  <code>failures</code>
                </th>
                <td>
                  <pre className="code-block">{JSON.stringify(analysis.failures, null, 2)}</pre>
                </td>
              </tr>
            )}
            {analysis.extraFields.map((f) => (
              <tr key={f.path}>
                <th scope="row">
                  <code>{f.path}</code>
                </th>
                <td>
                  <pre className="code-block">{JSON.stringify(f.value, null, 2)}</pre>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
