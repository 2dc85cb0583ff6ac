import type { IdentityProvider } from "../../errors/reason";
import type { ResourceService } from "./resource-services";

/**
 * The policy a statement belongs in, whose it is and in which account: what the page says above
 * each statement (`fix-target`) and what its commands act on. Accounts are as the paste wrote them
 * (a masked `***` stays masked); undefined when the ARN carries none (S3) or there is no ARN.
 */
export type FixTarget =
  | {
      readonly kind: "identity";
      /** The role (not the session), user or other principal that holds the policy. */
      readonly principalArn: string;
      readonly account: string | undefined;
    }
  | {
      readonly kind: "permissions-boundary";
      readonly principalArn: string;
      readonly account: string | undefined;
      /** The boundary's ARN when the message names it; else the commands look it up. */
      readonly boundaryArn: string | undefined;
    }
  | {
      readonly kind: "session";
      /** The role the session was made from: its AssumeRole caller passed the session policy. */
      readonly principalArn: string;
      readonly account: string | undefined;
    }
  | {
      readonly kind: "service-control";
      /** The member account the SCPs apply to. */
      readonly account: string | undefined;
      readonly policyArn: string | undefined;
    }
  | {
      readonly kind: "resource-policy";
      /** Undefined: a service whose policy API this project does not know (the statement still is right). */
      readonly service: ResourceService | undefined;
      readonly resourceArn: string;
      readonly account: string | undefined;
      readonly region: string | undefined;
    }
  | {
      readonly kind: "vpc-endpoint";
      /** From the request's `aws:SourceVpce` when decoded; a reason sentence never names it. */
      readonly endpointId: string | undefined;
      /** The endpoint's service (`s3`), for the command that finds it. */
      readonly service: string | undefined;
      readonly account: string | undefined;
      readonly region: string | undefined;
    }
  | {
      readonly kind: "trust";
      readonly flavor: "aws" | "web-identity" | "saml";
      readonly provider: IdentityProvider;
      /** The role being assumed, when the error or the paste names it. */
      readonly roleArn: string | undefined;
      readonly account: string | undefined;
    };

export type FixTargetKind = FixTarget["kind"];

/** The role's name in a role ARN (paths dropped: the IAM APIs take the bare name). */
export const roleNameOf = (roleArn: string | undefined): string | undefined => {
  const m = /:role\/(?:.*\/)?([\w+=,.@-]{1,64})$/.exec(roleArn ?? "");
  return m?.[1];
};
