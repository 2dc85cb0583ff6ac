import type { PolicyType } from "../errors/reason";
import { jsonObjects } from "../input/json-objects";
import { readPastedPolicy, type PastedPolicyDocument } from "../policy/pasted-policy";

/**
 * Policies pasted to evaluate against the request: a bare policy, or the JSON the AWS CLI prints
 * for `iam get-role-policy`/`get-user-policy`/`get-group-policy` (`PolicyDocument`),
 * `iam get-policy-version` (`PolicyVersion.Document`), `organizations describe-policy`
 * (`Policy.Content` as a string, with its type), `iam get-account-authorization-details`
 * (inline and default-version managed policies) and IAM Toolbox's policy output. Each gets a type
 * guessed from where it came from; the page lets the reader change it.
 */
export interface ParsedPolicy {
  readonly name: string;
  readonly guessedType: PolicyType;
  readonly document: PastedPolicyDocument;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const text = (...values: unknown[]): string =>
  values.find((v): v is string => typeof v === "string") ?? "?";

/** IAM returns policy documents URL-encoded in some outputs (RFC 3986). */
function documentOf(value: unknown): PastedPolicyDocument | undefined {
  if (typeof value === "string" && value.startsWith("%7B")) {
    try {
      return readPastedPolicy(decodeURIComponent(value));
    } catch {
      return undefined;
    }
  }
  return readPastedPolicy(value);
}

const hasPrincipal = (d: PastedPolicyDocument) =>
  d.Statement.some((s) => s.Principal !== undefined || s.NotPrincipal !== undefined);

const ORGANIZATIONS_TYPES: Readonly<Record<string, PolicyType>> = {
  SERVICE_CONTROL_POLICY: "service-control",
  RESOURCE_CONTROL_POLICY: "resource-control",
};

function fromAuthorizationDetails(v: Record<string, unknown>): ParsedPolicy[] {
  const out: ParsedPolicy[] = [];
  const inline = (list: unknown, owner: string) => {
    if (!Array.isArray(list)) return;
    for (const p of list as unknown[]) {
      if (!isRecord(p)) continue;
      const document = documentOf(p.PolicyDocument);
      if (document)
        out.push({
          name: `${owner}: ${String(p.PolicyName)}`,
          guessedType: "identity-based",
          document,
        });
    }
  };
  for (const listKey of ["UserDetailList", "GroupDetailList", "RoleDetailList"]) {
    const list = v[listKey];
    if (!Array.isArray(list)) continue;
    for (const entity of list as unknown[]) {
      if (!isRecord(entity)) continue;
      const owner = text(entity.UserName, entity.GroupName, entity.RoleName);
      inline(entity.UserPolicyList ?? entity.GroupPolicyList ?? entity.RolePolicyList, owner);
    }
  }
  if (Array.isArray(v.Policies))
    for (const p of v.Policies as unknown[]) {
      if (!isRecord(p) || !Array.isArray(p.PolicyVersionList)) continue;
      const current = (p.PolicyVersionList as unknown[]).find(
        (version) => isRecord(version) && version.IsDefaultVersion === true,
      );
      const document = isRecord(current) ? documentOf(current.Document) : undefined;
      if (document)
        out.push({ name: text(p.PolicyName, p.Arn), guessedType: "identity-based", document });
    }
  return out;
}

/** One JSON value's policies (most hold one). */
function policiesIn(v: Record<string, unknown>, n: number): ParsedPolicy[] {
  if ("UserDetailList" in v || "RoleDetailList" in v || "Policies" in v)
    return fromAuthorizationDetails(v);
  if (isRecord(v.Policy) && "Content" in v.Policy) {
    const summary = isRecord(v.Policy.PolicySummary) ? v.Policy.PolicySummary : {};
    const document = documentOf(v.Policy.Content);
    const type = typeof summary.Type === "string" ? ORGANIZATIONS_TYPES[summary.Type] : undefined;
    return document
      ? [
          {
            name: text(summary.Name, `Policy ${String(n)}`),
            guessedType: type ?? "service-control",
            document,
          },
        ]
      : [];
  }
  if (isRecord(v.PolicyVersion)) {
    const document = documentOf(v.PolicyVersion.Document);
    return document
      ? [{ name: `Policy ${String(n)}`, guessedType: "identity-based", document }]
      : [];
  }
  for (const key of ["PolicyDocument", "policyDocument", "Policy", "policy"]) {
    if (!(key in v)) continue;
    const document = documentOf(v[key]);
    const name = typeof v.PolicyName === "string" ? v.PolicyName : `Policy ${String(n)}`;
    return document
      ? [
          {
            name,
            guessedType: hasPrincipal(document) ? "resource-based" : "identity-based",
            document,
          },
        ]
      : [];
  }
  const document = readPastedPolicy(v);
  return document
    ? [
        {
          name: `Policy ${String(n)}`,
          guessedType: hasPrincipal(document) ? "resource-based" : "identity-based",
          document,
        },
      ]
    : [];
}

/**
 * Every policy in a paste (prompts and commands around the JSON are skipped), and how many JSON
 * values were left out for nesting too deep to evaluate.
 */
export function readPolicyInputs(text: string): {
  readonly policies: readonly ParsedPolicy[];
  readonly tooDeep: number;
} {
  const policies: ParsedPolicy[] = [];
  const { objects, tooDeep } = jsonObjects(text, 100);
  for (const { value } of objects) policies.push(...policiesIn(value, policies.length + 1));
  return { policies, tooDeep };
}
