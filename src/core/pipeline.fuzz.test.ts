import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixtureNames, readFixture, type Folder } from "../../fixtures/fixtures";
import { analyzePaste } from "./analyze-paste";
import { buildFix, RESOURCE_SCOPES } from "./policy/fix";
import { FORMATS, formatPolicy } from "./policy/formats";
import { parseFragment } from "./share/fragment";
import { parsePayload } from "./share/payload";
import { ALL_CATEGORIES, redact } from "./share/redact";
import { shareText } from "./share/share-text";
import { verifyStatement } from "./policy/verify";
import { policyCommands } from "./policy/targets/commands";
import { TARGET_IAC, targetIac } from "./policy/targets/iac";
import { fixPlan } from "./policy/targets/plan";
import { readErrors } from "./errors/error-report";
import type { Reason } from "./errors/reason";
import { withoutMasks } from "./model/masks";
import { REASON_CASES } from "../../fixtures/reason-cases";
import { hostilePolicyCases, hostileToolboxCases } from "../../fixtures/hostile";
import { checkAgainst } from "./evaluate/check";
import { readPolicyInputs } from "./evaluate/policy-inputs";
import { mergeIntoCurrent } from "./policy/targets/merge-current";
import { explainDetails } from "./toolbox/explain";
import { markMatchedStatements } from "./toolbox/policy-marks";
import { readToolboxOutputs } from "./toolbox/read-outputs";

/**
 * The whole pipeline under generated and corpus-mutated input: every input yields a result or a
 * specific error, and nothing downstream (fix, formats, share text, redaction) throws.
 * `npm run fuzz` runs 100,000 cases per property; CI runs FUZZ_RUNS (default below) to stay quick.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 12_000);
const ERROR_CODES = [
  "empty",
  "too-large",
  "too-deep",
  "not-found",
  "unparseable",
  "not-authz-message",
  "binary",
];

const corpus = (["decoded", "errors", "pastes", "synthetic", "synthetic-errors"] as const).flatMap(
  (f: Folder) => fixtureNames(f).map((n) => readFixture(f, n)),
);

const piece = fc.oneof(
  fc.constantFrom(
    '{"allowed":false,"explicitDeny":false,"context":{',
    '"principal":{"arn":"arn:aws:sts::123456789012:assumed-role/R/s"},',
    '"action":"iam:PassRole","resource":"arn:aws:iam::123456789012:role/x",',
    '"conditions":{"items":[{"key":"aws:Service","values":{"items":[{"value":"ec2"}]}}]}}}',
    '"DecodedMessage": "',
    "Encoded authorization failure message: ",
    "Encoded authori\nzation failure \\\n message:",
    "User: arn:aws:iam::1:user/a is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b because no identity-based policy allows the s3:GetObject action",
    " with an explicit deny in a service control policy",
    "<DecodedMessage>",
    "&quot;",
    '\\"',
    "\\",
    "\n",
    "│ ",
    "...",
    "(...)",
    "__proto__",
    '{"__proto__":{"x":1}}',
    "AROA1234567890ABCDEF:sess",
    "VZe33_jbYatLPoufuIj6-yREVQFDg7oWJeZdd9P6vgI3ZKTuvWLORet5HCC0",
    "\u202e\u200b",
  ),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 8 }),
);
const generated = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(""));
const mutated = fc
  .tuple(
    fc.constantFrom(...corpus),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 300 }), piece), { maxLength: 5 }),
  )
  .map(([text, edits]) =>
    edits.reduce((t, [at, cut, insert]) => {
      const i = at % (t.length + 1);
      return t.slice(0, i) + insert + t.slice(i + cut);
    }, text),
  );

function exercise(text: string): void {
  const result = analyzePaste(text);
  if (!result.ok) {
    expect(ERROR_CODES).toContain(result.error.code);
    return;
  }
  const paste = result.value;
  if (paste.kind === "decoded") {
    for (const scope of RESOURCE_SCOPES) {
      const fix = buildFix(paste.analysis, {
        passedToService: scope !== "any",
        conditionKeys: (paste.analysis.conditions ?? []).map((c) => c.key),
        resourceScope: scope,
      });
      if (fix.kind === "allow-policy") {
        // Every Allow drafted allows the request it was drafted for (conditions it cannot check
        // are "unknown", never a mismatch), and its JSON is the document.
        for (const s of fix.document.Statement)
          expect(verifyStatement(s, paste.analysis).map((c) => c.result)).not.toContain("mismatch");
        expect(JSON.parse(formatPolicy(fix.document, fix.attachTo, "json"))).toEqual(fix.document);
        for (const f of FORMATS) expect(formatPolicy(fix.document, fix.attachTo, f)).not.toBe("");
      }
    }
  } else if (paste.kind === "errors") {
    expect(paste.report.entries.length).toBeGreaterThan(0);
    // Every statement for another policy type is a policy that reads back to itself, with its
    // commands and forms (none of them may throw on whatever the reason sentence held).
    for (const group of paste.report.groups.slice(0, 20)) {
      if (!group.reason) continue;
      for (const part of fixPlan({ reason: group.reason, region: paste.report.region })) {
        expect(JSON.parse(part.json)).toEqual({
          Version: "2012-10-17",
          Statement: [part.statement],
        });
        policyCommands(part);
        for (const f of TARGET_IAC) targetIac(part, f);
      }
    }
  } else {
    expect(paste.text).toMatch(/"evaluatedEffect"|"matchedPolicies"|"requestContext"|policy/);
  }
  // A share link's text is read back as the same kind of paste, and redaction leaves no account.
  const shared = shareText(paste);
  const again = analyzePaste(shared);
  if (shared.trim() !== "") expect(again.ok && again.value.kind).toBe(paste.kind);
  expect(redact(shared, { categories: ALL_CATEGORIES, custom: ["a", "bucket"] }).text).not.toMatch(
    /(?<![A-Za-z0-9])\d{12}(?![A-Za-z0-9])/,
  );
}

const SHARE_ERRORS = ["not-ours", "unknown-version", "too-large", "corrupt", "invalid"];
/** A result, or one of the share errors the page can phrase: never anything else. */
const expectShareResult = (r: { ok: boolean; error?: { code: string } }) => {
  if (!r.ok) expect(SHARE_ERRORS).toContain(r.error?.code);
};

