import type { IdentityProvider } from "../../errors/reason";
import { sidFor } from "../fix";
import type { TargetCondition, TargetStatement } from "./target-document";

export type TrustFlavor = "aws" | "web-identity" | "saml";

/**
 * A role trust policy statement. Values the error cannot tell (the repository, the service account,
 * the identity provider's name) are `<PLACEHOLDERS>` the page names as such.
 * - GitHub Actions: the provider `token.actions.githubusercontent.com`, `aud` = `sts.amazonaws.com`,
 *   `sub` = `repo:OWNER/REPO:…` (StringLike for the ref part).
 *   https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services
 * - EKS service accounts (IRSA): the cluster's issuer `oidc.eks.REGION.amazonaws.com/id/ID`,
 *   `sub` = `system:serviceaccount:NAMESPACE:NAME`, `aud` = `sts.amazonaws.com`.
 *   https://docs.aws.amazon.com/eks/latest/userguide/associate-service-account-role.html
 * - SAML: the provider ARN and `SAML:aud` = the sign-in endpoint.
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_saml.html
 */
export interface TrustInput {
  readonly flavor: TrustFlavor;
  readonly provider: IdentityProvider;
  /** The role's account; a placeholder when unknown. */
  readonly account: string | undefined;
  /** The caller (role, not session) for `sts:AssumeRole`. */
  readonly caller: string | undefined;
  readonly region: string | undefined;
  /** `aws`, `aws-cn`, `aws-us-gov`: provider ARNs live in the role's partition. */
  readonly partition: string;
}

const GITHUB = "token.actions.githubusercontent.com";

function oidcIssuer(provider: IdentityProvider, region: string | undefined): string {
  if (provider === "github") return GITHUB;
  if (provider === "eks") return `oidc.eks.${region ?? "<REGION>"}.amazonaws.com/id/<EKS_OIDC_ID>`;
  return "<OIDC_PROVIDER_HOST>";
}

export function trustStatement(input: TrustInput): TargetStatement {
  const account = input.account ?? "<ACCOUNT_ID>";
  switch (input.flavor) {
    case "aws":
      return {
        Sid: sidFor("sts", "AssumeRole"),
        Effect: "Allow",
        Principal: { AWS: input.caller ?? "<CALLER_ROLE_ARN>" },
        Action: "sts:AssumeRole",
      };
    case "saml":
      return {
        Sid: sidFor("sts", "AssumeRoleWithSAML"),
        Effect: "Allow",
        Principal: {
          Federated: `arn:${input.partition}:iam::${account}:saml-provider/<SAML_PROVIDER_NAME>`,
        },
        Action: "sts:AssumeRoleWithSAML",
        Condition: { StringEquals: { "SAML:aud": "https://signin.aws.amazon.com/saml" } },
      };
    case "web-identity": {
      const issuer = oidcIssuer(input.provider, input.region);
      const aud = `${issuer}:aud`;
      const sub = `${issuer}:sub`;
      const audience = input.provider === undefined ? "<AUDIENCE>" : "sts.amazonaws.com";
      // The audience is an exact value; GitHub's subject ends with the ref or environment, hence StringLike.
      const condition: TargetCondition =
        input.provider === "github"
          ? { StringEquals: { [aud]: audience }, StringLike: { [sub]: "repo:<OWNER>/<REPO>:*" } }
          : {
              StringEquals: {
                [aud]: audience,
                [sub]:
                  input.provider === "eks"
                    ? "system:serviceaccount:<NAMESPACE>:<SERVICE_ACCOUNT>"
                    : "<SUBJECT>",
              },
            };
      return {
        Sid: sidFor("sts", "AssumeRoleWithWebIdentity"),
        Effect: "Allow",
        Principal: { Federated: `arn:${input.partition}:iam::${account}:oidc-provider/${issuer}` },
        Action: "sts:AssumeRoleWithWebIdentity",
        Condition: condition,
      };
    }
  }
}
