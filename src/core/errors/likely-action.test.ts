import { describe, expect, it } from "vitest";
import { readFixture } from "../../../fixtures/fixtures";
import { findMarkers } from "./marker";
import { likelyActionAt } from "./likely-action";

/** The likely action at each marker of a text. */
const atMarkers = (text: string): (string | undefined)[] =>
  findMarkers(text).map((m) => likelyActionAt(text, m.start));

const MARKER =
  "UnauthorizedOperation: You are not authorized to perform this operation. Encoded authorization failure message: <ENCODED MESSAGE>";

describe("likelyActionAt: the action a tool's wording points to", () => {
  it.each([
    ["01-terraform011-aws-instance-createtags.txt", "ec2:RunInstances"],
    ["07-terraform-aws-instance-status-code-request-id-line.txt", "ec2:RunInstances"],
    ["15-terraform-provider-aws-0.x-aws-instance.txt", "ec2:RunInstances"],
    ["16-terraform-placeholder-encoded-message-tab-status-line.txt", "ec2:RunInstances"],
    ["14-packer-amazon-ebs-build-errored.txt", "ec2:RunInstances"],
    ["24-console-launch-failed-placeholder-token.txt", "ec2:RunInstances"],
  ])("real error %s → %s", (name, action) => {
    expect(atMarkers(readFixture("errors", name))).toContain(action);
  });

  it.each([
    [`│ Error: creating EC2 Launch Template (lt): ${MARKER}`, "ec2:CreateLaunchTemplate"],
    [`Error: creating Auto Scaling Group (asg): ${MARKER}`, "autoscaling:CreateAutoScalingGroup"],
    [`Error: creating Security Group (web): ${MARKER}`, "ec2:CreateSecurityGroup"],
    [`Error: creating EC2 VPC Endpoint: ${MARKER}`, "ec2:CreateVpcEndpoint"],
    [`Error: creating EC2 VPC: ${MARKER}`, "ec2:CreateVpc"],
    [`Error: stopping EC2 Instance (i-0abc): ${MARKER}`, "ec2:StopInstances"],
    [`* aws_instance.web: Error creating tags: ${MARKER}`, "ec2:CreateTags"],
    [`aws_instance.web: Creating...\n╷\n│ Error: ${MARKER}`, "ec2:RunInstances"],
  ])("%s", (text, action) => {
    expect(atMarkers(text)).toEqual([action]);
  });

  it.each([
    ["no tool wording", `An error occurred (UnauthorizedOperation): ${MARKER}`],
    ["a verb for something we do not map", `Error: creating Widget Factory: ${MARKER}`],
    [
      "the heading belongs to an earlier error",
      `Error: creating EC2 Instance: ${MARKER}\nnext:\n${MARKER}`,
    ],
  ])("nothing when %s", (_, text) => {
    expect(atMarkers(text).at(-1)).toBeUndefined();
  });
});
