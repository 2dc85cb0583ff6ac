import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { KNOWN_TOKENS, startFakeSts, type RecordedRequest } from "../../e2e/support/fake-sts";
import { createApp } from "./app";
import { toolboxEndpoint } from "./toolbox";

let STS_PORT = 0;
const SECRET = "fakeSecretKeyThatMustNeverLeaveTheServer0000";
const [TOKEN, DECODED] = [...KNOWN_TOKENS][0] ?? ["", ""];

let stopSts: () => Promise<void>;
let port: number;
let close: () => void;

beforeAll(async () => {
  // A free port: two runs of the suite side by side must not meet.
  const sts = await startFakeSts(0);
  stopSts = sts;
  STS_PORT = sts.port;
  // The standard SDK settings, as a user (or CI) would set them.
  process.env.AWS_ENDPOINT_URL_STS = `http://127.0.0.1:${STS_PORT}`;
  process.env.AWS_ENDPOINT_URL_IAM_TOOLBOX = `http://127.0.0.1:${STS_PORT}`;
  process.env.AWS_ACCESS_KEY_ID = "AKIAFAKEDECODER00001";
  process.env.AWS_SECRET_ACCESS_KEY = SECRET;
  process.env.AWS_REGION = "eu-west-1";
  const dist = mkdtempSync(join(tmpdir(), "dist-"));
  writeFileSync(
    join(dist, "index.html"),
    "<!doctype html><html><head><title>t</title></head><body></body></html>",
  );
  writeFileSync(join(dist, "app.js"), "export {};");
  const server = createApp({ distDir: dist, port: 0 });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  // The guards compare against the real port; recreate with it.
  server.close();
  const real = createApp({ distDir: dist, port });
  await new Promise<void>((resolve) => real.listen(port, "127.0.0.1", resolve));
  close = () => real.close();
});

afterAll(async () => {
  close();
  await stopSts();
});

beforeEach(async () => {
  await fetch(`http://127.0.0.1:${STS_PORT}/__requests`, { method: "DELETE" });
});

const stsRequests = async (): Promise<RecordedRequest[]> =>
  (await (await fetch(`http://127.0.0.1:${STS_PORT}/__requests`)).json()) as RecordedRequest[];

function call({
  path = "/api/decode",
  method = "POST",
  headers = {},
  body = "",
}: {
  path?: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        path,
        method,
        headers: {
          Host: `127.0.0.1:${port}`,
          Origin: `http://127.0.0.1:${port}`,
          "Content-Type": "application/json",
          "Content-Length": Buffer.byteLength(body),
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") });
        });
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

describe("the local decode endpoint", () => {
  it("decodes through the real SDK with the machine's credentials, sending the exact token", async () => {
    const res = await call({ body: JSON.stringify({ token: TOKEN }) });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: true, decodedMessage: DECODED });
    expect(await stsRequests()).toEqual([
      {
        action: "DecodeAuthorizationMessage",
        token: TOKEN,
        accessKeyId: "AKIAFAKEDECODER00001",
        region: "eu-west-1",
        origin: undefined,
        hasSessionToken: false,
      },
    ]);
    expect(res.body).not.toContain(SECRET);
  });

  it("says who the call runs as", async () => {
    const res = await call({ path: "/api/identity", body: "{}" });
    expect(JSON.parse(res.body)).toEqual({
      ok: true,
      identity: {
        arn: "arn:aws:iam::111122223333:user/decoder",
        account: "111122223333",
        userId: "AIDAEXAMPLEDECODER01",
      },
    });
  });

  it("reports STS's errors by kind", async () => {
    const res = await call({ body: JSON.stringify({ token: "NotARealTokenButWellFormed" }) });
    expect(JSON.parse(res.body)).toMatchObject({
      ok: false,
      failure: { kind: "invalid-message", code: "InvalidAuthorizationMessageException" },
    });
  });

  it.each([
    ["a foreign Origin", { headers: { Origin: "https://evil.example" } }, 403, "ForeignOrigin"],
    ["no Origin", { headers: { Origin: "" } }, 403, "ForeignOrigin"],
    [
      "a non-loopback Host (DNS rebinding)",
      { headers: { Host: `evil.example:${String(45_000)}` } },
      403,
      "ForeignHost",
    ],
    ["a loopback name with another port", { headers: { Host: "127.0.0.1:1" } }, 403, "ForeignHost"],
    [
      "a form post",
      { headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "token=abc" },
      415,
      "UnsupportedMediaType",
    ],
    [
      "a text/plain post",
      { headers: { "Content-Type": "text/plain" }, body: '{"token":"abc"}' },
      415,
      "UnsupportedMediaType",
    ],
    [
      "an oversized body",
      { body: JSON.stringify({ token: "A".repeat(20_000) }) },
      413,
      "PayloadTooLarge",
    ],
    ["malformed JSON", { body: "{token:" }, 400, "MalformedJson"],
    [
      "JSON declared in another charset",
      { headers: { "Content-Type": "application/json; charset=latin1" } },
      415,
      "UnsupportedMediaType",
    ],
    [
      "a body that is not UTF-8",
      { body: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) },
      400,
      "InvalidUtf8",
    ],
    [
      "a token with other characters",
      { body: JSON.stringify({ token: "abc<script>" }) },
      400,
      "InvalidToken",
    ],
    ["an empty token", { body: JSON.stringify({ token: "" }) }, 400, "InvalidToken"],
    ["a GET", { method: "GET" }, 405, "MethodNotAllowed"],
  ])("refuses %s without calling AWS", async (_, options, status, code) => {
    const res = await call(options);
    expect(res.status).toBe(status);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, failure: { code } });
    expect(await stsRequests()).toEqual([]);
  });

  it("serves the page marked as local mode, and nothing outside dist", async () => {
    const page = await call({ path: "/", method: "GET" });
    expect(page.body).toContain('<meta name="authz-decoder-mode" content="local" />');
    for (const path of [
      "/../package.json",
      "/%2e%2e/package.json",
      "/..%2fpackage.json",
      "/%2e%2e%2f%2e%2e%2fetc/passwd",
    ]) {
      const res = await call({ path, method: "GET" });
      expect(res.status).not.toBe(200);
      expect(res.body).not.toContain("authz-decoder");
    }
  });

  it.each(["/%E0%A4%A", "/%", "/a%00b"])(
    "answers a malformed path %s with 400, not 500",
    async (path) => {
      const res = await call({ path, method: "GET" });
      expect(res.status).toBe(400);
    },
  );

  it("drops a request whose body never finishes, after the time limit", async () => {
    const started = Date.now();
    const status = await new Promise<number | string>((resolve) => {
      const req = request(
        {
          host: "127.0.0.1",
          port,
          path: "/api/decode",
          method: "POST",
          headers: {
            Host: `127.0.0.1:${port}`,
            Origin: `http://127.0.0.1:${port}`,
            "Content-Type": "application/json",
            "Content-Length": "100",
          },
        },
        (res) => {
          resolve(res.statusCode ?? 0);
        },
      );
      req.on("error", () => {
        resolve("closed");
      });
      req.write('{"token":');
    });
    expect([408, "closed"]).toContain(status);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(await stsRequests()).toEqual([]);
  }, 20_000);
});

