import { parseArn } from "../../model/arn";
import { asList } from "../document";
import { conditionLines, yamlValue } from "../formats/cloudformation";
import { escapeInvisibleInJson, hclString, jsonString, yamlString } from "../formats/escape";
import { conditionBlocks, hclList } from "../formats/terraform";
import type { FixTarget } from "./fix-target";
import type { FixPart } from "./plan";
import { lambdaPrincipal, lambdaQualifier, resourceName } from "./resource-services";
import type { TargetStatement } from "./target-document";

/**
 * The statement in Terraform, CloudFormation and CDK, in the resource that holds that policy type.
 * Those resources own the whole document, so each form is the statement to add to the document the
 * reader's code already has (CDK's `addToResourcePolicy`-style calls add it themselves), never a
 * second resource that would replace the first. Lambda permissions are their own resources.
 */
export const TARGET_IAC = ["terraform", "cloudformation", "cdk"] as const;
export type TargetIac = (typeof TARGET_IAC)[number];

interface Holder {
  /** The Terraform resource (and argument) holding the document. */
  readonly terraform: string;
  /** The CloudFormation type and property holding the document. */
  readonly cloudformation: string;
  /** A CDK variable, what it is, and the call that adds a statement; undefined: no such call. */
  readonly cdk:
    { readonly variable: string; readonly what: string; readonly call: string } | undefined;
}

const RESOURCE_HOLDERS: Readonly<Record<string, Holder>> = {
  s3: {
    terraform: "aws_s3_bucket_policy (policy)",
    cloudformation: "AWS::S3::BucketPolicy (PolicyDocument)",
    cdk: {
      variable: "bucket",
      what: "the s3.Bucket your stack defines",
      call: "addToResourcePolicy",
    },
  },
  kms: {
    terraform: "aws_kms_key (policy) or aws_kms_key_policy (policy)",
    cloudformation: "AWS::KMS::Key (KeyPolicy)",
    cdk: { variable: "key", what: "the kms.Key your stack defines", call: "addToResourcePolicy" },
  },
  sqs: {
    terraform: "aws_sqs_queue_policy (policy)",
    cloudformation: "AWS::SQS::QueuePolicy (PolicyDocument)",
    cdk: {
      variable: "queue",
      what: "the sqs.Queue your stack defines",
      call: "addToResourcePolicy",
    },
  },
  sns: {
    terraform: "aws_sns_topic_policy (policy)",
    cloudformation: "AWS::SNS::TopicPolicy (PolicyDocument)",
    cdk: {
      variable: "topic",
      what: "the sns.Topic your stack defines",
      call: "addToResourcePolicy",
    },
  },
  ecr: {
    terraform: "aws_ecr_repository_policy (policy)",
    cloudformation: "AWS::ECR::Repository (RepositoryPolicyText)",
    cdk: {
      variable: "repository",
      what: "the ecr.Repository your stack defines",
      call: "addToResourcePolicy",
    },
  },
  secretsmanager: {
    terraform: "aws_secretsmanager_secret_policy (policy)",
    cloudformation: "AWS::SecretsManager::ResourcePolicy (ResourcePolicy)",
    cdk: {
      variable: "secret",
      what: "the secretsmanager.Secret your stack defines",
      call: "addToResourcePolicy",
    },
  },
};

const OTHER_RESOURCE: Holder = {
  terraform: "the resource's policy argument",
  cloudformation: "the resource's policy property",
  cdk: undefined,
};

function holderOf(t: FixTarget): Holder | undefined {
  switch (t.kind) {
    case "resource-policy":
      return (t.service === undefined ? undefined : RESOURCE_HOLDERS[t.service]) ?? OTHER_RESOURCE;
    case "trust":
      return {
        terraform: "aws_iam_role (assume_role_policy)",
        cloudformation: "AWS::IAM::Role (AssumeRolePolicyDocument)",
        cdk: {
          variable: "role",
          what: "the iam.Role your stack defines",
          call: "assumeRolePolicy?.addStatements",
        },
      };
    case "vpc-endpoint":
      return {
        terraform: "aws_vpc_endpoint (policy) or aws_vpc_endpoint_policy (policy)",
        cloudformation: "AWS::EC2::VPCEndpoint (PolicyDocument)",
        cdk: {
          variable: "endpoint",
          what: "the ec2 VPC endpoint your stack defines",
          call: "addToPolicy",
        },
      };
    case "service-control":
      return {
        terraform: "aws_organizations_policy (content)",
        cloudformation: "AWS::Organizations::Policy (Content)",
        cdk: undefined,
      };
    case "permissions-boundary":
      return {
        terraform: "the aws_iam_policy used as the boundary (policy)",
        cloudformation: "the AWS::IAM::ManagedPolicy used as the boundary (PolicyDocument)",
        cdk: {
          variable: "boundary",
          what: "the iam.ManagedPolicy used as the boundary",
          call: "addStatements",
        },
      };
    case "identity":
    case "session":
      return undefined;
  }
}

const principalEntries = (s: TargetStatement): [string, string][] =>
  Object.entries(s.Principal ?? {}).filter((e): e is [string, string] => typeof e[1] === "string");

function terraformStatement(s: TargetStatement): string {
  const lines = [
    'data "aws_iam_policy_document" "authz_fix" {',
    "  statement {",
    `    sid    = ${hclString(s.Sid)}`,
    `    effect = ${hclString(s.Effect)}`,
  ];
  for (const [type, id] of principalEntries(s))
    lines.push(
      "",
      "    principals {",
      `      type        = ${hclString(type)}`,
      `      identifiers = [${hclString(id)}]`,
      "    }",
    );
  lines.push("", `    actions   = ${hclList(s.Action)}`);
  if (s.Resource !== undefined) lines.push(`    resources = ${hclList(s.Resource)}`);
  lines.push(...conditionBlocks(s.Condition), "  }", "}");
  return lines.join("\n");
}

