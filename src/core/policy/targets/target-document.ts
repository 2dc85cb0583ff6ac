import { escapeInvisibleInJson } from "../formats/escape";

/**
 * A statement for any policy type this project drafts: identity-shaped (identity policies,
 * permissions boundaries, session policies, SCPs: no Principal), resource-shaped (bucket, key,
 * queue, endpoint policies: a Principal) or a role trust policy (a Principal and no Resource).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html
 */
export interface TargetPrincipal {
  readonly AWS?: string;
  readonly Federated?: string;
}

export type TargetCondition = Readonly<
  Record<string, Readonly<Record<string, string | readonly string[]>>>
>;

export interface TargetStatement {
  readonly Sid: string;
  readonly Effect: "Allow";
  readonly Principal?: TargetPrincipal;
  readonly Action: string | readonly string[];
  readonly Resource?: string | readonly string[];
  readonly Condition?: TargetCondition;
}

export interface TargetDocument {
  readonly Version: "2012-10-17";
  readonly Statement: readonly TargetStatement[];
}

/** Exactly what Copy copies: pretty JSON, invisible characters written as escapes. */
export const targetJson = (value: unknown): string =>
  escapeInvisibleInJson(JSON.stringify(value, null, 2));

/** The statement alone, as a one-statement policy (what a new policy of that type would be). */
export const documentOf = (statement: TargetStatement): TargetDocument => ({
  Version: "2012-10-17",
  Statement: [statement],
});
