import type { ReactNode } from "react";
import type { AttachTarget } from "../../../core/policy/fix";
import type { Messages } from "../../i18n/messages";

/** "Attach this policy to …": the user, role, permission set or name the message pointed at. */
export function targetText(target: AttachTarget, { tNodes }: Messages): ReactNode {
  switch (target.kind) {
    case "iam-user":
      return tNodes("fix.target.iam-user", { name: <code>{target.userName}</code> });
    case "iam-role":
      return target.sessionName === undefined
        ? tNodes("fix.target.iam-role", { name: <code>{target.roleName}</code> })
        : tNodes("fix.target.iam-role-session", {
            name: <code>{target.roleName}</code>,
            session: <code>{target.sessionName}</code>,
          });
    case "permission-set":
      return tNodes("fix.target.permission-set", {
        name: <code>{target.permissionSet ?? "?"}</code>,
        role: <code>{target.roleName}</code>,
      });
    case "name-only":
      return tNodes("fix.target.name-only", { name: <code>{target.name}</code> });
    case "federated-user":
    case "root":
    case "unknown":
      return tNodes(`fix.target.${target.kind}`, {});
  }
}
