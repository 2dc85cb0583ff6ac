/**
 * Last resort for pastes that no JSON parser can read (Markdown emphasis typed into the JSON, an
 * elision that breaks quotes): pick out the few fields whose keys occur only once in a decoded
 * message, and keep each only when its value has the shape AWS writes. Nothing is completed.
 */

const ARN_VALUE = /^arn:[^\s"]+$/;
const ACTION_VALUE = /^(?:[a-z0-9-]+:)?[A-Za-z0-9]+$/;
const NAME_VALUE = /^[\w+=,.@:[\]<>*-]+$/;

const stringField = (text: string, key: string, shape: RegExp): string | undefined => {
  const match = new RegExp(`"${key}"[ \\t]*:[ \\t]*"([^"\\n]{1,2048})"`).exec(text);
  const value = match?.[1];
  return value !== undefined && shape.test(value) ? value : undefined;
};

const boolField = (text: string, key: string): boolean | undefined => {
  const match = new RegExp(`"${key}"[ \\t]*:[ \\t]*"?(true|false)\\b`).exec(text);
  return match?.[1] === undefined ? undefined : match[1] === "true";
};

export function salvageFields(input: string): Record<string, unknown> | undefined {
  const text = input.replaceAll('\\"', '"');
  const arn = stringField(text, "arn", ARN_VALUE);
  const id = stringField(text, "id", NAME_VALUE);
  const name = stringField(text, "name", NAME_VALUE);
  const action = stringField(text, "action", ACTION_VALUE);
  const resource = stringField(text, "resource", /^(?:arn:[^\s"]+|\*)$/);
  if (arn === undefined && action === undefined && resource === undefined) return undefined;
  const principal = Object.fromEntries(
    Object.entries({ id, name, arn }).filter(([, v]) => v !== undefined),
  );
  const context = Object.fromEntries(
    Object.entries({
      principal: arn === undefined && id === undefined ? undefined : principal,
      action,
      resource,
    }).filter(([, v]) => v !== undefined),
  );
  return Object.fromEntries(
    Object.entries({
      allowed: boolField(text, "allowed"),
      explicitDeny: boolField(text, "explicitDeny"),
      context,
    }).filter(([, v]) => v !== undefined),
  );
}
