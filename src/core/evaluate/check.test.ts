import { describe, expect, it } from "vitest";
import { readFixture } from "../../../fixtures/fixtures";
import { analyze } from "../analyze";
import { checkAgainst } from "./check";
import { readPolicyInputs } from "./policy-inputs";

const analysed = (name: string) => {
  const r = analyze(readFixture("decoded", name));
  if (!r.ok) throw new Error("analysis expected");
  return r.value;
};
const runInstances = analysed("24-awsdocs-iam-cli-example-runinstances-chain-user.txt");

const inputs = (text: string) =>
  readPolicyInputs(text).policies.map((p) => ({
    type: p.guessedType,
    name: p.name,
    document: p.document,
  }));

describe("reading pasted policies", () => {
  it.each([
    [
      "aws iam get-user-policy output, prompt included",
      `$ aws iam get-user-policy --user-name chain-user --policy-name ec2\n{"UserName":"chain-user","PolicyName":"ec2","PolicyDocument":{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:Describe*","Resource":"*"}]}}`,
      [["ec2", "identity-based"]],
    ],
    [
      "aws iam get-policy-version output",
      `{"PolicyVersion":{"Document":{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*"}},"VersionId":"v2","IsDefaultVersion":true}}`,
      [["Policy 1", "identity-based"]],
    ],
    [
      "aws organizations describe-policy output: an SCP as a JSON string",
      `{"Policy":{"PolicySummary":{"Name":"DenyRegions","Type":"SERVICE_CONTROL_POLICY"},"Content":"{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Deny\\",\\"Action\\":\\"*\\",\\"Resource\\":\\"*\\"}]}"}}`,
      [["DenyRegions", "service-control"]],
    ],
    [
      "a bucket policy (it names a Principal)",
      `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::1:root"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}`,
      [["Policy 1", "resource-based"]],
    ],
    [
      "get-account-authorization-details: inline and default managed versions only",
      JSON.stringify({
        UserDetailList: [
          {
            UserName: "chain-user",
            UserPolicyList: [
              {
                PolicyName: "inline",
                PolicyDocument: encodeURIComponent(
                  '{"Statement":{"Effect":"Allow","Action":"ec2:*","Resource":"*"}}',
                ),
              },
            ],
          },
        ],
        Policies: [
          {
            PolicyName: "Managed",
            PolicyVersionList: [
              {
                IsDefaultVersion: false,
                Document: { Statement: { Effect: "Allow", Action: "*", Resource: "*" } },
              },
              {
                IsDefaultVersion: true,
                Document: { Statement: { Effect: "Allow", Action: "s3:*", Resource: "*" } },
              },
            ],
          },
        ],
      }),
      [
        ["chain-user: inline", "identity-based"],
        ["Managed", "identity-based"],
      ],
    ],
    [
      "the IAM Toolbox policy output",
      readFixture("toolbox", "policy-example-deny.json"),
      [["Policy 1", "identity-based"]],
    ],
  ])("%s", (_name, text, expected) => {
    expect(readPolicyInputs(text).policies.map((p) => [p.name, p.guessedType])).toEqual(expected);
  });
});

