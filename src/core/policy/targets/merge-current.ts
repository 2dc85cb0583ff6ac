import { jsonObjects } from "../../input/json-objects";
import { err, ok, type Result } from "../../result";
import { readPastedPolicy } from "../pasted-policy";
import { targetJson, type TargetStatement } from "./target-document";

/**
 * The policy someone already has, merged with the new statement, so that writing it back (the
 * bucket, key, trust, endpoint and organization policy APIs replace the whole document) keeps
 * every statement that was there. Every key of the pasted document is kept as pasted.
 */
export interface Merged {
  readonly json: string;
  /** The new statement's Sid in the merged document (made unique). */
  readonly sid: string;
  /** An equal statement (Sid aside) was already there: the document is returned unchanged. */
  readonly alreadyThere: boolean;
  /** Statements in the merged document. */
  readonly count: number;
}

export type MergeError = "no-policy" | "too-large" | "too-deep";

/**
 * No policy type allows more than a few tens of kilobytes (key policies 32 KB, bucket policies
 * 20 KB, SCPs 5 KB): a bigger paste is something else, refused before it is scanned and laid out.
 */
export const MAX_CURRENT_POLICY = 100_000;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** A document given as an object, a JSON string, or IAM's URL-encoded JSON string. */
function asObject(v: unknown): Record<string, unknown> | undefined {
  if (isRecord(v)) return v;
  if (typeof v !== "string") return undefined;
  try {
    const parsed: unknown = JSON.parse(v.startsWith("%7B") ? decodeURIComponent(v) : v);
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The policy inside what the read commands print: `s3api get-bucket-policy`, `kms get-key-policy`,
 * `lambda get-policy` (`Policy`), `organizations describe-policy` (`Policy.Content`),
 * `iam get-policy-version` (`PolicyVersion.Document`), `iam get-role`
 * (`Role.AssumeRolePolicyDocument`), `ec2 describe-vpc-endpoints` (`VpcEndpoints[].PolicyDocument`),
 * `sqs get-queue-attributes`/`sns get-topic-attributes` (`Attributes.Policy`), `ecr
 * get-repository-policy` (`policyText`), `secretsmanager get-resource-policy` (`ResourcePolicy`).
 */
function unwrap(v: Record<string, unknown>): Record<string, unknown> | undefined {
  if ("Statement" in v) return v;
  const inner = (x: unknown, key: string): unknown => (isRecord(x) ? x[key] : undefined);
  const endpoints = v.VpcEndpoints;
  const candidates: unknown[] = [
    inner(v.Policy, "Content"),
    v.Policy,
    inner(v.PolicyVersion, "Document"),
    inner(v.Role, "AssumeRolePolicyDocument"),
    Array.isArray(endpoints) ? inner(endpoints[0], "PolicyDocument") : undefined,
    inner(v.Attributes, "Policy"),
    v.policyText,
    v.ResourcePolicy,
    v.PolicyDocument,
  ];
  for (const c of candidates) {
    const doc = asObject(c);
    if (doc && "Statement" in doc) return doc;
  }
  return undefined;
}

/** Sid aside, the same statement: one value or a list alike, lists in any order. */
function canonical(v: unknown): unknown {
  if (Array.isArray(v)) {
    const items = v.map(canonical).map((x) => JSON.stringify(x));
    return items.length === 1 ? JSON.parse(items[0] ?? "null") : [...new Set(items)].sort();
  }
  if (!isRecord(v)) return v;
  return Object.fromEntries(
    Object.keys(v)
      .filter((k) => k !== "Sid")
      .sort()
      .map((k) => [k, canonical(v[k])]),
  );
}

const same = (a: unknown, b: unknown): boolean =>
  JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

export function mergeIntoCurrent(
  pasted: string,
  statement: TargetStatement,
): Result<Merged, MergeError> {
  if (pasted.length > MAX_CURRENT_POLICY) return err("too-large");
  const { objects, tooDeep } = jsonObjects(pasted, 20);
  const document = objects
    .map(({ value }) => unwrap(value))
    .find((d) => d !== undefined && readPastedPolicy(d) !== undefined);
  if (!document) return err(tooDeep > 0 ? "too-deep" : "no-policy");
  const raw = document.Statement;
  const existing: unknown[] = Array.isArray(raw) ? raw : [raw];
  const found = existing.find((s) => same(s, statement));
  if (found !== undefined) {
    const sid = isRecord(found) && typeof found.Sid === "string" ? found.Sid : "";
    return ok({ json: targetJson(document), sid, alreadyThere: true, count: existing.length });
  }
  const sids = new Set(existing.map((s) => (isRecord(s) ? s.Sid : undefined)));
  let sid = statement.Sid;
  for (let n = 2; sids.has(sid); n++) sid = `${statement.Sid}${n}`;
  const merged = { ...document, Statement: [...existing, { ...statement, Sid: sid }] };
  return ok({ json: targetJson(merged), sid, alreadyThere: false, count: existing.length + 1 });
}
