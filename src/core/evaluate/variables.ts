/**
 * Policy variables in Resource and in condition values (IAM User Guide, "IAM policy elements:
 * Variables and tags": https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html):
 * `${aws:username}` takes the request's value; `${*}`, `${?}` and `${$}` are a literal `*`, `?`,
 * `$`; `${key, 'default'}` uses the default when the key is missing. A variable with no value and
 * no default makes the element match nothing, as AWS does.
 */
export type ContextLookup = (key: string) => readonly string[] | undefined;

const VARIABLE = /\$\{([^}]{1,256})\}/g;
/** Stand-ins for the literal specials, so the wildcard matcher does not read them as wildcards. */
export const LITERAL_STAR = "\u0000STAR\u0000";
export const LITERAL_QUESTION = "\u0000QUESTION\u0000";

/** The value with its variables replaced, or undefined when one of them has no value. */
export function substitute(value: string, lookup: ContextLookup): string | undefined {
  const state = { missing: false };
  const out = value.replace(VARIABLE, (_whole, inner: string) => {
    const [rawKey = "", rawDefault] = inner.split(",", 2);
    const key = rawKey.trim();
    if (key === "*") return LITERAL_STAR;
    if (key === "?") return LITERAL_QUESTION;
    if (key === "$") return "$";
    const values = lookup(key);
    // Only single-valued keys can be variables; a multivalued one has no single value to put.
    if (values?.length === 1) return values[0] ?? "";
    const fallback = /^\s*'([^']*)'\s*$/.exec(rawDefault ?? "")?.[1];
    if (fallback !== undefined) return fallback;
    state.missing = true;
    return "";
  });
  return state.missing ? undefined : out;
}
