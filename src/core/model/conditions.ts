import type { ConditionEntry } from "../parse/message-schema";

/**
 * Keys AWS adds to every request context but that no policy can test: they describe the request
 * for the message's reader. (Policies use aws:RequestedRegion, aws:ResourceAccount and so on.)
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
 */
const INTERNAL_KEYS = new Set([
  "aws:resource",
  "aws:type",
  "aws:arn",
  "aws:account",
  "aws:service",
  "aws:region",
  "aws:id",
]);

export interface ConditionRow {
  readonly key: string;
  readonly values: readonly string[];
  /** True for context keys that cannot be used in a policy's Condition block. */
  readonly internal: boolean;
}

export const isInternalKey = (key: string): boolean => INTERNAL_KEYS.has(key.toLowerCase());

export const toConditionRows = (entries: readonly ConditionEntry[]): ConditionRow[] =>
  entries.map((e) => ({ key: e.key, values: e.values, internal: isInternalKey(e.key) }));

/** Condition keys compare case-insensitively in IAM; the message's casing varies (`ec2:InstanceID`). */
export const findCondition = (
  rows: readonly ConditionRow[] | undefined,
  key: string,
): ConditionRow | undefined => rows?.find((r) => r.key.toLowerCase() === key.toLowerCase());
