import { describe, expect, it } from "vitest";
import { fixtureNames, readFixture } from "../../fixtures/fixtures";
import { analyze } from "./analyze";
import type { Analysis, Verdict } from "./model/analysis";

interface Expected {
  verdict: Verdict;
  complete: boolean;
  principalArn: string | undefined;
  action: string | undefined;
  resource: string | undefined;
  /** Number of context keys shown; undefined when the paste lost them. */
  conditions: number | undefined;
  statements?: number;
  warnings: string[];
}

// Checked by hand against each file (fixtures/README.md gives the sources).
const DECODED: Record<string, Expected> = {
  "01-ec2-runinstances-iamuser-m4large.txt": {
    verdict: "implicit-deny",
    complete: true,
    principalArn: "arn:aws:iam::XXXXXX:user/testiamuser",
    action: "ec2:RunInstances",
    resource: "arn:aws:ec2:us-west-2:XXXXXX:instance/*",
    conditions: 15,
    warnings: ["token-noted", "placeholder-account"],
  },
  "02-ec2-runinstances-explicitdeny-mfa-statement.txt": {
    verdict: "explicit-deny",
    complete: true,
    principalArn: "arn:aws:iam::363711084474:user/k3s-admin",
    action: "ec2:RunInstances",
    resource: "arn:aws:ec2:us-east-1:363711084474:instance/*",
    conditions: 15,
    statements: 1,
    warnings: ["token-noted"],
  },
  "03-ec2-runinstances-explicitdeny-empty-sid-quarantine.txt": {
    verdict: "explicit-deny",
    complete: true,
    principalArn: "arn:aws:iam::816678621138:user/fernandomjunior",
    action: "ec2:RunInstances",
    resource: "arn:aws:ec2:us-east-1:816678621138:instance/*",
    conditions: 15,
    statements: 1,
    warnings: ["token-noted"],
  },
  "05-runinstances-explicitdeny-quarantine-v2-admin.txt": {
    verdict: "explicit-deny",
    complete: true,
    principalArn: "arn:aws:iam::730335670153:user/admin",
    action: "ec2:RunInstances",
    resource: "arn:aws:ec2:us-east-1:730335670153:instance/*",
    conditions: 19,
    statements: 1,
    warnings: ["token-noted"],
  },
  "06-runinstances-explicitdeny-instancetype-condition-bare-key.txt": {
    verdict: "explicit-deny",
    complete: true,
    principalArn: "arn:aws:iam::633154839293:user/Con.Janak.Verma",
    action: "ec2:RunInstances",
    resource: "arn:aws:ec2:eu-north-1:633154839293:instance/*",
    conditions: 22,
    statements: 1,
    warnings: [],
  },
  "07-ec2-createtags-iamuser.txt": {
    verdict: "implicit-deny",
    complete: true,
    principalArn: "arn:aws:iam::010759401675:user/happy-go-lucky",
    action: "ec2:CreateTags",
    resource: "arn:aws:ec2:us-east-1:010759401675:instance/*",
    conditions: 15,
    warnings: ["token-noted"],
  },
  "09-awsdocs-cli-example-runinstances-explicitdeny.txt": {
    verdict: "explicit-deny",
    complete: true,
    principalArn: "arn:aws:sts::111122223333:assumed-role/Developer/Ana",
    action: "ec2:RunInstances",
    resource: "arn:aws:ec2:us-east-1:111122223333:instance/*",
    conditions: 18,
    statements: 1,
    warnings: [],
  },
  "10-ec2-runinstances-keypair-linewrapped-envelope.txt": {
    verdict: "implicit-deny",
    complete: true,
    principalArn: "arn:aws:iam::accountid:user/Bob",
    action: "ec2:RunInstances",
    resource: "arn:aws:ec2:us-east-1:accountid:key-pair/keypairid",
    conditions: 1,
    warnings: ["line-breaks-removed", "placeholder-account"],
  },
  "11-openshift-runinstances-implicit-pretty-elided.txt": {
    verdict: "implicit-deny",
    complete: false,
    principalArn:
      "arn:aws:sts::[redacted:AWS_ACCOUNT]:assumed-role/[redacted:CLUSTER_NAME]-openshift-machine-api-aws-cloud-credentials/my-session",
    action: "ec2:RunInstances",
    resource: "arn:aws:ec2:us-east-1:[redacted:AWS_ACCOUNT]:instance/*",
    conditions: undefined,
    warnings: ["incomplete", "placeholder-account"],
  },
  "13-openshift-runinstances-scp-explicitdeny-sso-pretty-elided.txt": {
    verdict: "explicit-deny",
    complete: false,
    principalArn:
      "arn:aws:sts::[redacted]:assumed-role/AWSReservedSSO_AdministratorAccess_[redacted]/braga",
    action: "ec2:RunInstances",
    resource: "arn:aws:ec2:us-east-1:[redacted]:instance/*",
    conditions: undefined,
    statements: 1,
    warnings: ["incomplete", "placeholder-account"],
  },
  "15-ec2-runinstances-pretty-4space-italian.txt": {
    verdict: "implicit-deny",
    complete: true,
    principalArn: "arn:aws:sts::73238367234:assumed-role/provaruolo/i-0067830339f5id1b1",
    action: "ec2:RunInstances",
    resource: "arn:aws:ec2:eu-south-1:73238367234:instance/*",
    conditions: 15,
    warnings: ["placeholder-account"],
  },
  "16-iam-passrole-aws-backup-restore-envelope.txt": {
    verdict: "implicit-deny",
    complete: true,
    principalArn:
      "arn:aws:sts::xxxxxxxxxxxxx:assumed-role/AWSBackupROLEEC2/AWSBackup-AWSBackupROLEEC2",
    action: "iam:PassRole",
    resource: "arn:aws:iam::xxxxxxxxxxxxx:role/IAM_ROLE_EC2_Access",
    conditions: 7,
    warnings: ["placeholder-account"],
  },
  "17-iam-passrole-aws-backup-japanese-prompt-missing-closing-brace.txt": {
    verdict: "implicit-deny",
    complete: true,
    principalArn: "arn:aws:sts::xxxxxx:assumed-role/AWSBackupROLEEC2/AWSBackup-AWSBackupROLEEC2",
    action: "iam:PassRole",
    resource: "arn:aws:iam::xxxxxx:role/IAM_ROLE_EC2_Access",
    conditions: 7,
    warnings: ["token-noted", "placeholder-account"],
  },
  "19-iam-passrole-kc-copy-key-on-own-line-newlines-in-string.txt": {
    verdict: "implicit-deny",
    complete: true,
    principalArn: "arn:aws:iam::accountID:user/test-user",
    action: "iam:PassRole",
    resource: "arn:aws:iam::accountID:role/EC2_instance_Profile_role",
    conditions: 7,
    warnings: ["line-breaks-removed", "placeholder-account", "name-arn-mismatch"],
  },
  "20-ec2-createvpc-cross-account-role-inconsistent-xxx-redaction.txt": {
    verdict: "implicit-deny",
    complete: true,
    principalArn:
      "arn:aws:sts::xxxxx:assumed-role/cross-acount-role/1f708920-18a6-11ed-8dd4-f162dca8fc19",
    action: "ec2:CreateVpc",
    resource: "arn:aws:ec2:us-east-2:xxxxx:vpc/*",
    conditions: 7,
    warnings: ["placeholder-account"],
  },
  // Markdown emphasis typed into the JSON: the action is unreadable and is not guessed.
  "23-ec2-runinstances-medium-export-markdown-emphasis-injected.txt": {
    verdict: "denied",
    complete: false,
    principalArn: "arn:aws:iam::XXXXXX:user/testiamuser",
    action: undefined,
    resource: "arn:aws:ec2:us-west-2:XXXXXX:instance/*",
    conditions: undefined,
    warnings: ["incomplete", "invalid-escapes", "verdict-partly-unknown", "placeholder-account"],
  },
  "24-awsdocs-iam-cli-example-runinstances-chain-user.txt": {
    verdict: "implicit-deny",
    complete: true,
    principalArn: "arn:aws:iam::403299380220:user/chain-user",
    action: "ec2:RunInstances",
    resource: "arn:aws:ec2:us-east-2:403299380220:instance/*",
    conditions: 15,
    warnings: [],
  },
  // AWS's own example, garbled by its elision: quotes unbalanced, verdict lost.
  "26-awskc-repost-garbled-elided-envelope.txt": {
    verdict: "unknown",
    complete: false,
    principalArn: "arn:aws:iam::accountID:user/test-user",
    action: "iam:PassRole",
    resource: "arn:aws:iam::accountID:role/EC2_instance_Profile_role",
    conditions: undefined,
    // The command beside it holds AWS's documentation example token (…-abcdefghijklmn-…): a
    // placeholder, not a token to decode, so it is not noted.
    warnings: ["incomplete", "verdict-partly-unknown", "placeholder-account", "name-arn-mismatch"],
  },
  "27-iam-passrole-pretty-removed-redaction-truncated.txt": {
    verdict: "implicit-deny",
    complete: false,
    principalArn: "arn:aws:iam::<REMOVED>:user/develop_om_user",
    action: "iam:PassRole",
    resource: "arn:aws:iam::<REMOVED>:role/develop_pks-master",
    conditions: 0,
    warnings: ["incomplete", "placeholder-account"],
  },
  "28-iam-passrole-pretty-jq-with-command-truncated.txt": {
    verdict: "implicit-deny",
    complete: false,
    principalArn: "arn:aws:iam::YOUR_ACCOUNT_ID:user/myuser",
    action: "iam:PassRole",
    resource: "arn:aws:iam::YOUR_ACCOUNT_ID:role/my-cluster-host",
    conditions: 0,
    warnings: ["incomplete", "token-noted", "placeholder-account", "name-arn-mismatch"],
  },
  "29-runinstances-launch-template-karpenter-asterisk-redacted-tag-keys-truncated.txt": {
    verdict: "implicit-deny",
    complete: false,
    principalArn: "arn:aws:sts::**:assumed-role/karpenter-controller-****/***",
    action: "ec2:RunInstances",
    resource: "arn:aws:ec2:us-east-1:******:launch-template/lt-0638ed6a3b7addbf5",
    conditions: 1,
    warnings: ["incomplete", "placeholder-account"],
  },
  "31-awsdocs-sts-api-reference-xml-sample-response.txt": {
    verdict: "implicit-deny",
    complete: false,
    principalArn: "arn:aws:iam::123456789012:user/Bob",
    action: "ec2:StopInstances",
    resource: "arn:aws:ec2:us-east-1:123456789012:instance/i-dd01c9bd",
    conditions: 0,
    warnings: ["incomplete", "string-booleans"],
  },
  "32-awskc-backup-passrole-pretty-elided-ellipsis.txt": {
    verdict: "denied",
    complete: false,
    principalArn:
      "arn:aws:sts::111122223333:assumed-role/AWSBackupDefaultServiceRole/AWSBackup-AWSBackupDefaultServiceRole",
    action: "iam:PassRole",
    resource: "arn:aws:iam::111122223333:role/AmazonSSMRoleForInstancesQuickSetup",
    conditions: 0,
    warnings: ["incomplete", "verdict-partly-unknown"],
  },
  // Cut inside the principal's ARN: the half ARN is not shown, the intact statement is.
  "34-ec2-createvolume-explicitdeny-resourcetag-wildcard-condition-pretty-truncated.txt": {
    verdict: "explicit-deny",
    complete: false,
    principalArn: undefined,
    action: undefined,
    resource: undefined,
    conditions: undefined,
    statements: 1,
    warnings: ["incomplete"],
  },
};

