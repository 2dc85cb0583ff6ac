import { Fragment, useMemo, useState } from "react";
import { analyze } from "../../../core/analyze";
import type { DecodeRun } from "../../../core/decode/run-decodes";
import { DecodePanel } from "../decode/decode-panel";
import { SharePanel } from "../share/share-panel";
import { Results } from "../decoded/results";
import {
  draftsFromAnalyses,
  draftsFromReasons,
  type DraftPolicy,
} from "../../../core/policy/draft";
import { resourceLabel, summarizePrincipal } from "../../../core/explain/summary";
import type { DenialGroup, ErrorReport, TokenFinding } from "../../../core/errors/error-report";
import { isUsable } from "../../../core/errors/token-vocabulary";
import { withheldToken } from "../../../core/share/share-text";
import type { Reason } from "../../../core/errors/reason";
import { parseArn } from "../../../core/model/arn";
import { buildPrincipal } from "../../../core/model/principal";
import type { MessageKey } from "../../i18n/en";
import { useMessages } from "../../i18n/messages";
import { TEST_IDS } from "../../test-ids";
import { CopyButton, PolicyBlock } from "../../shared/copy-button";
import { DenialsOverview } from "./denials-overview";
import { decodeLoop } from "../../../core/commands/decode-command";
import { targetText } from "../decoded/attach-target";
import { Formats } from "../decoded/formats";
import { draftNoteText, PolicySize, PolicyWarnings } from "../decoded/policy-checks";
import { DecodeCommand } from "../decoded/warnings";
import { resourceText, Who } from "../decoded/summary-view";

function ReasonSummary({ reason }: { reason: Reason }) {
  const { t, tNodes } = useMessages();
  const who = <Who principal={summarizePrincipal(buildPrincipal({ arn: reason.principalArn }))} />;
  if (reason.action === undefined)
    return (
      <>
        <p className="summary-sentence" data-testid={TEST_IDS.summary}>
          {tNodes("report.summary.noAction", { who, text: <code>{reason.actionText}</code> })}
        </p>
        {reason.operation !== undefined && (
          <p className="hint">{t("report.operation", { operation: reason.operation })}</p>
        )}
      </>
    );
  const denial = reason.denial ?? "unknown";
  const untyped = denial === "explicit" && reason.policyWords === undefined ? ".untyped" : "";
  const key = (
    reason.resource === undefined
      ? `report.summary.noResource.${denial}${untyped}`
      : `report.summary.${denial}${untyped}`
  ) as MessageKey;
  const resource =
    reason.resource === undefined
      ? ""
      : resourceText(resourceLabel({ arn: reason.resource, parsed: parseArn(reason.resource) }));
  const permission = reason.permission ?? reason.action;
  return (
    <>
      <p className="summary-sentence" data-testid={TEST_IDS.summary}>
        {tNodes(key, {
          who,
          action: <code>{permission}</code>,
          resource: <code>{resource}</code>,
          policy:
            reason.policyType === undefined
              ? (reason.policyWords ?? "")
              : t(`policyType.${reason.policyType}`),
        })}
      </p>
      {permission.toLowerCase() !== reason.action.toLowerCase() && (
        <p className="hint">
          {tNodes("report.permission", {
            action: <code>{reason.action}</code>,
            permission: <code>{permission}</code>,
          })}
        </p>
      )}
    </>
  );
}

/** Who can fix it, from the reason sentence; decoding is suggested only when a token can be decoded. */
function ownerKey(reason: Reason | undefined, decodable: boolean): MessageKey {
  if (reason?.denial === "explicit" && reason.policyType === undefined)
    return "owner.explicit.untyped";
  if (reason?.policyType !== undefined && reason.denial !== undefined)
    return `owner.${reason.denial}.${reason.policyType}`;
  return decodable ? "owner.unknown" : "owner.unknown.noToken";
}

function TokenView({
  finding,
  partition,
}: {
  finding: TokenFinding;
  partition: string | undefined;
}) {
  const { t } = useMessages();
  const { judgement, token } = finding;
  const left = withheldToken(finding.placeholder);
  const text = left
    ? t("token.withheld", {
        length: left.length,
        judgement: t(`token.judgement.${left.judgement}`),
      })
    : judgement === "placeholder"
      ? t("token.placeholder", { text: finding.placeholder ?? token })
      : judgement === "truncated" && token.length >= 300
        ? t("token.truncated.ellipsis", { length: token.length })
        : t(`token.${judgement}`, { length: token.length, marker: finding.elided ?? "" });
  return (
    <div className="token-block">
      <p
        className={`notice ${isUsable(judgement) ? "info" : "warning"}`}
        data-testid={TEST_IDS.inputWarning}
      >
        {text}
      </p>
      {isUsable(judgement) && (
        <>
          {finding.startsWithDash && (
            <p className="notice info" data-testid={TEST_IDS.inputWarning}>
              {t("token.dash")}
            </p>
          )}
          <DecodeCommand token={token} {...(partition === undefined ? {} : { partition })} />
        </>
      )}
    </div>
  );
}

