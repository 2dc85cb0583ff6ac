import { hasMask } from "../model/masks";
import { parseArn, isPlaceholderAccount } from "../model/arn";
import { asList, type PolicyDocument } from "./document";
import type { AttachTarget } from "./fix";
import { INVISIBLE, iamValue, visible } from "./formats/escape";
import { targetNameProblem, type NameProblem } from "./iam-names";

/**
 * What a person must know before pasting a policy: grants wider than the denial, values that are
 * masks or placeholders rather than real ones, characters they cannot see, names no command can
 * use, and a policy too large for where it goes. Pure data; every mode (decoded, drafts, merged,
 * opened links) asks here, so no path shows a policy without its warnings.
 */
export type PolicyWarning =
  | {
      readonly code: "risky-grant";
      readonly risk:
        | "all-actions"
        | "service-wildcard"
        | "privilege-escalation"
        | "pass-role-any"
        | "assume-role-any"
        | "principal-everyone"
        | "principal-account";
      /** The action (or `iam:PassRole on *`) that carries the risk. */
      readonly value: string;
    }
  | { readonly code: "placeholder-value"; readonly value: string }
  | { readonly code: "invisible-characters"; readonly value: string }
  | { readonly code: "invalid-name"; readonly problem: NameProblem }
  | {
      readonly code: "size";
      readonly size: number;
      readonly limit: number;
      readonly over: boolean;
    };

/**
 * IAM actions that let a principal raise its own permissions: granting one is granting admin.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_manage-attach-detach.html and
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege
 */
const ESCALATION = new Set(
  [
    "iam:AttachGroupPolicy",
    "iam:AttachRolePolicy",
    "iam:AttachUserPolicy",
    "iam:CreateAccessKey",
    "iam:CreateLoginProfile",
    "iam:CreatePolicyVersion",
    "iam:PutGroupPolicy",
    "iam:PutRolePolicy",
    "iam:PutUserPolicy",
    "iam:PutRolePermissionsBoundary",
    "iam:PutUserPermissionsBoundary",
    "iam:DeleteRolePermissionsBoundary",
    "iam:DeleteUserPermissionsBoundary",
    "iam:SetDefaultPolicyVersion",
    "iam:UpdateAssumeRolePolicy",
    "iam:UpdateLoginProfile",
    "iam:AddUserToGroup",
    "sso:PutInlinePolicyToPermissionSet",
    "sso:AttachManagedPolicyToPermissionSet",
    "organizations:DetachPolicy",
    "organizations:UpdatePolicy",
  ].map((a) => a.toLowerCase()),
);

function riskOf(
  action: string,
): Extract<PolicyWarning, { code: "risky-grant" }>["risk"] | undefined {
  if (action === "*") return "all-actions";
  if (/^[a-z0-9-]+:\*$/i.test(action)) return "service-wildcard";
  if (ESCALATION.has(action.toLowerCase())) return "privilege-escalation";
  return undefined;
}

/** A mask or placeholder (`model/masks.ts`), or an ARN whose account field is not an account. */
export function isPlaceholderValue(value: string): boolean {
  if (hasMask(value)) return true;
  const arn = parseArn(value);
  return arn !== undefined && isPlaceholderAccount(arn.account);
}

/** How large IAM counts a policy: its JSON without white space. */
export const policySize = (doc: PolicyDocument): number =>
  JSON.stringify(doc).replace(/\s/g, "").length;

/**
 * Where the policy goes decides its limit: user inline 2,048, role inline 10,240 (permission sets
 * become a role's inline policy), managed 6,144 characters.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-entity-length
 */
export function sizeLimit(target: AttachTarget): number {
  switch (target.kind) {
    case "iam-user":
      return 2_048;
    case "iam-role":
    case "permission-set":
      return 10_240;
    case "federated-user":
    case "root":
    case "name-only":
    case "unknown":
      return 6_144;
  }
}

/** Every value of a document that reaches IAM or a command: actions, resources, condition values. */
function values(doc: PolicyDocument): string[] {
  return doc.Statement.flatMap((s) => [
    ...asList(s.Action),
    ...asList(s.Resource).map(iamValue),
    ...Object.entries(s.Condition ?? {}).flatMap(([, keys]) =>
      Object.entries(keys).flatMap(([key, v]) => [key, ...asList(v).map(iamValue)]),
    ),
  ]);
}

const targetNames = (target: AttachTarget): string[] => {
  switch (target.kind) {
    case "iam-user":
    case "federated-user":
      return [target.userName];
    case "iam-role":
      return [target.roleName];
    case "permission-set":
      return [
        target.roleName,
        ...(target.permissionSet === undefined ? [] : [target.permissionSet]),
      ];
    case "name-only":
      return [target.name];
    case "root":
    case "unknown":
      return [];
  }
};

