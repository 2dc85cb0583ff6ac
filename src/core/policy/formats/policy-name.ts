import type { PolicyDocument } from "../fix";
import { checkName } from "../iam-names";

/** `AllowIamPassRole` → `authz-decoder-AllowIamPassRole`; any other Sid gives `authz-decoder-Fix`. */
export function policyName(doc: PolicyDocument): string {
  const sid = doc.Statement.length === 1 ? doc.Statement[0]?.Sid : undefined;
  const name = `authz-decoder-${sid ?? "Fix"}`;
  return checkName("policy", name) === undefined ? name : "authz-decoder-Fix";
}
