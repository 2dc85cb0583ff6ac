import { describe, expect, it } from "vitest";
import { findReasons } from "../reason";

const read = (text: string) =>
  findReasons(text).map((r) => ({
    principal: r.principalArn,
    action: r.action,
    resource: r.resource,
    denial: r.denial,
    policyType: r.policyType,
  }));

const SENTENCE = {
  principal: "arn:aws:iam::111122223333:user/dev",
  action: "s3:GetObject",
  resource: "arn:aws:s3:::example-bucket/reports/2026/q3.csv",
  denial: "implicit",
  policyType: "identity-based",
};
const LINE = `User: ${SENTENCE.principal} is not authorized to perform: ${SENTENCE.action} on resource: ${SENTENCE.resource} because no identity-based policy allows the ${SENTENCE.action} action`;

/** Enough before the sentence that a wrap inside it falls at the end of a full line. */
const GO = "│ Error: reading S3 Object: operation error S3: GetObject, api error AccessDenied: ";

describe("the sentence's own words, around whatever tools put in it", () => {
  it.each([
    [
      "a hard wrap inside a word, with Terraform's prefix",
      `${GO}${LINE}`.replace("authorized", "autho\n│ rized"),
    ],
    ["a hard wrap inside the principal ARN", `${GO}${LINE}`.replace("user/dev", "user/d\n  ev")],
    ["inside an HTML table cell", `<tr><td>403</td><td>${LINE}</td></tr>`],
    ["inside a Markdown directive", `:::danger\n${LINE}\n:::`],
    ["inside a JSON string, escaped twice", `"message": "{\\"Message\\":\\"${LINE}\\"}"`],
    ["as HTML entities", `<pre>${LINE.replace("User:", "&quot;User:")}&quot;</pre>`],
    ["with a full-width colon after User", LINE.replace("User:", "User：")],
    ["with IAM user spelled out", LINE.replace("User:", "IAM user")],
    ["with Japanese glued to its end", `エラー：${LINE}というエラーが出ました`],
  ])("%s", (_, text) => {
    expect(read(text)).toEqual([SENTENCE]);
  });

  it("Java's string concatenation across lines (a test fixture's text)", () => {
    expect(
      read(`.hasErrorMessage("User: arn:aws:iam::0:user/test " +
                        "is not authorized to perform: SNS:CreateTopic " +
                        "on resource: arn:aws:sns:us-east-1:0:test")`),
    ).toEqual([
      {
        principal: "arn:aws:iam::0:user/test",
        action: "sns:CreateTopic",
        resource: "arn:aws:sns:us-east-1:0:test",
        denial: undefined,
        policyType: undefined,
      },
    ]);
  });

  it("never glues two log lines: a full line ending in an ARN, then the next record", () => {
    const text = `${LINE.replace(/ because.*/, "")}\nCaught Exception whilst setting up service role\n2026-05-01T10:00:00Z next record`;
    expect(read(text)).toEqual([{ ...SENTENCE, denial: undefined, policyType: undefined }]);
  });

  it("never reads across a blank line", () => {
    const [first] = LINE.split(" on resource:");
    expect(read(`${first ?? ""}\n\non resource: ${SENTENCE.resource}`)).toEqual([
      { ...SENTENCE, resource: undefined, denial: undefined, policyType: undefined },
    ]);
  });

  it("a Role with its own ARN is not the introducer (`…Publisher⏎Role/…`)", () => {
    const arn =
      "arn:aws:sts::750784792897:assumed-role/SageMakerCatalogDataSetPublisherRole/AWSSageMakerCatalog-S3TablesRole-651393378886";
    const text = `User: ${arn.replace("PublisherRole", "Publisher\nRole")} is not authorized to perform: kms:DescribeKey`;
    expect(read(text).map((r) => r.principal)).toEqual([arn]);
  });
});

describe("a large paste is viewed around its sentences only", () => {
  const noise = (n: number) =>
    Array.from(
      { length: n },
      (_, i) => `2026-05-01T10:00:00Z INFO request ${String(i)} done\n`,
    ).join("");
  const wrapped = `${GO}${LINE}`.replace("authorized", "autho\n│ rized");
  const escaped = JSON.stringify({ message: `${GO}${LINE}` });
  const cases = [wrapped, escaped, `<Message>${LINE.replace("perform", "perf\norm")}</Message>`];
  const text = [noise(3_000), ...cases.map((c) => `${c}\n${noise(2_000)}`)].join("");

  it("reads every sentence, as in a small paste, and points each into the paste", () => {
    expect(text.length).toBeGreaterThan(200_000);
    const reasons = findReasons(text);
    expect(read(text)).toEqual(cases.map(() => SENTENCE));
    expect(read(text)).toEqual(cases.flatMap((c) => read(c)));
    for (const r of reasons) expect(text.slice(r.start, r.start + 5)).toBe("User:");
  });
});
