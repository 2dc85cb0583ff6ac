import { describe, expect, it } from "vitest";
import { readFixture } from "../../../fixtures/fixtures";
import { attachedEntity, explainDetails } from "./explain";
import { markMatchedStatements } from "./policy-marks";
import { readToolboxOutputs } from "./read-outputs";
import { fixPlan } from "../policy/targets/plan";

const file = (name: string) => readFixture("toolbox", name);
const page1 = file("details-implicit-page-1.json");
const page2 = file("details-implicit-page-2.json");

describe("reading IAM Toolbox outputs from a paste", () => {
  it.each([
    ["one page, bare", file("details-explicit-deny.json"), 1, 1, 0, undefined],
    [
      "a CloudShell transcript: both commands, both outputs",
      file("cli-transcript-explicit-deny.txt"),
      1,
      1,
      1,
      "3k9x7q2m5n8p1r4t6v0w",
    ],
    ["two pages one after the other", `${page1}\n${page2}`, 2, 2, 0, undefined],
    ["the same page twice adds nothing", `${page1}\n${page1}`, 2, 1, 0, undefined],
    ["a bare policy document", file("policy-example-deny.json"), 0, 0, 1, undefined],
  ])("%s", (_name, text, pages, evaluations, policies, id) => {
    const read = readToolboxOutputs(text);
    expect(read?.details?.pages ?? 0).toBe(pages);
    expect(read?.details?.evaluations.length ?? 0).toBe(evaluations);
    expect(read?.policies.length).toBe(policies);
    expect(read?.details?.authorizationId).toBe(id);
  });

  it("ties a pasted policy to the --policy-uri of the command before it", () => {
    const read = readToolboxOutputs(file("cli-transcript-explicit-deny.txt"));
    expect(read?.policies[0]?.uri).toBe("arn:aws:iam::123456789012:policy/ExampleDenyPolicy");
    expect(read?.policies[0]?.sids).toEqual(["AllowReadOnlyIam", "DenyIamWithoutMfa"]);
  });

  it.each([
    ["an ordinary decoded message", readFixture("decoded", "07-ec2-createtags-iamuser.txt")],
    ["JSON that is neither", '{"a": 1}'],
    ["no JSON", "aws iam-toolbox get-request-authorization-details --authorization-id abc"],
    ["a cut-off page", page1.slice(0, 400)],
  ])("finds nothing in %s", (_name, text) => {
    expect(readToolboxOutputs(text)).toBeUndefined();
  });

  it("keeps the last page's nextToken: more can be fetched", () => {
    expect(readToolboxOutputs(page1)?.details?.nextToken).toBe("page-2");
    expect(readToolboxOutputs(`${page1}${page2}`)?.details?.nextToken).toBeUndefined();
  });
});

