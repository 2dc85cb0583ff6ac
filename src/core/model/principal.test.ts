import { describe, expect, it } from "vitest";
import { parseArn } from "./arn";
import { buildPrincipal, principalKind, principalLabel } from "./principal";

describe("parseArn", () => {
  it.each([
    [
      "arn:aws:iam::123456789012:user/a/b",
      {
        partition: "aws",
        service: "iam",
        region: "",
        account: "123456789012",
        resource: "user/a/b",
      },
    ],
    [
      "arn:aws-cn:ecs:cn-north-1:1:task-definition/web:7",
      {
        partition: "aws-cn",
        service: "ecs",
        region: "cn-north-1",
        account: "1",
        resource: "task-definition/web:7",
      },
    ],
    [
      "arn:aws:sts::[redacted:AWS_ACCOUNT]:assumed-role/R/s",
      {
        partition: "aws",
        service: "sts",
        region: "",
        account: "[redacted:AWS_ACCOUNT]",
        resource: "assumed-role/R/s",
      },
    ],
  ])("%s", (text, expected) => {
    expect(parseArn(text)).toEqual(expected);
  });

  it.each(["", "*", "arn:aws", "not:an:arn:at:all:x", "arn::iam::1:user/x"])(
    "rejects %j",
    (text) => {
      expect(parseArn(text)).toBeUndefined();
    },
  );
});

describe("principalKind reads who made the request from the ARN", () => {
  it.each([
    ["arn:aws:iam::1:user/k3s-admin", { kind: "iam-user", userName: "k3s-admin", path: "/" }],
    ["arn:aws:iam::1:user/team/alice", { kind: "iam-user", userName: "alice", path: "/team/" }],
    [
      "arn:aws:iam::1:role/service-role/x",
      { kind: "iam-role", roleName: "x", path: "/service-role/" },
    ],
    [
      "arn:aws:sts::1:assumed-role/AWSBackupROLEEC2/AWSBackup-AWSBackupROLEEC2",
      {
        kind: "role-session",
        roleName: "AWSBackupROLEEC2",
        sessionName: "AWSBackup-AWSBackupROLEEC2",
        origin: "aws-backup",
      },
    ],
    [
      "arn:aws:sts::1:assumed-role/AWSReservedSSO_AdministratorAccess_0123456789abcdef/braga",
      {
        kind: "role-session",
        roleName: "AWSReservedSSO_AdministratorAccess_0123456789abcdef",
        sessionName: "braga",
        origin: "identity-center",
        permissionSet: "AdministratorAccess",
      },
    ],
    [
      "arn:aws:sts::1:assumed-role/provaruolo/i-0067830339f5id1b1",
      {
        kind: "role-session",
        roleName: "provaruolo",
        sessionName: "i-0067830339f5id1b1",
        origin: "ec2-instance",
      },
    ],
    [
      "arn:aws:sts::1:assumed-role/AWSServiceRoleForECS/ecs",
      {
        kind: "role-session",
        roleName: "AWSServiceRoleForECS",
        sessionName: "ecs",
        origin: "service-linked",
      },
    ],
    [
      "arn:aws:sts::1:assumed-role/Developer/Ana",
      { kind: "role-session", roleName: "Developer", sessionName: "Ana", origin: "other" },
    ],
    ["arn:aws:sts::1:federated-user/partner", { kind: "federated-user", userName: "partner" }],
    ["arn:aws:iam::1:root", { kind: "root" }],
    ["arn:aws:s3:::bucket", { kind: "unknown" }],
  ])("%s", (arn, expected) => {
    expect(principalKind(parseArn(arn))).toEqual(expected);
  });
});

describe("buildPrincipal", () => {
  it("explains the unique ID's prefix and session", () => {
    const p = buildPrincipal({
      id: "AROAR23YLZYEOUMEHOE2O:AWSBackup-X",
      arn: "arn:aws:sts::1:assumed-role/R/AWSBackup-X",
    });
    expect(p.idKind).toBe("role");
    expect(p.idSession).toBe("AWSBackup-X");
    expect(principalLabel(p)).toBe("R");
  });

  it.each([
    ["AIDAJMTDFB4RF7V2H7HJU", "iam-user"],
    ["ASIAEXAMPLE", "temporary-access-key"],
    ["ABCDEFGHIJKLMNO", undefined],
    ["<REMOVED>", undefined],
    ["__proto__", undefined],
  ])("%s is %s", (id, kind) => {
    expect(buildPrincipal({ id }).idKind).toBe(kind);
  });
});
