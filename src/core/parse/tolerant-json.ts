import { parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";

export interface JsonProblem {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  /** What the parser wanted there, e.g. `CommaExpected`, `ValueExpected`. */
  readonly expected: string;
  /** A short excerpt of the text at that point. */
  readonly found: string;
}

export interface TolerantParse {
  /** Only what lies wholly before, between or after damage: no value is completed or guessed. */
  readonly value: unknown;
  readonly complete: boolean;
  /** Dotted paths (`context.conditions.items`) of objects and arrays with parts missing. */
  readonly incompletePaths: ReadonlySet<string>;
  readonly firstProblem: JsonProblem | undefined;
}

/** 1-based line and column of `offset` in `text`. */
export const lineAndColumn = (text: string, offset: number): { line: number; column: number } => {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
};

export function describeProblem(text: string, error: ParseError): JsonProblem {
  const found = text.slice(error.offset, error.offset + 24).split("\n")[0] ?? "";
  return {
    offset: error.offset,
    ...lineAndColumn(text, error.offset),
    expected: printParseErrorCode(error.error),
    found,
  };
}

/** Object built without a prototype chain so keys like `__proto__` stay plain data. */
const plainObject = (entries: [string, unknown][]): Record<string, unknown> =>
  Object.fromEntries(entries);

/**
 * Parses JSON that may be elided (`(...)`, `…`) or cut off. Values are kept only when their whole
 * text is free of parse errors; containers that span damage keep their intact children and are
 * reported in `incompletePaths`.
 */
export function parseTolerant(text: string, { partialItems = false } = {}): TolerantParse {
  try {
    const value: unknown = JSON.parse(text);
    return { value, complete: true, incompletePaths: new Set(), firstProblem: undefined };
  } catch {
    // Fall through to the error-tolerant parser below.
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: true });
  const offsets = errors.map((e) => e.offset).sort((a, b) => a - b);
  const firstError = errors.reduce<ParseError | undefined>(
    (first, e) => (first === undefined || e.offset < first.offset ? e : first),
    undefined,
  );
  const incompletePaths = new Set<string>();

  const damaged = (node: Node): boolean => {
    const end = node.offset + node.length;
    // Offsets are sorted: find the first at or after the node's start.
    let lo = 0;
    let hi = offsets.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((offsets[mid] ?? 0) < node.offset) lo = mid + 1;
      else hi = mid;
    }
    const o = offsets[lo];
    // Inclusive end: jsonc-parser reports a cut-off value's error just past its last character.
    return o !== undefined && o <= end;
  };

  const SKIP = Symbol("skip");
  const convert = (node: Node, path: string, trusted: boolean): unknown => {
    const isDamaged = !trusted && damaged(node);
    switch (node.type) {
      case "object": {
        if (isDamaged) incompletePaths.add(path);
        const entries: [string, unknown][] = [];
        for (const prop of node.children ?? []) {
          const [keyNode, valueNode] = prop.children ?? [];
          if (keyNode?.type !== "string" || valueNode === undefined) continue;
          const key = String(keyNode.value);
          const childPath = path === "" ? key : `${path}.${key}`;
          const value = convert(valueNode, childPath, !isDamaged);
          if (value !== SKIP) entries.push([key, value]);
        }
        return plainObject(entries);
      }
      case "array": {
        if (isDamaged) incompletePaths.add(path);
        const items: unknown[] = [];
        for (const child of node.children ?? []) {
          // An array item is kept only whole by default: half a condition or statement would
          // mislead. Callers reading independent records (CloudTrail events) keep the intact part.
          const childDamaged = isDamaged && damaged(child);
          if (childDamaged && !(partialItems && child.type === "object")) continue;
          const value = convert(child, path, !childDamaged);
          if (value !== SKIP) items.push(value);
        }
        return items;
      }
      default:
        return isDamaged ? SKIP : node.value;
    }
  };

  const value = root === undefined ? undefined : convert(root, "", false);
  return {
    value: value === SKIP ? undefined : value,
    complete: false,
    incompletePaths,
    firstProblem: firstError === undefined ? undefined : describeProblem(text, firstError),
  };
}
