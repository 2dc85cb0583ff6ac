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

const AUTHORIZATION_ID_GLOBAL = new RegExp(AUTHORIZATION_ID.source, "gi");

/**
 * Authorization IDs that stand without their sentence (a hand-off link, or only the console line
 * pasted), with the console link and region from the same line. `taken` are the spans of sentences
 * whose trails are already read.
 */
export function standaloneTrails(
  text: string,
  taken: readonly { start: number; end: number }[],
): (AuthorizationTrail & { start: number; end: number; authorizationId: string })[] {
  const found: (AuthorizationTrail & { start: number; end: number; authorizationId: string })[] =
    [];
  for (const m of text.matchAll(AUTHORIZATION_ID_GLOBAL)) {
    const id = m[1];
    if (id === undefined) continue;
    const at = m.index;
    if (taken.some((t) => t.start <= at && at <= t.end + WINDOW)) continue;
    const lineStart = text.lastIndexOf("\n", at) + 1;
    const line = text.slice(lineStart, at + m[0].length).replaceAll("\\/", "/");
    const link = CONSOLE_URL.exec(line);
    found.push({
      authorizationId: id,
      consoleUrl: link?.[0],
      region: link?.[1],
      policyArn: undefined,
      start: lineStart,
      end: at + m[0].length,
    });
  }
  return found;
}

const CONSOLE_HOSTS: Readonly<Record<string, string>> = {
  aws: "console.aws.amazon.com",
  "aws-us-gov": "console.amazonaws-us-gov.com",
  "aws-cn": "console.amazonaws.cn",
};

/**
 * The trail as AWS writes it, for an ID carried without its sentence (a hand-off link): read back
 * by `standaloneTrails`, with the console link when the region (and a console for the partition)
 * is known.
 */
export function authorizationLine(
  id: string,
  region: string | undefined,
  partition = "aws",
): string {
  const host = Object.hasOwn(CONSOLE_HOSTS, partition) ? CONSOLE_HOSTS[partition] : undefined;
  const link =
    region === undefined || host === undefined
      ? ""
      : `Go to https://${region}.${host}/iam/home?region=${region}#/authorization-details/${id} for complete details, or `;
  return `${link}${link === "" ? "C" : "c"}all the GetRequestAuthorizationDetails API with the following authorization id: ${id}`;
}
