import { describe, expect, it } from "vitest";
import { readFixture } from "../../../fixtures/fixtures";
import { REASON_CASES } from "../../../fixtures/reason-cases";
import { analyze } from "../analyze";
import { readErrors } from "../errors/error-report";
import { draftsForReport, draftsFromAnalyses, draftsFromReasons, grantee } from "./draft";
import { policyResource } from "./policy-resource";
import { verifyStatement } from "./verify";

const draftsOf = (text: string) => {
  const report = readErrors(text);
  return draftsFromReasons(
    report.groups.map((g) => g.reason),
    report.region,
  );
};

describe("drafts from error texts", () => {
  it("grants the permission AWS checked, for the role behind both sessions, and says both", () => {
    const [draft, ...rest] = draftsOf(REASON_CASES.vpceAllowMultiRegion.text);
    expect(rest).toEqual([]);
    expect(draft?.principalArn).toBe("arn:aws:iam::***:role/MemberInfrastructureAccess");
    expect(draft?.attachTo).toEqual({
      kind: "iam-role",
      roleName: "MemberInfrastructureAccess",
      sessionName: undefined,
    });
    expect(draft?.document.Statement).toEqual([
      {
        Sid: "AllowNetworkFirewallCreateRuleGroup",
        Effect: "Allow",
        Action: "network-firewall:CreateRuleGroup",
        Resource: "arn:aws:network-firewall:eu-west-2:***:stateful-rulegroup/strict-ip",
      },
      {
        Sid: "AllowVpceAllowMultiRegion",
        Effect: "Allow",
        Action: "vpce:AllowMultiRegion",
        Resource: "arn:aws:ec2:eu-west-2:***:vpc-endpoint/*",
      },
    ]);
    expect(draft?.notes).toEqual([
      {
        code: "permission-differs",
        performed: "ec2:CreateVpcEndpoint",
        permission: "vpce:AllowMultiRegion",
      },
    ]);
    expect(draft?.warnings).toEqual(
      expect.arrayContaining([
        {
          code: "placeholder-value",
          value: "arn:aws:network-firewall:eu-west-2:***:stateful-rulegroup/strict-ip",
        },
        { code: "placeholder-value", value: "arn:aws:ec2:eu-west-2:***:vpc-endpoint/*" },
      ]),
    );
  });

  it("a non-ARN resource becomes * with the reason, for a principal named without an ARN", () => {
    expect(draftsOf(REASON_CASES.bareNamePrincipal.text)).toEqual([
      expect.objectContaining({
        principalArn: "ssb-solr-broker",
        attachTo: { kind: "name-only", name: "ssb-solr-broker" },
        document: {
          Version: "2012-10-17",
          Statement: [
            {
              Sid: "AllowLogsPutRetentionPolicy",
              Effect: "Allow",
              Action: "logs:PutRetentionPolicy",
              Resource: "*",
            },
          ],
        },
        notes: [
          {
            code: "resource-wildcard",
            written: "/aws/lambda/solr-restarts:log-stream:",
            why: "not-a-resource",
          },
        ],
      }),
    ]);
  });

  it.each([
    ["perform: null", REASON_CASES.performNull.text],
    ["explicit deny with no type", REASON_CASES.explicitNoType.text],
    ["explicit deny in a resource-based policy", REASON_CASES.s3QuotedResource.text],
    ["older sentences with no reason", REASON_CASES.iamProseRole.text],
  ])("no draft: %s", (_, text) => {
    expect(draftsOf(text)).toEqual([]);
  });

  it("no resource named: * and the note says so", () => {
    const [draft] = draftsOf(REASON_CASES.noResourceDoubleSpace.text);
    expect(draft?.document.Statement).toEqual([
      { Sid: "AllowIamCreatePolicy", Effect: "Allow", Action: "iam:CreatePolicy", Resource: "*" },
    ]);
    expect(draft?.notes).toEqual([
      { code: "resource-wildcard", written: undefined, why: "no-resource" },
    ]);
  });

  it("masked principals get no attach command: the name is not a valid IAM name", () => {
    const [draft] = draftsOf(REASON_CASES.redactedBacktick.text);
    expect(draft?.warnings).toEqual(
      expect.arrayContaining([
        {
          code: "invalid-name",
          problem: { entity: "role", value: "<redacted>", reason: "characters" },
        },
      ]),
    );
  });
});

