import { describe, expect, it } from "vitest";
import { readFixture } from "../../../fixtures/fixtures";
import { analyze } from "../analyze";
import type { Analysis } from "../model/analysis";
import { narrowingFor, buildFix, type Fix } from "./fix";

const analysisOf = (folder: "decoded" | "synthetic", name: string): Analysis => {
  const result = analyze(readFixture(folder, name));
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
};

const allowPolicy = (fix: Fix) => {
  if (fix.kind !== "allow-policy") throw new Error(`expected an allow policy, got ${fix.kind}`);
  return fix;
};

describe("the Allow policy for a request no policy allowed", () => {
  it("origin story: AWS Backup's role may pass the instance role to EC2 only", () => {
    const fix = allowPolicy(
      buildFix(analysisOf("decoded", "16-iam-passrole-aws-backup-restore-envelope.txt")),
    );
    expect(fix.json).toBe(`{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AllowIamPassRole",
      "Effect": "Allow",
      "Action": "iam:PassRole",
      "Resource": "arn:aws:iam::xxxxxxxxxxxxx:role/IAM_ROLE_EC2_Access",
      "Condition": {
        "StringEquals": {
          "iam:PassedToService": "ec2.amazonaws.com"
        }
      }
    }
  ]
}`);
    expect(fix.attachTo).toEqual({
      kind: "iam-role",
      roleName: "AWSBackupROLEEC2",
      sessionName: "AWSBackup-AWSBackupROLEEC2",
    });
    expect(fix.passedToService).toBe("ec2.amazonaws.com");
    expect(fix.notes.map((n) => n.code)).toEqual(["passed-to-service", "other-policies-can-deny"]);
    // The sample's account was typed over with x's: the guardrail names the exact value.
    expect(fix.warnings).toEqual([
      { code: "placeholder-value", value: "arn:aws:iam::xxxxxxxxxxxxx:role/IAM_ROLE_EC2_Access" },
      { code: "size", size: 244, limit: 10_240, over: false },
    ]);
  });

  it("drops iam:PassedToService when the user switches it off", () => {
    const fix = allowPolicy(
      buildFix(analysisOf("decoded", "16-iam-passrole-aws-backup-restore-envelope.txt"), {
        passedToService: false,
      }),
    );
    expect(fix.json).toBe(`{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AllowIamPassRole",
      "Effect": "Allow",
      "Action": "iam:PassRole",
      "Resource": "arn:aws:iam::xxxxxxxxxxxxx:role/IAM_ROLE_EC2_Access"
    }
  ]
}`);
  });

  it("restores the action's service prefix in the policy (RunInstances → ec2:RunInstances)", () => {
    const analysis = analysisOf(
      "decoded",
      "24-awsdocs-iam-cli-example-runinstances-chain-user.txt",
    );
    const fix = allowPolicy(buildFix(analysis));
    expect(fix.document).toEqual({
      Version: "2012-10-17",
      Statement: [
        {
          Sid: "AllowEc2RunInstances",
          Effect: "Allow",
          Action: "ec2:RunInstances",
          Resource: "arn:aws:ec2:us-east-2:403299380220:instance/*",
        },
      ],
    });
    expect(fix.attachTo).toEqual({ kind: "iam-user", userName: "chain-user" });
    expect(fix.notes.map((n) => n.code)).toEqual([
      "run-instances-resources",
      "other-policies-can-deny",
    ]);
  });

  it.each([
    [
      "sso-implicit-deny-unknown-fields.txt",
      {
        kind: "permission-set",
        permissionSet: "PowerUserAccess",
        roleName: "AWSReservedSSO_PowerUserAccess_0123456789abcdef",
      },
    ],
    ["federated-user.txt", { kind: "federated-user", userName: "partner" }],
    ["escaped-without-envelope.txt", { kind: "iam-user", userName: "alice" }],
  ])("attaches %s's fix to %j", (name, target) => {
    expect(allowPolicy(buildFix(analysisOf("synthetic", name))).attachTo).toEqual(target);
  });

  it("scopes PassRole to the ECS tasks service when aws:Service says ecs-tasks", () => {
    const fix = allowPolicy(
      buildFix(analysisOf("synthetic", "sso-implicit-deny-unknown-fields.txt")),
    );
    expect(fix.document.Statement[0]?.Condition).toEqual({
      StringEquals: { "iam:PassedToService": "ecs-tasks.amazonaws.com" },
    });
  });

  it("marks a policy drafted from a paste that lost explicitDeny", () => {
    const fix = allowPolicy(
      buildFix(analysisOf("decoded", "32-awskc-backup-passrole-pretty-elided-ellipsis.txt")),
    );
    expect(fix.notes.map((n) => n.code)).toContain("tentative-verdict");
    // The elision took aws:Service with it: no guessed iam:PassedToService.
    expect(fix.passedToService).toBeUndefined();
    expect(fix.notes.map((n) => n.code)).toContain("passed-to-service-unknown");
  });
});

