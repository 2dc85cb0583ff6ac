import "../../views.css";
import { useMemo, useState } from "react";
import type { DecodeRun } from "../../../core/decode/run-decodes";
import type { ErrorReport } from "../../../core/errors/error-report";
import type { SharedMessages } from "../../../core/share/payload";
import { isUsable } from "../../../core/errors/token-vocabulary";
import { draftsForReport } from "../../../core/policy/draft";
import { useMessages } from "../../i18n/messages";
import { CredentialsProvider } from "../decode/credentials-context";
import { DecodePanel } from "../decode/decode-panel";
import { SharePanel } from "../share/share-panel";
import { DenialsOverview } from "./denials-overview";
import { DraftView } from "./draft-view";
import { decodedGroups } from "./decoded-groups";
import { DecodeLoop } from "./decode-loop";
import { GroupView } from "./group-view";

const NO_MESSAGES: SharedMessages = [];

/** Rendering is what a huge log would make slow; the first groups are what a reader needs. */
const MAX_GROUPS_SHOWN = 50;

/**
 * An error text: the overview and the one policy first, then each denial. Decoding replaces each
 * card's token with its decoded verdict and the policy with one built from the decoded messages.
 */
export function ErrorReportView({
  report,
  partitionHint,
  sharedMessages = NO_MESSAGES,
}: {
  report: ErrorReport;
  partitionHint?: string | undefined;
  /** Messages a share link's sender decoded, by denial group. */
  sharedMessages?: SharedMessages;
}) {
  const { t } = useMessages();
  const count = report.entries.length;
  // The app keys this view per paste: a decode belongs to the report it was made for.
  const [run, setRun] = useState<DecodeRun>();
  const decoded = useMemo(
    () => decodedGroups(report, run, sharedMessages),
    [report, run, sharedMessages],
  );
  const toShare = useMemo(
    () => decoded.flatMap((list, g) => list.map((d) => ({ g, t: d.message }))),
    [decoded],
  );
  const drafts = useMemo(
    () =>
      draftsForReport(
        report.groups.flatMap((g, i) => {
          const messages = decoded[i] ?? [];
          return messages.length === 0
            ? [{ reason: g.reason, decoded: undefined }]
            : messages.map((d) => ({ reason: g.reason, decoded: d.analysis }));
        }),
        report.region,
      ),
    [report, decoded],
  );
  const usable = report.groups.flatMap((g) =>
    g.tokens.filter((f) => isUsable(f.judgement)).map((f) => f.token),
  );
  const distinctTokens = [...new Set(usable)];
  const partition = report.partition ?? partitionHint;
  const several = report.groups.length > 1;
  // With one denial decoded, its card holds the exact policy: a second copy would compete with it.
  const draftViews =
    !several && decoded[0]?.length === 1
      ? []
      : drafts.map((draft) => (
          <DraftView
            key={draft.principalArn}
            draft={draft}
            heading={
              drafts.length > 1
                ? t("draft.heading.for", { who: draft.principalArn })
                : t("draft.heading")
            }
          />
        ));
  const decodePanel = usable.length > 0 && (
    <DecodePanel
      tokens={usable}
      partition={partition}
      loop={
        distinctTokens.length > 1 ? (
          <DecodeLoop tokens={distinctTokens} partition={partition} />
        ) : undefined
      }
      onDecoded={(r) => {
        setRun(r);
      }}
    />
  );
  const heading = count === 1 ? t("report.heading.one") : t("report.heading", { count });
  return (
    // One set of pasted credentials for decoding and for fetching IAM Toolbox details.
    <CredentialsProvider>
      <p className="visually-hidden" role="status">
        {heading}
      </p>
      <section className="report" aria-labelledby="report-heading">
        <div className="report-head">
          <h2 id="report-heading">{heading}</h2>
          {report.groups.length < count && (
            <p className="hint">{t("report.groups", { count: report.groups.length })}</p>
          )}
        </div>
        {several && (
          <>
            {/* The overview first, and right under it the one policy for what you can fix. */}
            <DenialsOverview report={report} />
            {draftViews}
            {decodePanel}
          </>
        )}
        {report.groups.slice(0, MAX_GROUPS_SHOWN).map((group, i) => (
          <GroupView
            key={i}
            index={i}
            fold={report.groups.length > 1}
            group={group}
            partition={report.partition}
            region={report.region}
            decoded={decoded[i] ?? []}
          />
        ))}
        {report.groups.length > MAX_GROUPS_SHOWN && (
          <p className="notice info">
            {t("report.more", { count: report.groups.length - MAX_GROUPS_SHOWN })}
          </p>
        )}
      </section>
      {!several && decodePanel}
      {!several && draftViews}
      <SharePanel paste={{ kind: "errors", report }} messages={toShare} />
    </CredentialsProvider>
  );
}