/** A log can repeat one error thousands of times: name the first lines only. */
const MAX_LINES_LISTED = 12;
const lineList = (lines: readonly number[]): string =>
  lines.length > MAX_LINES_LISTED
    ? `${lines.slice(0, MAX_LINES_LISTED).join(", ")}, …`
    : lines.join(", ");

/** Rendering is what a huge log would make slow; the first groups are what a reader needs. */
const MAX_GROUPS_SHOWN = 50;

function GroupView({ group, partition }: { group: DenialGroup; partition: string | undefined }) {
  const { t } = useMessages();
  const { reason, entries, tokens } = group;
  const first = entries[0];
  const event = first?.event;
  const apiAction = entries.find((e) => e.apiAction !== undefined)?.apiAction;
  return (
    <article className="panel denial">
      {reason ? (
        <ReasonSummary reason={reason} />
      ) : (
        <p className="summary-sentence">
          {t("report.noReason", {
            action:
              apiAction === undefined ? "" : t("report.noReason.action", { action: apiAction }),
          })}
        </p>
      )}
      <p className="hint">
        {entries.length > 1
          ? t("report.seen", {
              count: entries.length,
              lines: lineList(entries.map((e) => e.line)),
            })
          : t("report.seenOnce", { line: first?.line ?? 1 })}
      </p>
      {event && (
        <p className="hint">
          {t("report.event", {
            name: event.eventName ?? "?",
            source: event.eventSource ?? "?",
            region: event.awsRegion ?? "?",
            time: event.eventTime ?? "?",
            identity: event.identityArn ?? "?",
          })}
        </p>
      )}
      <p>
        {t(
          ownerKey(
            reason,
            tokens.some((f) => isUsable(f.judgement)),
          ),
        )}
      </p>
      {reason?.policyArn !== undefined && (
        <p className="hint">{t("report.policyArn", { arn: reason.policyArn })}</p>
      )}
      {tokens.map((finding, i) => (
        <TokenView key={`${finding.token}-${i}`} finding={finding} partition={partition} />
      ))}
      {tokens.some((f) => isUsable(f.judgement)) && (
        <p className="hint">{t("command.pasteBack")}</p>
      )}
    </article>
  );
}

function DraftView({
  draft,
  heading,
  marker,
}: {
  draft: DraftPolicy;
  heading: string;
  /** Drafted from reason sentences: say the conditions are unknown. */
  marker: boolean;
}) {
  const messages = useMessages();
  const { t, tNodes } = messages;
  const id = `draft-${draft.principalArn}`;
  return (
    <section className="panel wide fix" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {marker ? (
        <p className="notice warning" data-testid={TEST_IDS.inputWarning}>
          {t("draft.marker")}
        </p>
      ) : (
        <p className="hint">{t("decoded.combined.hint")}</p>
      )}
      <p>{tNodes("fix.allow.intro", { target: targetText(draft.attachTo, messages) })}</p>
      <PolicyWarnings warnings={draft.warnings} />
      <PolicyBlock json={draft.json} />
      <PolicySize document={draft.document} warnings={draft.warnings} />
      <ul className="notes">
        {draft.notes.map((note, i) => (
          <li key={i}>{draftNoteText(note, messages)}</li>
        ))}
        {marker && <li>{t("draft.covers")}</li>}
        <li>{t("fix.note.other-policies-can-deny")}</li>
      </ul>
      <Formats document={draft.document} attachTo={draft.attachTo} />
    </section>
  );
}

