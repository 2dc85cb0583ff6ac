import { describe, expect, it } from "vitest";
import { trailEvent } from "../../../fixtures/cloudtrail";
import { parsePayload, serializePayload } from "../share/payload";
import { DenialGrouper } from "./org-denials";
import { fromSharedRow, MAX_SHARED_ROWS, orgShareRows } from "./org-share";

const TOKEN = "VZe33_jbYatLPoufuIj6-yREVQFDg7oWJeZdd9P6vgI3ZKTuvWLORet5HCC0";

function denials() {
  const g = new DenialGrouper();
  g.add({
    Records: [
      trailEvent("a", "2026-12-01T00:00:00Z", {
        errorMessage: `You are not authorized to perform this operation. User: arn:aws:sts::111122223333:assumed-role/deployer/a is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:eu-west-1:111122223333:instance/* because no identity-based policy allows the ec2:RunInstances action. Encoded authorization failure message: ${TOKEN}`,
      }),
      trailEvent("b", "2026-12-02T00:00:00Z"),
      trailEvent("c", "2026-12-03T00:00:00Z", {
        recipientAccountId: "444455556666",
        sourceIPAddress: "198.51.100.23",
      }),
    ],
  });
  return g.denials();
}

describe("orgShareRows: an overview for a link, aggregated and redacted", () => {
  it("groups only, one placeholder per account everywhere, no token, no account ID", () => {
    const { rows, hidden } = orgShareRows(denials());
    const text = JSON.stringify(rows);
    expect(text).not.toMatch(/\d{12}/);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain("Encoded authorization failure message");
    expect(rows.map((r) => r.n)).toEqual([2, 1]);
    // The same account is the same placeholder in the account field, the ARN and the message.
    const first = rows[0];
    expect(first?.a).toBe("ACCOUNT_1");
    expect(first?.p).toContain("ACCOUNT_1");
    expect(first?.m).toContain("ACCOUNT_1");
    expect(hidden).toContain("ACCOUNT_1");
    expect(rows[1]?.a).toBe("ACCOUNT_2");
  });

  it("round-trips through the share payload's schema, and is read back as denial groups", () => {
    const { rows, hidden } = orgShareRows(denials());
    const parsed = parsePayload(serializePayload({ k: "o", r: rows, h: hidden }));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok || parsed.value.k !== "o") return;
    const back = parsed.value.r.map(fromSharedRow);
    expect(back[0]).toMatchObject({ eventName: "RunInstances", events: 2, account: "ACCOUNT_1" });
  });

  it(`keeps at most ${String(MAX_SHARED_ROWS)} rows`, () => {
    const many = Array.from({ length: MAX_SHARED_ROWS + 50 }, (_, i) => ({
      account: "111122223333",
      principal: `arn:aws:iam::111122223333:role/r${String(i)}`,
      eventSource: "s3.amazonaws.com",
      eventName: "GetObject",
      errorCode: "AccessDenied",
      events: 1,
      firstSeen: undefined,
      lastSeen: undefined,
      message: undefined,
    }));
    expect(orgShareRows(many).rows).toHaveLength(MAX_SHARED_ROWS);
  });
});
