import { parseArn } from "../../model/arn";
import { shellQuote as q } from "../formats/escape";
import { roleNameOf, type FixTarget } from "./fix-target";
import type { FixPart } from "./plan";
import { targetJson } from "./target-document";
import { lambdaPrincipal, lambdaQualifier, resourceName } from "./resource-services";

/**
 * AWS CLI commands that add the statement without wiping what is there. The APIs for bucket, key,
 * queue, topic, repository, secret, trust, endpoint, boundary and organization policies replace
 * the whole document: read it, add the statement with jq (Sid made unique; an equal statement
 * already there changes nothing), review, write it back. Lambda's `add-permission` adds one
 * statement by itself. If the read fails (access denied), jq prints nothing and the write fails on
 * an empty document instead of replacing the policy.
 */
export interface PolicyCommands {
  readonly text: string;
  /** Lambda's `add-permission`: one call adds the statement, nothing is read or replaced. */
  readonly additive: boolean;
}

const EMPTY = `echo '{"Version":"2012-10-17","Statement":[]}' > current.json`;

/** jq 1.6 and later: appends $add[0] unless an equal statement (Sid aside) is there. */
const MERGE = [
  `jq --slurpfile add statement.json '`,
  `  $add[0] as $new`,
  `  | (.Statement | if type == "array" then . else [.] end) as $old`,
  `  | if any($old[]; del(.Sid) == ($new | del(.Sid))) then .`,
  `    else [$old[].Sid] as $sids`,
  `      | (if ($sids | index([$new.Sid])) == null then $new.Sid`,
  `         else [range(2; 1000) | "\\($new.Sid)\\(.)"] | map(select(. as $c | ($sids | index([$c])) == null)) | first`,
  `         end) as $sid`,
  `      | .Statement = $old + [$new | .Sid = $sid]`,
  `    end' current.json > policy.json && cat policy.json`,
].join("\n");

const heredoc = (file: string, json: string): string => `cat > ${file} <<'EOF'\n${json}\nEOF`;

/** Read, merge, write: the three steps every replacing API needs, each said in a comment. */
function readMergeWrite(
  part: FixPart,
  setup: readonly string[],
  read: string,
  write: readonly string[],
  mayBeMissing: string | undefined,
): string {
  const statement = targetJson(part.statement);
  return [
    ...setup,
    "# 1. Read the policy as it is now: the write below replaces the whole document.",
    `${read} > current.json`,
    ...(mayBeMissing === undefined
      ? []
      : [
          `# ${mayBeMissing}? There is no policy yet: start from an empty one instead:`,
          `# ${EMPTY}`,
        ]),
    "# 2. Add the statement (review policy.json before writing it).",
    heredoc("statement.json", statement),
    MERGE,
    "# 3. Write it back, only if the merge produced a policy (a failed read leaves it empty).",
    "if [ -s policy.json ]; then",
    ...write.map((line) => `  ${line}`),
    "fi",
  ].join("\n");
}

/** The commands for an API that replaces the whole document. */
const replacing = (
  part: FixPart,
  setup: readonly string[],
  read: string,
  write: readonly string[],
  mayBeMissing?: string,
): PolicyCommands => ({
  text: readMergeWrite(part, setup, read, write, mayBeMissing),
  additive: false,
});

const regionFlag = (region: string | undefined): string =>
  region === undefined || region === "" ? "" : ` --region=${q(region)}`;

function resourceCommands(
  part: FixPart,
  t: Extract<FixTarget, { kind: "resource-policy" }>,
): PolicyCommands | undefined {
  const arn = parseArn(t.resourceArn);
  if (t.service === undefined || !arn) return undefined;
  const r = regionFlag(t.region);
  const name = q(resourceName(t.service, arn, t.resourceArn));
  const whole = q(t.resourceArn);
  switch (t.service) {
    case "s3":
      return replacing(
        part,
        [],
        `aws s3api get-bucket-policy --bucket=${name} --query=Policy --output=text`,
        [`aws s3api put-bucket-policy --bucket=${name} --policy=file://policy.json`],
        "NoSuchBucketPolicy",
      );
    case "kms":
      return replacing(
        part,
        [],
        `aws kms get-key-policy --key-id=${whole} --policy-name=default --query=Policy --output=text${r}`,
        [
          `aws kms put-key-policy --key-id=${whole} --policy-name=default --policy=file://policy.json${r}`,
        ],
      );
    case "sqs":
      return replacing(
        part,
        [
          `QUEUE_URL=$(aws sqs get-queue-url --queue-name=${name} --queue-owner-aws-account-id=${q(arn.account)} --query=QueueUrl --output=text${r})`,
        ],
        `aws sqs get-queue-attributes --queue-url="$QUEUE_URL" --attribute-names=Policy --query=Attributes.Policy --output=text${r}`,
        [
          `jq -n --rawfile policy policy.json '{Policy: $policy}' > attributes.json`,
          `aws sqs set-queue-attributes --queue-url="$QUEUE_URL" --attributes=file://attributes.json${r}`,
        ],
        "It printed None",
      );
    case "sns":
      return replacing(
        part,
        [],
        `aws sns get-topic-attributes --topic-arn=${whole} --query=Attributes.Policy --output=text${r}`,
        [
          `aws sns set-topic-attributes --topic-arn=${whole} --attribute-name=Policy --attribute-value=file://policy.json${r}`,
        ],
      );
    case "ecr":
      return replacing(
        part,
        [],
        `aws ecr get-repository-policy --repository-name=${name} --registry-id=${q(arn.account)} --query=policyText --output=text${r}`,
        [
          `aws ecr set-repository-policy --repository-name=${name} --registry-id=${q(arn.account)} --policy-text=file://policy.json${r}`,
        ],
        "RepositoryPolicyNotFoundException",
      );
    case "secretsmanager":
      return replacing(
        part,
        [],
        `aws secretsmanager get-resource-policy --secret-id=${whole} --query=ResourcePolicy --output=text${r}`,
        [
          `aws secretsmanager put-resource-policy --secret-id=${whole} --resource-policy=file://policy.json${r}`,
        ],
        "It printed None",
      );
    case "lambda": {
      const s = part.statement;
      const principal = lambdaPrincipal(
        s.Principal?.AWS,
        s.Condition?.ArnLike?.["aws:PrincipalArn"],
      );
      const action = typeof s.Action === "string" ? s.Action : (s.Action[0] ?? "");
      const qualifier = lambdaQualifier(arn);
      return {
        text: [
          "# Lambda adds the statement to the function's policy by itself: nothing is replaced.",
          `aws lambda add-permission --function-name=${name} --statement-id=${q(s.Sid)} --action=${q(action)} --principal=${q(principal)}${qualifier === undefined ? "" : ` --qualifier=${q(qualifier)}`}${r}`,
        ].join("\n"),
        additive: true,
      };
    }
  }
}