describe("policyResource: an ARN, or built from prose, or * with why", () => {
  const STS = "arn:aws:sts::833857487308:assumed-role/R/s";
  it.each([
    ["arn:aws:s3:::b/k", "s3:GetObject", STS, undefined, "arn:aws:s3:::b/k", undefined],
    ["*", "kms:CreateKey", "ssb", undefined, "*", undefined],
    [
      "role cluster-RoleHeadNode-X",
      "iam:AttachRolePolicy",
      STS,
      undefined,
      "arn:aws:iam::833857487308:role/cluster-RoleHeadNode-X",
      "resource-built",
    ],
    [
      "policy solr-ecs-tasks version v1",
      "iam:GetPolicyVersion",
      STS,
      undefined,
      "arn:aws:iam::833857487308:policy/solr-ecs-tasks",
      "resource-built",
    ],
    [
      "solr-task_role",
      "iam:CreateRole",
      STS,
      undefined,
      "arn:aws:iam::833857487308:role/solr-task_role",
      "resource-built",
    ],
    [
      "solr-task_role",
      "iam:CreateRole",
      "ssb-solr-broker",
      undefined,
      "arn:aws:iam::<ACCOUNT_ID>:role/solr-task_role",
      "account",
    ],
    [
      "instance profile fe-lab-ssm-role",
      "iam:GetInstanceProfile",
      "arn:aws:iam::500766168271:user/ben",
      undefined,
      "arn:aws:iam::500766168271:instance-profile/fe-lab-ssm-role",
      "resource-built",
    ],
    ["policy path /", "iam:ListPolicies", STS, undefined, "*", "not-a-resource"],
    ["group", "iam:ListGroups", STS, undefined, "*", "not-a-resource"],
    [
      "key-pair/actions_key_arm",
      "ec2:RunInstances",
      STS,
      undefined,
      "arn:aws:ec2:<REGION>:833857487308:key-pair/actions_key_arm",
      "region",
    ],
    [
      "key-pair/actions_key_arm",
      "ec2:RunInstances",
      STS,
      "us-east-2",
      "arn:aws:ec2:us-east-2:833857487308:key-pair/actions_key_arm",
      "resource-built",
    ],
    [
      "key-pair/k",
      "ec2:RunInstances",
      "arn:aws:sts::***:assumed-role/R/s",
      "us-east-2",
      "arn:aws:ec2:us-east-2:<ACCOUNT_ID>:key-pair/k",
      "account",
    ],
  ])("%s (%s)", (written, action, principal, region, value, note) => {
    const got = policyResource({ written, action, principal, region });
    expect(got.value).toBe(value);
    expect(
      got.note === undefined
        ? undefined
        : got.note.code === "resource-built"
          ? got.note.code
          : got.note.code === "resource-placeholder"
            ? got.note.missing.join("+")
            : got.note.why,
    ).toBe(note);
  });
});

describe("drafts from decoded messages", () => {
  it("keeps each statement's conditions when merging, and every statement allows its request", () => {
    const backup = analyze(
      readFixture("decoded", "16-iam-passrole-aws-backup-restore-envelope.txt"),
    );
    if (!backup.ok) throw new Error("analysis expected");
    const other = analyze(
      readFixture("decoded", "16-iam-passrole-aws-backup-restore-envelope.txt").replace(
        "IAM_ROLE_EC2_Access",
        "Other_Role",
      ),
    );
    if (!other.ok) throw new Error("analysis expected");
    const [draft] = draftsFromAnalyses([backup.value, other.value]);
    expect(draft?.document.Statement.map((s) => s.Condition)).toEqual([
      { StringEquals: { "iam:PassedToService": "ec2.amazonaws.com" } },
      { StringEquals: { "iam:PassedToService": "ec2.amazonaws.com" } },
    ]);
    expect(new Set(draft?.document.Statement.map((s) => s.Sid)).size).toBe(2);
    for (const [i, a] of [backup.value, other.value].entries()) {
      const s = draft?.document.Statement[i];
      if (!s) throw new Error("statement expected");
      expect(verifyStatement(s, a).map((c) => c.result)).not.toContain("mismatch");
    }
  });

  it("grantee: a session's role, anything else itself", () => {
    expect(grantee("arn:aws:sts::1:assumed-role/R/s")).toBe("arn:aws:iam::1:role/R");
    expect(grantee("arn:aws:iam::1:user/u")).toBe("arn:aws:iam::1:user/u");
    expect(grantee("ci")).toBe("ci");
  });
});

describe("drafts for a report, before and after decoding", () => {
  const decoded = (name: string) => {
    const r = analyze(readFixture("decoded", name));
    if (!r.ok) throw new Error("analysis expected");
    return r.value;
  };
  const chain = decoded("24-awsdocs-iam-cli-example-runinstances-chain-user.txt");
  const reasonOf = (text: string) => readErrors(text).groups[0]?.reason;
  const s3Reason = reasonOf(
    'An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:iam::403299380220:user/chain-user is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::logs/a.txt" because no identity-based policy allows the s3:GetObject action',
  );
  const runReason = reasonOf(
    "User: arn:aws:iam::403299380220:user/chain-user is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:us-east-2:403299380220:instance/* because no identity-based policy allows the ec2:RunInstances action",
  );

  it.each([
    [
      "undecoded: both grants from the sentences, marked as such",
      [
        { reason: s3Reason, decoded: undefined },
        { reason: runReason, decoded: undefined },
      ],
      ["AllowEc2RunInstances", "AllowS3GetObject"],
      true,
    ],
    [
      "one decoded: its statement replaces its sentence, one policy still",
      [
        { reason: s3Reason, decoded: undefined },
        { reason: runReason, decoded: chain },
      ],
      ["AllowEc2RunInstances", "AllowS3GetObject"],
      true,
    ],
    [
      "all decoded: no sentence left, the marker goes",
      [{ reason: runReason, decoded: chain }],
      ["AllowEc2RunInstances"],
      false,
    ],
    [
      "a decoded explicit deny contributes no Allow, even if its sentence looked fixable",
      [
        { reason: s3Reason, decoded: undefined },
        {
          reason: runReason,
          decoded: decoded("02-ec2-runinstances-explicitdeny-mfa-statement.txt"),
        },
      ],
      ["AllowS3GetObject"],
      true,
    ],
  ])("%s", (_name, denials, sids, fromReasons) => {
    const drafts = draftsForReport(denials, undefined);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.principalArn).toBe("arn:aws:iam::403299380220:user/chain-user");
    expect(drafts[0]?.document.Statement.map((s) => s.Sid)).toEqual(sids);
    expect(drafts[0]?.fromReasons).toBe(fromReasons);
  });
});
