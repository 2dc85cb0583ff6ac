import { describe, expect, it } from "vitest";
import { parseCredentials } from "./credentials";

const NOW = new Date("2026-11-28T00:00:00Z");
const KEY = "AKIAEXAMPLEKEY000001";
const SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

describe("parseCredentials reads every export-credentials format", () => {
  it.each([
    [
      "--format env",
      `export AWS_ACCESS_KEY_ID=${KEY}\nexport AWS_SECRET_ACCESS_KEY=${SECRET}\nexport AWS_SESSION_TOKEN=tok\nexport AWS_CREDENTIAL_EXPIRATION=2026-11-28T01:00:00+00:00`,
      {
        accessKeyId: KEY,
        secretAccessKey: SECRET,
        sessionToken: "tok",
        expiration: "2026-11-28T01:00:00+00:00",
      },
    ],
    [
      "--format env-no-export",
      `AWS_ACCESS_KEY_ID=${KEY}\r\nAWS_SECRET_ACCESS_KEY=${SECRET}\r\n`,
      { accessKeyId: KEY, secretAccessKey: SECRET, sessionToken: undefined, expiration: undefined },
    ],
    [
      "--format powershell",
      `$Env:AWS_ACCESS_KEY_ID="${KEY}"\n$Env:AWS_SECRET_ACCESS_KEY="${SECRET}"\n$Env:AWS_SESSION_TOKEN="tok"`,
      { accessKeyId: KEY, secretAccessKey: SECRET, sessionToken: "tok", expiration: undefined },
    ],
    [
      "--format windows-cmd",
      `set AWS_ACCESS_KEY_ID=${KEY}\nset AWS_SECRET_ACCESS_KEY=${SECRET}`,
      { accessKeyId: KEY, secretAccessKey: SECRET, sessionToken: undefined, expiration: undefined },
    ],
    [
      "--format process",
      JSON.stringify({
        Version: 1,
        AccessKeyId: KEY,
        SecretAccessKey: SECRET,
        SessionToken: "tok",
        Expiration: "2026-11-29T00:00:00Z",
      }),
      {
        accessKeyId: KEY,
        secretAccessKey: SECRET,
        sessionToken: "tok",
        expiration: "2026-11-29T00:00:00Z",
      },
    ],
  ])("%s", (_, text, expected) => {
    expect(parseCredentials({ text }, NOW)).toEqual({ ok: true, value: expected });
  });

  it("reads the three fields", () => {
    expect(
      parseCredentials({ accessKeyId: ` ${KEY} `, secretAccessKey: SECRET, sessionToken: "" }, NOW),
    ).toEqual({
      ok: true,
      value: {
        accessKeyId: KEY,
        secretAccessKey: SECRET,
        sessionToken: undefined,
        expiration: undefined,
      },
    });
  });

  it.each([
    ["nothing", "  ", { code: "empty" }],
    ["unrelated text", "hello", { code: "empty" }],
    [
      "no secret",
      `export AWS_ACCESS_KEY_ID=${KEY}`,
      { code: "missing", fields: ["secretAccessKey"] },
    ],
    [
      "a malformed key id",
      `AWS_ACCESS_KEY_ID=not-a-key\nAWS_SECRET_ACCESS_KEY=${SECRET}`,
      { code: "malformed-key-id" },
    ],
    [
      "expired credentials",
      `AWS_ACCESS_KEY_ID=${KEY}\nAWS_SECRET_ACCESS_KEY=${SECRET}\nAWS_CREDENTIAL_EXPIRATION=2026-11-27T23:59:59Z`,
      { code: "expired", expiration: "2026-11-27T23:59:59Z" },
    ],
  ])("refuses %s", (_, text, error) => {
    expect(parseCredentials({ text }, NOW)).toEqual({ ok: false, error });
  });
});

describe("temporary keys need their session token", () => {
  it("an ASIA key without a session token is refused with the reason", () => {
    expect(
      parseCredentials(
        { text: `AWS_ACCESS_KEY_ID=ASIAEXAMPLEKEY000001\nAWS_SECRET_ACCESS_KEY=${SECRET}` },
        NOW,
      ),
    ).toEqual({ ok: false, error: { code: "session-token-missing" } });
  });
});