function cloudformationStatement(s: TargetStatement): string {
  const lines = [`- Sid: ${yamlString(s.Sid)}`, `  Effect: ${yamlString(s.Effect)}`];
  const principals = principalEntries(s);
  if (principals.length > 0) {
    lines.push("  Principal:");
    for (const [type, id] of principals) lines.push(`    ${yamlString(type)}: ${yamlString(id)}`);
  }
  lines.push(`  Action:${yamlValue(s.Action, "    ")}`);
  if (s.Resource !== undefined) lines.push(`  Resource:${yamlValue(s.Resource, "    ")}`);
  lines.push(...conditionLines(s.Condition, ""));
  return lines.join("\n");
}

const json = (v: unknown): string => escapeInvisibleInJson(JSON.stringify(v, null, 2));
const indent = (text: string, n: number): string =>
  text
    .split("\n")
    .map((l, i) => (i === 0 ? l : `${" ".repeat(n)}${l}`))
    .join("\n");

function cdkStatement(s: TargetStatement): string {
  const lines = [
    "new iam.PolicyStatement({",
    `  sid: ${jsonString(s.Sid)},`,
    "  effect: iam.Effect.ALLOW,",
  ];
  const principals = principalEntries(s).map(([type, id]) =>
    type === "Federated"
      ? `new iam.FederatedPrincipal(${jsonString(id)})`
      : `new iam.ArnPrincipal(${jsonString(id)})`,
  );
  if (principals.length > 0) lines.push(`  principals: [${principals.join(", ")}],`);
  lines.push(`  actions: [${asList(s.Action).map(jsonString).join(", ")}],`);
  if (s.Resource !== undefined)
    lines.push(`  resources: [${asList(s.Resource).map(jsonString).join(", ")}],`);
  if (s.Condition) lines.push(`  conditions: ${indent(json(s.Condition), 2)},`);
  lines.push("})");
  return lines.join("\n");
}

const CDK_HEAD = 'import * as iam from "aws-cdk-lib/aws-iam";\n\n';

/** Lambda permissions are resources of their own: adding one replaces nothing. */
function lambdaForm(part: FixPart, format: TargetIac): string {
  const s = part.statement;
  const t = part.target;
  const arn = t.kind === "resource-policy" ? parseArn(t.resourceArn) : undefined;
  const fn =
    arn && t.kind === "resource-policy"
      ? resourceName("lambda", arn, t.resourceArn)
      : "<FUNCTION_NAME>";
  const principal = lambdaPrincipal(s.Principal?.AWS, s.Condition?.ArnLike?.["aws:PrincipalArn"]);
  const action = asList(s.Action)[0] ?? "lambda:InvokeFunction";
  const qualifier = arn ? lambdaQualifier(arn) : undefined;
  switch (format) {
    case "terraform":
      return `resource "aws_lambda_permission" "authz_fix" {\n  statement_id  = ${hclString(s.Sid)}\n  action        = ${hclString(action)}\n  function_name = ${hclString(fn)}\n  principal     = ${hclString(principal)}${qualifier === undefined ? "" : `\n  qualifier     = ${hclString(qualifier)}`}\n}`;
    case "cloudformation":
      // FunctionName takes the name with its version or alias appended.
      return `Resources:\n  AuthzFixPermission:\n    Type: "AWS::Lambda::Permission"\n    Properties:\n      FunctionName: ${yamlString(qualifier === undefined ? fn : `${fn}:${qualifier}`)}\n      Action: ${yamlString(action)}\n      Principal: ${yamlString(principal)}`;
    case "cdk":
      return `${CDK_HEAD}// fn: the lambda.Function${qualifier === undefined ? "" : ` (its alias or version ${qualifier.replace(/[^\w.-]/g, "")})`} your stack defines.\nfn.addPermission(${jsonString(s.Sid)}, {\n  principal: new iam.${/^\d{12}$/.test(principal) ? "AccountPrincipal" : "ArnPrincipal"}(${jsonString(principal)}),\n  action: ${jsonString(action)},\n});`;
  }
}

/** The statement in `format` for the part's policy; undefined where the format has no place for it. */
export function targetIac(part: FixPart, format: TargetIac): string | undefined {
  const t = part.target;
  if (t.kind === "resource-policy" && t.service === "lambda") return lambdaForm(part, format);
  const holder = holderOf(t);
  if (!holder) return undefined;
  const s = part.statement;
  switch (format) {
    case "terraform":
      return `# ${holder.terraform} holds the whole policy: add this statement to the document it\n# already has (source_policy_documents merges documents), not as a second policy.\n${terraformStatement(s)}`;
    case "cloudformation":
      return `# ${holder.cloudformation} holds the whole policy: add this item to its Statement list.\n${cloudformationStatement(s)}`;
    case "cdk":
      return holder.cdk === undefined
        ? `// ${holder.cloudformation.replace(/ \(.*$/, "")}: add this statement to the policy's Statement list.\nconst statement = ${json(s)};`
        : `${CDK_HEAD}// ${holder.cdk.variable}: ${holder.cdk.what}.\n${holder.cdk.variable}.${holder.cdk.call}(\n  ${indent(cdkStatement(s), 2)},\n);`;
  }
}
