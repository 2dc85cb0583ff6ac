import "../../views.css";
import { useMemo, useState } from "react";
import { readErrors } from "../../../core/errors/error-report";
import { isUsable } from "../../../core/errors/token-vocabulary";
import type { DecodeRun } from "../../../core/decode/run-decodes";
import { analyze } from "../../../core/analyze";
import { summarize } from "../../../core/explain/summary";
import { useMessages, type Messages } from "../../i18n/messages";
import { resourceText } from "../decoded/summary-view";
import { TEST_IDS } from "../../test-ids";
import { CredentialsProvider } from "../decode/credentials-context";
import { DecodePanel } from "../decode/decode-panel";
import { DecodeLoop } from "../error-report/decode-loop";
import { OrgOverview } from "./org-overview";
import { QueriesPanel } from "./queries-panel";
import type { OrgDenial } from "../../../core/cloudtrail/org-denials";
import { fromSharedRow, type SharedOrgRow } from "../../../core/cloudtrail/org-share";
import type { FileProblem } from "./trail-protocol";
import { useTrailRead } from "./use-trail-read";

/** "12 KB", "140.2 MB", "2.00 GB": the unit that keeps the number short. */
function size(bytes: number): string {
  const [value, unit, digits] =
    bytes >= 1e9
      ? [bytes / 1e9, "GB", 2]
      : bytes >= 1e6
        ? [bytes / 1e6, "MB", 1]
        : [bytes / 1e3, "KB", 0];
  return `${value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits })} ${unit}`;
}

function problemText({ name, problem }: FileProblem, { t }: Messages): string {
  switch (problem.kind) {
    case "value-too-large":
      return t("org.problem.value-too-large", { name, limit: size(problem.limit) });
    default:
      return t(`org.problem.${problem.kind}`, { name });
  }
}

/** A decoded message in one line (verdict, action, resource), opened whole in the single view. */
function DecodedLine({ message, onOpen }: { message: string; onOpen: (m: string) => void }) {
  const { t } = useMessages();
  const analysis = useMemo(() => analyze(message), [message]);
  const summary = analysis.ok ? summarize(analysis.value) : undefined;
  return (
    <li data-testid={TEST_IDS.decodedResult}>
      {summary ? (
        <>
          {t(`verdict.${summary.verdict}`)}: <code>{summary.action ?? "?"}</code>
          {summary.resource && (
            <>
              {" "}
              <code>{resourceText(summary.resource)}</code>
            </>
          )}
        </>
      ) : (
        t("org.decoded.unread")
      )}{" "}
      <button
        type="button"
        className="link-button"
        onClick={() => {
          onOpen(message);
        }}
      >
        {t("org.open")}
      </button>
    </li>
  );
}

/**
 * CloudTrail files dropped on the page: read in a worker with progress and Cancel, then the
 * organization's overview. A denial opens in the single-denial view through `onOpen`.
 */
export function OrgView({
  files,
  shared,
  onOpen,
}: {
  files: readonly File[];
  /** A share link's overview (its rows, redacted by the sender). */
  shared?: readonly SharedOrgRow[] | undefined;
  onOpen: (message: string) => void;
}) {
  const messages = useMessages();
  const { t } = messages;
  const { status, cancel } = useTrailRead(files);
  const [run, setRun] = useState<DecodeRun>();
  // Rows from Athena (local mode) join what the files held.
  const [athena, setAthena] = useState<readonly OrgDenial[]>([]);
  const fromFiles = status.type === "done" ? status.denials : undefined;
  const denials = useMemo(() => {
    const fromLink = (shared ?? []).map(fromSharedRow);
    return fromFiles === undefined && athena.length === 0 && fromLink.length === 0
      ? undefined
      : [...(fromFiles ?? []), ...athena, ...fromLink].sort((a, b) => b.events - a.events);
  }, [fromFiles, athena, shared]);
  // The encoded messages among the groups' messages, read as the page reads any error text.
  const tokens = useMemo(() => {
    if (!denials) return [];
    const text = denials.flatMap((d) => d.message ?? []).join("\n");
    const report = readErrors(text);
    return [
      ...new Set(
        report.groups.flatMap((g) =>
          g.tokens.filter((f) => isUsable(f.judgement)).map((f) => f.token),
        ),
      ),
    ];
  }, [denials]);
  return (
    <CredentialsProvider>
      {files.length > 0 && (
        <section className="panel wide" aria-labelledby="trail-heading">
          <h2 id="trail-heading">{t("org.files", { files: files.length })}</h2>
          <div data-testid={TEST_IDS.trailProgress}>
            <progress
              value={status.bytes}
              max={Math.max(status.total, 1)}
              aria-label={t("org.progress.label")}
            />
            <p className="hint" role="status">
              {t(status.type === "done" ? "org.progress.done" : "org.progress", {
                read: size(status.bytes),
                total: size(status.total),
                files: status.files,
                filesTotal: status.filesTotal,
                events: status.seen.toLocaleString(),
                denied: status.denied.toLocaleString(),
              })}
            </p>
          </div>
          {status.type === "progress" && (
            <button
              type="button"
              className="button secondary"
              data-testid={TEST_IDS.trailCancel}
              onClick={cancel}
            >
              {t("org.cancel")}
            </button>
          )}
          {status.type === "done" && status.cancelled && (
            <p className="notice info">{t("org.cancelled")}</p>
          )}
          {status.type === "done" && status.problems.length > 0 && (
            <ul className="notices">
              {status.problems.map((p, i) => (
                <li key={i} className="notice warning" data-testid={TEST_IDS.inputWarning}>
                  {problemText(p, messages)}
                </li>
              ))}
            </ul>
          )}
          {fromFiles?.length === 0 && <p>{t("org.none")}</p>}
        </section>
      )}
      {denials !== undefined && denials.length > 0 && (
        <OrgOverview denials={denials} onOpen={onOpen} />
      )}
      <QueriesPanel open={files.length === 0 && shared === undefined} onRows={setAthena} />
      {tokens.length > 0 && (
        <DecodePanel
          tokens={tokens}
          partition={undefined}
          loop={<DecodeLoop tokens={tokens} partition={undefined} />}
          onDecoded={setRun}
        />
      )}
      {run !== undefined && run.groups.length > 0 && (
        <section className="panel wide" aria-labelledby="org-decoded-heading">
          <h2 id="org-decoded-heading">{t("org.decoded", { count: run.groups.length })}</h2>
          <ul className="org-decoded">
            {run.groups.map((g) => (
              <DecodedLine key={g.message} message={g.message} onOpen={onOpen} />
            ))}
          </ul>
        </section>
      )}
    </CredentialsProvider>
  );
}
