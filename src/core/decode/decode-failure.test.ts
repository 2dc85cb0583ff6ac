import { describe, expect, it } from "vitest";
import { classifyFailure } from "./decode-failure";

describe("classifyFailure says what to do about each STS error", () => {
  it.each([
    [
      "AccessDenied",
      "User: x is not authorized to perform: sts:DecodeAuthorizationMessage",
      "access-denied",
    ],
    [
      "AccessDenied",
      "Cannot call DecodeAuthorizationMessage with session credentials",
      "session-credentials",
    ],
    ["InvalidAuthorizationMessageException", "…", "invalid-message"],
    [
      "ExpiredToken",
      "The security token included in the request is expired",
      "expired-credentials",
    ],
    [
      "InvalidClientTokenId",
      "The security token included in the request is invalid.",
      "invalid-credentials",
    ],
    [
      "SignatureDoesNotMatch",
      "Signature expired: 20260101T000000Z is now earlier than …",
      "clock-skew",
    ],
    ["RequestTimeTooSkewed", "…", "clock-skew"],
    ["Throttling", "Rate exceeded", "throttled"],
    ["CredentialsProviderError", "Could not load credentials from any providers", "no-credentials"],
    ["TypeError", "Failed to fetch", "network"],
    ["Error", "connect ECONNREFUSED 127.0.0.1:9", "network"],
    ["SomethingNew", "…", "unknown"],
  ])("%s: %s", (code, message, kind) => {
    expect(classifyFailure({ code, message }).kind).toBe(kind);
  });
});

describe("what reaches the page of an upstream error", () => {
  it("a code named like a prototype key is unknown, not [object Object]", () => {
    for (const code of ["__proto__", "constructor", "toString", "hasOwnProperty"])
      expect(classifyFailure({ code, message: "" }).kind).toBe("unknown");
  });

  it("credential-shaped values are removed, and the message is capped", () => {
    const message = `The request signature we calculated does not match. Credential=AKIAIOSFODNN7EXAMPLE/20260101/us-east-1/sts/aws4_request key ASIAIOSFODNN7EXAMPLE secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY token ${"FwoGZXIvYXdzE".repeat(20)} ${"x".repeat(600)}`;
    const { message: shown } = classifyFailure({ code: "SignatureDoesNotMatch", message });
    expect(shown).not.toContain("AKIAIOSFODNN7EXAMPLE");
    expect(shown).not.toContain("ASIAIOSFODNN7EXAMPLE");
    expect(shown).not.toContain("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    expect(shown).not.toContain("FwoGZXIvYXdzEFwoGZXIvYXdzE");
    expect(shown.length).toBeLessThanOrEqual(300);
    expect(shown).toContain("The request signature we calculated does not match.");
  });
});