describe("no Allow where an Allow cannot help", () => {
  it("explicit Deny: shows the statement, no policy", () => {
    const fix = buildFix(
      analysisOf("decoded", "02-ec2-runinstances-explicitdeny-mfa-statement.txt"),
    );
    expect(fix.kind).toBe("explicit-deny");
    if (fix.kind !== "explicit-deny") return;
    expect(fix.statements.map((s) => s.statementId)).toEqual(["MustBeSignedInWithMFA"]);
    expect(fix.fromPermissionsBoundary).toBe(false);
  });

  it("a permissions boundary's Deny is named as such", () => {
    const fix = buildFix(analysisOf("synthetic", "permissions-boundary-deny.txt"));
    expect(fix).toMatchObject({
      kind: "explicit-deny",
      fromPermissionsBoundary: true,
      identityCenter: false,
    });
  });

  it("an Identity Center session's Deny points at the permission set", () => {
    expect(
      buildFix(
        analysisOf("decoded", "13-openshift-runinstances-scp-explicitdeny-sso-pretty-elided.txt"),
      ),
    ).toMatchObject({
      kind: "explicit-deny",
      identityCenter: true,
    });
  });

  it("an allowed request needs no fix", () => {
    expect(buildFix(analysisOf("synthetic", "allowed-true.txt"))).toEqual({ kind: "allowed" });
  });

  it("a paste that lost the action gets no invented policy", () => {
    expect(
      buildFix(
        analysisOf("decoded", "23-ec2-runinstances-medium-export-markdown-emphasis-injected.txt"),
      ),
    ).toEqual({
      kind: "insufficient",
      missing: ["action"],
    });
  });
});

describe("narrowingFor: only equalities that can match again", () => {
  it.each([
    ["ec2:InstanceType", "String", ["t2.micro"], { ok: true, operator: "StringEquals" }],
    [
      "aws:TagKeys",
      "ArrayOfString",
      ["a", "b"],
      { ok: true, operator: "ForAllValues:StringEquals" },
    ],
    [
      "ec2:Attribute/EbsOptimized",
      "ArrayOfBool",
      ["false"],
      { ok: true, operator: "ForAllValues:Bool" },
    ],
    ["aws:MultiFactorAuthPresent", "Bool", ["true"], { ok: true, operator: "Bool" }],
    [
      "aws:CurrentTime",
      "Date",
      ["2026-01-01T00:00:00Z"],
      { ok: false, why: "changes-every-request" },
    ],
    ["aws:EpochTime", "Numeric", ["1767225600"], { ok: false, why: "changes-every-request" }],
    ["aws:MultiFactorAuthAge", "Numeric", ["30"], { ok: false, why: "changes-every-request" }],
    ["s3:prefix", "String", ["*"], { ok: false, why: "wildcard-value" }],
  ] as const)("%s (%s)", (key, type, values, expected) => {
    expect(narrowingFor(key, type, values)).toEqual(expected);
  });
});
