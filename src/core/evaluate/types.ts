import type { PolicyType } from "../errors/reason";
import type { PastedPolicyDocument } from "../policy/pasted-policy";
import type { NotApplicable } from "./applicability";
import type { ConditionTrace } from "./conditions";
import type { CallerFields, PrincipalMatch } from "./principal-match";
import type { ServiceRuleCode } from "./service-rules";

/** What the evaluator takes and gives (`evaluate.ts`). */
export interface EvaluationRequest {
  /** The caller's ARN (for Principal matching) and its account. */
  readonly principalArn: string | undefined;
  readonly principalAccount: string | undefined;
  readonly action: string;
  readonly resource: string | undefined;
  /** The resource's account, for same- vs cross-account logic; undefined: same account. */
  readonly resourceAccount: string | undefined;
  /** Context keys (case-insensitive) to their values. */
  readonly context: ReadonlyMap<string, readonly string[]>;
  /** Who calls when it is not an IAM identity: a service, a federated provider, nobody. */
  readonly caller?: CallerFields["caller"];
  /** The organization's management account, when known: SCPs and RCPs do not apply to it. */
  readonly managementAccount?: string;
}

export interface PolicyInput {
  readonly type: PolicyType;
  readonly name: string;
  readonly document: PastedPolicyDocument;
  /**
   * SCPs and RCPs: where the policy is attached (the root, an OU, the account). Every level from
   * the root down must allow ("SCP evaluation"); policies without a level are taken as one level.
   */
  readonly level?: string;
}

export type DecidingElement =
  "Action" | "NotAction" | "Resource" | "NotResource" | "Principal" | "NotPrincipal" | "Condition";

export interface StatementTrace {
  readonly policy: string;
  readonly type: PolicyType;
  readonly index: number;
  readonly sid: string | undefined;
  readonly effect: "Allow" | "Deny";
  readonly matched: boolean;
  /** The first element that failed (for a miss), or undefined when every element held. */
  readonly failed: DecidingElement | undefined;
  readonly conditions: readonly ConditionTrace[];
  /** Resource-based statements: how the Principal named the caller. */
  readonly principalMatch?: PrincipalMatch;
  /** A statement AWS refuses to store: no Principal in a resource policy, one in an identity policy. */
  readonly invalid?: "no-principal" | "principal-in-identity-policy";
  /** A NotPrincipal Deny that held because the caller has a permissions boundary. */
  readonly notPrincipalBoundary?: true;
  /** Whether the policy's type applies to this caller and resource at all. */
  readonly applies: boolean;
}

/** The rule that decided, named on the page beside the decision. */
export type DecisionRule =
  | "explicit-deny"
  | "not-principal-boundary"
  | "no-permission-needed"
  | "refused-by-service"
  | "limit-lacks-allow"
  | "direct-grant"
  | "role-grant"
  | "account-delegation"
  | "identity-allow"
  | "both-sides"
  | "key-policy-required"
  | "trust-policy-required"
  | "nothing-allows";

/** Where the evaluator's knowledge stops, or what it assumed, for this request. */
export type EvaluationNote =
  | {
      readonly code: "not-applicable";
      readonly type: PolicyType;
      readonly why: NotApplicable | "not-a-session" | "no-identity-policies";
    }
  | { readonly code: "levels-assumed"; readonly type: PolicyType }
  | { readonly code: "resource-policy-not-given"; readonly rule: ServiceRuleCode }
  | {
      readonly code: "invalid-statement";
      readonly policy: string;
      readonly index: number;
      readonly why: "no-principal" | "principal-in-identity-policy";
    }
  | { readonly code: "unmodeled"; readonly what: "kms-grants" | "s3-acls" };

export type Decision =
  | {
      readonly decision: "allow";
      readonly allowedBy: readonly StatementTrace[];
      readonly rule: DecisionRule;
    }
  | {
      readonly decision: "explicit-deny";
      readonly deniedBy: readonly StatementTrace[];
      readonly rule: DecisionRule;
    }
  | {
      readonly decision: "implicit-deny";
      /** The policy types that lacked an Allow; each must allow for the request to pass. */
      readonly missing: readonly PolicyType[];
      readonly rule: DecisionRule;
      /** SCPs and RCPs: the levels that lacked an Allow. */
      readonly levels?: readonly string[];
    }
  /** The service refuses whatever the policies say (an AWS managed policy, a reserved name). */
  | {
      readonly decision: "refused";
      readonly rule: "refused-by-service";
      readonly serviceRule: ServiceRuleCode;
    };

export interface EvaluationResult {
  readonly result: Decision;
  readonly statements: readonly StatementTrace[];
  readonly notes: readonly EvaluationNote[];
  /** The service rule that applies to the request, if any (`service-rules.ts`). */
  readonly serviceRule?: ServiceRuleCode;
}
