import { describe, expect, it } from "vitest";
import { expectedErrorTexts, fixtureNames, readFixture } from "../../../fixtures/fixtures";
import { readErrors } from "./error-report";

const EXPECTED = expectedErrorTexts();

describe("every error text in the corpus yields exactly its tokens and reasons", () => {
  it("has an expectation for every file", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(fixtureNames("errors"));
  });

  it.each(Object.entries(EXPECTED))("%s", (name, expected) => {
    const report = readErrors(readFixture("errors", name));
    expect(
      report.entries.flatMap((e) =>
        e.token
          ? [
              {
                token: e.token.token,
                judgement: e.token.judgement,
                placeholder: e.token.placeholder ?? null,
              },
            ]
          : [],
      ),
    ).toEqual(expected.tokens);
    expect(
      report.entries.flatMap((e) =>
        e.reason
          ? [
              {
                principalArn: e.reason.principalArn,
                action: e.reason.actionText,
                resource: e.reason.resource,
                denial: e.reason.denial,
                policyType: e.reason.policyType,
              },
            ]
          : [],
      ),
    ).toEqual(expected.reasons);
  });
});

describe("several errors in one paste", () => {
  const SIX = [1, 2, 3, 4, 5, 6]
    .map(
      (i) =>
        `│ Error: creating resource ${i}: operation error: api error AccessDenied: User: arn:aws:sts::111122223333:assumed-role/deployer/ci is not authorized to perform: ${
          i % 2 === 0 ? "s3:PutObject" : "s3:GetObject"
        } on resource: arn:aws:s3:::bucket-${i % 3}/key because no identity-based policy allows the ${
          i % 2 === 0 ? "s3:PutObject" : "s3:GetObject"
        } action. Encoded authorization failure message: ${"Ab1_".repeat(100)}${i}\n│ \tstatus code: 403`,
    )
    .join("\n│\n");

  it("lists each and groups identical denials", () => {
    const report = readErrors(`${SIX}\n${SIX.split("\n│\n")[0] ?? ""}`);
    expect(report.entries).toHaveLength(7);
    expect(report.entries.map((e) => e.line)).toEqual([1, 4, 7, 10, 13, 16, 18]);
    expect(report.groups).toHaveLength(6);
    expect(report.groups[0]?.entries).toHaveLength(2);
  });
});

describe("CloudTrail events", () => {
  it("reads a Records array with each event's identity, source and region", () => {
    const record = (name: string, action: string) => ({
      eventName: name,
      eventSource: "ec2.amazonaws.com",
      awsRegion: "eu-west-1",
      eventTime: "2026-01-01T00:00:00Z",
      userIdentity: { arn: "arn:aws:sts::111122223333:assumed-role/app/i-0abc" },
      errorCode: "Client.UnauthorizedOperation",
      errorMessage: `You are not authorized to perform this operation. User: arn:aws:sts::111122223333:assumed-role/app/i-0abc is not authorized to perform: ${action} on resource: arn:aws:ec2:eu-west-1:111122223333:volume/* because no identity-based policy allows the ${action} action. Encoded authorization failure message: ${"Zz9-".repeat(90)}`,
    });
    const report = readErrors(
      JSON.stringify(
        {
          Records: [
            record("CreateVolume", "ec2:CreateVolume"),
            { eventName: "DescribeVolumes" },
            record("AttachVolume", "ec2:AttachVolume"),
          ],
        },
        null,
        2,
      ),
    );
    expect(
      report.entries.map((e) => [
        e.event?.eventName,
        e.event?.awsRegion,
        e.event?.identityArn,
        e.reason?.action,
        e.token?.judgement,
      ]),
    ).toEqual([
      [
        "CreateVolume",
        "eu-west-1",
        "arn:aws:sts::111122223333:assumed-role/app/i-0abc",
        "ec2:CreateVolume",
        "complete",
      ],
      [
        "AttachVolume",
        "eu-west-1",
        "arn:aws:sts::111122223333:assumed-role/app/i-0abc",
        "ec2:AttachVolume",
        "complete",
      ],
    ]);
  });
});

describe("hostile volume", () => {
  // Regression: each marker used to scan back to the start of its line for an `API:` prefix, and the
  // line counter forward to the end: 100,000 markers on one line took minutes.
  it("reads 100,000 markers on one line", () => {
    const report = readErrors("Encoded authorization failure message: ".repeat(100_000));
    expect(report.entries).toHaveLength(100_000);
    // No marker takes the next one's first word for its token: all 100,000 are empty, one group.
    expect(report.groups.map((g) => [g.entries.length, g.tokens])).toEqual([
      [100_000, [{ token: "", placeholder: undefined, judgement: "empty", startsWithDash: false }]],
    ]);
  });

  it("reads 100,000 reason phrases with no User: before them", () => {
    expect(readErrors("x is not authorized to perform: y ".repeat(100_000)).entries).toEqual([]);
  });
});
