/** An ARN split into its fields: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html */
export interface Arn {
  readonly partition: string;
  readonly service: string;
  readonly region: string;
  readonly account: string;
  /** Everything after the account, e.g. `role/IAM_ROLE_EC2_Access` or `instance/*`. */
  readonly resource: string;
}

/** Splits on `:` outside brackets, so hand redactions like `[redacted:AWS_ACCOUNT]` stay one field. */
function splitFields(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "[") depth++;
    else if (c === "]" && depth > 0) depth--;
    else if (c === ":" && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

export function parseArn(text: string): Arn | undefined {
  const parts = splitFields(text);
  if (parts.length < 6 || parts[0] !== "arn") return undefined;
  const [, partition = "", service = "", region = "", account = ""] = parts;
  if (partition === "" || service === "") return undefined;
  return { partition, service, region, account, resource: parts.slice(5).join(":") };
}

/** Real account IDs are 12 digits; anything else in that field was redacted by hand. */
export const isRealAccountId = (account: string): boolean => /^\d{12}$/.test(account);

/** `*`, empty (IAM and S3 ARNs of some services) and 12 digits are what AWS writes; anything else is a stand-in. */
export const isPlaceholderAccount = (account: string): boolean =>
  account !== "" && account !== "*" && !isRealAccountId(account);