const view = (a: Analysis): Expected => ({
  verdict: a.verdict,
  complete: a.complete,
  principalArn: a.principal?.arn,
  action: a.action?.qualified,
  resource: a.resource?.arn,
  conditions: a.conditions?.length,
  ...(a.statements.length > 0 ? { statements: a.statements.length } : {}),
  warnings: a.warnings.map((w) => w.code),
});

describe("every decoded sample in the corpus", () => {
  it("has an expectation (new corpus files need one)", () => {
    expect(fixtureNames("decoded")).toEqual(Object.keys(DECODED).sort());
  });

  it.each(Object.entries(DECODED))("%s", (name, expected) => {
    const result = analyze(readFixture("decoded", name));
    if (!result.ok) throw new Error(`expected an analysis, got ${JSON.stringify(result.error)}`);
    expect(view(result.value)).toEqual(expected);
  });
});

describe("duplicate keys are reported, not silently resolved", () => {
  it("names the key written twice", () => {
    const text = readFixture("decoded", "24-awsdocs-iam-cli-example-runinstances-chain-user.txt");
    const twice = text.replace('\\"allowed\\":false', '\\"allowed\\":true,\\"allowed\\":false');
    const result = analyze(twice);
    if (!result.ok) throw new Error("analysis expected");
    expect(result.value.warnings).toContainEqual({ code: "duplicate-keys", keys: ["allowed"] });
  });

  it("keys repeated in different objects are not duplicates", () => {
    const result = analyze(
      readFixture("decoded", "24-awsdocs-iam-cli-example-runinstances-chain-user.txt"),
    );
    if (!result.ok) throw new Error("analysis expected");
    expect(result.value.warnings.map((w) => w.code)).not.toContain("duplicate-keys");
  });
});
