import { parseArgs } from "node:util";
import { buildOrgReport, buildReport } from "../core/report/build-report";
import { readCloudTrail } from "./read-cloudtrail";
import { queriesCommand } from "./queries";
import type { Report, ReportPolicyFormat } from "../core/report/schema";
import { decodeTokens } from "./decode";
import { DEFAULT_BASE_URL, shareLink } from "./link";
import { openInput, readLog, type ReadResult } from "./read-input";
import { COLOUR, PLAIN, renderMarkdown, renderText } from "./render";
import { renderOrgMarkdown, renderOrgText } from "./render-org";
import { wordsFor, type Lang } from "./words";

/** Exit codes (docs/cli.md): a script can tell "denials found" from "could not read". */
export const EXIT = { clean: 0, error: 1, denials: 2 } as const;

const FORMATS = ["text", "json", "markdown"] as const;
const POLICY_FORMATS = ["json", "cli", "terraform", "cloudformation", "cdk"] as const;

export const USAGE = `Usage: authz-decoder [options] [FILE...]
       terraform apply 2>&1 | authz-decoder
       authz-decoder mcp [--decode]
       authz-decoder queries --help     (Athena and CloudTrail Lake SQL for an organization)

Reads AWS authorization errors (logs, CLI output, decoded messages; .gz too) from FILEs or
standard input and prints each distinct denial: who, what, on which resource, why, who fixes it,
and the statements that fix it; then one merged policy per principal for what its own policy can fix.

Options:
  --format text|json|markdown   output (json: the documented schema, docs/cli.md)   [text]
  --policy-format json|cli|terraform|cloudformation|cdk                              [json]
  --lang en|ja                  language of the text and markdown output            [en]
  --link [BASE_URL]             print a redacted link to the page with this analysis
                                (BASE_URL, else $AUTHZ_DECODER_URL, else ${DEFAULT_BASE_URL})
  --cloudtrail                  read CloudTrail instead: trail files (.json.gz too), lookup-events
                                output, Athena results (CSV or get-query-results JSON); prints the
                                organization's distinct denials ranked, who fixes each, and policies
  --decode                      decode the tokens with STS (the SDK's default credential chain)
  --profile NAME, --region NAME for --decode
  --no-color                    no colour (also NO_COLOR; colour only on a terminal)
  -h, --help                    this help

Exit status: 0 no denial found, 2 denials found, 1 usage or read error.`;

class UsageError extends Error {}

