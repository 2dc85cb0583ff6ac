/**
 * The IAM action a tool's own words point to when AWS's sentence names none: Terraform's
 * `creating EC2 Instance:` (provider 4+), `Error launching source instance:` (older providers and
 * Packer), the console's "Launch Failed". Only a guess: an instance launch can be denied
 * `ec2:CreateTags` or `iam:PassRole`; the page says "likely" and decoding tells the truth.
 */

/** Terraform's resource names (as its errors spell them) and the action creating one calls. */
const CREATING: readonly (readonly [RegExp, string])[] = [
  [/^EC2 Instances?\b/, "ec2:RunInstances"],
  [/^EC2 Launch Template\b/, "ec2:CreateLaunchTemplate"],
  [/^EC2 Fleet\b/, "ec2:CreateFleet"],
  [/^EC2 Spot Fleet Request\b/, "ec2:RequestSpotFleet"],
  [/^EC2 Spot Instance Request\b/, "ec2:RequestSpotInstances"],
  [/^EC2 VPC Endpoint\b/, "ec2:CreateVpcEndpoint"],
  [/^EC2 VPC\b/, "ec2:CreateVpc"],
  [/^EC2 Subnet\b/, "ec2:CreateSubnet"],
  [/^(?:EC2 |VPC )?Security Group Rule\b/, "ec2:AuthorizeSecurityGroupIngress"],
  [/^(?:EC2 |VPC )?Security Group\b/, "ec2:CreateSecurityGroup"],
  [/^EC2 (?:EBS )?Volume\b/, "ec2:CreateVolume"],
  [/^EC2 (?:EBS )?Snapshot\b/, "ec2:CreateSnapshot"],
  [/^EC2 Key Pair\b/, "ec2:ImportKeyPair"],
  [/^EC2 Internet Gateway\b/, "ec2:CreateInternetGateway"],
  [/^EC2 NAT Gateway\b/, "ec2:CreateNatGateway"],
  [/^EC2 Route Table\b/, "ec2:CreateRouteTable"],
  [/^(?:EC2 )?Route\b/, "ec2:CreateRoute"],
  [/^EC2 Network Interface\b/, "ec2:CreateNetworkInterface"],
  [/^EC2 EIP\b/, "ec2:AllocateAddress"],
  [/^EC2 AMI\b/, "ec2:CreateImage"],
  [/^EC2 Transit Gateway\b/, "ec2:CreateTransitGateway"],
  [/^Auto ?Scaling Group\b/, "autoscaling:CreateAutoScalingGroup"],
  [/^(?:EC2 )?tags?\b/i, "ec2:CreateTags"],
];

/** Older providers, Packer and the console, one phrase each. */
const PHRASES: readonly (readonly [RegExp, string])[] = (
  [
    [/\bError launching source instance\b/, "ec2:RunInstances"],
    [/\bError (?:creating|adding) tags\b/i, "ec2:CreateTags"],
    [/\b(?:Instance launch failed|Launch Failed)\b/, "ec2:RunInstances"],
    [/\bstarting EC2 Instance\b/i, "ec2:StartInstances"],
    [/\bstopping EC2 Instance\b/i, "ec2:StopInstances"],
    [/\bterminating EC2 Instance\b/i, "ec2:TerminateInstances"],
  ] as const
).map(([pattern, action]) => [new RegExp(pattern.source, `${pattern.flags}g`), action] as const);

/** How far back on the marker's line a tool's phrase still names the failing call. */
const MAX_DISTANCE = 600;

function fromPhrase(window: string): string | undefined {
  let best: { at: number; action: string } | undefined;
  const keep = (at: number, action: string) => {
    if (!best || at > best.at) best = { at, action };
  };
  for (const m of window.matchAll(/\b(?:[Ee]rror )?[Cc]reating ([A-Z][A-Za-z0-9 ]{1,40})/g)) {
    const what = m[1] ?? "";
    const hit = CREATING.find(([pattern]) => pattern.test(what));
    if (hit) keep(m.index, hit[1]);
  }
  for (const [pattern, action] of PHRASES)
    for (const m of window.matchAll(pattern)) keep(m.index, action);
  return best?.action;
}

/**
 * The likely action for the error whose marker starts at `at`: the last tool phrase before it on
 * its line (at most 600 characters back). Terraform writes `Error: creating EC2 Instance: …` on the
 * marker's own line; the console's "Launch Failed" heads the block above it, so the two lines
 * before the marker are read too when they hold no other error.
 */
export function likelyActionAt(text: string, at: number, after = 0): string | undefined {
  // Only the text since the previous error (`after`) and at most 600 characters: a phrase before
  // the previous error is that error's, and the bound keeps a line of 100,000 markers linear.
  const from = Math.max(after, at - MAX_DISTANCE);
  const window = text.slice(from, at);
  const lineStart = window.lastIndexOf("\n") + 1;
  const onLine = fromPhrase(window.slice(lineStart));
  if (onLine !== undefined) return onLine;
  if (lineStart === 0) return undefined;
  // The block's heading a few lines up (console banners, Terraform's `aws_instance.x: Creating...`).
  let start = lineStart - 1;
  for (let i = 0; i < 3 && start > 0; i++) start = window.lastIndexOf("\n", start - 1);
  const above = window.slice(Math.max(start, 0), lineStart);
  if (/not authorized|AccessDenied|UnauthorizedOperation/i.test(above)) return undefined;
  return fromPhrase(above) ?? terraformCreating(above);
}

/** `aws_instance.example: Creating...`, the line Terraform prints before the call. */
function terraformCreating(above: string): string | undefined {
  const m =
    /\baws_([a-z0-9_]{1,64})\.[A-Za-z0-9_-]{1,128}(?:\[[^\]\n]{0,64}\])?: Creating\.\.\./.exec(
      above,
    );
  return m?.[1] === undefined ? undefined : TERRAFORM_RESOURCES[m[1]];
}

const TERRAFORM_RESOURCES: Readonly<Record<string, string>> = {
  instance: "ec2:RunInstances",
  spot_instance_request: "ec2:RequestSpotInstances",
  launch_template: "ec2:CreateLaunchTemplate",
  ec2_fleet: "ec2:CreateFleet",
  vpc: "ec2:CreateVpc",
  subnet: "ec2:CreateSubnet",
  security_group: "ec2:CreateSecurityGroup",
  ebs_volume: "ec2:CreateVolume",
  key_pair: "ec2:ImportKeyPair",
  autoscaling_group: "autoscaling:CreateAutoScalingGroup",
};
