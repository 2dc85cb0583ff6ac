import { policyJson, type AttachTarget, type PolicyDocument } from "../fix";
import { cdk } from "./cdk";
import { cli } from "./cli";
import { cloudformation } from "./cloudformation";
import type { PolicyFormatter } from "./format";
import { terraform } from "./terraform";

/**
 * The same policy in the forms people deploy with, one module each behind `PolicyFormatter`. Every
 * output means exactly the JSON policy: formats.test.ts parses each back with its language's parser.
 */
const json: PolicyFormatter = { id: "json", render: (document) => policyJson(document) };

export const FORMATTERS = { json, cli, terraform, cloudformation, cdk } as const;
export type PolicyFormat = keyof typeof FORMATTERS;
export const FORMATS = Object.keys(FORMATTERS) as readonly PolicyFormat[];

export const formatPolicy = (
  document: PolicyDocument,
  target: AttachTarget,
  format: PolicyFormat,
): string => FORMATTERS[format].render(document, target);

export { policyName } from "./policy-name";
export { attachPlan, type AttachPlan } from "./attach-plan";
