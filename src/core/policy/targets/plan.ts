import type { Reason } from "../../errors/reason";
import { ACCOUNT_PLACEHOLDER, REGION_PLACEHOLDER } from "../policy-resource";
import { isRealAccountId, parseArn } from "../../model/arn";
import { reasonGrant, grantee, type DraftNote } from "../draft";
import { sidFor } from "../fix";
import { checkStatement, type PolicyWarning } from "../guardrails";
import { iamLiteral } from "../formats/escape";
import type { FixTarget } from "./fix-target";
import { resourceElement, resourceServiceOf } from "./resource-services";
import { documentOf, targetJson, type TargetStatement } from "./target-document";
import { trustStatement, type TrustFlavor } from "./trust";
import { resourceShaped, type Caller } from "./principal-block";

/**
 * Which statement fixes a denial, in the policy that lacked the Allow, in that policy type's shape:
 * identity-shaped for identity policies, permissions boundaries, session policies and SCPs;
 * with the caller as Principal for resource-based and VPC endpoint policies; a trust statement
 * for `sts:AssumeRole*`. Across accounts a request needs an Allow on both sides, so both are given.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
 */
export type PartRole =
  /** The policy type AWS named as lacking the Allow. */
  | "named"
  /** Across accounts the other side must allow too: check it does. */
  | "other-side"
  /** The message names no policy type: one of these lacks the Allow. */
  | "either";

export interface FixPart {
  readonly target: FixTarget;
  readonly role: PartRole;
  readonly statement: TargetStatement;
  /** The statement as a one-statement policy: exactly what Copy copies. */
  readonly json: string;
  /** `<OWNER>`-style values the reader must replace (the paste's own masks included). */
  readonly placeholders: readonly string[];
  readonly notes: readonly DraftNote[];
  /** The guardrail's warnings on this statement, as on the caller's own policy. */
  readonly warnings: readonly PolicyWarning[];
}

const PLACEHOLDER = /<[A-Za-z][\w-]{0,40}>|\*{3,}|\bx{4,}\b|\bX{4,}\b/g;

function part(
  target: FixTarget,
  role: PartRole,
  statement: TargetStatement,
  notes: readonly DraftNote[] = [],
): FixPart {
  const json = targetJson(documentOf(statement));
  return {
    target,
    role,
    statement,
    json,
    placeholders: [...new Set(json.match(PLACEHOLDER) ?? [])],
    notes,
    warnings: checkStatement(statement),
  };
}

/** An account as written (`***` stays); undefined when the ARN has none. */
const accountOf = (arn: string | undefined): string | undefined => {
  const account = arn === undefined ? undefined : parseArn(arn)?.account;
  return account === undefined || account === "" ? undefined : account;
};

/** Real IDs that differ: another account. Masked or missing: nobody can tell from the text. */
function relation(a: string | undefined, b: string | undefined): "same" | "cross" | "unknown" {
  if (a === undefined || b === undefined) return "unknown";
  if (isRealAccountId(a) && isRealAccountId(b)) return a === b ? "same" : "cross";
  return a === b ? "same" : "unknown";
}

const ASSUME = /^sts:AssumeRole(WithWebIdentity|WithSAML)?$/i;
const FLAVOR: Readonly<Record<string, TrustFlavor>> = {
  "": "aws",
  withwebidentity: "web-identity",
  withsaml: "saml",
};

function identityStatement(r: Reason, caller: Caller, region: string | undefined) {
  const { grant, notes } = reasonGrant(r, caller.arn, region);
  const [service, name = ""] = grant.action.split(":");
  const statement: TargetStatement = {
    Sid: sidFor(service, name),
    Effect: "Allow",
    Action: grant.action,
    Resource: iamLiteral(grant.resource),
  };
  return { statement, notes, resource: grant.resource };
}

function resourcePart(r: Reason, caller: Caller, role: PartRole, region: string | undefined) {
  const arn = r.resource === undefined ? undefined : parseArn(r.resource);
  if (r.resource === undefined || !arn) return undefined;
  const service = resourceServiceOf(arn);
  const permission = r.permission ?? "";
  const [prefix, name = ""] = permission.split(":");
  const element = resourceElement(service, r.resource);
  const statement = resourceShaped(
    sidFor(prefix, name),
    caller,
    permission,
    element === undefined ? undefined : iamLiteral(element),
  );
  return part(
    {
      kind: "resource-policy",
      service,
      resourceArn: r.resource,
      account: accountOf(r.resource),
      region: arn.region === "" ? region : arn.region,
    },
    role,
    statement,
  );
}

const hasOwnPolicy = (resource: string | undefined): boolean => {
  const arn = resource === undefined ? undefined : parseArn(resource);
  return arn !== undefined && resourceServiceOf(arn) !== undefined;
};

function identityPart(r: Reason, caller: Caller, role: PartRole, region: string | undefined) {
  const { statement, notes } = identityStatement(r, caller, region);
  return part(
    { kind: "identity", principalArn: caller.arn, account: caller.account },
    role,
    statement,
    notes,
  );
}

