import { parseArn } from "../model/arn";

/**
 * The resources a common `ec2:RunInstances` touches besides the instance: the image, the subnet,
 * the network interface it creates, its security groups, its volumes and the key pair. A denied
 * launch names only the first resource that lacked an Allow (usually `instance/*`), so an Allow for
 * that one alone is denied again on the next. The set and the image's empty account (AMIs are
 * often another account's) follow the EC2 User Guide's RunInstances policy examples
 * ("Example: Launch instances (RunInstances)").
 */
const LAUNCH_TYPES = [
  "instance",
  "subnet",
  "network-interface",
  "security-group",
  "volume",
  "key-pair",
] as const;

export const isRunInstances = (action: string | undefined): boolean =>
  action?.toLowerCase() === "ec2:runinstances";

/** The launch's resources in the denied resource's partition, region and account; undefined when the ARN does not tell them. */
export function launchResources(arn: string): string[] | undefined {
  const parsed = parseArn(arn);
  if (parsed?.service !== "ec2" || parsed.region === "" || parsed.account === "") return undefined;
  const base = `arn:${parsed.partition}:ec2:${parsed.region}`;
  return [`${base}::image/*`, ...LAUNCH_TYPES.map((type) => `${base}:${parsed.account}:${type}/*`)];
}
