import { describe, expect, it } from "vitest";
import { fixtureNames, readFixture } from "../../../fixtures/fixtures";
import { locateDecoded, type InputForm } from "./locate-decoded";
import { pythonReprToJson } from "./python-repr";

const MESSAGE = '{"allowed":false,"context":{"action":"s3:GetObject"}}';

describe("locateDecoded finds the message in every wrapping", () => {
  it.each<[string, string, InputForm[]]>([
    ["raw JSON", MESSAGE, ["json"]],
    [
      "pretty JSON with a prompt above and below",
      `$ aws sts …\n${JSON.stringify(JSON.parse(MESSAGE), null, 3)}\n$ `,
      ["pretty-json"],
    ],
    [
      "the CLI envelope",
      JSON.stringify({ DecodedMessage: MESSAGE }, null, 4),
      ["envelope", "json"],
    ],
    [
      "a bare DecodedMessage line",
      `"DecodedMessage": ${JSON.stringify(MESSAGE)}`,
      ["bare-key", "json"],
    ],
    [
      "the envelope without its closing brace",
      `{\n  "DecodedMessage": ${JSON.stringify(MESSAGE)}\n`,
      ["envelope", "json"],
    ],
    ["once-escaped JSON", JSON.stringify(MESSAGE).slice(1, -1), ["escaped", "json"]],
    [
      "XML",
      `<DecodedMessage>${MESSAGE.replaceAll('"', "&quot;")}</DecodedMessage>`,
      ["xml", "json"],
    ],
    [
      "a Python dict",
      "{'allowed': False, 'context': {'action': 's3:GetObject'}}",
      ["python", "json"],
    ],
    [
      "boto3's printed response",
      `{'DecodedMessage': '${MESSAGE}', 'ResponseMetadata': {}}`,
      ["python", "json"],
    ],
  ])("%s", (_, text, forms) => {
    const located = locateDecoded(text);
    expect(located?.forms).toEqual(forms);
    expect(JSON.parse(located?.jsonText ?? "")).toEqual(JSON.parse(MESSAGE));
  });

  it("returns undefined for text with no message", () => {
    expect(locateDecoded("An error occurred (UnauthorizedOperation)")).toBeUndefined();
    expect(locateDecoded('{"foo": 1}')).toBeUndefined();
  });

  it("reports a message whose outer object never closes", () => {
    expect(locateDecoded('{"allowed": false, "context": {')?.closed).toBe(false);
    expect(locateDecoded(MESSAGE)?.closed).toBe(true);
  });

  it.each(fixtureNames("synthetic"))("synthetic/%s holds a message", (name) => {
    expect(locateDecoded(readFixture("synthetic", name))).toBeDefined();
  });
});

describe("pythonReprToJson", () => {
  it.each([
    ["{'a': True, 'b': None, 'c': False}", '{"a": true, "b": null, "c": false}'],
    [`{'q': 'it\\'s "quoted"'}`, '{"q": "it\'s \\"quoted\\""}'],
    ["{'Trueish': 'True'}", '{"Trueish": "True"}'],
    ["{'x': [1, 2.5]}", '{"x": [1, 2.5]}'],
  ])("%s", (python, json) => {
    expect(pythonReprToJson(python)).toBe(json);
  });
});
