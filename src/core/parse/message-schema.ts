import { z } from "zod";

/**
 * The decoded authorization message as AWS returns it, checked field by field so that a damaged or
 * partial message still yields what it holds. Shapes were read off real messages
 * (fixtures/README.md) and the STS API reference:
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_DecodeAuthorizationMessage.html
 */

/** `allowed`/`explicitDeny` are booleans, but AWS's own API example writes them as strings. */
export const boolish = z.union([
  z.boolean(),
  z
    .enum(["true", "false", "True", "False", "TRUE", "FALSE"])
    .transform((v) => v.toLowerCase() === "true"),
]);

const scalarText = z.union([z.string(), z.number(), z.boolean()]).transform(String);

/** `{"items":[{"value":"…"}]}`; the API reference's example writes a bare array of strings. */
const valueList = z.union([
  z
    .looseObject({ items: z.array(z.looseObject({ value: scalarText })) })
    .transform((v) => v.items.map((i) => i.value)),
  z.array(scalarText),
  scalarText.transform((v) => [v]),
]);

const conditionEntry = z.looseObject({ key: z.string(), values: valueList });

/** Both `{"items":[{key,values}]}` and the API reference's `[{"item":{key,values}}]`. */
export const conditionsSchema = z.union([
  z.looseObject({ items: z.array(conditionEntry) }).transform((c) => c.items),
  z.array(
    z.union([z.looseObject({ item: conditionEntry }).transform((c) => c.item), conditionEntry]),
  ),
  z.literal("").transform(() => []),
]);
export type ConditionEntry = z.infer<typeof conditionEntry>;

export const principalSchema = z.looseObject({
  id: z.string().optional(),
  name: z.string().optional(),
  arn: z.string().optional(),
});
export type PrincipalFields = z.infer<typeof principalSchema>;

const statementSchema = z.looseObject({
  statementId: z.string().optional(),
  effect: z.string().optional(),
  principals: valueList.optional(),
  principalGroups: valueList.optional(),
  actions: valueList.optional(),
  resources: valueList.optional(),
  conditions: conditionsSchema.optional(),
});
export type StatementFields = z.infer<typeof statementSchema>;

export const statementsSchema = z.union([
  z.looseObject({ items: z.array(statementSchema) }).transform((s) => s.items),
  z.array(statementSchema),
  z.literal("").transform(() => []),
]);

export const failuresSchema = z.union([
  z.looseObject({ items: z.array(z.unknown()) }).transform((f) => f.items),
  z.array(z.unknown()),
  z.literal("").transform(() => []),
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
