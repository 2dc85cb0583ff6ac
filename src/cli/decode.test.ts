import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFixture } from "../../fixtures/fixtures";
import { startFakeSts } from "../../e2e/support/fake-sts";
import { reportSchema } from "../core/report/schema";

/**
 * `--decode` through the real SDK path (the local server's sts.ts and the SDK's default chain)
 * against the fake STS on 127.0.0.1, which speaks STS's wire protocol and checks SigV4.
 */
let fake: Awaited<ReturnType<typeof startFakeSts>>;
beforeAll(async () => {
  fake = await startFakeSts(0);
});
afterAll(async () => {
  await fake();
});

const SECRET = "cliFakeSecretThatMustNeverBePrinted000000";

function cli(args: readonly string[], input: string, accessKey: string) {
  return new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    const child = spawn(process.execPath, ["dist-cli/authz-decoder.mjs", ...args], {
      env: {
        PATH: process.env.PATH ?? "",
        AWS_ENDPOINT_URL_STS: `http://127.0.0.1:${String(fake.port)}`,
        AWS_ACCESS_KEY_ID: accessKey,
        AWS_SECRET_ACCESS_KEY: SECRET,
        AWS_REGION: "eu-west-1",
        // No shared files: the test machine's own ~/.aws must not leak in.
        AWS_CONFIG_FILE: "/nonexistent/aws-config",
        AWS_SHARED_CREDENTIALS_FILE: "/nonexistent/aws-credentials",
      },
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr.on("data", (c: Buffer) => (err += c.toString()));
    child.on("close", (code) => {
      resolve({ code, out, err });
    });
    child.stdin.end(input);
  });
}

describe("authz-decoder --decode", () => {
  const log = readFixture("errors", "07-terraform-aws-instance-status-code-request-id-line.txt");

  it("decodes the token with the machine's credentials and reads the decoded message", async () => {
    // Without --decode the log alone does not say which kind of denial it was.
    const plain = await cli(["--format", "json"], log, "AKIAFAKECLITEST00001");
    expect(reportSchema.parse(JSON.parse(plain.out)).denials[0]?.denial).toBeNull();
    const r = await cli(["--format", "json", "--decode"], log, "AKIAFAKECLITEST00001");
    expect(r.code).toBe(2);
    const report = reportSchema.parse(JSON.parse(r.out));
    // The fake answers this real token with its real decoded message: an explicit Deny (MFA).
    expect(report.denials[0]).toMatchObject({
      denial: "explicit",
      principal: "arn:aws:iam::363711084474:user/k3s-admin",
      action: "ec2:RunInstances",
    });
    expect(`${r.out}${r.err}`).not.toContain(SECRET);
  });

  it("a refused decode says so on stderr, never with the secret; the report still comes", async () => {
    const r = await cli(["--decode"], log, "AKIADENIEDCLITEST001");
    expect(r.code).toBe(2);
    expect(r.err).toContain("decode failed (access-denied)");
    expect(r.out).toContain("ec2:RunInstances");
    expect(`${r.out}${r.err}`).not.toContain(SECRET);
  });
});