/**
 * Every reason sentence of the corpus, written out on one line the way AWS writes it (from what was
 * read, not from the reader's code), so that it can be wrapped again at any column.
 */
function sentenceOf(r: Reason): string | undefined {
  if (r.sts === true || r.principalArn === undefined || r.action === undefined) return undefined;
  let s = `User: ${r.principalArn} is not authorized to perform: ${r.actionText}`;
  if (r.cause?.code === "kms-key-unavailable")
    return `${s} on this resource because the resource does not exist in this Region, no resource-based policies allow access, or a resource-based policy explicitly denies access`;
  if (r.resource !== undefined)
    s += ` on resource: ${r.resource.includes(" ") ? r.resource : `"${r.resource}"`}`;
  if (r.cause?.code === "setting") return `${s} because ${r.cause.text}.`;
  if (r.denial === "implicit" && r.policyWords !== undefined)
    s += ` because no ${r.policyWords} allows the ${r.permission ?? r.actionText} action`;
  if (r.denial === "explicit")
    s += ` with an explicit deny${r.policyWords === undefined ? "" : ` in a ${r.policyWords}`}`;
  return `${s}.`;
}

/**
 * The denial a sentence states. A wrap exactly at the space inside a placeholder (`<account⏎ id>`)
 * cannot be told from one inside a word, so masks compare as masks (`withoutMasks`), not by spelling.
 */
const essence = (r: Reason | undefined) =>
  r && {
    principal: r.principalArn === undefined ? undefined : withoutMasks(r.principalArn),
    action: r.action,
    permission: r.permission,
    resource: r.resource === undefined ? undefined : withoutMasks(r.resource),
    denial: r.denial,
    policyType: r.policyType,
    cause: r.cause?.code,
  };

const SENTENCES = [
  ...new Map(
    [...corpus, ...Object.values(REASON_CASES).map((c) => c.text)]
      .flatMap((text) => readErrors(text).entries.flatMap((e) => (e.reason ? [e.reason] : [])))
      .flatMap((r) => {
        const sentence = sentenceOf(r);
        return sentence === undefined ? [] : [[sentence, r] as const];
      }),
  ),
];

/** What a terminal, a log viewer or a CI console does to a long line: a break at a fixed column. */
const PREFIXES = ["", "  ", "│ ", "// ", "> ", "# ", "2026-05-01T10:00:00.000Z ", "\t"];
function hardWrap(line: string, width: number, prefix: string): string {
  const out: string[] = [];
  let rest = line;
  let first = true;
  while (rest.length > 0) {
    const room = width - (first ? 0 : prefix.length);
    out.push((first ? "" : prefix) + rest.slice(0, room));
    rest = rest.slice(room);
    first = false;
  }
  return out.join("\n");
}

/**
 * JSON in the shapes of policies and IAM Toolbox pages, with prototype names among its keys: what
 * the merge box, the policy check and the toolbox reader get.
 */
