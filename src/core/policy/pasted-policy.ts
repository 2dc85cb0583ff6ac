import * as z from "zod/mini";

/**
 * A policy someone else wrote, as pasted: any effect, NotAction/NotResource/Principal, and
 * `Statement` as one object or a list (IAM User Guide, "IAM JSON policy elements reference":
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html). Unlike
 * `PolicyDocument` (what this project writes), nothing here is assumed to be an Allow.
 */
const stringOrList = z.union([z.string(), z.array(z.string())]);

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Operator → key → values, kept as JSON.parse made it: a record schema would rebuild it and drop
 * a key spelled `__proto__`, and a dropped condition makes a statement match more than it does.
 */
const conditionBlock = z.custom<Record<string, Record<string, unknown>>>(
  (v) => isRecord(v) && Object.values(v).every(isRecord),
);

const statementSchema = z.looseObject({
  Sid: z.optional(z.string()),
  Effect: z.string(),
  Action: z.optional(stringOrList),
  NotAction: z.optional(stringOrList),
  Resource: z.optional(stringOrList),
  NotResource: z.optional(stringOrList),
  Principal: z.optional(z.unknown()),
  NotPrincipal: z.optional(z.unknown()),
  Condition: z.optional(conditionBlock),
});

const policySchema = z.looseObject({
  Version: z.optional(z.string()),
  Id: z.optional(z.string()),
  Statement: z.union([statementSchema, z.array(statementSchema)]),
});

export type PastedStatement = z.infer<typeof statementSchema>;
export interface PastedPolicyDocument {
  readonly Version: string | undefined;
  /** Always a list, whichever form the paste used. */
  readonly Statement: readonly PastedStatement[];
}

/** A policy document from a value (an object, or the JSON string some outputs hold). */
export function readPastedPolicy(value: unknown): PastedPolicyDocument | undefined {
  let v = value;
  if (typeof v === "string") {
    try {
      v = JSON.parse(v);
    } catch {
      return undefined;
    }
  }
  const parsed = policySchema.safeParse(v);
  if (!parsed.success) return undefined;
  const { Version, Statement } = parsed.data;
  return { Version, Statement: Array.isArray(Statement) ? Statement : [Statement] };
}
