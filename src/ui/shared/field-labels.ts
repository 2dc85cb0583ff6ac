/** How a message's fields are named in notices (AWS's own key names). */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  allowed: "allowed",
  explicitDeny: "explicitDeny",
  "context.principal": "principal",
  "context.action": "action",
  "context.resource": "resource",
  "context.conditions": "conditions",
};