const KEYS = [
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "Version",
  "Statement",
  "Sid",
  "Effect",
  "Principal",
  "NotPrincipal",
  "AWS",
  "Action",
  "NotAction",
  "Resource",
  "Condition",
  "StringEquals",
  "ArnLike",
  "aws:PrincipalArn",
  "Policy",
  "PolicyDocument",
  "Role",
  "AssumeRolePolicyDocument",
  "policyDocument",
  "requestContext",
  "evaluations",
  "evaluatedEffect",
  "matchedPolicies",
  "matchedStatements",
  "policies",
  "uri",
  "action",
  "resource",
  "sid",
];
const { json: policyShaped } = fc.letrec((tie) => ({
  json: fc.oneof(
    { depthSize: "small", maxDepth: 6 },
    fc.constantFrom(
      "Allow",
      "Deny",
      "*",
      "s3:*",
      "ec2:RunInstances",
      "EXPLICIT_DENY",
      "2012-10-17",
    ),
    fc.string({ maxLength: 12 }),
    fc.integer(),
    fc.boolean(),
    fc.array(tie("json"), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie("json"), { maxKeys: 6 }),
  ),
}));
const NEWER_SURFACE_CASES = [...hostilePolicyCases(), ...hostileToolboxCases()].map((c) => c.text);
const policyPaste = fc.oneof(
  policyShaped.map((v) => JSON.stringify(v)),
  fc
    .tuple(
      fc.constantFrom(...NEWER_SURFACE_CASES.filter((t) => t.length < 20_000)),
      fc.nat(),
      piece,
    )
    .map(
      ([t, at, insert]) => t.slice(0, at % (t.length + 1)) + insert + t.slice(at % (t.length + 1)),
    ),
  fc
    .array(
      fc.oneof(
        piece,
        policyShaped.map((v) => JSON.stringify(v)),
      ),
      { maxLength: 6 },
    )
    .map((p) => p.join("\n")),
);

const [RUN_INSTANCES] = fixtureNames("decoded").flatMap((n) => {
  const r = analyzePaste(readFixture("decoded", n));
  return r.ok && r.value.kind === "decoded" ? [r.value.analysis] : [];
});

/** The merge box, the policy check and the toolbox view's reading: a value or an error, never a throw. */
function exerciseNewerSurfaces(text: string): void {
  const merged = mergeIntoCurrent(text, {
    Sid: "AllowS3GetObject",
    Effect: "Allow",
    Action: "s3:GetObject",
    Resource: "*",
  });
  if (merged.ok) expect(JSON.parse(merged.value.json)).toHaveProperty("Statement");
  else expect(["no-policy", "too-large", "too-deep"]).toContain(merged.error);
  const { policies } = readPolicyInputs(text);
  if (RUN_INSTANCES && policies.length > 0)
    checkAgainst(
      RUN_INSTANCES,
      policies.map((p) => ({ name: p.name, type: p.guessedType, document: p.document })),
    );
  const toolbox = readToolboxOutputs(text);
  const explained = toolbox?.details && explainDetails(toolbox.details);
  for (const p of toolbox?.policies ?? []) markMatchedStatements(p.document, new Set(["x"]));
  if (explained) expect(Array.isArray(explained.evaluations)).toBe(true);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
}

describe("fuzzing the whole pipeline", () => {
  it(`pasted policies and IAM Toolbox outputs in the merge box, the policy check and the toolbox view (${RUNS} runs)`, () => {
    expect(RUN_INSTANCES).toBeDefined();
    fc.assert(
      fc.property(policyPaste, (text) => {
        exerciseNewerSurfaces(text);
        exercise(text);
      }),
      { numRuns: RUNS },
    );
  }, 600_000);

  it(`every corpus sentence hard-wrapped at any column reads back as the same denial (${SENTENCES.length} sentences)`, () => {
    expect(SENTENCES.length).toBeGreaterThan(60);
    fc.assert(
      fc.property(
        fc.constantFrom(...SENTENCES),
        fc.integer({ min: 60, max: 160 }),
        fc.constantFrom(...PREFIXES),
        ([sentence, reason], width, prefix) => {
          const wrapped = hardWrap(sentence, width, prefix);
          const read = readErrors(wrapped).entries.map((e) => essence(e.reason));
          expect(read).toEqual([essence(reason)]);
        },
      ),
      { numRuns: Math.max(2_000, Math.floor(RUNS / 4)) },
    );
  }, 600_000);

  it(`generated inputs (${RUNS} runs)`, () => {
    fc.assert(fc.property(generated, exercise), { numRuns: RUNS });
  }, 600_000);

  it(`corpus samples mutated (${RUNS} runs)`, () => {
    fc.assert(fc.property(mutated, exercise), { numRuns: RUNS });
  }, 600_000);

  it(`share fragments and payloads (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.string({ maxLength: 200 }),
        (fragment, json) => {
          expectShareResult(parseFragment(`#v1.${fragment}`));
          expectShareResult(parsePayload(json));
          // Any text is a valid decoded-message payload, and comes back as it went in.
          expect(parsePayload(`{"k":"d","t":${JSON.stringify(json)},"o":{"p":true}}`)).toEqual({
            ok: true,
            value: { k: "d", t: json, o: { p: true } },
          });
        },
      ),
      { numRuns: RUNS },
    );
  }, 600_000);

  it("deep nesting is refused, not recursed into", () => {
    for (const n of [1_000, 100_000, 400_000]) {
      expect(analyzePaste(`{"allowed":false,"x":${"[".repeat(n)}${"]".repeat(n)}}`)).toEqual({
        ok: false,
        error: { code: "too-deep", limit: 64 },
      });
      expect(() =>
        analyzePaste(`{"errorMessage":"x","eventSource":"y","a":${"[".repeat(n)}`),
      ).not.toThrow();
    }
  });
});
