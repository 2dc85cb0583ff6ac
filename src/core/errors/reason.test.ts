import { describe, expect, it } from "vitest";
import { findReasons } from "./reason";

const U =
  "User: arn:aws:iam::123456789012:user/dev is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k.txt";

describe("findReasons reads every policy type AWS names", () => {
  it.each([
    [
      `${U} because no identity-based policy allows the s3:GetObject action`,
      "implicit",
      "identity-based",
      undefined,
    ],
    [
      `${U} because no resource-based policy allows the s3:GetObject action`,
      "implicit",
      "resource-based",
      undefined,
    ],
    [
      `${U} because no permissions boundary allows the s3:GetObject action`,
      "implicit",
      "permissions-boundary",
      undefined,
    ],
    [
      `${U} because no service control policy allows the s3:GetObject action`,
      "implicit",
      "service-control",
      undefined,
    ],
    [
      `${U} because no resource control policy allows the s3:GetObject action`,
      "implicit",
      "resource-control",
      undefined,
    ],
    [
      `${U} because no session policy allows the s3:GetObject action`,
      "implicit",
      "session",
      undefined,
    ],
    [
      `${U} because no VPC endpoint policy allows the s3:GetObject action`,
      "implicit",
      "vpc-endpoint",
      undefined,
    ],
    [
      `${U} with an explicit deny in an identity-based policy.`,
      "explicit",
      "identity-based",
      undefined,
    ],
    [
      `${U} with an explicit deny in a service control policy`,
      "explicit",
      "service-control",
      undefined,
    ],
    [
      `${U} with an explicit deny in a resource control policy: arn:aws:organizations::111:policy/o-1/resource_control_policy/p-1.`,
      "explicit",
      "resource-control",
      "arn:aws:organizations::111:policy/o-1/resource_control_policy/p-1",
    ],
    [U, undefined, undefined, undefined],
  ])("%s", (text, denial, policyType, policyArn) => {
    expect(findReasons(text)).toMatchObject([
      {
        principalArn: "arn:aws:iam::123456789012:user/dev",
        action: "s3:GetObject",
        resource: "arn:aws:s3:::b/k.txt",
        denial,
        policyType,
        policyArn,
      },
    ]);
  });

  it("reads a sentence wrapped over lines with a quoted resource", () => {
    const text =
      'User: arn:aws:sts::1:assumed-role/R/i-0abc\nis not authorized to perform: s3:ListBucket on resource:\n"arn:aws:s3:us-east-1:1:accesspoint/ap"\nwith an explicit deny in a resource-based policy';
    expect(findReasons(text)).toMatchObject([
      {
        action: "s3:ListBucket",
        resource: "arn:aws:s3:us-east-1:1:accesspoint/ap",
        denial: "explicit",
        policyType: "resource-based",
      },
    ]);
  });

  it("reads a sentence without a resource", () => {
    expect(
      findReasons(
        "User: arn:aws:iam::1:user/a is not authorized to perform: iam:ListRoles because no identity-based policy allows the iam:ListRoles action",
      ),
    ).toMatchObject([{ action: "iam:ListRoles", resource: undefined, denial: "implicit" }]);
  });

  it("ignores text that only looks similar", () => {
    expect(findReasons("You are not authorized to perform this operation.")).toEqual([]);
    expect(findReasons("User: two words is not authorized to perform: x")).toEqual([]);
  });
});