describe("checking the pasted policies against the decoded request", () => {
  it("agrees with AWS's implicit deny, and the nearest miss is the instance type the statement wants", () => {
    const policy = `{"Statement":[{"Sid":"SmallOnly","Effect":"Allow","Action":"ec2:RunInstances","Resource":"*","Condition":{"StringEquals":{"ec2:InstanceType":"t3.micro"}}},{"Sid":"Describe","Effect":"Allow","Action":"ec2:Describe*","Resource":"*"}]}`;
    const check = checkAgainst(runInstances, inputs(policy));
    expect(check).toMatchObject({
      ours: { decision: "implicit-deny" },
      aws: "implicit-deny",
      agree: true,
    });
    expect(check?.nearest?.trace).toMatchObject({ sid: "SmallOnly", failed: "Condition" });
    expect(check?.nearest?.condition).toMatchObject({
      key: "ec2:InstanceType",
      policyValues: ["t3.micro"],
      requestValues: ["t2.micro"],
    });
    expect(JSON.parse(check?.nearest?.after ?? "{}")).toMatchObject({
      Condition: { StringEquals: { "ec2:InstanceType": ["t3.micro", "t2.micro"] } },
    });
    expect(check?.nearest?.changed.size).toBeGreaterThan(0);
  });

  it("a resource miss: the edit adds the request's resource", () => {
    const policy = `{"Statement":{"Sid":"OtherRegion","Effect":"Allow","Action":"ec2:RunInstances","Resource":"arn:aws:ec2:us-west-2:403299380220:instance/*"}}`;
    const check = checkAgainst(runInstances, inputs(policy));
    expect(check?.nearest?.trace.failed).toBe("Resource");
    expect(check?.nearest?.after).toContain("arn:aws:ec2:us-east-2:403299380220:instance/*");
  });

  it("every element that missed is named, and the edit is offered only once the evaluator allows with it", () => {
    // The origin story: the role was passed to EC2 (aws:Service), the statement wants AWS Backup
    // and names another role. Adding the Resource alone would still be denied.
    const passRole = analysed("16-iam-passrole-aws-backup-restore-envelope.txt");
    const policy = `{"Statement":[{"Sid":"PassToBackup","Effect":"Allow","Action":"iam:PassRole","Resource":"arn:aws:iam::xxxxxxxxxxxxx:role/Other","Condition":{"StringEquals":{"iam:PassedToService":"backup.amazonaws.com"}}}]}`;
    const policies = inputs(policy);
    const nearest = checkAgainst(passRole, policies)?.nearest;
    expect(nearest?.misses.map((m) => [m.element, m.condition?.key])).toEqual([
      ["Resource", undefined],
      ["Condition", "iam:PassedToService"],
    ]);
    expect(nearest?.allows).toBe(true);
    const edited = JSON.parse(nearest?.after ?? "{}") as Record<string, unknown>;
    expect(edited).toMatchObject({
      Resource: [
        "arn:aws:iam::xxxxxxxxxxxxx:role/Other",
        "arn:aws:iam::xxxxxxxxxxxxx:role/IAM_ROLE_EC2_Access",
      ],
      Condition: {
        StringEquals: { "iam:PassedToService": ["backup.amazonaws.com", "ec2.amazonaws.com"] },
      },
    });
    // The oracle: the policy with the edited statement allows the request.
    const again = checkAgainst(passRole, inputs(JSON.stringify({ Statement: [edited] })));
    expect(again?.ours.decision).toBe("allow");
  });

  it("an edit that a boundary would still deny is not offered; the page says what lacks an Allow", () => {
    const policy = `{"Statement":{"Sid":"OtherRegion","Effect":"Allow","Action":"ec2:RunInstances","Resource":"arn:aws:ec2:us-west-2:403299380220:instance/*"}}`;
    const boundary = {
      type: "permissions-boundary" as const,
      name: "Boundary",
      document: {
        Version: undefined,
        Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "*" }],
      },
    };
    const nearest = checkAgainst(runInstances, [...inputs(policy), boundary])?.nearest;
    expect(nearest).toMatchObject({ allows: false, after: undefined });
    expect(nearest?.stillMissing).toEqual(["permissions-boundary"]);
  });

  it("when our decision differs from AWS's, it says why instead of guessing", () => {
    const policy = `{"Statement":{"Effect":"Allow","Action":"ec2:*","Resource":"*"}}`;
    const check = checkAgainst(runInstances, inputs(policy));
    expect(check).toMatchObject({
      ours: { decision: "allow" },
      aws: "implicit-deny",
      agree: false,
      differsBecause: ["policies-missing"],
    });
  });
});
