import { useState, type ReactNode } from "react";
import type { DenialGroup } from "../../../core/errors/error-report";
import { isUsable } from "../../../core/errors/token-vocabulary";
import type { Analysis } from "../../../core/model/analysis";
import { useMessages } from "../../i18n/messages";
import { TEST_IDS } from "../../test-ids";
import { Results } from "../decoded/results";
import { policyArnFacts } from "../../../core/errors/policy-arn";
import { AuthorizationCommands } from "../toolbox/authorization-commands";
import { FetchDetails } from "../toolbox/fetch-details";
import { policyArnText } from "../toolbox/policy-words";
import { FixTargets } from "../fix-target/fix-targets";
import { ownerText, ReasonSummary } from "./reason-summary";
import { TokenView } from "./token-view";
import { denialCardId } from "./card-id";
import { likelyActionOf } from "../../../core/explain/overview";

/** The card's tokens and their commands, fold where the report's decode block has them all. */
function TokenSection({
  fold,
  count,
  children,
}: {
  fold: boolean;
  count: number;
  children: ReactNode;
}) {
  const { t } = useMessages();
  if (!fold) return <>{children}</>;
  return (
    <details className="token-details">
      <summary>{t("report.tokens.summary", { count })}</summary>
      {children}
    </details>
  );
}

/** A log can repeat one error thousands of times: name the first lines only. */
const MAX_LINES_LISTED = 12;
const lineList = (lines: readonly number[]): string =>
  lines.length > MAX_LINES_LISTED
    ? `${lines.slice(0, MAX_LINES_LISTED).join(", ")}, …`
    : lines.join(", ");

/** A denial's token, decoded: the message, analysed when it could be. */
export interface DecodedDenial {
  readonly message: string;
  readonly analysis: Analysis | undefined;
}

/** Once its token is decoded, a card shows the decoded verdict in place of the token block. */
function DecodedInPlace({ decoded }: { decoded: DecodedDenial }) {
  const { t } = useMessages();
  return (
    <section
      className="decoded"
      data-testid={TEST_IDS.decodedResult}
      aria-label={t("decoded.heading")}
    >
      <h3>{t("decoded.heading")}</h3>
      {decoded.analysis ? (
        <Results analysis={decoded.analysis} share={false} />
      ) : (
        <pre className="code-block">{decoded.message}</pre>
      )}
    </section>
  );
}

/** One denial (identical errors together): what the text says, and its token or its decoding. */
export function GroupView({
  group,
  partition,
  region,
  decoded,
  index = 0,
  fold = false,
}: {
  /**
   * One of several: the overview above is the report's table of contents, so the card folds to its
   * sentence, and its token commands fold too (the report's decode block has them all).
   */
  fold?: boolean;
  group: DenialGroup;
  /** Its place in the report, for the overview's link to it. */
  index?: number;
  partition: string | undefined;
  /** The report's one region, when its ARNs agree: where IAM Toolbox is asked if the link says none. */
  region?: string | undefined;
  decoded: readonly DecodedDenial[];
}) {
  const messages = useMessages();
  const { t } = messages;
  const { reason, entries, tokens } = group;
  const first = entries[0];
  const event = first?.event;
  const apiAction = entries.find((e) => e.apiAction !== undefined)?.apiAction;
  const likely = apiAction === undefined ? likelyActionOf(group) : undefined;
  const decodable = tokens.some((f) => isUsable(f.judgement));
  // Folded, a card is its one sentence until its overview row or its summary opens it; a decode
  // the reader asked for opens it.
  const [open, setOpen] = useState(decoded.length > 0);
  const [wasDecoded, setWasDecoded] = useState(decoded.length > 0);
  if (wasDecoded !== decoded.length > 0) {
    setWasDecoded(decoded.length > 0);
    if (decoded.length > 0) setOpen(true);
  }
  const noReason = (Tag: "p" | "span") => (
    <Tag className="summary-sentence">
      {apiAction !== undefined
        ? t("report.noReason.operation", { action: apiAction })
        : likely !== undefined
          ? t("report.noReason.likely", { action: likely })
          : t("report.noReason")}
    </Tag>
  );
  const body = (
    <>
      {reason && <ReasonSummary reason={reason} part={fold ? "notes" : "all"} />}
      {!reason && !fold && noReason("p")}
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
      <p>{ownerText(reason, decodable, messages)}</p>
      {reason?.policyArn !== undefined && (
        <p className="hint">
          {t("report.policyArn", {
            arn: policyArnText(policyArnFacts(reason.policyArn), messages),
          })}
        </p>
      )}
      {reason && <FixTargets reason={reason} region={region} />}
      {reason?.authorizationId !== undefined && (
        <>
          <AuthorizationCommands
            authorizationId={reason.authorizationId}
            region={reason.authorizationRegion}
            consoleUrl={reason.consoleUrl}
          />
          <FetchDetails
            authorizationId={reason.authorizationId}
            region={reason.authorizationRegion ?? region ?? "us-east-1"}
          />
        </>
      )}
      {decoded.length > 0 ? (
        decoded.map((d) => <DecodedInPlace key={d.message} decoded={d} />)
      ) : (
        <TokenSection fold={fold && decodable} count={tokens.length}>
          {tokens.map((finding, i) => (
            <TokenView key={`${finding.token}-${i}`} finding={finding} partition={partition} />
          ))}
          {decodable && <p className="hint">{t("command.pasteBack")}</p>}
        </TokenSection>
      )}
    </>
  );
  return (
    <article className="panel denial" id={denialCardId(index)} tabIndex={-1}>
      {fold ? (
        <details
          className="denial-fold"
          open={open}
          onToggle={(e) => {
            setOpen(e.currentTarget.open);
          }}
        >
          <summary>
            {reason ? <ReasonSummary reason={reason} part="sentence" /> : noReason("span")}
          </summary>
          {body}
        </details>
      ) : (
        body
      )}
    </article>
  );
}
