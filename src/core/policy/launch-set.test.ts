import { describe, expect, it } from "vitest";
import { readFixture } from "../../../fixtures/fixtures";
import { analyze } from "../analyze";
import { checkAgainst } from "../evaluate/check";
import { readPolicyInputs } from "../evaluate/policy-inputs";
import { buildFix } from "./fix";
import { launchResources } from "./launch-set";

const runInstances = () => {
  const r = analyze(
    readFixture("decoded", "24-awsdocs-iam-cli-example-runinstances-chain-user.txt"),
  );
  if (!r.ok) throw new Error("analysis expected");
  return r.value;
};

describe("the launch-complete RunInstances draft", () => {
  it("names every resource of a common launch, images of any account", () => {
    expect(launchResources("arn:aws:ec2:us-east-2:403299380220:instance/*")).toEqual([
      "arn:aws:ec2:us-east-2::image/*",
      "arn:aws:ec2:us-east-2:403299380220:instance/*",
      "arn:aws:ec2:us-east-2:403299380220:subnet/*",
      "arn:aws:ec2:us-east-2:403299380220:network-interface/*",
      "arn:aws:ec2:us-east-2:403299380220:security-group/*",
      "arn:aws:ec2:us-east-2:403299380220:volume/*",
      "arn:aws:ec2:us-east-2:403299380220:key-pair/*",
    ]);
    expect(launchResources("arn:aws:s3:::bucket")).toBeUndefined();
  });

  it("is a choice: off by default, on gives the set; either way the evaluator allows the request", () => {
    const analysis = runInstances();
    const plain = buildFix(analysis);
    const launch = buildFix(analysis, { passedToService: true, launchSet: true });
    if (plain.kind !== "allow-policy" || launch.kind !== "allow-policy") throw new Error("allow");
    expect(plain.document.Statement[0]?.Resource).toBe(
      "arn:aws:ec2:us-east-2:403299380220:instance/*",
    );
    expect(launch.document.Statement[0]?.Resource).toHaveLength(7);
    expect(launch.notes.map((n) => n.code)).toContain("launch-set");
    // The evaluator reads the drafted policy as a user would paste it back.
    const pasted = readPolicyInputs(launch.json).policies.map((p) => ({
      type: p.guessedType,
      name: p.name,
      document: p.document,
    }));
    const check = checkAgainst(analysis, pasted);
    expect(check?.ours.decision).toBe("allow");
  });
});
