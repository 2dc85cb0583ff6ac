import { parseArn } from "./arn";

export interface Action {
  /** As the message wrote it. */
  readonly raw: string;
  /** With the service prefix, e.g. `ec2:RunInstances`. */
  readonly qualified: string;
  readonly service: string | undefined;
  readonly name: string;
  /** Set when the message left out the prefix (recent EC2 messages do) and we restored it. */
  readonly prefixRestoredFrom: "resource-arn" | "aws-service" | undefined;
}

export function buildAction(
  raw: string,
  resource: string | undefined,
  awsService: string | undefined,
): Action {
  const colon = raw.indexOf(":");
  if (colon !== -1) {
    return {
      raw,
      qualified: raw,
      service: raw.slice(0, colon),
      name: raw.slice(colon + 1),
      prefixRestoredFrom: undefined,
    };
  }
  const fromArn = resource === undefined ? undefined : parseArn(resource)?.service;
  const service = fromArn ?? awsService;
  return {
    raw,
    qualified: service === undefined ? raw : `${service}:${raw}`,
    service,
    name: raw,
    prefixRestoredFrom:
      fromArn !== undefined ? "resource-arn" : service !== undefined ? "aws-service" : undefined,
  };
}
