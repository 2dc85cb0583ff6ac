import { describe, expect, it } from "vitest";
import { readFixture } from "../../../fixtures/fixtures";
import {
  classifyToolboxError,
  fetchAuthorization,
  type Send,
  type ToolboxRequest,
} from "./fetch-details";
import { explainDetails } from "./explain";
import { readToolboxOutputs } from "./read-outputs";

const json = (status: number, body: unknown, errorType?: string) => ({
  status,
  errorType,
  body: typeof body === "string" ? body : JSON.stringify(body),
});

/** Serves the fixtures by path, and records what was asked. */
function fake(routes: Record<string, ReturnType<typeof json>>): Send & { calls: ToolboxRequest[] } {
  const calls: ToolboxRequest[] = [];
  const send = (request: ToolboxRequest) => {
    calls.push(request);
    const key = `${request.path}?${new URLSearchParams(request.query).toString()}`;
    return Promise.resolve(
      routes[key] ?? json(404, { message: "no route" }, "ResourceNotFoundException"),
    );
  };
  return Object.assign(send, { calls });
}

const details = "/authorization-details/3k9x7q2m5n8p1r4t6v0w";
const policyDoc = JSON.parse(readFixture("toolbox", "policy-example-deny.json")) as unknown;

describe("fetching an authorization ID", () => {
  it("follows nextToken, then fetches each policy; the transcript reads back as pasted output", async () => {
    const send = fake({
      [`${details}?`]: json(
        200,
        JSON.parse(readFixture("toolbox", "details-implicit-page-1.json")),
      ),
      [`${details}?nextToken=page-2`]: json(
        200,
        JSON.parse(readFixture("toolbox", "details-implicit-page-2.json")),
      ),
      [`${details}/policy?policyUri=arn%3Aaws%3Aiam%3A%3A444455556666%3Apolicy%2FDeployerBoundary`]:
        json(200, policyDoc),
    });
    const fetched = await fetchAuthorization({
      authorizationId: "3k9x7q2m5n8p1r4t6v0w",
      region: "eu-west-1",
      send,
    });
    if (!fetched.ok) throw new Error(fetched.error.code);
    expect(fetched.value.pages).toBe(2);
    expect(send.calls.map((c) => c.path)).toEqual([
      details,
      details,
      `${details}/policy`,
      `${details}/policy`,
      `${details}/policy`,
    ]);
    // Two of the three policies were not found: the details stand, the failures are said.
    expect(fetched.value.policyFailures.map((f) => f.failure.kind)).toEqual([
      "not-found",
      "not-found",
    ]);
    const read = readToolboxOutputs(fetched.value.transcript);
    expect(read?.details?.authorizationId).toBe("3k9x7q2m5n8p1r4t6v0w");
    expect(read?.policies.map((p) => p.uri)).toEqual([
      "arn:aws:iam::444455556666:policy/DeployerBoundary",
    ]);
    if (!read?.details) throw new Error("details expected");
    expect(explainDetails(read.details).evaluations).toHaveLength(2);
  });

  it("stops asking for policies after the first access denied", async () => {
    const send = fake({
      [`${details}?`]: json(
        200,
        JSON.parse(readFixture("toolbox", "details-implicit-page-2.json")),
      ),
    });
    const denied = Object.assign(
      (r: ToolboxRequest) =>
        r.path.endsWith("/policy")
          ? Promise.resolve(json(403, { message: "not authorized" }, "AccessDeniedException"))
          : send(r),
      { calls: [] },
    );
    const fetched = await fetchAuthorization({
      authorizationId: "3k9x7q2m5n8p1r4t6v0w",
      region: undefined,
      send: denied,
    });
    expect(fetched.ok && fetched.value.policyFailures.map((f) => f.failure.kind)).toEqual([
      "access-denied",
    ]);
  });

  it("a transport that throws is a network failure, not AWS's answer", async () => {
    const fetched = await fetchAuthorization({
      authorizationId: "abc",
      region: undefined,
      send: () => Promise.reject(new TypeError("Failed to fetch")),
    });
    expect(fetched).toMatchObject({ ok: false, error: { kind: "network", code: "TypeError" } });
  });
});

describe("classifyToolboxError", () => {
  it.each([
    [
      json(
        403,
        { message: "User is not authorized" },
        "AccessDeniedException:http://internal.amazon.com/",
      ),
      "access-denied",
      "AccessDeniedException",
    ],
    [
      json(404, { __type: "com.amazonaws.iamtoolbox#ResourceNotFoundException", message: "gone" }),
      "not-found",
      "ResourceNotFoundException",
    ],
    [
      json(400, { code: "ValidationException", message: "bad id" }),
      "validation",
      "ValidationException",
    ],
    [json(429, "Too Many Requests"), "throttled", "HTTP 429"],
    [json(503, "<html>"), "server", "HTTP 503"],
    [json(400, { __type: "__proto__" }), "unknown", "__proto__"],
    [
      json(
        403,
        { message: "The security token included in the request is invalid. AKIAIOSFODNN7EXAMPLE" },
        "UnrecognizedClientException",
      ),
      "credentials",
      "UnrecognizedClientException",
    ],
  ])("%j", (response, kind, code) => {
    const failure = classifyToolboxError(response);
    expect(failure).toMatchObject({ kind, code });
    expect(failure.message).not.toMatch(/AKIA[A-Z0-9]{16}/);
  });
});
