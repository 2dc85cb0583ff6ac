import type { InputForm } from "../input/locate-decoded";
import type { Warning } from "../notices";
import type { Action } from "./action";
import type { Arn } from "./arn";
import type { ConditionRow } from "./conditions";
import type { Principal } from "./principal";

export const VERDICTS = ["implicit-deny", "explicit-deny", "allowed", "denied", "unknown"] as const;
/**
 * `denied`: not allowed, but the paste lost whether a Deny matched; `unknown`: the paste lost both.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 */
export type Verdict = (typeof VERDICTS)[number];

export interface Resource {
  readonly arn: string;
  readonly parsed: Arn | undefined;
}

export interface Statement {
  readonly statementId: string | undefined;
  readonly effect: string | undefined;
  readonly principals: readonly string[];
  readonly principalGroups: readonly string[];
  readonly actions: readonly string[];
  readonly resources: readonly string[];
  readonly conditions: readonly ConditionRow[];
  /** `SCOPE_POLICY_ISSUER` in principals marks a permissions boundary's statement. */
  readonly fromPermissionsBoundary: boolean;
}

export interface ExtraField {
  readonly path: string;
  readonly value: unknown;
}

export interface Analysis {
  readonly forms: readonly InputForm[];
  /** False when the paste was elided, cut off or damaged: only intact parts are shown. */
  readonly complete: boolean;
  readonly verdict: Verdict;
  readonly principal: Principal | undefined;
  readonly action: Action | undefined;
  readonly resource: Resource | undefined;
  /** Undefined when the paste lost the conditions; rows may be partial when `complete` is false. */
  readonly conditions: readonly ConditionRow[] | undefined;
  readonly conditionsComplete: boolean;
  readonly statements: readonly Statement[];
  readonly failures: readonly unknown[];
  readonly extraFields: readonly ExtraField[];
  /** What was read, pretty-printed: the whole message, or only its intact parts. */
  readonly decodedJson: string;
  /** The message's own text, unwrapped from the paste (what a share link carries). */
  readonly sourceText: string;
  readonly tokens: readonly string[];
  readonly warnings: readonly Warning[];
}
