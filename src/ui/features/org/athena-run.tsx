import { useEffect, useRef, useState } from "react";
import type { OrgDenial } from "../../../core/cloudtrail/org-denials";
import { useMessages } from "../../i18n/messages";
import { TEST_IDS } from "../../test-ids";
import { localProfiles, type Profile } from "../decode/clients";
import { runOnAthena } from "./athena-client";
import { TextField } from "./text-field";

type Status =
  | { readonly state: "idle" }
  | {
      readonly state: "running";
      readonly step: string;
      readonly scannedBytes: number;
      readonly rows: number;
      readonly pages: number;
    }
  | {
      readonly state: "done";
      readonly rows: number;
      readonly pages: number;
      readonly scannedBytes: number;
    }
  | { readonly state: "failed"; readonly code: string; readonly message: string };

const gigabytes = (bytes: number): string =>
  (bytes / 1e9).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * Local mode (`npm start`): the denial query runs on Athena with this machine's credentials, and
 * its rows fill the overview page by page. The page sends the query's values; the local server
 * writes the SQL itself.
 */
export function AthenaRun({
  table,
  days,
  accounts,
  onRows,
}: {
  table: string;
  days: number;
  accounts: readonly string[];
  onRows: (denials: readonly OrgDenial[]) => void;
}) {
  const { t } = useMessages();
  const [profiles, setProfiles] = useState<Profile[]>([]);
  const [profile, setProfile] = useState("");
  const [region, setRegion] = useState("");
  const [database, setDatabase] = useState("default");
  const [workGroup, setWorkGroup] = useState("primary");
  const [outputLocation, setOutputLocation] = useState("");
  const [status, setStatus] = useState<Status>({ state: "idle" });
  const abort = useRef<AbortController | undefined>(undefined);
  useEffect(() => {
    void localProfiles().then(setProfiles);
    return () => abort.current?.abort();
  }, []);

  const run = () => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    const rows: OrgDenial[] = [];
    let current: Status = { state: "running", step: "QUEUED", scannedBytes: 0, rows: 0, pages: 0 };
    setStatus(current);
    void runOnAthena(
      {
        table,
        days,
        accounts,
        database,
        workGroup,
        outputLocation,
        region,
        profile,
      },
      (event) => {
        if (current.state !== "running") return;
        switch (event.kind) {
          case "started":
            return;
          case "state":
            current = { ...current, step: event.state, scannedBytes: event.scannedBytes };
            break;
          case "rows":
            rows.push(
              ...event.denials.map((d): OrgDenial => ({
                account: d.account,
                principal: d.principal,
                eventSource: d.eventSource,
                eventName: d.eventName,
                errorCode: d.errorCode,
                events: d.events,
                firstSeen: d.firstSeen,
                lastSeen: d.lastSeen,
                message: d.message,
              })),
            );
            current = { ...current, step: "RESULTS", rows: rows.length, pages: event.page };
            onRows([...rows]);
            break;
          case "done":
            current = {
              state: "done",
              rows: rows.length,
              pages: event.pages,
              scannedBytes: current.scannedBytes,
            };
            break;
          case "failed":
            current = { state: "failed", code: event.code, message: event.message };
            break;
        }
        setStatus(current);
      },
      controller.signal,
    );
  };

  return (
    <section className="athena-run" aria-label={t("org.athena.heading")}>
      <h3>{t("org.athena.heading")}</h3>
      <p className="hint">{t("org.athena.intro")}</p>
      <div className="org-filters">
        <label>
          {t("decode.local.profile")}
          <select
            value={profile}
            onChange={(e) => {
              setProfile(e.target.value);
            }}
          >
            <option value="">{t("decode.local.profileDefault")}</option>
            {profiles.map((p) => (
              <option key={p.name} value={p.name}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <TextField
          label={t("decode.region")}
          value={region}
          onValue={setRegion}
          placeholder={"us-east-1"}
        />
        <TextField label={t("org.athena.database")} value={database} onValue={setDatabase} />
        <TextField label={t("org.athena.workgroup")} value={workGroup} onValue={setWorkGroup} />
        <TextField
          label={t("org.athena.output")}
          value={outputLocation}
          onValue={setOutputLocation}
          placeholder={"s3://…"}
        />
      </div>
      <button
        type="button"
        className="button"
        data-testid={TEST_IDS.athenaRun}
        disabled={status.state === "running"}
        onClick={run}
      >
        {t("org.athena.run")}
      </button>
      <p className="hint" role="status" data-testid={TEST_IDS.athenaStatus}>
        {status.state === "running" &&
          t(status.step === "RESULTS" ? "org.athena.results" : "org.athena.running", {
            state: status.step,
            scanned: gigabytes(status.scannedBytes),
            rows: status.rows,
            pages: status.pages,
          })}
        {status.state === "done" &&
          t("org.athena.done", {
            rows: status.rows,
            pages: status.pages,
            scanned: gigabytes(status.scannedBytes),
          })}
      </p>
      {status.state === "failed" && (
        <p className="notice error" role="alert">
          {t("org.athena.failed", { code: status.code, message: status.message })}
        </p>
      )}
    </section>
  );
}
