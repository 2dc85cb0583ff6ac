import { useId, useMemo, useState } from "react";
import type { OrgDenial } from "../../../core/cloudtrail/org-denials";
import { orgReport, type OrgRow } from "../../../core/cloudtrail/org-report";
import { useMessages } from "../../i18n/messages";
import { TEST_IDS } from "../../test-ids";
import { DraftView } from "../error-report/draft-view";
import { FixTargets } from "../fix-target/fix-targets";
import { fixPlan } from "../../../core/policy/targets/plan";
import { whyText } from "../error-report/denials-overview";
import { resourceText } from "../decoded/summary-view";
import { resourceLabel } from "../../../core/explain/summary";
import { parseArn } from "../../../core/model/arn";
import { CopyLinkButton } from "../share/copy-link-button";
import { orgShareRows } from "../../../core/cloudtrail/org-share";

interface Filters {
  readonly account: string;
  readonly principal: string;
  readonly service: string;
  /** Days, YYYY-MM-DD, inclusive; empty for no bound. */
  readonly from: string;
  readonly to: string;
}

const NO_FILTERS: Filters = { account: "", principal: "", service: "", from: "", to: "" };

const serviceOf = (d: OrgDenial): string | undefined =>
  d.eventSource?.replace(/\.amazonaws\.com$/, "");

/** A group's days overlap the range: it was seen on or after `from` and on or before `to`. */
function inRange(d: OrgDenial, from: string, to: string): boolean {
  if (from !== "" && (d.lastSeen ?? "") !== "" && (d.lastSeen ?? "").slice(0, 10) < from)
    return false;
  if (to !== "" && (d.firstSeen ?? "") !== "" && (d.firstSeen ?? "").slice(0, 10) > to)
    return false;
  return true;
}

const distinct = (values: readonly (string | undefined)[]): string[] =>
  [...new Set(values.flatMap((v) => (v === undefined ? [] : [v])))].sort();

/** A role's or user's name for a table cell; the ARN is the cell's title. */
const shortArn = (arn: string): string => arn.replace(/^arn:[^:]+:iam::\d{12}:/, "");

/**
 * The organization's distinct denials, ranked, with filters; under them one policy per principal
 * for what its own policy can fix. Rows open in the single-denial view.
 */
