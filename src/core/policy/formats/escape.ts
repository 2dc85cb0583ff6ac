/**
 * Values become code in four languages. Each function returns a literal that its language reads back
 * as exactly the given string: never a substitution, an interpolation, a type change or a second
 * argument. Characters a reader cannot see (controls, bidirectional overrides, zero-width) are written
 * as escapes wherever the language has them, so what is copied is what is shown.
 */

/** Control, bidi, zero-width and other invisible or line-breaking characters. */
export const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this finds
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufeff\ufff9-\ufffb]/u;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, "gu");

const hex4 = (c: string): string => (c.codePointAt(0) ?? 0).toString(16).padStart(4, "0");

/** JSON text (IAM, CDK's TypeScript): JSON's own escaping, plus invisible characters as `\uXXXX`. */
export function jsonString(value: string): string {
  return JSON.stringify(value).replace(INVISIBLE_ALL, (c) => `\\u${hex4(c)}`);
}

// JSON.stringify escapes C0 controls inside strings itself; outside strings they are its layout.
const LEFT_RAW_BY_JSON = new RegExp(INVISIBLE.source.replace("\\u0000-\\u001f", ""), "gu");

/** Re-escapes invisible characters that `JSON.stringify` leaves raw, in a whole JSON text. */
export const escapeInvisibleInJson = (json: string): string =>
  json.replace(LEFT_RAW_BY_JSON, (c) => `\\u${hex4(c)}`);

/**
 * A POSIX shell word that stays one literal argument: single quotes, in which nothing is special,
 * with `'` written as `'\''`. Only printable text is given (names are validated first).
 */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * A YAML double-quoted scalar, read as this string by YAML 1.1 (CloudFormation) and 1.2 alike:
 * a quoted `yes`, `017`, `null` or `@ops` stays a string. Everything outside printable ASCII is
 * escaped, since YAML 1.1 treats U+0085, U+2028 and U+2029 as line breaks.
 * https://yaml.org/spec/1.1/#id872840
 */
export function yamlString(value: string): string {
  let out = '"';
  for (const c of value) {
    const code = c.codePointAt(0) ?? 0;
    if (c === '"' || c === "\\") out += `\\${c}`;
    else if (code >= 0x20 && code <= 0x7e) out += c;
    else if (code > 0xffff) out += `\\U${code.toString(16).padStart(8, "0")}`;
    else out += `\\u${code.toString(16).padStart(4, "0")}`;
  }
  return `${out}"`;
}

/**
 * An HCL quoted string (Terraform): `${` and `%{` would start a template, so they are written
 * `$${` and `%%{`; `\b` and `\f` are not HCL escapes, so controls use `\uNNNN`.
 * https://developer.hashicorp.com/terraform/language/expressions/strings#escape-sequences
 */
export function hclString(value: string): string {
  let out = '"';
  for (const c of value) {
    const code = c.codePointAt(0) ?? 0;
    if (c === '"' || c === "\\") out += `\\${c}`;
    else if (c === "\n") out += "\\n";
    else if (c === "\r") out += "\\r";
    else if (c === "\t") out += "\\t";
    else if (code >= 0x20 && code <= 0x7e) out += c;
    else out += code > 0xffff ? `\\U${code.toString(16).padStart(8, "0")}` : `\\u${hex4(c)}`;
  }
  return `${out}"`.replace(/\$\{/g, () => "$${").replace(/%\{/g, () => "%%{");
}

/**
 * In an IAM policy (version 2012-10-17) `${…}` is a policy variable; a literal `$` before `{` is
 * written `${$}`. https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-specialchars
 */
export const iamLiteral = (value: string): string => value.replace(/\$(?=\{)/g, () => "${$}");

/** Reverses `iamLiteral`: what IAM compares the request against. */
export const iamValue = (value: string): string => value.replace(/\$\{\$\}/g, () => "$");

/** Text with its invisible characters made visible as `\u…`, for warnings that name a value. */
export const visible = (value: string): string =>
  value.replace(INVISIBLE_ALL, (c) => `\\u${hex4(c)}`);