function trustPlan(
  r: Reason,
  flavor: TrustFlavor,
  caller: Caller | undefined,
  region: string | undefined,
): FixPart[] {
  const roleArn =
    r.resource !== undefined && /:iam::[^:]*:role\//.test(r.resource) ? r.resource : undefined;
  const trust = (role: PartRole) =>
    part(
      {
        kind: "trust",
        flavor,
        provider: r.provider,
        roleArn,
        account: accountOf(roleArn),
      },
      role,
      flavor === "aws" && caller !== undefined
        ? resourceShaped(sidFor("sts", "AssumeRole"), caller, "sts:AssumeRole", undefined)
        : trustStatement({
            flavor,
            provider: r.provider,
            account: accountOf(roleArn),
            caller: undefined,
            region,
            partition: parseArn(roleArn ?? caller?.arn ?? "")?.partition ?? "aws",
          }),
    );
  // Web identities and SAML have no identity policy of their own: the trust policy decides.
  if (flavor !== "aws") return [trust("named")];
  if (caller === undefined) {
    // Older SDKs' bare "Not authorized to perform sts:AssumeRole" names neither side: the caller's
    // own policy may lack it as well as the trust policy.
    const statement: TargetStatement = {
      Sid: sidFor("sts", "AssumeRole"),
      Effect: "Allow",
      Action: "sts:AssumeRole",
      Resource: roleArn ?? "<ROLE_ARN>",
    };
    return [
      trust("either"),
      part(
        { kind: "identity", principalArn: "<CALLER_ROLE_ARN>", account: undefined },
        "either",
        statement,
      ),
    ];
  }
  const across = relation(caller.account, accountOf(roleArn));
  switch (r.policyType) {
    case "identity-based":
      return [
        identityPart(r, caller, "named", region),
        ...(across === "cross" ? [trust("other-side")] : []),
      ];
    case "resource-based":
      return [
        trust("named"),
        ...(across === "same" ? [] : [identityPart(r, caller, "other-side", region)]),
      ];
    default:
      // Older messages name no type: the caller's policy or the role's trust policy lacks it.
      return [trust("either"), identityPart(r, caller, "either", region)];
  }
}

/**
 * KMS's combined sentence names no key ("on this resource"); the key policy statement is the same
 * for any key (key policies use `"Resource": "*"`), so it is drafted for a key written as
 * placeholders, which the guardrails name until they are filled in.
 */
function withUnnamedKey(r: Reason, region: string | undefined): Reason {
  if (r.cause?.code !== "kms-key-unavailable" || r.resource !== undefined) return r;
  const partition =
    r.principalArn === undefined ? "aws" : (parseArn(r.principalArn)?.partition ?? "aws");
  return {
    ...r,
    resource: `arn:${partition}:kms:${region ?? REGION_PLACEHOLDER}:${ACCOUNT_PLACEHOLDER}:key/<KEY_ID>`,
  };
}

export interface PlanInput {
  readonly reason: Reason;
  /** The paste's one region, for ARNs and commands that need one. */
  readonly region: string | undefined;
  /** The request's `aws:SourceVpce`, when a decoded message tells it. */
  readonly sourceVpce?: string | undefined;
}

/** The statements that fix an implicit deny, one per policy that must allow; none for an explicit deny. */
export function fixPlan({ reason, region, sourceVpce }: PlanInput): FixPart[] {
  const r = withUnnamedKey(reason, region);
  if (r.denial === "explicit" || r.permission === undefined) return [];
  const caller: Caller | undefined =
    r.principalArn === undefined
      ? undefined
      : { arn: grantee(r.principalArn), account: accountOf(r.principalArn) };
  const assume = ASSUME.exec(r.permission);
  if (assume) return trustPlan(r, FLAVOR[(assume[1] ?? "").toLowerCase()] ?? "aws", caller, region);
  if (caller === undefined) return [];
  const across = relation(caller.account, accountOf(r.resource));
  switch (r.policyType) {
    case "identity-based": {
      // Only resources that carry their own policy have another side to allow (an EC2 instance in
      // another account is reached through a role there, not through a policy on the instance).
      const other =
        across === "cross" && hasOwnPolicy(r.resource)
          ? resourcePart(r, caller, "other-side", region)
          : undefined;
      return [identityPart(r, caller, "named", region), ...(other ? [other] : [])];
    }
    case "resource-based": {
      const named = resourcePart(r, caller, "named", region);
      if (!named) return [];
      return across === "same" ? [named] : [named, identityPart(r, caller, "other-side", region)];
    }
    case "permissions-boundary":
    case "session": {
      const { statement, notes } = identityStatement(r, caller, region);
      const target: FixTarget =
        r.policyType === "session"
          ? { kind: "session", principalArn: caller.arn, account: caller.account }
          : {
              kind: "permissions-boundary",
              principalArn: caller.arn,
              account: caller.account,
              boundaryArn: r.policyArn?.includes(":iam::") === true ? r.policyArn : undefined,
            };
      return [part(target, "named", statement, notes)];
    }
    case "service-control": {
      const { statement, notes } = identityStatement(r, caller, region);
      const policyArn =
        r.policyArn?.includes(":organizations::") === true ? r.policyArn : undefined;
      return [
        part(
          { kind: "service-control", account: caller.account, policyArn },
          "named",
          statement,
          notes,
        ),
      ];
    }
    case "vpc-endpoint": {
      const { statement, notes } = identityStatement(r, caller, region);
      const arn = r.resource === undefined ? undefined : parseArn(r.resource);
      return [
        part(
          {
            kind: "vpc-endpoint",
            endpointId: sourceVpce,
            service: r.permission.split(":")[0],
            account: caller.account,
            region: arn?.region === undefined || arn.region === "" ? region : arn.region,
          },
          "named",
          resourceShaped(statement.Sid, caller, statement.Action, statement.Resource),
          notes,
        ),
      ];
    }
    case "resource-control":
    case undefined:
      // RCPs only restrict (their Allow is AWS's own RCPFullAWSAccess); untyped: decode to know.
      return [];
  }
}
