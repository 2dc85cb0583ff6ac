import { createContext, Fragment, useContext, type ReactNode } from "react";
import { en, type MessageKey } from "./en";

/** A list is written as the language separates values ("a, b"; 「a、b」). */
export type Params = Readonly<Record<string, string | number | readonly string[]>>;
export type Dictionary = Readonly<Record<MessageKey, string>>;

const PLACEHOLDER = /\{(\w+)\}/g;
/** `{count, plural, one {# value} other {# values}}`: ICU's plural form, the part this app needs. */
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const PLURAL_CASE = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

const numbers = new Map<string, Intl.NumberFormat>();
const lists = new Map<string, Intl.ListFormat>();
const plurals = new Map<string, Intl.PluralRules>();
const cached = <T,>(map: Map<string, T>, locale: string, make: () => T): T => {
  let value = map.get(locale);
  if (value === undefined) {
    value = make();
    map.set(locale, value);
  }
  return value;
};

const listFormat = (locale: string): Intl.ListFormat =>
  cached(
    lists,
    locale,
    () => new Intl.ListFormat(locale, { type: "conjunction", style: "narrow" }),
  );

/**
 * Fills a message: numbers are written the reader's way (1,046 / 1,046 / 1.046…), and a plural
 * block picks its form by the language's rules (Intl.PluralRules), `=N` first.
 */
export function format(template: string, params: Params = {}, locale = "en"): string {
  const number = (n: number) =>
    cached(numbers, locale, () => new Intl.NumberFormat(locale)).format(n);
  return template
    .replace(PLURAL, (whole, name: string, cases: string) => {
      const n = params[name];
      if (typeof n !== "number") return whole;
      const forms = new Map([...cases.matchAll(PLURAL_CASE)].map((m) => [m[1], m[2] ?? ""]));
      const category = cached(plurals, locale, () => new Intl.PluralRules(locale)).select(n);
      const chosen = forms.get(`=${n}`) ?? forms.get(category) ?? forms.get("other") ?? "";
      return chosen.replace(/#/g, number(n));
    })
    .replace(PLACEHOLDER, (whole, name: string) => {
      if (!Object.hasOwn(params, name)) return whole;
      const value = params[name];
      if (typeof value === "number") return number(value);
      if (typeof value === "string") return value;
      return cached(
        lists,
        locale,
        () => new Intl.ListFormat(locale, { type: "conjunction", style: "narrow" }),
      ).format(value ?? []);
    });
}

/** Like `format`, but parameters may be elements (a `<code>` for an ARN), placed where the language puts them. */
export function formatNodes(
  template: string,
  nodes: Readonly<Record<string, ReactNode>>,
): ReactNode {
  const parts = template.split(PLACEHOLDER);
  // split() with one capture group alternates text and parameter names.
  return parts.map((part, i) =>
    i % 2 === 0 ? (
      <Fragment key={i}>{part}</Fragment>
    ) : (
      <Fragment key={i}>{Object.hasOwn(nodes, part) ? nodes[part] : `{${part}}`}</Fragment>
    ),
  );
}

export interface Messages {
  readonly t: (key: MessageKey, params?: Params) => string;
  readonly tNodes: (key: MessageKey, nodes: Readonly<Record<string, ReactNode>>) => ReactNode;
  /** Values separated as the language does ("a, b"; 「a、b」), for lists built up in code. */
  readonly list: (items: readonly string[]) => string;
}

/**
 * Before the view strings arrive only the shell's are present (language.tsx); views never render
 * before then, but a missing key shows as itself rather than breaking the page.
 */
export const makeMessages = (dictionary: Partial<Dictionary>, locale = "en"): Messages => ({
  t: (key, params) => format(dictionary[key] ?? key, params, locale),
  tNodes: (key, nodes) => formatNodes(dictionary[key] ?? key, nodes),
  list: (items) => listFormat(locale).format(items),
});

const MessagesContext = createContext<Messages>(makeMessages(en));

export const MessagesProvider = MessagesContext.Provider;
export const useMessages = (): Messages => useContext(MessagesContext);
