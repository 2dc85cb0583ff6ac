import { describe, expect, it } from "vitest";
import { okEvent, trailEvent, trailFile } from "../../../fixtures/cloudtrail";
import { readFixture } from "../../../fixtures/fixtures";
import { DenialGrouper } from "./org-denials";
import { looksLikeTrail } from "./looks-like-trail";
import { TrailReader, type TrailRead } from "./trail-reader";

/** Fed in pieces of `size` characters: a record, a string or an escape may span two chunks. */
function read(text: string, size = text.length, grouper = new DenialGrouper()): TrailRead {
  const reader = new TrailReader(grouper);
  for (let i = 0; i < text.length; i += size) reader.feed(text.slice(i, i + size));
  return reader.finish();
}

const records = [
  trailEvent("ci-1", "2026-12-01T10:00:00Z"),
  okEvent("ok-1", "2026-12-01T10:00:01Z"),
  trailEvent("ci-2", "2026-12-03T09:00:00Z", {
    // Brackets and quotes inside strings must not move the scan.
    userAgent: 'Boto3/1.35 md/{"x":[1,2]} \\"quoted\\" ]}',
  }),
  okEvent("ok-2", "2026-12-01T10:00:02Z"),
  trailEvent("ci-3", "2026-11-30T08:00:00Z", { errorCode: "ThrottlingException" }),
];
const file = trailFile(records);

describe("TrailReader: CloudTrail in chunks, any shape", () => {
  it.each([1, 2, 3, 7, 64, 1000, file.length])(
    "a Records file in chunks of %i characters: 5 events, 2 denials, one group",
    (size) => {
      const grouper = new DenialGrouper();
      const r = read(file, size, grouper);
      expect(r).toMatchObject({ seen: 5, denied: 2, problem: undefined });
      expect(grouper.denials()).toEqual([
        expect.objectContaining({
          principal: "arn:aws:iam::111122223333:role/deployer",
          events: 2,
          firstSeen: "2026-12-01T10:00:00Z",
          lastSeen: "2026-12-03T09:00:00Z",
        }),
      ]);
    },
  );

  it.each([
    ["an array of events", JSON.stringify(records, null, 2)],
    ["events one per line", records.map((r) => JSON.stringify(r)).join("\n")],
    [
      "lookup-events output",
      JSON.stringify({
        Events: records.map((r) => ({ EventName: "x", CloudTrailEvent: JSON.stringify(r) })),
      }),
    ],
    ["with a byte-order mark", `\uFEFF${file}`],
  ])("%s", (_name, text) => {
    expect(read(text, 5)).toMatchObject({ seen: 5, denied: 2, problem: undefined });
  });

  it("one event; two lines copied out of an event (Karpenter's issue) are no file of events", () => {
    expect(read(JSON.stringify(records[0]), 3)).toMatchObject({ seen: 1, denied: 1 });
    const lines = readFixture("errors", "29-cloudtrail-errormessage-xxxx-token-createfleet.txt");
    expect(read(lines, 11).problem?.kind).toBe("not-json-or-csv");
  });

  it("Athena's results: get-query-results JSON and the console's CSV become rows", () => {
    const row = (...values: string[]) => ({ Data: values.map((v) => ({ VarCharValue: v })) });
    const json = JSON.stringify({
      ResultSet: {
        Rows: [
          row("account", "principal", "eventsource", "eventname", "errorcode", "events"),
          row(
            "1",
            "arn:aws:iam::111122223333:role/app",
            "kms.amazonaws.com",
            "Decrypt",
            "AccessDenied",
            "3",
          ),
        ],
      },
    });
    expect(read(json, 4).rows).toEqual([
      expect.objectContaining({ eventName: "Decrypt", events: 3 }),
    ]);
    const csv =
      "account,principal,eventsource,eventname,errorcode,events\n1,arn:aws:iam::1:user/u,s3.amazonaws.com,GetObject,AccessDenied,9\n";
    expect(read(csv, 4).rows).toEqual([
      expect.objectContaining({ eventName: "GetObject", events: 9 }),
    ]);
  });

  it.each([
    ["cut off inside a record", file.slice(0, file.length / 2), "cut-off"],
    ["JSON that is not CloudTrail", '{"name": "package", "version": "1.0.0"}', "no-events"],
    ["text that is neither", "hello, world\nnot a csv of denials\n", "not-json-or-csv"],
    ["too many closing brackets", '{"Records": []}}', "malformed"],
  ])("%s: said so, keeping what was read", (_name, text, kind) => {
    const r = read(text, 9);
    expect(r.problem?.kind).toBe(kind);
  });

  it("a cut file keeps the denials read before the cut", () => {
    const long = trailFile([...records, ...records, ...records]);
    const r = read(long.slice(0, Math.floor(long.length * 0.8)), 100);
    expect(r.problem?.kind).toBe("cut-off");
    expect(r.denied).toBeGreaterThanOrEqual(4);
  });

  it("memory follows denials: 20,000 successful events keep nothing", () => {
    const many = trailFile(
      Array.from({ length: 20_000 }, (_, i) => okEvent(`s${i}`, "2026-12-01T00:00:00Z")),
    );
    const grouper = new DenialGrouper();
    const r = read(many, 65_536, grouper);
    expect(r).toMatchObject({ seen: 20_000, denied: 0, problem: undefined });
    expect(grouper.denials()).toEqual([]);
  });
});

describe("looksLikeTrail: where a dropped file goes", () => {
  it.each([
    ["CloudTrail_eu-west-1_20261207T1000Z_abc.json.gz", "\u001f\u008b", true],
    ["log.json", '  {"Records": [{"eventVersion": "1.10"', true],
    ["lookup.json", '{\n  "Events": [\n {"EventId": "x", "CloudTrailEvent": "{}"', true],
    ["results.json", '{"ResultSet": {"Rows": []}}', true],
    ["results.csv", "anything", true],
    ["athena.txt", '"account","principal","eventsource","eventname","errorcode","events"\n', true],
    ["terraform.log", "Error: creating EC2 Instance: UnauthorizedOperation", false],
    ["decoded.json", '{"DecodedMessage": "{\\"allowed\\":false}"}', false],
    ["events.json", '{"Events": [{"name": "not cloudtrail"}]}', false],
  ])("%s → %s", (name, head, expected) => {
    expect(looksLikeTrail(name, head)).toBe(expected);
  });
});
