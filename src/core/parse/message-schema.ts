import * as z from "zod/mini";

/**
 * The decoded authorization message as AWS returns it, checked field by field so that a damaged or
 * partial message still yields what it holds. Shapes were read off real messages
 * (fixtures/README.md) and the STS API reference:
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_DecodeAuthorizationMessage.html
 * zod/mini keeps the first load small (docs/performance.md).
 */

/** `allowed`/`explicitDeny` are booleans, but AWS's own API example writes them as strings. */
export const boolish = z.union([
  z.boolean(),
  z.pipe(
    z.enum(["true", "false", "True", "False", "TRUE", "FALSE"]),
    z.transform((v) => v.toLowerCase() === "true"),
  ),
]);

const scalarText = z.pipe(z.union([z.string(), z.number(), z.boolean()]), z.transform(String));

/** `{"items":[{"value":"…"}]}`; the API reference's example writes a bare array of strings. */
const valueList = z.union([
  z.pipe(
    z.looseObject({ items: z.array(z.looseObject({ value: scalarText })) }),
    z.transform((v) => v.items.map((i) => i.value)),
  ),
  z.array(scalarText),
  z.pipe(
    scalarText,
    z.transform((v) => [v]),
  ),
]);

const conditionEntry = z.looseObject({ key: z.string(), values: valueList });

/** Both `{"items":[{key,values}]}` and the API reference's `[{"item":{key,values}}]`. */
export const conditionsSchema = z.union([
  z.pipe(
    z.looseObject({ items: z.array(conditionEntry) }),
    z.transform((c) => c.items),
  ),
  z.array(
    z.union([
      z.pipe(
        z.looseObject({ item: conditionEntry }),
        z.transform((c) => c.item),
      ),
      conditionEntry,
    ]),
  ),
  z.pipe(
    z.literal(""),
    z.transform((): z.infer<typeof conditionEntry>[] => []),
  ),
]);
export type ConditionEntry = z.infer<typeof conditionEntry>;

export const principalSchema = z.looseObject({
  id: z.optional(z.string()),
  name: z.optional(z.string()),
  arn: z.optional(z.string()),
});
export type PrincipalFields = z.infer<typeof principalSchema>;

const statementSchema = z.looseObject({
  statementId: z.optional(z.string()),
  effect: z.optional(z.string()),
  principals: z.optional(valueList),
  principalGroups: z.optional(valueList),
  actions: z.optional(valueList),
  resources: z.optional(valueList),
  conditions: z.optional(conditionsSchema),
});
export type StatementFields = z.infer<typeof statementSchema>;

export const statementsSchema = z.union([
  z.pipe(
    z.looseObject({ items: z.array(statementSchema) }),
    z.transform((s) => s.items),
  ),
  z.array(statementSchema),
  z.pipe(
    z.literal(""),
    z.transform((): StatementFields[] => []),
  ),
]);

export const failuresSchema = z.union([
  z.pipe(
    z.looseObject({ items: z.array(z.unknown()) }),
    z.transform((f) => f.items),
  ),
  z.array(z.unknown()),
  z.pipe(
    z.literal(""),
    z.transform((): unknown[] => []),
  ),
]);

/** The keys of a decoded message we understand; anything else is kept and shown as-is. */
export const KNOWN_TOP_KEYS = [
  "allowed",
  "explicitDeny",
  "matchedStatements",
  "failures",
  "context",
] as const;
export const KNOWN_CONTEXT_KEYS = ["principal", "action", "resource", "conditions"] as const;
