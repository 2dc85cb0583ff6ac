import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { REASON_CASES } from "../../../fixtures/reason-cases";
import { REDACTION_CASES } from "../../../fixtures/redaction-cases";
import { isIPv6 } from "./ip";
import { fixtureNames, readFixture, type Folder } from "../../../fixtures/fixtures";
import { analyzePaste } from "../analyze-paste";
import { readErrors } from "../errors/error-report";
import { fromBase64Url, toBase64Url } from "./base64url";
import { parseFragment, shareDataInQuery } from "./fragment";
import { FORMATS } from "../policy/formats";
import { hiddenIn, parsePayload, SHARED_FORMATS } from "./payload";
import { ALL_CATEGORIES, redact, redactTogether } from "./redact";
import { shareText, withheldToken } from "./share-text";
import { POLICY_TYPE_CASES } from "../../../fixtures/policy-type-cases";

const corpus = (["decoded", "errors", "synthetic", "synthetic-errors"] as const).flatMap(
  (folder: Folder) =>
    fixtureNames(folder).map((name) => [`${folder}/${name}`, readFixture(folder, name)] as const),
);

describe("base64url", () => {
  it("round-trips any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
      }),
    );
  });
  it.each(["a", "ab=c", "a+b/", "€€€€"])("rejects %j", (text) => {
    expect(fromBase64Url(text)).toBeUndefined();
  });
});