describe("the local IAM Toolbox endpoint", () => {
  it("fetches every page and the policies, signed with the machine's credentials", async () => {
    const res = await call({
      path: "/api/toolbox",
      body: JSON.stringify({ authorizationId: "8d2f6a1c9e4b7h0j3k5m" }),
    });
    const reply = JSON.parse(res.body) as { ok: boolean; pages: number; transcript: string };
    expect(reply).toMatchObject({ ok: true, pages: 2 });
    expect(reply.transcript).toContain('"nextToken": "page-2"');
    expect((await stsRequests()).map((r) => [r.action, r.accessKeyId, r.region])).toEqual([
      ["GetRequestAuthorizationDetails", "AKIAFAKEDECODER00001", "eu-west-1"],
      ["GetRequestAuthorizationDetails", "AKIAFAKEDECODER00001", "eu-west-1"],
      ["GetRequestAuthorizationPolicy", "AKIAFAKEDECODER00001", "eu-west-1"],
      ["GetRequestAuthorizationPolicy", "AKIAFAKEDECODER00001", "eu-west-1"],
      ["GetRequestAuthorizationPolicy", "AKIAFAKEDECODER00001", "eu-west-1"],
    ]);
    expect(res.body).not.toContain(SECRET);
  });

  it.each([
    ["not an ID", { authorizationId: "../../etc/passwd" }, 400, "validation"],
    ["an ID AWS does not have", { authorizationId: "0000expired" }, 200, "not-found"],
  ])("%s", async (_name, body, status, kind) => {
    const res = await call({ path: "/api/toolbox", body: JSON.stringify(body) });
    expect(res.status).toBe(status);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, failure: { kind } });
  });

  it.each([
    [{ AWS_ENDPOINT_URL_IAM_TOOLBOX: "http://a", AWS_ENDPOINT_URL: "http://b" }, "http://a"],
    [{ AWS_ENDPOINT_URL: "http://b" }, "http://b"],
    [{}, "https://iam-toolbox.eu-west-1.amazonaws.com"],
  ])("endpoint from %j", (env, expected) => {
    expect(toolboxEndpoint("eu-west-1", env)).toBe(expected);
  });
  it("China's regions have their own domain", () => {
    expect(toolboxEndpoint("cn-north-1", {})).toBe(
      "https://iam-toolbox.cn-north-1.amazonaws.com.cn",
    );
  });
});

describe("the CSP header", () => {
  it("goes on HTML responses only, not on scripts or API replies", async () => {
    const page = await fetch(`http://127.0.0.1:${String(port)}/`);
    expect(page.headers.get("content-security-policy")).toContain("default-src");
    const script = await fetch(`http://127.0.0.1:${String(port)}/app.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get("content-security-policy")).toBeNull();
    expect(script.headers.get("x-content-type-options")).toBe("nosniff");
    const api = await fetch(`http://127.0.0.1:${String(port)}/api/nothing`, { method: "POST" });
    expect(api.headers.get("content-security-policy")).toBeNull();
  });
});
