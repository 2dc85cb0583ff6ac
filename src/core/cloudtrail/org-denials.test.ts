import { describe, expect, it } from "vitest";
import { trailEvent } from "../../../fixtures/cloudtrail";
import { readFixture } from "../../../fixtures/fixtures";
import { parseTolerant } from "../parse/tolerant-json";
import { DenialGrouper, denialsFromAthenaJson, denialsFromCsv } from "./org-denials";

const event = trailEvent;

describe("denials across an organization, from CloudTrail in any shape", () => {
  it("a Records file: sessions of one role are one denial, with counts and first and last seen; other errors are not denials", () => {
    const g = new DenialGrouper();
    g.add({
      Records: [
        event("ci-1", "2026-12-01T10:00:00Z"),
        event("ci-2", "2026-12-03T09:00:00Z"),
        event("ci-3", "2026-11-30T08:00:00Z"),
        event("ci-4", "2026-12-02T00:00:00Z", { errorCode: "ThrottlingException" }),
        event("ci-5", "2026-12-02T00:00:00Z", { errorCode: undefined, errorMessage: undefined }),
        event("s3", "2026-12-02T00:00:00Z", {
          eventSource: "s3.amazonaws.com",
          eventName: "GetObject",
          errorCode: "AccessDenied",
        }),
      ],
    });
    expect(g.seen).toBe(6);
    expect(g.denied).toBe(4);
    expect(g.denials()).toEqual([
      expect.objectContaining({
        account: "111122223333",
        principal: "arn:aws:iam::111122223333:role/deployer",
        eventName: "RunInstances",
        events: 3,
        firstSeen: "2026-11-30T08:00:00Z",
        lastSeen: "2026-12-03T09:00:00Z",
      }),
      expect.objectContaining({ eventSource: "s3.amazonaws.com", events: 1 }),
    ]);
  });

  it("keeps where the calls came from: Regions, source IPs and user agents, a few of each", () => {
    const g = new DenialGrouper();
    g.add({
      Records: Array.from({ length: 9 }, (_, i) =>
        event(`s${String(i)}`, "2026-12-01T00:00:00Z", {
          awsRegion: i % 2 === 0 ? "eu-west-1" : "us-east-1",
          sourceIPAddress: `203.0.113.${String(i)}`,
          userAgent: "terraform/1.9.5 aws-sdk-go-v2/1.30.0",
        }),
      ),
    });
    expect(g.denials()[0]).toMatchObject({
      events: 9,
      regions: ["eu-west-1", "us-east-1"],
      sourceIps: ["203.0.113.0", "203.0.113.1", "203.0.113.2", "203.0.113.3", "203.0.113.4"],
      userAgents: ["terraform/1.9.5 aws-sdk-go-v2/1.30.0"],
    });
  });

  it("lookup-events output (each event a JSON string) and a real CloudTrail event from the corpus", () => {
    const g = new DenialGrouper();
    g.add({
      Events: [
        {
          EventName: "RunInstances",
          CloudTrailEvent: JSON.stringify(event("x", "2026-12-01T00:00:00Z")),
        },
      ],
    });
    g.add(
      parseTolerant(
        readFixture("errors", "06-cloudtrail-event-errormessage-truncated-token.txt").trim(),
        { partialItems: true },
      ).value,
    );
    const denials = g.denials();
    expect(denials.map((d) => d.principal)).toContain(
      "arn:aws:iam::751353041310:role/stratus-red-team-ec2lui-role-idtzskbvtd",
    );
    expect(denials.every((d) => d.message?.includes("is not authorized to perform"))).toBe(true);
  });

  it("Athena's CSV as the console downloads it: quoted fields, commas and quotes inside the message", () => {
    const csv = [
      '"account","principal","eventsource","eventname","errorcode","events","first_seen","last_seen","message"',
      '"111122223333","arn:aws:sts::111122223333:assumed-role/deployer/ci","ec2.amazonaws.com","RunInstances","Client.UnauthorizedOperation","42","2026-12-01T00:00:00Z","2026-12-07T00:00:00Z","You are not authorized to perform this operation. User: a, ""b"" is not authorized"',
      '"444455556666","arn:aws:iam::444455556666:user/ops","s3.amazonaws.com","GetObject","AccessDenied","7","2026-12-02T00:00:00Z","2026-12-03T00:00:00Z",""',
    ].join("\r\n");
    expect(denialsFromCsv(csv)).toEqual([
      expect.objectContaining({
        principal: "arn:aws:iam::111122223333:role/deployer",
        events: 42,
        message: 'You are not authorized to perform this operation. User: a, "b" is not authorized',
      }),
      expect.objectContaining({ account: "444455556666", events: 7, message: undefined }),
    ]);
  });

  it("aws athena get-query-results: the first row names the columns", () => {
    const row = (...values: string[]) => ({ Data: values.map((v) => ({ VarCharValue: v })) });
    const out = {
      ResultSet: {
        Rows: [
          row("account", "principal", "eventsource", "eventname", "errorcode", "events"),
          row(
            "111122223333",
            "arn:aws:iam::111122223333:role/app",
            "kms.amazonaws.com",
            "Decrypt",
            "AccessDenied",
            "3",
          ),
        ],
      },
    };
    expect(denialsFromAthenaJson(out)).toEqual([
      expect.objectContaining({
        eventName: "Decrypt",
        events: 3,
        principal: "arn:aws:iam::111122223333:role/app",
      }),
    ]);
    expect(denialsFromAthenaJson({ nothing: true })).toBeUndefined();
  });
});
