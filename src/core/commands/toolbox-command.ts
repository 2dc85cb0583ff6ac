import { shellQuote } from "../policy/formats/escape";

/**
 * The CLI commands for an authorization ID (AWS CLI reference, `aws iam-toolbox`):
 * https://docs.aws.amazon.com/cli/latest/reference/iam-toolbox/get-request-authorization-details.html
 * The ID and region come from pasted text: only their documented alphabets are written unquoted,
 * anything else is shell-quoted, so a crafted message cannot add to the command.
 */
const SAFE_ID = /^[0-9A-Za-z]{1,256}$/;
const SAFE_REGION = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/;

const id = (authorizationId: string) =>
  SAFE_ID.test(authorizationId) ? authorizationId : shellQuote(authorizationId);
const regionArg = (region: string | undefined) =>
  region === undefined
    ? []
    : [`--region ${SAFE_REGION.test(region) ? region : shellQuote(region)}`];

/** Prints the evaluations, the matched policies and statements, and the request context. */
export const detailsCommand = (authorizationId: string, region: string | undefined): string =>
  [
    "aws iam-toolbox get-request-authorization-details",
    `--authorization-id ${id(authorizationId)}`,
    ...regionArg(region),
  ].join(" ");

/** Prints one matched policy as it was when the request was denied. */
export const policyCommand = (
  authorizationId: string,
  policyUri: string,
  region: string | undefined,
): string =>
  [
    "aws iam-toolbox get-request-authorization-policy",
    `--authorization-id ${id(authorizationId)}`,
    `--policy-uri ${shellQuote(policyUri)}`,
    ...regionArg(region),
  ].join(" ");

/** What reading the details takes, for the "ask for this" hint when access is denied. */
export const TOOLBOX_PERMISSION_POLICY = JSON.stringify(
  {
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "ReadAuthorizationDetails",
        Effect: "Allow",
        Action: ["iam:GetRequestAuthorizationDetails", "iam:GetRequestAuthorizationPolicy"],
        Resource: "*",
      },
    ],
  },
  null,
  2,
);
