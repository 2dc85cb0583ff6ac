import { createContext, Fragment, useContext, type ReactNode } from "react";
import { en, type MessageKey } from "./en";

export type Params = Readonly<Record<string, string | number>>;
export type Dictionary = Readonly<Record<MessageKey, string>>;

const PLACEHOLDER = /\{(\w+)\}/g;

export function format(template: string, params: Params = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
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
}

/**
 * Before the view strings arrive only the shell's are present (language.tsx); views never render
 * before then, but a missing key shows as itself rather than breaking the page.
 */
export const makeMessages = (dictionary: Partial<Dictionary>): Messages => ({
  t: (key, params) => format(dictionary[key] ?? key, params),
  tNodes: (key, nodes) => formatNodes(dictionary[key] ?? key, nodes),
});

const MessagesContext = createContext<Messages>(makeMessages(en));

export const MessagesProvider = MessagesContext.Provider;
export const useMessages = (): Messages => useContext(MessagesContext);
