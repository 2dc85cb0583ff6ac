import { describe, expect, it } from "vitest";
import { buildAction } from "./action";

describe("buildAction restores a missing service prefix and says from where", () => {
  it.each([
    ["iam:PassRole", "arn:aws:iam::1:role/x", undefined, "iam:PassRole", undefined],
    [
      "RunInstances",
      "arn:aws:ec2:us-east-1:1:instance/*",
      "ec2",
      "ec2:RunInstances",
      "resource-arn",
    ],
    ["RunInstances", "*", "ec2", "ec2:RunInstances", "aws-service"],
    ["RunInstances", undefined, undefined, "RunInstances", undefined],
  ] as const)("%s on %s", (raw, resource, service, qualified, from) => {
    const action = buildAction(raw, resource, service);
    expect(action.qualified).toBe(qualified);
    expect(action.prefixRestoredFrom).toBe(from);
  });
});
