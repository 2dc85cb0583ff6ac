import { describe, expect, it } from "vitest";
import { mergeIntoCurrent } from "./merge-current";
import type { TargetStatement } from "./target-document";

const NEW: TargetStatement = {
  Sid: "AllowS3GetObject",
  Effect: "Allow",
  Principal: { AWS: "arn:aws:iam::111122223333:role/DataReader" },
  Action: "s3:GetObject",
  Resource: "arn:aws:s3:::amzn-s3-demo-bucket/reports/2026.csv",
};

const EXISTING = {
  Sid: "DenyInsecureTransport",
  Effect: "Deny",
  Principal: "*",
  Action: "s3:*",
  Resource: ["arn:aws:s3:::amzn-s3-demo-bucket", "arn:aws:s3:::amzn-s3-demo-bucket/*"],
  Condition: { Bool: { "aws:SecureTransport": "false" } },
};

const merged = (pasted: string) => {
  const result = mergeIntoCurrent(pasted, NEW);
  if (!result.ok) throw new Error(result.error);
  return { ...result.value, doc: JSON.parse(result.value.json) as Record<string, unknown> };
};

describe("mergeIntoCurrent: the current policy kept whole, the statement added", () => {
  it.each([
    ["a bare policy", JSON.stringify({ Version: "2012-10-17", Statement: [EXISTING] })],
    [
      "s3api get-bucket-policy's output (a JSON string under Policy)",
      JSON.stringify({ Policy: JSON.stringify({ Version: "2012-10-17", Statement: [EXISTING] }) }),
    ],
    [
      "sqs get-queue-attributes's output (Attributes.Policy)",
      JSON.stringify({
        Attributes: { Policy: JSON.stringify({ Version: "2012-10-17", Statement: [EXISTING] }) },
      }),
    ],
    [
      "iam get-role's output (Role.AssumeRolePolicyDocument), with a prompt before it",
      `$ aws iam get-role --role-name x\n${JSON.stringify({ Role: { RoleName: "x", AssumeRolePolicyDocument: { Version: "2012-10-17", Statement: [EXISTING] } } }, null, 4)}`,
    ],
    [
      "organizations describe-policy's output (Policy.Content)",
      JSON.stringify({
        Policy: {
          PolicySummary: { Id: "p-examplepolicyid111", Type: "SERVICE_CONTROL_POLICY" },
          Content: JSON.stringify({ Version: "2012-10-17", Statement: [EXISTING] }),
        },
      }),
    ],
    [
      "ec2 describe-vpc-endpoints's output (VpcEndpoints[0].PolicyDocument)",
      JSON.stringify({
        VpcEndpoints: [
          {
            VpcEndpointId: "vpce-1",
            PolicyDocument: JSON.stringify({ Version: "2012-10-17", Statement: [EXISTING] }),
          },
        ],
      }),
    ],
    [
      "iam get-policy-version's output, URL-encoded as IAM returns it",
      JSON.stringify({
        PolicyVersion: {
          Document: encodeURIComponent(
            JSON.stringify({ Version: "2012-10-17", Statement: [EXISTING] }),
          ),
        },
      }),
    ],
    [
      "ecr get-repository-policy's output (policyText)",
      JSON.stringify({
        registryId: "1",
        policyText: JSON.stringify({ Version: "2012-10-17", Statement: [EXISTING] }),
      }),
    ],
  ])("%s", (_, pasted) => {
    const result = merged(pasted);
    expect(result.doc.Statement).toEqual([EXISTING, NEW]);
    expect(result).toMatchObject({ sid: "AllowS3GetObject", alreadyThere: false, count: 2 });
  });

  it("a Statement written as one object becomes a list of both", () => {
    const result = merged(JSON.stringify({ Version: "2012-10-17", Statement: EXISTING }));
    expect(result.doc.Statement).toEqual([EXISTING, NEW]);
  });

  it("every other key of the document stays as it was (Id, Version)", () => {
    const result = merged(
      JSON.stringify({ Version: "2008-10-17", Id: "Policy1415115909152", Statement: [EXISTING] }),
    );
    expect(result.doc).toMatchObject({ Version: "2008-10-17", Id: "Policy1415115909152" });
  });

  it("a taken Sid gets the next free number", () => {
    const taken = [
      { ...EXISTING, Sid: "AllowS3GetObject" },
      { ...EXISTING, Sid: "AllowS3GetObject2" },
    ];
    const result = merged(JSON.stringify({ Version: "2012-10-17", Statement: taken }));
    expect(result.sid).toBe("AllowS3GetObject3");
    expect(result.doc.Statement).toEqual([...taken, { ...NEW, Sid: "AllowS3GetObject3" }]);
  });

  it("the same statement already there (Sid aside, one value or a list alike): nothing added", () => {
    const same = { ...NEW, Sid: "ReaderAccess", Action: ["s3:GetObject"] };
    const pasted = JSON.stringify({ Version: "2012-10-17", Statement: [EXISTING, same] });
    const result = merged(pasted);
    expect(result).toMatchObject({ alreadyThere: true, sid: "ReaderAccess", count: 2 });
    expect(result.doc).toEqual(JSON.parse(pasted));
  });

  it("a paste larger than any policy is refused before it is read", () => {
    const huge = JSON.stringify({ Version: "2012-10-17", Statement: [EXISTING] }).padEnd(100_001);
    expect(mergeIntoCurrent(huge, NEW)).toEqual({ ok: false, error: "too-large" });
  });

  it.each([
    ["text with no JSON", "no policy here"],
    ["JSON that is not a policy", '{"Role": {"RoleName": "x"}}'],
    ["a Statement of the wrong shape", '{"Statement": 3}'],
  ])("%s: a specific error, nothing guessed", (_, pasted) => {
    expect(mergeIntoCurrent(pasted, NEW)).toEqual({ ok: false, error: "no-policy" });
  });
});
