import { describe, expect, it } from "vitest";
import { readFixture } from "../../../fixtures/fixtures";
import { readErrors } from "../errors/error-report";
import { isUsable } from "../errors/token-vocabulary";
import { denialsOverview, fixerOf } from "./overview";

describe("denialsOverview: one row per distinct denial, with who can fix it", () => {
  it("the six-failure Terraform run: five denials, one of them for the organization", () => {
    const report = readErrors(readFixture("synthetic-errors", "terraform-six-failures.txt"));
    expect(
      denialsOverview(report.groups, isUsable).map((r) => [r.action, r.fixer, r.count]),
    ).toEqual([
      ["ec2:RunInstances", "you", 2],
      ["ec2:CreateVolume", "you", 1],
      ["ec2:CreateSecurityGroup", "you", 1],
      ["ec2:AllocateAddress", "organization", 1],
      ["ec2:ImportKeyPair", "you", 1],
    ]);
  });

  it.each([
    ["because no identity-based policy allows the s3:GetObject action", "you"],
    ["with an explicit deny in an identity-based policy", "you"],
    ["because no service control policy allows the s3:GetObject action", "organization"],
    ["with an explicit deny in a resource control policy", "organization"],
    ["because no permissions boundary allows the s3:GetObject action", "boundary-owner"],
    ["because no resource-based policy allows the s3:GetObject action", "resource-owner"],
    ["because no session policy allows the s3:GetObject action", "session-issuer"],
    ["because no VPC endpoint policy allows the s3:GetObject action", "endpoint-owner"],
    ["with an explicit deny", "unknown"],
  ])("%s → %s", (tail, fixer) => {
    const [entry] = readErrors(
      `User: arn:aws:iam::123456789012:user/a is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k ${tail}`,
    ).entries;
    expect(fixerOf(entry?.reason)).toBe(fixer);
  });
});

describe("denialsOverview on a Terraform log with no reason sentences", () => {
  it("names the likely action from Terraform's wording and counts only real tokens", () => {
    const text = [
      "01-terraform011-aws-instance-createtags.txt",
      "07-terraform-aws-instance-status-code-request-id-line.txt",
      "15-terraform-provider-aws-0.x-aws-instance.txt",
      "16-terraform-placeholder-encoded-message-tab-status-line.txt",
    ]
      .map((name) => readFixture("errors", name))
      .join("\n");
    expect(
      denialsOverview(readErrors(text).groups, isUsable).map((r) => [r.action, r.likely, r.tokens]),
    ).toEqual([
      ["ec2:RunInstances", true, 1],
      ["ec2:RunInstances", true, 1],
      ["ec2:RunInstances", true, 1],
      ["ec2:RunInstances", true, 0],
    ]);
  });
});
