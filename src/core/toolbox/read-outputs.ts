import { jsonObjects } from "../input/json-objects";
import { readPastedPolicy, type PastedPolicyDocument } from "../policy/pasted-policy";
import { detailsPageSchema, type DetailsPage, type Evaluation, type PolicyInfo } from "./schema";

/** The authorization details, every pasted page merged. */
export interface AuthorizationDetails {
  readonly authorizationId: string | undefined;
  readonly requestContext: Readonly<Record<string, unknown>>;
  readonly evaluations: readonly Evaluation[];
  readonly policies: readonly PolicyInfo[];
  /** Set when the last page pasted says more follow. */
  readonly nextToken: string | undefined;
  readonly pages: number;
}

/** A policy document pasted beside the details: `get-request-authorization-policy`'s, or plain. */
export interface PastedPolicy {
  /** The `--policy-uri` of the command that printed it, when the paste shows the command. */
  readonly uri: string | undefined;
  readonly document: PastedPolicyDocument;
  /** Each statement's Sid, in order (`undefined` for statements without one). */
  readonly sids: readonly (string | undefined)[];
}

export interface ToolboxPaste {
  readonly details: AuthorizationDetails | undefined;
  readonly policies: readonly PastedPolicy[];
}

/** A paste is read for at most this many JSON values: real pastes hold a few pages. */
const MAX_VALUES = 200;
const AUTHORIZATION_ID_ARG = /--authorization-id[=\s]+["']?([0-9A-Za-z]{1,256})/g;
const POLICY_URI_ARG = /--policy-uri[=\s]+["']?([^\s"']{1,2048})/g;

/** The policy in `get-request-authorization-policy`'s output (the field name is not yet settled in AWS's docs), or a plain one. */
function policyIn(value: Record<string, unknown>): PastedPolicyDocument | undefined {
  for (const key of ["policyDocument", "PolicyDocument", "policy", "document"])
    if (key in value) return readPastedPolicy(value[key]);
  return readPastedPolicy(value);
}

const looksLikeDetails = (v: Record<string, unknown>): boolean =>
  "evaluations" in v || ("requestContext" in v && "policies" in v);

function mergePages(
  pages: readonly DetailsPage[],
  authorizationId: string | undefined,
): AuthorizationDetails {
  const seenEvaluations = new Set<string>();
  const evaluations: Evaluation[] = [];
  const policies = new Map<string, PolicyInfo>();
  const requestContext: Record<string, unknown> = {};
  for (const page of pages) {
    Object.assign(requestContext, page.requestContext ?? {});
    for (const e of page.evaluations ?? []) {
      // The same page pasted twice adds nothing.
      const key = JSON.stringify(e);
      if (seenEvaluations.has(key)) continue;
      seenEvaluations.add(key);
      evaluations.push(e);
    }
    for (const p of page.policies ?? []) if (!policies.has(p.uri)) policies.set(p.uri, p);
  }
  return {
    authorizationId,
    requestContext,
    evaluations,
    policies: [...policies.values()],
    nextToken: pages.at(-1)?.nextToken,
    pages: pages.length,
  };
}

/**
 * IAM Toolbox outputs anywhere in a paste: with or without the shell prompt and the command
 * around them, several pages one after another, and policy documents beside them. Undefined when
 * the paste holds neither details nor a policy document.
 */
export function readToolboxOutputs(text: string): ToolboxPaste | undefined {
  const pages: DetailsPage[] = [];
  const policies: PastedPolicy[] = [];
  const ids = [...text.matchAll(AUTHORIZATION_ID_ARG)].map((m) => m[1]);
  const uris = [...text.matchAll(POLICY_URI_ARG)].map((m) => m[1]);
  for (const { at, value } of jsonObjects(text, MAX_VALUES).objects) {
    const page = looksLikeDetails(value) ? detailsPageSchema.safeParse(value) : undefined;
    if (page?.success) {
      pages.push(page.data);
      continue;
    }
    const document = policyIn(value);
    if (!document) continue;
    // The command before this output names the policy it printed.
    const uri = [...text.slice(0, at).matchAll(POLICY_URI_ARG)].at(-1)?.[1];
    policies.push({
      uri: uri ?? (uris.length === 1 ? uris[0] : undefined),
      document,
      sids: document.Statement.map((s) => s.Sid),
    });
  }
  if (pages.length === 0 && policies.length === 0) return undefined;
  return {
    details: pages.length > 0 ? mergePages(pages, ids[0]) : undefined,
    policies,
  };
}