export function OrgOverview({
  denials,
  onOpen,
}: {
  denials: readonly OrgDenial[];
  onOpen: (message: string) => void;
}) {
  const { t } = useMessages();
  const id = useId();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const options = useMemo(
    () => ({
      account: distinct(denials.map((d) => d.account)),
      principal: distinct(denials.map((d) => d.principal)),
      service: distinct(denials.map(serviceOf)),
    }),
    [denials],
  );
  const shown = useMemo(
    () =>
      denials.filter(
        (d) =>
          (filters.account === "" || d.account === filters.account) &&
          (filters.principal === "" || d.principal === filters.principal) &&
          (filters.service === "" || serviceOf(d) === filters.service) &&
          inRange(d, filters.from, filters.to),
      ),
    [denials, filters],
  );
  const report = useMemo(() => orgReport(shown), [shown]);
  const events = shown.reduce((sum, d) => sum + d.events, 0);
  // Labels by `for`, not wrapping: a wrapped select's name would take in its chosen option.
  const select = (name: "account" | "principal" | "service", values: readonly string[]) => (
    <div className="filter">
      <label htmlFor={`${id}-${name}`}>{t(`org.filter.${name}`)}</label>
      <select
        id={`${id}-${name}`}
        value={filters[name]}
        onChange={(e) => {
          setFilters({ ...filters, [name]: e.target.value });
        }}
      >
        <option value="">{t("org.filter.all", { count: values.length })}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {name === "principal" ? shortArn(v) : v}
          </option>
        ))}
      </select>
    </div>
  );
  const day = (name: "from" | "to") => (
    <label>
      {t(`org.filter.${name}`)}
      <input
        type="date"
        value={filters[name]}
        onChange={(e) => {
          setFilters({ ...filters, [name]: e.target.value });
        }}
      />
    </label>
  );
  return (
    <>
      <section className="panel wide org" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>{t("org.heading")}</h2>
        <div className="org-filters" role="group" aria-label={t("org.filters")}>
          {select("account", options.account)}
          {select("principal", options.principal)}
          {select("service", options.service)}
          {day("from")}
          {day("to")}
        </div>
        <p className="hint" role="status">
          {t("org.shown", { count: shown.length, events, total: denials.length })}
        </p>
        {/* What is shown, as groups only: accounts, ARNs and IDs redacted, no token. */}
        <CopyLinkButton
          secondary
          label="org.share"
          testId={TEST_IDS.orgShare}
          payload={() => {
            const { rows, hidden } = orgShareRows(shown);
            return { k: "o", r: rows, ...(hidden.length > 0 ? { h: hidden } : {}) };
          }}
        />
        <div className="table-scroll" tabIndex={0}>
          <table data-testid={TEST_IDS.orgOverview} className="stack-on-phone">
            <caption className="visually-hidden">{t("org.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("org.col.events")}</th>
                <th scope="col">{t("overview.action")}</th>
                <th scope="col">{t("org.col.principal")}</th>
                <th scope="col">{t("org.col.account")}</th>
                <th scope="col">{t("overview.resource")}</th>
                <th scope="col">{t("overview.why")}</th>
                <th scope="col">{t("org.col.seen")}</th>
                <th scope="col">{t("overview.fixer")}</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((row, i) => (
                <OrgRowView key={i} row={row} onOpen={onOpen} />
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {report.policies.map((draft) => (
        <DraftView
          key={draft.principalArn}
          draft={draft}
          heading={t("draft.heading.for", { who: draft.principalArn })}
        />
      ))}
      <OthersToChange rows={report.rows} />
    </>
  );
}

/**
 * The denials someone else fixes (a resource's owner, the organization, a role's owner…): their
 * statements as the single view drafts them, one fold per denial.
 */
function OthersToChange({ rows }: { rows: readonly OrgRow[] }) {
  const { t } = useMessages();
  const theirs = useMemo(
    () =>
      rows.flatMap((row) =>
        row.reason !== undefined &&
        fixPlan({ reason: row.reason, region: undefined }).some(
          (p) => !(p.target.kind === "identity" && p.role === "named"),
        )
          ? [{ row, reason: row.reason }]
          : [],
      ),
    [rows],
  );
  if (theirs.length === 0) return null;
  return (
    <section className="panel wide" aria-labelledby="org-others-heading">
      <h2 id="org-others-heading">{t("org.others", { count: theirs.length })}</h2>
      {theirs.map(({ row, reason }, i) => (
        <details key={i} className="org-other">
          <summary>
            <code>{row.action ?? row.eventName ?? "?"}</code>
            {row.principal !== undefined && (
              <>
                {" · "}
                <code>{shortArn(row.principal)}</code>
              </>
            )}
            {" · "}
            {t(`fixer.${row.fixer}`)}
          </summary>
          <FixTargets reason={reason} region={undefined} />
        </details>
      ))}
    </section>
  );
}

function OrgRowView({ row, onOpen }: { row: OrgRow; onOpen: (message: string) => void }) {
  const messages = useMessages();
  const { t } = messages;
  // Where the calls came from, short in the cell and whole on hover: an IP and a tool's user agent
  // tell a pipeline from a person.
  const agent = row.userAgents?.[0];
  const from = [
    ...(row.sourceIps?.slice(0, 2) ?? []),
    ...(agent === undefined ? [] : [agent.length > 40 ? `${agent.slice(0, 39)}…` : agent]),
  ].join(" · ");
  const fromAll = [...(row.sourceIps ?? []), ...(row.userAgents ?? [])].join("\n");
  // Days in the cell, the exact times on hover: a range of days is what a reader compares.
  const first = row.firstSeen?.slice(0, 10);
  const last = row.lastSeen?.slice(0, 10);
  const seen = first === last ? (first ?? "—") : `${first ?? "?"} – ${last ?? "?"}`;
  return (
    <tr>
      <td data-label={t("org.col.events")} className="nowrap">
        {row.events.toLocaleString()}
      </td>
      <td data-label={t("overview.action")}>
        <code>{row.action ?? row.eventName ?? "?"}</code>
        {row.message !== undefined && (
          <>
            {" "}
            <button
              type="button"
              className="link-button"
              data-testid={TEST_IDS.orgOpenDenial}
              onClick={() => {
                onOpen(row.message ?? "");
              }}
            >
              {t("org.open")}
            </button>
          </>
        )}
      </td>
      <td data-label={t("org.col.principal")}>
        {row.principal === undefined ? (
          "—"
        ) : (
          <code title={row.principal}>{shortArn(row.principal)}</code>
        )}
        {from !== "" && (
          <span className="hint sources" title={fromAll}>
            {from}
          </span>
        )}
      </td>
      <td data-label={t("org.col.account")} className="nowrap">
        {row.account ?? "—"}
        {row.regions !== undefined && (
          <span className="hint sources">{row.regions.join(", ")}</span>
        )}
      </td>
      <td data-label={t("overview.resource")}>
        {/* The resource as the cards name it; the account and Region have their own column. */}
        {row.resource === undefined ? (
          "—"
        ) : (
          <code title={row.resource}>
            {resourceText(resourceLabel({ arn: row.resource, parsed: parseArn(row.resource) }))}
          </code>
        )}
      </td>
      <td data-label={t("overview.why")}>
        {whyText(row, messages) ?? row.errorCode ?? t("overview.why.unknown")}
      </td>
      <td
        data-label={t("org.col.seen")}
        className="nowrap"
        title={[row.firstSeen, row.lastSeen].filter((v) => v !== undefined).join(" – ")}
      >
        {seen}
      </td>
      <td data-label={t("overview.fixer")}>{t(`fixer.${row.fixer}`)}</td>
    </tr>
  );
}