function DecodedResults({ run }: { run: DecodeRun }) {
  const { t } = useMessages();
  // Analysed once per decode: the views key their state (narrowing, IAM facts) on these objects.
  const analyses = useMemo(
    () =>
      run.groups.map((group) => {
        const result = analyze(group.message);
        return result.ok ? result.value : undefined;
      }),
    [run],
  );
  const combined = useMemo(() => draftsFromAnalyses(analyses), [analyses]);
  return (
    <>
      {run.groups.map((group, i) => {
        const analysis = analyses[i];
        return (
          <section
            key={group.message}
            className="decoded"
            data-testid={TEST_IDS.decodedResult}
            aria-label={t("decoded.heading")}
          >
            <h2>
              {run.groups.length > 1
                ? t("decoded.heading.many", { index: i + 1, count: run.groups.length })
                : t("decoded.heading")}
            </h2>
            {group.tokens.length > 1 && (
              <p className="hint">{t("decoded.tokens", { count: group.tokens.length })}</p>
            )}
            {analysis ? (
              <Results analysis={analysis} />
            ) : (
              <pre className="code-block">{group.message}</pre>
            )}
          </section>
        );
      })}
      {combined.map((draft) => (
        <DraftView
          key={draft.principalArn}
          draft={draft}
          heading={t("decoded.combined", { who: draft.principalArn })}
          marker={false}
        />
      ))}
    </>
  );
}

/** A stable number per report, so a new paste gets a fresh decode panel. */
const reportIds = new WeakMap<ErrorReport, number>();
let nextReportId = 0;
function reportId(report: ErrorReport): number {
  let id = reportIds.get(report);
  if (id === undefined) {
    id = ++nextReportId;
    reportIds.set(report, id);
  }
  return id;
}

export function ErrorReportView({
  report,
  partitionHint,
}: {
  report: ErrorReport;
  partitionHint?: string | undefined;
}) {
  const { t } = useMessages();
  const count = report.entries.length;
  // A decode belongs to the report it was made for; a new paste starts over.
  const [decoded, setDecoded] = useState<{ report: ErrorReport; run: DecodeRun } | undefined>(
    undefined,
  );
  const run = decoded?.report === report ? decoded.run : undefined;
  const drafts = useMemo(
    () =>
      draftsFromReasons(
        report.groups.map((g) => g.reason),
        report.region,
      ),
    [report],
  );
  const usable = report.groups.flatMap((g) =>
    g.tokens.filter((f) => isUsable(f.judgement)).map((f) => f.token),
  );
  const distinctTokens = [...new Set(usable)];
  const loop = decodeLoop({
    tokens: distinctTokens,
    partition: report.partition ?? partitionHint,
  });
  const several = report.groups.length > 1;
  const draftViews = drafts.map((draft) => (
    <DraftView
      key={draft.principalArn}
      draft={draft}
      heading={
        drafts.length > 1 ? t("draft.heading.for", { who: draft.principalArn }) : t("draft.heading")
      }
      marker
    />
  ));
  return (
    <>
      <p className="visually-hidden" role="status">
        {count === 1 ? t("report.heading.one") : t("report.heading", { count })}
      </p>
      <section className="report" aria-labelledby="report-heading">
        <h2 id="report-heading">
          {count === 1 ? t("report.heading.one") : t("report.heading", { count })}
        </h2>
        {report.groups.length < count && (
          <p className="hint">{t("report.groups", { count: report.groups.length })}</p>
        )}
        {several && (
          <>
            {/* The overview first, and right under it the one policy for what you can fix. */}
            <DenialsOverview report={report} />
            {draftViews}
            {distinctTokens.length > 1 && (
              <section className="panel wide" aria-labelledby="decode-loop-heading">
                <h2 id="decode-loop-heading">
                  {t("decode.loop.heading", { count: distinctTokens.length })}
                </h2>
                <p className="hint">{t("decode.loop.hint")}</p>
                <div className="command">
                  <pre className="code-block" tabIndex={0}>
                    {loop}
                  </pre>
                  <CopyButton text={loop} label="command.copy" />
                </div>
              </section>
            )}
          </>
        )}
        {report.groups.slice(0, MAX_GROUPS_SHOWN).map((group, i) => (
          <Fragment key={i}>
            <GroupView group={group} partition={report.partition} />
          </Fragment>
        ))}
        {report.groups.length > MAX_GROUPS_SHOWN && (
          <p className="notice info">
            {t("report.more", { count: report.groups.length - MAX_GROUPS_SHOWN })}
          </p>
        )}
      </section>
      {usable.length > 0 && (
        <DecodePanel
          key={reportId(report)}
          tokens={usable}
          partition={report.partition ?? partitionHint}
          onDecoded={(r) => {
            setDecoded({ report, run: r });
          }}
        />
      )}
      {run && <DecodedResults run={run} />}
      {!several && draftViews}
      <SharePanel paste={{ kind: "errors", report }} passedToService />
    </>
  );
}