const ORGANIZATION_ID = /\/(p-[0-9a-z]{8,128})$/;

export function policyCommands(part: FixPart): PolicyCommands | undefined {
  const t = part.target;
  switch (t.kind) {
    case "identity":
      // The identity policy's own formats (policy/formats) attach a new inline policy: additive.
      return undefined;
    case "resource-policy":
      return resourceCommands(part, t);
    case "trust":
      return replacing(
        part,
        [`ROLE_NAME=${q(roleNameOf(t.roleArn) ?? "<ROLE_NAME>")}`],
        `aws iam get-role --role-name="$ROLE_NAME" --query=Role.AssumeRolePolicyDocument --output=json`,
        [
          `aws iam update-assume-role-policy --role-name="$ROLE_NAME" --policy-document=file://policy.json`,
        ],
      );
    case "vpc-endpoint": {
      const r = regionFlag(t.region);
      const find =
        t.endpointId === undefined
          ? [
              "# Which endpoint? The request went through one of these:",
              `# aws ec2 describe-vpc-endpoints --filters=Name=service-name,Values=${q(`com.amazonaws.${t.region ?? "<REGION>"}.${t.service ?? "<SERVICE>"}`)} --query='VpcEndpoints[].[VpcEndpointId,VpcId]' --output=text${r}`,
            ]
          : [];
      return replacing(
        part,
        [...find, `VPC_ENDPOINT_ID=${q(t.endpointId ?? "<VPC_ENDPOINT_ID>")}`],
        `aws ec2 describe-vpc-endpoints --vpc-endpoint-ids="$VPC_ENDPOINT_ID" --query='VpcEndpoints[0].PolicyDocument' --output=text${r}`,
        [
          `aws ec2 modify-vpc-endpoint --vpc-endpoint-id="$VPC_ENDPOINT_ID" --policy-document=file://policy.json${r}`,
        ],
      );
    }
    case "service-control": {
      const id = ORGANIZATION_ID.exec(t.policyArn ?? "")?.[1];
      const find =
        id === undefined
          ? [
              "# In the management account: the SCPs on the account (each OU above it and the root have their own).",
              `# aws organizations list-policies-for-target --target-id=${q(t.account ?? "<ACCOUNT_ID>")} --filter=SERVICE_CONTROL_POLICY`,
            ]
          : ["# In the organization's management account (or its delegated administrator)."];
      return replacing(
        part,
        [...find, `POLICY_ID=${q(id ?? "<SCP_POLICY_ID>")}`],
        `aws organizations describe-policy --policy-id="$POLICY_ID" --query=Policy.Content --output=text`,
        [`aws organizations update-policy --policy-id="$POLICY_ID" --content=file://policy.json`],
      );
    }
    case "permissions-boundary": {
      const arn = parseArn(t.principalArn);
      const isUser = arn?.resource.startsWith("user/") === true;
      const name = arn?.resource.split("/").pop() ?? "<NAME>";
      const lookup = isUser
        ? `aws iam get-user --user-name=${q(name)} --query=User.PermissionsBoundary.PermissionsBoundaryArn --output=text`
        : `aws iam get-role --role-name=${q(name)} --query=Role.PermissionsBoundary.PermissionsBoundaryArn --output=text`;
      return replacing(
        part,
        [
          t.boundaryArn === undefined
            ? `BOUNDARY_ARN=$(${lookup})`
            : `BOUNDARY_ARN=${q(t.boundaryArn)}`,
          `VERSION=$(aws iam get-policy --policy-arn="$BOUNDARY_ARN" --query=Policy.DefaultVersionId --output=text)`,
        ],
        `aws iam get-policy-version --policy-arn="$BOUNDARY_ARN" --version-id="$VERSION" --query=PolicyVersion.Document --output=json`,
        [
          "# A managed policy keeps 5 versions: on LimitExceeded, delete the oldest non-default one first",
          "# (aws iam list-policy-versions, aws iam delete-policy-version).",
          `aws iam create-policy-version --policy-arn="$BOUNDARY_ARN" --policy-document=file://policy.json --set-as-default`,
        ],
      );
    }
    case "session":
      return {
        text: [
          "# A session policy is not stored: it is passed when the session is made. Add the statement",
          "# to the policy your tool passes (AssumeRole's Policy or PolicyArns); on its own, as here,",
          "# the session could do nothing else.",
          heredoc("session-policy.json", part.json),
          `aws sts assume-role --role-arn=${q(t.principalArn)} --role-session-name=${q("authz-fix")} --policy=file://session-policy.json`,
        ].join("\n"),
        additive: false,
      };
  }
}
