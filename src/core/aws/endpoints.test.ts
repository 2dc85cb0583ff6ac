import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkEndpoint, connectSources, PARTITIONS } from "./endpoints";

describe("the endpoint list follows the AWS SDK's partition data", () => {
  it("lists exactly the SDK's regions of the aws, aws-cn and aws-us-gov partitions", () => {
    const require = createRequire(import.meta.url);
    const core = dirname(require.resolve("@aws-sdk/core/package.json"));
    const text = readFileSync(
      join(core, "dist-es/submodules/client/util-endpoints/lib/aws/partitions.js"),
      "utf8",
    );
    const data = JSON.parse(text.slice(text.indexOf("{"), text.lastIndexOf("}") + 1)) as {
      partitions: { id: string; regions: Record<string, unknown> }[];
    };
    for (const id of ["aws", "aws-cn", "aws-us-gov"] as const) {
      const sdk = Object.keys(data.partitions.find((p) => p.id === id)?.regions ?? {})
        .filter((r) => /-\d+$/.test(r))
        .sort();
      expect([...PARTITIONS[id].regions].sort()).toEqual(sdk);
    }
  });
});

describe("checkEndpoint: only what the CSP allows, refused with a reason", () => {
  it.each([
    ["https://sts.eu-west-1.amazonaws.com", "sts", true],
    ["https://sts.amazonaws.com/", "sts", true],
    ["https://sts-fips.us-east-1.amazonaws.com", "sts", true],
    ["https://sts.cn-north-1.amazonaws.com.cn", "sts", true],
    ["https://vpce-0abc123-xyz.sts.eu-west-1.vpce.amazonaws.com", "sts", true],
    ["https://iam-toolbox.us-east-1.amazonaws.com", "iam-toolbox", true],
    ["http://127.0.0.1:4566", "sts", true],
    ["https://iam-toolbox.us-east-1.amazonaws.com", "sts", false],
    ["https://my-bucket.s3.amazonaws.com", "sts", false],
    ["https://abc.execute-api.us-east-1.amazonaws.com", "sts", false],
    ["https://sts.eu-west-1.amazonaws.com.evil.example", "sts", false],
    ["https://.sts.eu-west-1.vpce.amazonaws.com", "sts", false],
    ["http://sts.eu-west-1.amazonaws.com", "sts", false],
    ["https://sts.eu-west-1.amazonaws.com:8443", "sts", false],
    ["https://sts.eu-west-1.amazonaws.com/path", "sts", false],
    ["https://user:pw@sts.eu-west-1.amazonaws.com", "sts", false],
    ["not a url", "sts", false],
  ] as const)("%s for %s → %s", (url, service, ok) => {
    expect(checkEndpoint(url, service).ok).toBe(ok);
  });
});

describe("connectSources", () => {
  it("has no broad AWS wildcard and no source browsers reject", () => {
    const sources = connectSources();
    expect(sources).not.toContain("https://*.amazonaws.com");
    expect(sources).not.toContain("http://[::1]:*");
    for (const s of sources.filter((x) => x.includes("*.")))
      expect(s).toMatch(
        /^https:\/\/\*\.(sts|iam-toolbox)\.[a-z0-9-]+\.vpce\.amazonaws\.com(\.cn)?$/,
      );
  });
});
