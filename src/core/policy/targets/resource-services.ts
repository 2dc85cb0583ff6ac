import type { Arn } from "../../model/arn";

/**
 * The services whose resources carry their own policy, and what that policy's statements look like.
 * Resource element per service, from each service's documented examples:
 * - S3 bucket policies name the bucket or object ARN (`arn:aws:s3:::bucket/key`).
 * - KMS key policies and Secrets Manager secret policies are the resource's own: `"Resource": "*"`.
 * - ECR repository policies omit Resource: the policy applies to its repository.
 * - SQS queue, SNS topic and Lambda function policies name the resource's ARN.
 * https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html
 * https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policy-examples.html
 * https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_resource-policies.html
 */
export const RESOURCE_SERVICES = [
  "s3",
  "kms",
  "sqs",
  "sns",
  "lambda",
  "ecr",
  "secretsmanager",
] as const;
export type ResourceService = (typeof RESOURCE_SERVICES)[number];

export const resourceServiceOf = (arn: Arn): ResourceService | undefined =>
  RESOURCE_SERVICES.find((s) => s === arn.service);

/** The Resource element a statement of this service's policy uses for `arn`; undefined: none. */
export function resourceElement(
  service: ResourceService | undefined,
  arn: string,
): string | undefined {
  switch (service) {
    case "kms":
    case "secretsmanager":
      return "*";
    case "ecr":
      return undefined;
    case "lambda":
      // A version or alias (`function:name:alias`) has the function's policy.
      return arn;
    default:
      return arn;
  }
}

/**
 * The name the service's policy API takes: the bucket (the object's bucket), the repository, the
 * queue; the full ARN where the API accepts it (key, topic, function, secret).
 */
export function resourceName(service: ResourceService, arn: Arn, written: string): string {
  switch (service) {
    case "s3":
      return arn.resource.split("/")[0] ?? arn.resource;
    case "ecr":
      return arn.resource.replace(/^repository\//, "");
    case "sqs":
      return arn.resource;
    case "lambda":
      // `function:name[:qualifier]`: the API takes the function's name or ARN.
      return arn.resource.replace(/^function:/, "").split(":")[0] ?? arn.resource;
    default:
      return written;
  }
}

/** `function:name:alias` or `function:name:3`: the version or alias a Lambda permission is for. */
export const lambdaQualifier = (arn: Arn): string | undefined =>
  arn.resource.replace(/^function:/, "").split(":")[1];

/**
 * Who a Lambda permission names. `add-permission` takes one principal and no `aws:PrincipalArn`
 * condition: a statement that matches its caller by condition (an IAM Identity Center role) is
 * granted to the caller's account instead, never to `*`, and the account's own policies (the
 * permission set's) decide the rest.
 */
export function lambdaPrincipal(principal: string | undefined, byArn: unknown): string {
  if (principal !== "*") return principal ?? "<PRINCIPAL_ARN>";
  const account =
    typeof byArn === "string" ? /^arn:[\w-]+:iam::(\d{12}):/.exec(byArn)?.[1] : undefined;
  return account ?? "<ACCOUNT_ID>";
}
