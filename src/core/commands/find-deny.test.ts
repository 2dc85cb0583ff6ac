import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { findDenyCommands } from "./find-deny";

describe("findDenyCommands: where an explicit Deny can sit", () => {
  it("a user: inline, attached, boundary and groups, read-only", () => {
    const c = findDenyCommands(
      { kind: "iam-user", userName: "chain-user", path: "/" },
      "403299380220",
    );
    expect(c?.identity).toContain("aws iam list-user-policies --user-name 'chain-user'");
    expect(c?.identity).toContain("aws iam list-attached-user-policies --user-name 'chain-user'");
    expect(c?.identity).toContain("--query User.PermissionsBoundary");
    expect(c?.identity).toContain("aws iam list-groups-for-user --user-name 'chain-user'");
    expect(c?.organization).toContain(
      "aws organizations list-policies-for-target --target-id 403299380220 --filter SERVICE_CONTROL_POLICY",
    );
    // Nothing that writes: every aws call reads.
    for (const m of `${c?.identity}\n${c?.organization}`.matchAll(/aws (\S+) (\S+)/g))
      expect(m[2]).toMatch(/^(list|get)-/);
  });

  it("a role session: the role's policies, not the session's", () => {
    const c = findDenyCommands(
      { kind: "role-session", roleName: "Deployer", sessionName: "ci", origin: "other" },
      "xxxxxxxxxxxx",
    );
    expect(c?.identity).toContain("aws iam list-role-policies --role-name 'Deployer'");
    expect(c?.identity).toContain("--query Role.PermissionsBoundary");
    // A masked account is not a target ID.
    expect(c?.organization).toBeUndefined();
  });

  it("names from the paste cannot add to the commands (bash parses them as one word)", () => {
    const name = "x'; touch /tmp/pwned; echo '";
    const c = findDenyCommands({ kind: "iam-user", userName: name, path: "/" }, undefined);
    const line = c?.identity.split("\n").find((l) => l.startsWith("aws iam list-groups-for-user"));
    const words = execFileSync("bash", ["-c", `printf '%s\\n' ${line?.slice(4) ?? ""}`], {
      encoding: "utf8",
    });
    expect(words.split("\n")).toContain(name);
  });

  it("root and unknown callers get none", () => {
    expect(findDenyCommands({ kind: "root" }, "111122223333")).toBeUndefined();
  });
});
