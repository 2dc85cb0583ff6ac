import {
  DecodeAuthorizationMessageCommand,
  GetCallerIdentityCommand,
  STSClient,
} from "@aws-sdk/client-sts";
import { fromNodeProviderChain } from "@aws-sdk/credential-providers";
import { loadSharedConfigFiles } from "@smithy/core/config";
import { classifyFailure, type DecodeFailure } from "../core/decode/decode-failure";
import { DEFAULT_REGIONS } from "../core/decode/token";
import { err, ok, type Result } from "../core/result";

export interface CallOptions {
  /** A profile from ~/.aws/config or ~/.aws/credentials; AWS_PROFILE or `default` when absent. */
  readonly profile: string | undefined;
  readonly region: string | undefined;
  /** The partition of the ARNs in the paste, to pick a region that can decode them. */
  readonly partition: string | undefined;
}

export interface Identity {
  readonly arn: string;
  readonly account: string;
  readonly userId: string;
}

/** Profile names and their regions, from the shared config and credentials files. */
export async function listProfiles(): Promise<{ name: string; region: string | undefined }[]> {
  try {
    const { configFile, credentialsFile } = await loadSharedConfigFiles();
    const names = new Set([...Object.keys(configFile), ...Object.keys(credentialsFile)]);
    return [...names].sort().map((name) => ({ name, region: configFile[name]?.region }));
  } catch {
    return [];
  }
}

export async function resolveRegion({ profile, region, partition }: CallOptions): Promise<string> {
  if (region) return region;
  if (partition && partition !== "aws") return DEFAULT_REGIONS[partition] ?? "us-east-1";
  const fromEnv = process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
  if (fromEnv) return fromEnv;
  const name = profile ?? process.env.AWS_PROFILE ?? "default";
  const profiles = await listProfiles();
  return profiles.find((p) => p.name === name)?.region ?? "us-east-1";
}

/**
 * A client with the machine's own credentials: the SDK's Node chain (environment, SSO, shared
 * files, credential_process, container and instance roles). The SDK itself honours
 * AWS_ENDPOINT_URL_STS and AWS_ENDPOINT_URL. Credentials stay in this process.
 */
async function client(options: CallOptions): Promise<STSClient> {
  return new STSClient({
    region: await resolveRegion(options),
    credentials: fromNodeProviderChain(options.profile ? { profile: options.profile } : {}),
    maxAttempts: 3,
  });
}

const failure = (e: unknown): DecodeFailure =>
  classifyFailure({
    code: e instanceof Error ? e.name : "Error",
    message: e instanceof Error ? e.message : String(e),
  });

export async function decodeToken(
  token: string,
  options: CallOptions,
): Promise<Result<string, DecodeFailure>> {
  try {
    const sts = await client(options);
    const out = await sts.send(new DecodeAuthorizationMessageCommand({ EncodedMessage: token }));
    return out.DecodedMessage === undefined
      ? err({ kind: "unknown", code: "EmptyResponse", message: "STS returned no DecodedMessage." })
      : ok(out.DecodedMessage);
  } catch (e) {
    return err(failure(e));
  }
}

export async function whoAmI(options: CallOptions): Promise<Result<Identity, DecodeFailure>> {
  try {
    const sts = await client(options);
    const out = await sts.send(new GetCallerIdentityCommand({}));
    return ok({ arn: out.Arn ?? "", account: out.Account ?? "", userId: out.UserId ?? "" });
  } catch (e) {
    return err(failure(e));
  }
}
