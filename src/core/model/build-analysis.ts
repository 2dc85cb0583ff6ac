import type * as z from "zod/mini";
import { isRecord } from "../guards";
import type { InputForm } from "../input/locate-decoded";
import type { Warning } from "../notices";
import {
  KNOWN_CONTEXT_KEYS,
  KNOWN_TOP_KEYS,
  boolish,
  conditionsSchema,
  failuresSchema,
  principalSchema,
  statementsSchema,
} from "../parse/message-schema";
import { buildAction } from "./action";
import type { Analysis, ExtraField, Statement, Verdict } from "./analysis";
import { isPlaceholderAccount, parseArn } from "./arn";
import { findCondition, toConditionRows, type ConditionRow } from "./conditions";
import { buildPrincipal } from "./principal";

export interface ReadMessage {
  readonly value: Record<string, unknown>;
  readonly complete: boolean;
  readonly incompletePaths: ReadonlySet<string>;
  readonly forms: readonly InputForm[];
  readonly warnings: readonly Warning[];
  readonly tokens: readonly string[];
  readonly sourceText: string;
}

const own = (o: Record<string, unknown> | undefined, key: string): unknown =>
  o !== undefined && Object.hasOwn(o, key) ? o[key] : undefined;

/** Parses one field at a time; a wrong shape becomes a warning, never an exception or a lost paste. */
const fieldReader =
  (warnings: Warning[], incompletePaths: ReadonlySet<string>) =>
  <S extends z.ZodMiniType>(schema: S, value: unknown, name: string): z.infer<S> | undefined => {
    if (value === undefined) return undefined;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    // A container cut by damage is already reported as incomplete; its shape is not news.
    if (incompletePaths.has(name)) return undefined;
    warnings.push({
      code: "unexpected-shape",
      field: name,
      detail: parsed.error.issues[0]?.message ?? "",
    });
    return undefined;
  };

function extras(
  o: Record<string, unknown> | undefined,
  known: readonly string[],
  prefix: string,
): ExtraField[] {
  if (!o) return [];
  return Object.keys(o)
    .filter((k) => !known.includes(k))
    .map((k) => ({ path: `${prefix}${k}`, value: o[k] }));
}

function verdictOf(
  allowed: boolean | undefined,
  explicitDeny: boolean | undefined,
  denyStatements: number,
): Verdict {
  if (allowed === true) return "allowed";
  if (explicitDeny === true || denyStatements > 0) return "explicit-deny";
  if (allowed === false && explicitDeny === false) return "implicit-deny";
  return allowed === false ? "denied" : "unknown";
}

const stringValue = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

export function buildAnalysis(read: ReadMessage): Analysis {
  const warnings: Warning[] = [...read.warnings];
  const field = fieldReader(warnings, read.incompletePaths);
  const top = read.value;
  const context = isRecord(own(top, "context"))
    ? (own(top, "context") as Record<string, unknown>)
    : undefined;
  const principalRaw = own(context, "principal");

  const allowedRaw = own(top, "allowed");
  const allowed = field(boolish, allowedRaw, "allowed");
  const explicitDeny = field(boolish, own(top, "explicitDeny"), "explicitDeny");
  if (typeof allowedRaw === "string") warnings.push({ code: "string-booleans" });

  const principalFields = field(principalSchema, principalRaw, "context.principal");
  const principal = principalFields === undefined ? undefined : buildPrincipal(principalFields);
  const conditionEntries = field(
    conditionsSchema,
    own(context, "conditions"),
    "context.conditions",
  );
  const conditions: ConditionRow[] | undefined =
    conditionEntries && toConditionRows(conditionEntries);
  const resourceArn = stringValue(own(context, "resource"));
  const actionRaw = stringValue(own(context, "action"));
  const action =
    actionRaw === undefined
      ? undefined
      : buildAction(actionRaw, resourceArn, findCondition(conditions, "aws:Service")?.values[0]);

  const statements: Statement[] = (
    field(statementsSchema, own(top, "matchedStatements"), "matchedStatements") ?? []
  ).map((s) => ({
    statementId: s.statementId,
    effect: s.effect,
    principals: s.principals ?? [],
    principalGroups: s.principalGroups ?? [],
    actions: s.actions ?? [],
    resources: s.resources ?? [],
    conditions: toConditionRows(s.conditions ?? []),
    fromPermissionsBoundary: (s.principals ?? []).includes("SCOPE_POLICY_ISSUER"),
  }));
  const denyStatements = statements.filter((s) => s.effect?.toUpperCase() === "DENY").length;
  const verdict = verdictOf(allowed, explicitDeny, denyStatements);
  if (verdict === "denied" || verdict === "unknown")
    warnings.push({ code: "verdict-partly-unknown" });

  const resourceParsed = resourceArn === undefined ? undefined : parseArn(resourceArn);
  if (resourceParsed && isPlaceholderAccount(resourceParsed.account)) {
    warnings.push({ code: "placeholder-account", value: resourceParsed.account });
  }
  if (
    principal?.kind.kind === "iam-user" &&
    principal.name !== undefined &&
    principal.name !== principal.kind.userName
  ) {
    warnings.push({
      code: "name-arn-mismatch",
      name: principal.name,
      arnName: principal.kind.userName,
    });
  }

  const conditionsIncomplete = [...read.incompletePaths].some((p) =>
    p.startsWith("context.conditions"),
  );
  return {
    forms: read.forms,
    complete: read.complete,
    verdict,
    principal,
    action,
    resource: resourceArn === undefined ? undefined : { arn: resourceArn, parsed: resourceParsed },
    conditions,
    conditionsComplete: conditions !== undefined && !conditionsIncomplete,
    statements,
    failures: field(failuresSchema, own(top, "failures"), "failures") ?? [],
    extraFields: [
      ...extras(top, KNOWN_TOP_KEYS, ""),
      ...extras(context, KNOWN_CONTEXT_KEYS, "context."),
      ...extras(
        isRecord(principalRaw) ? principalRaw : undefined,
        ["id", "name", "arn"],
        "context.principal.",
      ),
    ],
    decodedJson: JSON.stringify(top, null, 2),
    sourceText: read.sourceText,
    tokens: read.tokens,
    warnings,
  };
}
