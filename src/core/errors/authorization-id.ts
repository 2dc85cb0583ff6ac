/**
 * What 2026 access-denied messages add after the reason sentence (IAM User Guide, "Troubleshoot
 * access denied error messages with authorization ID", and the Security Blog post on policy ARNs):
 *
 *   …: arn:aws:iam::123456789012:policy/Deny. Go to https://us-east-1.console.aws.amazon.com/iam/
 *   home?region=us-east-1#/authorization-details/<id> for complete details, or call the
 *   GetRequestAuthorizationDetails API with the following authorization id: <id>
 *
 * and S3's variant of the policy ARN: `…, with policy ARN: arn:…`.
 */
export interface AuthorizationTrail {
  /** `[0-9a-z]+`, per the IAM Toolbox API reference. */
  readonly authorizationId: string | undefined;
  /** The console page for the ID, only when its host is AWS's console. */
  readonly consoleUrl: string | undefined;
  /** From the link's `region=`: where IAM Toolbox holds the details. */
  readonly region: string | undefined;
  /** S3 writes the denying policy's ARN after the sentence. */
  readonly policyArn: string | undefined;
}

/** How far after a reason sentence its trail can be: the rest of that message, not the next one. */
const WINDOW = 1500;
const NEXT_MESSAGE = /is[\s│]{1,8}not[\s│]{1,8}authorized[\s│]{1,8}to[\s│]{1,8}perform:|User:/;
// The API says `[0-9a-z]+`; AWS's own documented example (`EXAMPLE1a2b…`) has capitals: read both.
const ID = String.raw`([0-9A-Za-z]{1,256})`;
const AUTHORIZATION_ID = new RegExp(String.raw`authorization[\s│]{1,8}id:[\s│]{0,8}${ID}\b`, "i");
/** AWS's console hosts, in the commercial, GovCloud and China partitions. */
const CONSOLE_URL = new RegExp(
  String.raw`https://(?:[a-z0-9-]{1,40}\.)?console\.(?:aws\.amazon\.com|amazonaws-us-gov\.com|amazonaws\.cn)/iam/home\?region=([a-z0-9-]{1,32})#/authorization-details/${ID}`,
);
const S3_POLICY_ARN =
  /,[\s│]{0,8}with[\s│]{1,8}policy[\s│]{1,8}ARN:[\s│]{0,8}(arn:[^\s"'`\\]{1,2048})/i;

/** The trail in `text` from `from` on (the end of a reason sentence), up to the next message. */
export function readAuthorizationTrail(text: string, from: number): AuthorizationTrail {
  let window = text.slice(from, from + WINDOW);
  const next = NEXT_MESSAGE.exec(window);
  if (next) window = window.slice(0, next.index);
  // CloudTrail's JSON may escape the slashes of the link.
  window = window.replaceAll("\\/", "/");
  const link = CONSOLE_URL.exec(window);
  const id = AUTHORIZATION_ID.exec(window)?.[1] ?? link?.[2];
  const s3 = S3_POLICY_ARN.exec(window)?.[1];
  return {
    authorizationId: id,
    consoleUrl: link?.[0],
    region: link?.[1],
    policyArn: s3?.replace(/[.,;)]+$/, ""),
  };
}