function choice<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(", ")}, not "${value}"`);
}

/** `--link` takes an optional value: `--link` alone, `--link URL` or `--link=URL`. */
function splitLink(argv: readonly string[]): { argv: string[]; link: string | true | undefined } {
  const rest: string[] = [];
  let link: string | true | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--link") {
      const next = argv[i + 1];
      if (next !== undefined && /^https?:\/\//.test(next)) {
        link = next;
        i++;
      } else link = true;
    } else if (arg.startsWith("--link=")) link = arg.slice("--link=".length);
    else rest.push(arg);
  }
  return { argv: rest, link };
}

/** Typed at a terminal with nothing piped in, a filter would wait silently: say what it reads. */
function requireInput(files: readonly string[]): void {
  if (files.length === 0 && process.stdin.isTTY)
    throw new UsageError(
      "no input: pipe a log in (terraform apply 2>&1 | authz-decoder) or name files",
    );
}

async function readAll(files: readonly string[]): Promise<ReadResult> {
  requireInput(files);
  const parts = await Promise.all(
    (files.length === 0 ? [undefined] : files).map((f) => readLog(openInput(f))),
  );
  return {
    text: parts.map((p) => p.text).join("\n"),
    narrowed: parts.some((p) => p.narrowed),
    truncated: parts.some((p) => p.truncated),
    bytes: parts.reduce((n, p) => n + p.bytes, 0),
  };
}

/** What the system's error codes mean to someone who named a file. */
const FILE_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: "no such file",
  EISDIR: "is a directory",
  Z_DATA_ERROR: "not valid gzip data (truncated or damaged)",
  Z_BUF_ERROR: "not valid gzip data (truncated or damaged)",
};

/** Bad arguments and unreadable files are the user's to fix: a sentence, never a stack trace. */
function errorText(e: unknown): string {
  if (e instanceof UsageError) return e.message;
  if (!(e instanceof Error)) return String(e);
  if (!("code" in e) || typeof e.code !== "string") return e.message;
  if (e.code.startsWith("ERR_PARSE_ARGS")) return `${e.code}: ${e.message}`;
  const path = "path" in e && typeof e.path === "string" ? `: ${e.path}` : "";
  return `${FILE_ERRORS[e.code] ?? e.code}${path}`;
}

export const hasDenials = (report: Report): boolean =>
  report.denials.length > 0 ||
  (report.decoded !== undefined && report.decoded.verdict !== "allowed");

export async function run(
  argvIn: readonly string[],
  io: { out: (s: string) => void; err: (s: string) => void; isTTY: boolean },
): Promise<number> {
  if (argvIn[0] === "queries") {
    try {
      const result = queriesCommand(argvIn.slice(1));
      if ("error" in result) {
        io.err(`authz-decoder: ${result.error}\nRun authz-decoder queries --help for the options.`);
        return EXIT.error;
      }
      io.out(result.out);
      return EXIT.clean;
    } catch (e) {
      io.err(`authz-decoder: ${e instanceof Error ? e.message : String(e)}`);
      return EXIT.error;
    }
  }
  if (argvIn[0] === "mcp") {
    const { serveMcp } = await import("./mcp");
    await serveMcp({ decode: argvIn.includes("--decode") });
    return EXIT.clean;
  }
  try {
    const { argv, link } = splitLink(argvIn);
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string" },
        "policy-format": { type: "string" },
        lang: { type: "string" },
        decode: { type: "boolean" },
        cloudtrail: { type: "boolean" },
        profile: { type: "string" },
        region: { type: "string" },
        "no-color": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
    if (values.help === true) {
      io.out(USAGE);
      return EXIT.clean;
    }
    const format = choice("format", values.format, FORMATS, "text");
    const policyFormat: ReportPolicyFormat = choice(
      "policy-format",
      values["policy-format"],
      POLICY_FORMATS,
      "json",
    );
    const lang: Lang = choice("lang", values.lang, ["en", "ja"] as const, "en");
    const w = wordsFor(lang);
    const colour = io.isTTY && values["no-color"] !== true && !("NO_COLOR" in process.env);
    if (values.cloudtrail === true) {
      requireInput(positionals);
      const read = await readCloudTrail(positionals);
      for (const p of read.problems) io.err(`authz-decoder: ${p.name}: ${p.text}`);
      // Every file refused and nothing read: an error, not a clean "no denials".
      if (
        read.problems.length === Math.max(positionals.length, 1) &&
        read.seen === 0 &&
        read.denials.length === 0
      )
        return EXIT.error;
      const report = buildOrgReport(read.denials, read, { policyFormat });
      io.out(
        format === "json"
          ? JSON.stringify(report, null, 2)
          : format === "markdown"
            ? renderOrgMarkdown(report, w)
            : renderOrgText(report, w, colour ? COLOUR : PLAIN),
      );
      return read.denials.length > 0 ? EXIT.denials : EXIT.clean;
    }
    const input = await readAll(positionals);
    const notes = [
      ...(input.narrowed ? [w.narrowed] : []),
      ...(input.truncated ? [w.truncated] : []),
    ];
    let report = buildReport(input.text, { policyFormat });
    if (values.decode === true) {
      const decoded = await decodeTokens(
        report,
        { profile: values.profile, region: values.region },
        (m) => {
          io.err(`authz-decoder: ${m}`);
        },
      );
      if (decoded.size > 0) report = buildReport(input.text, { policyFormat, decoded });
    }
    if (link !== undefined) {
      const base = link === true ? (process.env.AUTHZ_DECODER_URL ?? DEFAULT_BASE_URL) : link;
      const url = shareLink(input.text, base);
      if (url !== undefined) report = { ...report, link: url };
    }
    io.out(
      format === "json"
        ? JSON.stringify(report, null, 2)
        : format === "markdown"
          ? renderMarkdown(report, w, notes)
          : renderText(report, w, colour ? COLOUR : PLAIN, notes),
    );
    return hasDenials(report) ? EXIT.denials : EXIT.clean;
  } catch (e) {
    io.err(`authz-decoder: ${errorText(e)}\nRun authz-decoder --help for the options.`);
    return EXIT.error;
  }
}
