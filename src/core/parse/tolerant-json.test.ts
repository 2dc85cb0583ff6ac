import { describe, expect, it } from "vitest";
import { parseTolerant } from "./tolerant-json";

describe("parseTolerant keeps only intact values", () => {
  it("parses valid JSON completely", () => {
    expect(parseTolerant('{"a":[1,{"b":"c"}]}')).toEqual({
      value: { a: [1, { b: "c" }] },
      complete: true,
      incompletePaths: new Set(),
      firstProblem: undefined,
    });
  });

  it("drops an elided container's body but keeps its siblings", () => {
    const text = '{\n  "a": "x",\n  "c": {\n(...)\n  },\n  "d": "y"\n}';
    const parsed = parseTolerant(text);
    expect(parsed.value).toEqual({ a: "x", c: {}, d: "y" });
    expect(parsed.incompletePaths).toEqual(new Set(["", "c"]));
    expect(parsed.firstProblem).toMatchObject({
      line: 4,
      column: 1,
      expected: "InvalidSymbol",
      found: "(...)",
    });
  });

  it("keeps whole array items only, never half an item", () => {
    const parsed = parseTolerant('{"items":[{"key":"a","values":["1"]},{"key":"b","values":["');
    expect(parsed.value).toEqual({ items: [{ key: "a", values: ["1"] }] });
    expect(parsed.complete).toBe(false);
    expect(parsed.incompletePaths.has("items")).toBe(true);
  });

  it("never keeps a string cut off mid-value", () => {
    expect(
      parseTolerant('{"id":"AROA:x","arn":"arn:aws:sts::1:assumed-role/R/i-0cf').value,
    ).toEqual({ id: "AROA:x" });
  });

  it("keeps __proto__ as plain data", () => {
    const parsed = parseTolerant('{"__proto__":{"polluted":true},"x":1,');
    const value = parsed.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.hasOwn(value, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("gives a problem and no value for text that is not JSON at all", () => {
    const parsed = parseTolerant("hello");
    expect(parsed.complete).toBe(false);
    expect(parsed.firstProblem?.expected).toBe("InvalidSymbol");
  });
});