describe("explaining the details", () => {
  it("an explicit deny: the denying statement, its policy, where it is attached; no Allow", () => {
    const details = readToolboxOutputs(file("details-explicit-deny.json"))?.details;
    if (!details) throw new Error("details expected");
    const explained = explainDetails(details);
    expect(explained.principalArn).toBe("arn:aws:iam::123456789012:user/janedoe");
    const [evaluation] = explained.evaluations;
    expect(evaluation?.fix).toMatchObject({
      kind: "explicit-deny",
      denying: [
        {
          policy: {
            uri: "arn:aws:iam::123456789012:policy/ExampleDenyPolicy",
            type: "identity-based",
            inline: false,
            arn: { kind: "customer-managed", name: "ExampleDenyPolicy" },
            attachedTo: [{ kind: "group", name: "developers" }],
          },
          statements: [{ sid: "DenyIamWithoutMfa", effect: "DENY" }],
        },
      ],
    });
    expect(explained.drafts).toEqual([]);
    expect(
      explained.requestContext.find((r) => r.key === "aws:MultiFactorAuthPresent")?.values,
    ).toEqual(["false"]);
  });

  it("a boundary that lacked the Allow gets its own statement, labelled with its ARN", () => {
    const details = readToolboxOutputs(`${page1}\n${page2}`)?.details;
    if (!details) throw new Error("details expected");
    const [first, second] = explainDetails(details).evaluations;
    expect(first?.limitReasons).toEqual([]);
    const parts = (second?.limitReasons ?? []).flatMap((reason) =>
      fixPlan({ reason, region: undefined }),
    );
    expect(parts.map((p) => [p.target, p.statement])).toEqual([
      [
        {
          kind: "permissions-boundary",
          principalArn: "arn:aws:iam::444455556666:role/deployer",
          account: "444455556666",
          boundaryArn: "arn:aws:iam::444455556666:policy/DeployerBoundary",
        },
        {
          Sid: "AllowKmsGenerateDataKey",
          Effect: "Allow",
          Action: "kms:GenerateDataKey",
          Resource: "arn:aws:kms:eu-west-1:444455556666:key/1234abcd-12ab-34cd-56ef-1234567890ab",
        },
      ],
    ]);
  });

  it("implicit denies: which types lacked an Allow, and one drafted Allow for the role", () => {
    const details = readToolboxOutputs(`${page1}\n${page2}`)?.details;
    if (!details) throw new Error("details expected");
    const explained = explainDetails(details);
    expect(
      explained.evaluations.map((e) => e.fix.kind === "implicit-deny" && e.fix.lacking),
    ).toEqual([["identity-based"], ["identity-based", "permissions-boundary"]]);
    expect(explained.drafts).toHaveLength(1);
    expect(explained.drafts[0]?.attachTo).toEqual({
      kind: "iam-role",
      roleName: "deployer",
      sessionName: undefined,
    });
    expect(explained.drafts[0]?.document.Statement.map((s) => [s.Action, s.Resource])).toEqual([
      [
        "kms:GenerateDataKey",
        "arn:aws:kms:eu-west-1:444455556666:key/1234abcd-12ab-34cd-56ef-1234567890ab",
      ],
      ["s3:PutObject", "arn:aws:s3:::release-artifacts/builds/app.zip"],
    ]);
    expect(explained.moreToFetch).toBe(false);
  });

  it.each([
    ["arn:aws:iam::1:user/path/alice", "user", "alice"],
    ["arn:aws:iam::1:role/deployer", "role", "deployer"],
    ["arn:aws:iam::1:group/devs", "group", "devs"],
    ["arn:aws:organizations::1:ou/o-a1b2c3d4e5/ou-ab12-cdef3456", "ou", "ou-ab12-cdef3456"],
    ["arn:aws:organizations::1:account/o-a1b2c3d4e5/222233334444", "account", "222233334444"],
    ["arn:aws:organizations::1:root/o-a1b2c3d4e5/r-ab12", "root", "r-ab12"],
    ["arn:aws:s3:::bucket", "other", "arn:aws:s3:::bucket"],
  ])("attached to %s: %s %s", (arn, kind, name) => {
    expect(attachedEntity(arn)).toEqual({ arn, kind, name });
  });
});

describe("a pasted policy with AWS's matched statements marked", () => {
  it("marks exactly the matched statement's lines, and the text is the same policy", () => {
    const policy = readToolboxOutputs(file("policy-example-deny.json"))?.policies[0];
    if (!policy) throw new Error("policy expected");
    const { text, marked } = markMatchedStatements(policy.document, new Set(["DenyIamWithoutMfa"]));
    expect(JSON.parse(text)).toEqual({
      Version: "2012-10-17",
      Statement: policy.document.Statement,
    });
    const lines = text.split("\n");
    const markedLines = [...marked].map((n) => lines[n - 1]?.trim());
    expect(markedLines[0]).toBe("{");
    expect(markedLines).toContain('"Sid": "DenyIamWithoutMfa",');
    expect(markedLines).not.toContain('"Sid": "AllowReadOnlyIam",');
    expect(markedLines.at(-1)).toBe("}");
  });
});
