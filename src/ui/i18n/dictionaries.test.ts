import { describe, expect, it } from "vitest";
import { en as shell } from "./en";
import { enViews } from "./en-views";
import { ja } from "./ja";

const en = { ...shell, ...enViews };
/** Parameter names, plain (`{count}`) or plural (`{count, plural, …}`), once each. */
const params = (s: string): string[] => {
  const outside = s.replace(/(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\}/g, "");
  return [
    ...new Set([...outside.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1] ?? "")),
  ].sort();
};

describe("the dictionaries", () => {
  it("have exactly the same keys", () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en) as (keyof typeof en)[])(
    "%s has the same parameters in both languages",
    (key) => {
      expect(params(ja[key])).toEqual(params(en[key]));
    },
  );

  it("leave no message untranslated except names and formats", () => {
    const same = (Object.keys(en) as (keyof typeof en)[]).filter(
      (k) => en[k] === ja[k] && en[k] !== "",
    );
    expect(same.sort()).toEqual(
      [
        "app.title",
        "lang.en",
        "lang.ja",
        "form.json",
        "format.json",
        "format.cli",
        "format.terraform",
        "format.cloudformation",
        "format.cdk",
        "principal.arn",
        "authz.statement.deny",
        "authz.statement.allow",
      ].sort(),
    );
  });
});
