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