describe("parseFragment", () => {
  it.each([
    ["", { code: "not-ours" }],
    ["#", { code: "not-ours" }],
    ["#section-2", { code: "not-ours" }],
    ["#v2.AAAA", { code: "unknown-version", version: "v2" }],
    ["#v1.", { code: "corrupt" }],
    ["#v1.a", { code: "corrupt" }],
    ["#v1.<script>", { code: "corrupt" }],
    [`#v1.${"A".repeat(200_001)}`, { code: "too-large" }],
  ])("%j", (hash, error) => {
    expect(parseFragment(hash)).toEqual({ ok: false, error });
  });

  it("never throws on any fragment", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (s) => {
        // Bytes, or one of the errors the page phrases: never a throw, never anything else.
        for (const r of [parseFragment(`#v1.${s}`), parseFragment(s)])
          if (!r.ok)
            expect(["not-ours", "unknown-version", "too-large", "corrupt"]).toContain(r.error.code);
          else expect(r.value.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("parsePayload rejects tampered payloads", () => {
  it.each([
    ["not JSON", "{", "corrupt"],
    ["another kind", '{"k":"x","t":""}', "invalid"],
    ["a token with markup", '{"k":"h","tokens":["<img src=x>"]}', "invalid"],
    ["a prototype key", '{"k":"e","t":"x","__proto__":{"polluted":true}}', undefined],
    ["a version-1 link without a view", '{"k":"d","t":"{}","o":{"p":true}}', undefined],
    [
      "the sender's whole view",
      '{"k":"d","t":"{}","o":{"p":false,"c":["ec2:InstanceType"],"s":"type","f":"terraform","x":["who"]},"h":["ACCOUNT_1"]}',
      undefined,
    ],
    ["an unknown scope", '{"k":"d","t":"{}","o":{"p":true,"s":"everything"}}', "invalid"],
    ["an unknown format", '{"k":"d","t":"{}","o":{"p":true,"f":"pulumi"}}', "invalid"],
    ["an unknown section", '{"k":"d","t":"{}","o":{"p":true,"x":["credentials"]}}', "invalid"],
    ["hidden values that are not strings", '{"k":"e","t":"x","h":[1]}', "invalid"],
  ])("%s", (_, json, code) => {
    const result = parsePayload(json);
    if (code === undefined) expect(result.ok).toBe(true);
    else expect(result).toMatchObject({ ok: false, error: { code } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("the sender's view", () => {
  it("names every policy format the page offers", () => {
    expect(SHARED_FORMATS).toEqual(FORMATS);
  });
  it.each([
    ["none left", '{"Resource": "arn:aws:iam::123456789012:role/r"}', ["ACCOUNT_1"], []],
    ["an account", '{"Resource": "arn:aws:iam::ACCOUNT_1:role/r"}', ["ACCOUNT_1"], ["ACCOUNT_1"]],
    ["not a longer number", '"session-10"', ["session-1", "session-10"], ["session-10"]],
    ["regex characters stay literal", "a.b", ["a+b"], []],
  ])("placeholders still in a policy: %s", (_, text, hidden, expected) => {
    expect(hiddenIn(text, hidden)).toEqual(expected);
  });
});

describe("redactTogether", () => {
  it("gives a value the same placeholder in every text, and keeps the texts apart", () => {
    const { texts, replacements } = redactTogether(
      [
        "User: arn:aws:iam::123456789012:user/alice is not authorized",
        '{"account":"123456789012","other":"210987654321"}',
        "",
      ],
      { categories: ALL_CATEGORIES, custom: [] },
    );
    expect(texts).toEqual([
      "User: arn:aws:iam::ACCOUNT_1:user/user-1 is not authorized",
      '{"account":"ACCOUNT_1","other":"ACCOUNT_2"}',
      "",
    ]);
    expect(replacements.map((r) => r.placeholder)).toEqual(["user-1", "ACCOUNT_1", "ACCOUNT_2"]);
  });
});

describe("shareDataInQuery", () => {
  it.each([
    ["?v1.AbC", "#v1.AbC"],
    ["?share=v1.AbC&x=1", "#v1.AbC"],
    ["?q=search", undefined],
    ["", undefined],
  ])("%j", (search, hash) => {
    expect(shareDataInQuery(search)).toBe(hash);
  });
});

describe("redaction", () => {
  const ACCOUNT = /(?<![A-Za-z0-9])\d{12}(?![A-Za-z0-9])/;
  const UNIQUE_ID = /\b(AROA|AIDA|ASIA|AKIA|AGPA|ANPA|AIPA)[A-Z0-9]{12,}/;

  it.each(corpus)(
    "%s: no account ID or unique ID survives, and the analysis reads the same",
    (_, text) => {
      const before = analyzePaste(text);
      if (!before.ok) throw new Error("every fixture is analysed");
      const shared = shareText(before.value);
      const { text: redacted } = redact(shared, { categories: ALL_CATEGORIES, custom: [] });
      expect(redacted).not.toMatch(ACCOUNT);
      expect(redacted).not.toMatch(UNIQUE_ID);
      const after = analyzePaste(redacted);
      if (!after.ok) throw new Error("the redacted text is analysed too");
      expect(after.value.kind).toBe(before.value.kind);
      if (before.value.kind === "decoded" && after.value.kind === "decoded") {
        const [a, b] = [before.value.analysis, after.value.analysis];
        expect([
          b.verdict,
          b.action?.qualified,
          b.principal?.kind.kind,
          b.conditions?.length,
          b.statements.length,
        ]).toEqual([
          a.verdict,
          a.action?.qualified,
          a.principal?.kind.kind,
          a.conditions?.length,
          a.statements.length,
        ]);
      }
    },
  );

  it("replaces each value consistently and keeps what the analysis needs", () => {
    const text =
      '{"principal":{"id":"AROAR23YLZYEOUMEHOE2O:jane@example.com","arn":"arn:aws-us-gov:sts::123456789012:assumed-role/Dev/jane@example.com"},"resource":"arn:aws-us-gov:s3:::my-bucket","a":"123456789012","b":"210987654321","ip":"203.0.113.7"}';
    const { text: out, replacements } = redact(text, {
      categories: ALL_CATEGORIES,
      custom: ["my-bucket"],
    });
    expect(out).toBe(
      '{"principal":{"id":"AROA_REDACTED_1:session-1","arn":"arn:aws-us-gov:sts::ACCOUNT_1:assumed-role/Dev/session-1"},"resource":"arn:aws-us-gov:s3:::REDACTED_1","a":"ACCOUNT_1","b":"ACCOUNT_2","ip":"IP_1"}',
    );
    expect(replacements.map((r) => [r.category, r.placeholder])).toEqual([
      ["custom", "REDACTED_1"],
      ["names", "session-1"],
      ["uniqueIds", "AROA_REDACTED_1"],
      ["accounts", "ACCOUNT_1"],
      ["accounts", "ACCOUNT_2"],
      ["ips", "IP_1"],
    ]);
  });

  it("leaves a category alone when it is switched off", () => {
    const text = "arn:aws:iam::123456789012:user/a 10.0.0.1";
    expect(redact(text, { categories: new Set(["ips"]), custom: [] }).text).toBe(
      "arn:aws:iam::123456789012:user/a IP_1",
    );
  });

  it("never touches digits inside other identifiers", () => {
    expect(
      redact("i-0123456789012abc t1700000000000", { categories: ALL_CATEGORIES, custom: [] }).text,
    ).toBe("i-0123456789012abc t1700000000000");
  });
});

describe("error findings written out again read back the same", () => {
  it.each([
    ...corpus.filter(([name]) => name.includes("errors/")),
    ...Object.entries(REASON_CASES).map(([name, c]) => [name, c.text] as const),
    ...Object.entries(POLICY_TYPE_CASES).map(([name, c]) => [name, c.text] as const),
  ])("%s", (_, text) => {
    const before = readErrors(text);
    const paste = analyzePaste(text);
    if (!paste.ok || paste.value.kind !== "errors") throw new Error("an error text");
    const after = readErrors(shareText(paste.value));
    const reasons = (r: typeof before) =>
      r.groups.map(
        (g) =>
          g.reason && [
            g.reason.principalArn,
            g.reason.actionText,
            g.reason.permission,
            g.reason.operation,
            g.reason.resource,
            g.reason.denial,
            g.reason.policyType,
            g.reason.provider,
          ],
      );
    expect(reasons(after)).toEqual(reasons(before));
    // Tokens are withheld: their length and judgement come back, never their characters.
    expect(
      after.groups.map((g) =>
        g.tokens.map((t) => withheldToken(t.placeholder) ?? [t.token, t.placeholder]),
      ),
    ).toEqual(
      before.groups.map((g) =>
        g.tokens.map((t) =>
          t.token === "" ? ["", t.placeholder] : { length: t.token.length, judgement: t.judgement },
        ),
      ),
    );
    for (const g of before.groups)
      for (const t of g.tokens)
        if (t.token.length > 20) expect(shareText(paste.value)).not.toContain(t.token);
  });
});

describe("redaction, checked against the values planted in each input (fixtures/redaction-cases.ts)", () => {
  it.each(REDACTION_CASES.map((c) => [c.name, c] as const))("%s: none survives", (_, c) => {
    const { text } = redact(c.text, { categories: ALL_CATEGORIES, custom: [] });
    for (const value of c.planted) {
      expect(text).not.toContain(value);
      expect(text).not.toContain(value.replace(/\//g, "\\/"));
    }
  });

  it.each(REDACTION_CASES.map((c) => [c.name, c] as const))(
    "%s: the redacted text is analysed as the original",
    (_, c) => {
      const before = analyzePaste(c.text);
      const after = analyzePaste(redact(c.text, { categories: ALL_CATEGORIES, custom: [] }).text);
      if (!before.ok || !after.ok) throw new Error("both analysed");
      expect(after.value.kind).toBe(before.value.kind);
      if (before.value.kind === "decoded" && after.value.kind === "decoded") {
        const [a, b] = [before.value.analysis, after.value.analysis];
        expect([b.verdict, b.principal?.kind.kind, b.conditions?.length]).toEqual([
          a.verdict,
          a.principal?.kind.kind,
          a.conditions?.length,
        ]);
      }
    },
  );

  it.each([
    ["2600:1f18:4a3:6902::1", true],
    ["::1", true],
    ["::ffff:192.0.2.1", true],
    ["2001:0db8:0000:0000:0000:ff00:0042:8329", true],
    ["fe80::", true],
    ["12:30:45", false],
    ["::", false],
    ["1::2::3", false],
    ["abcd", false],
  ])("IPv6 %s → %s", (ip, ok) => {
    expect(isIPv6(ip)).toBe(ok);
  });
});