export function checkPolicy(doc: PolicyDocument, target: AttachTarget): PolicyWarning[] {
  const warnings: PolicyWarning[] = [];
  const seen = new Set<string>();
  const add = (w: PolicyWarning) => {
    const key = JSON.stringify(w);
    if (!seen.has(key)) {
      seen.add(key);
      warnings.push(w);
    }
  };
  for (const s of doc.Statement) {
    const resources = asList(s.Resource);
    for (const action of asList(s.Action)) {
      const risk = riskOf(action);
      if (risk) add({ code: "risky-grant", risk, value: action });
      if (
        action.toLowerCase() === "iam:passrole" &&
        resources.some((r) => r === "*" || r.endsWith(":role/*"))
      )
        add({ code: "risky-grant", risk: "pass-role-any", value: "iam:PassRole" });
    }
  }
  const all = [...values(doc), ...targetNames(target)];
  for (const value of all) if (isPlaceholderValue(value)) add({ code: "placeholder-value", value });
  for (const value of all)
    if (INVISIBLE.test(value)) add({ code: "invisible-characters", value: visible(value) });
  const problem = targetNameProblem(target);
  if (problem)
    add({ code: "invalid-name", problem: { ...problem, value: visible(problem.value) } });
  const size = policySize(doc);
  const limit = sizeLimit(target);
  add({ code: "size", size, limit, over: size > limit });
  return warnings;
}

/**
 * A document over its limit as several documents under it, statements kept whole where they fit
 * and split by resource where one alone is too large.
 */
export function splitToLimit(doc: PolicyDocument, limit: number): PolicyDocument[] {
  const wrap = (statements: PolicyDocument["Statement"]): PolicyDocument => ({
    Version: doc.Version,
    Statement: statements,
  });
  if (policySize(doc) <= limit) return [doc];
  const pieces = doc.Statement.flatMap((s) => {
    if (policySize(wrap([s])) <= limit) return [s];
    const resources = asList(s.Resource);
    const per = Math.max(
      1,
      Math.floor(resources.length / Math.ceil(policySize(wrap([s])) / limit)),
    );
    const out = [];
    for (let i = 0; i < resources.length; i += per)
      out.push({ ...s, Sid: `${s.Sid}${i / per + 1}`, Resource: resources.slice(i, i + per) });
    return out;
  });
  const docs: PolicyDocument[] = [];
  let current: PolicyDocument["Statement"][number][] = [];
  for (const piece of pieces) {
    if (current.length > 0 && policySize(wrap([...current, piece])) > limit) {
      docs.push(wrap(current));
      current = [];
    }
    current.push(piece);
  }
  if (current.length > 0) docs.push(wrap(current));
  return docs;
}

/** A statement drafted for any policy type (`targets/`): its Principal, actions and resources. */
export interface DraftedStatement {
  readonly Principal?: { readonly AWS?: string; readonly Federated?: string };
  readonly Action: string | readonly string[];
  readonly Resource?: string | readonly string[];
  readonly Condition?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

/** Condition keys that narrow who a Principal of `*` or of an account really is. */
const PRINCIPAL_SCOPE_KEYS = new Set([
  "aws:principalarn",
  "aws:principalaccount",
  "aws:principalorgid",
  "aws:principalorgpaths",
  "aws:userid",
  "aws:username",
]);

function scopesPrincipal(condition: DraftedStatement["Condition"]): boolean {
  return Object.values(condition ?? {}).some((block) =>
    Object.keys(block).some((key) => PRINCIPAL_SCOPE_KEYS.has(key.toLowerCase())),
  );
}

/**
 * The guardrail on every statement drafted for someone else's policy, as on the caller's own:
 * a Principal of everyone or of a whole account (in a trust or resource policy, a delegation to
 * every principal there, unless a condition names who), iam:PassRole or sts:AssumeRole on any role, privilege escalation.
 */
export function checkStatement(statement: DraftedStatement): PolicyWarning[] {
  const warnings: PolicyWarning[] = [];
  const resources = statement.Resource === undefined ? [] : asList(statement.Resource);
  const anyRole =
    resources.length === 0 || resources.some((r) => r === "*" || r.endsWith(":role/*"));
  const principal = scopesPrincipal(statement.Condition) ? undefined : statement.Principal?.AWS;
  if (principal === "*")
    warnings.push({ code: "risky-grant", risk: "principal-everyone", value: "*" });
  else if (principal !== undefined && (/^\d{12}$/.test(principal) || principal.endsWith(":root")))
    warnings.push({ code: "risky-grant", risk: "principal-account", value: principal });
  for (const action of asList(statement.Action)) {
    const risk = riskOf(action);
    if (risk) warnings.push({ code: "risky-grant", risk, value: action });
    const a = action.toLowerCase();
    if (a === "iam:passrole" && resources.some((r) => r === "*" || r.endsWith(":role/*")))
      warnings.push({ code: "risky-grant", risk: "pass-role-any", value: action });
    if (a.startsWith("sts:assumerole") && statement.Principal === undefined && anyRole)
      warnings.push({ code: "risky-grant", risk: "assume-role-any", value: action });
  }
  return warnings;
}
