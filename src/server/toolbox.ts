import { fromNodeProviderChain } from "@aws-sdk/credential-providers";
import { Sha256 } from "@smithy/core/checksum";
import { SignatureV4 } from "@smithy/signature-v4";
import {
  fetchAuthorization,
  type FetchedAuthorization,
  type Send,
  type ToolboxFailure,
} from "../core/toolbox/fetch-details";
import type { Result } from "../core/result";

/**
 * Where IAM Toolbox is, as the AWS CLI and SDKs decide it: `AWS_ENDPOINT_URL_IAM_TOOLBOX`, then
 * `AWS_ENDPOINT_URL`, then the regional endpoint.
 * https://docs.aws.amazon.com/sdkref/latest/guide/feature-ss-endpoints.html
 */
export function toolboxEndpoint(region: string, env = process.env): string {
  return (
    env.AWS_ENDPOINT_URL_IAM_TOOLBOX ??
    env.AWS_ENDPOINT_URL ??
    `https://iam-toolbox.${region}.${region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com"}`
  );
}

/** Signs with the machine's own credential chain (signing name `iam`); they stay in this process. */
function nodeSend(profile: string | undefined, region: string): Send {
  const credentials = fromNodeProviderChain(profile ? { profile } : {});
  const signer = new SignatureV4({ service: "iam", region, sha256: Sha256, credentials });
  const endpoint = new URL(toolboxEndpoint(region));
  return async ({ path, query }) => {
    const base = endpoint.pathname.replace(/\/$/, "");
    const signed = await signer.sign({
      method: "GET",
      protocol: endpoint.protocol,
      hostname: endpoint.hostname,
      ...(endpoint.port ? { port: Number(endpoint.port) } : {}),
      path: `${base}${path}`,
      query: { ...query },
      headers: { host: endpoint.host, accept: "application/json" },
    });
    const search = new URLSearchParams(query).toString();
    const res = await fetch(`${endpoint.origin}${base}${path}${search ? `?${search}` : ""}`, {
      headers: signed.headers,
      signal: AbortSignal.timeout(20_000),
    });
    return {
      status: res.status,
      errorType: res.headers.get("x-amzn-errortype") ?? undefined,
      body: await res.text(),
    };
  };
}

export function fetchWithMachineCredentials(options: {
  authorizationId: string;
  region: string;
  profile: string | undefined;
}): Promise<Result<FetchedAuthorization, ToolboxFailure>> {
  return fetchAuthorization({
    authorizationId: options.authorizationId,
    region: options.region,
    send: nodeSend(options.profile, options.region),
  });
}
