// A fake AWS STS for the tests: the real wire protocol (awsQuery form POST, SigV4 Authorization
// header required, XML results, ErrorResponse bodies, CORS like AWS's), on 127.0.0.1 only.
// Behaviour is chosen by the access key (errors) and the token (which decoded message).
// Run: tsx e2e/support/fake-sts.ts [port]   GET /__requests lists what it received (no secrets).
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { handleAthena, type AthenaRecord } from "./fake-athena";
import { handleToolbox } from "./fake-iam-toolbox";

const FIXTURES = join(fileURLToPath(new URL(".", import.meta.url)), "..", "..", "fixtures");
const NS = "https://sts.amazonaws.com/doc/2011-06-15/";

export interface RecordedRequest {
  readonly action: string;
  readonly token: string | undefined;
  readonly accessKeyId: string;
  readonly region: string;
  readonly origin: string | undefined;
  readonly hasSessionToken: boolean;
}

/** The CLI envelope's inner string, as AWS returned it. */
function decodedFrom(file: string): string {
  const text = readFileSync(join(FIXTURES, "decoded", file), "utf8");
  return (JSON.parse(text.slice(text.indexOf("\n{") + 1)) as { DecodedMessage: string })
    .DecodedMessage;
}

function tokenFrom(file: string): string {
  const text = readFileSync(join(FIXTURES, "errors", file), "utf8");
  const marker = "Encoded authorization failure message: ";
  return /^[A-Za-z0-9_-]+/.exec(text.slice(text.indexOf(marker) + marker.length))?.[0] ?? "";
}

/** Real pairs from the corpus: these tokens were decoded into these messages (fixtures/CORPUS-INDEX.md). */
export const KNOWN_TOKENS: ReadonlyMap<string, string> = new Map([
  [
    tokenFrom("07-terraform-aws-instance-status-code-request-id-line.txt"),
    decodedFrom("02-ec2-runinstances-explicitdeny-mfa-statement.txt"),
  ],
  [
    tokenFrom("01-terraform011-aws-instance-createtags.txt"),
    decodedFrom("07-ec2-createtags-iamuser.txt"),
  ],
]);

const ERRORS_BY_KEY: readonly [RegExp, number, string, string][] = [
  [
    /^AKIADENIED/,
    403,
    "AccessDenied",
    "User: arn:aws:iam::111122223333:user/readonly is not authorized to perform: sts:DecodeAuthorizationMessage because no identity-based policy allows the sts:DecodeAuthorizationMessage action",
  ],
  [
    /^ASIASESSION/,
    403,
    "AccessDenied",
    "Cannot call DecodeAuthorizationMessage with session credentials",
  ],
  [/^ASIAEXPIRED/, 400, "ExpiredToken", "The security token included in the request is expired"],
  [
    /^AKIAINVALID/,
    403,
    "InvalidClientTokenId",
    "The security token included in the request is invalid.",
  ],
  [
    /^AKIASKEW/,
    403,
    "SignatureDoesNotMatch",
    "Signature expired: 20260101T000000Z is now earlier than 20261128T000000Z (20261128T000000Z - 15 min.)",
  ],
  [/^AKIATHROTTLE/, 400, "Throttling", "Rate exceeded"],
];

const xmlEscape = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

let requestCounter = 0;
const requestId = (): string =>
  `00000000-0000-4000-8000-${String(++requestCounter).padStart(12, "0")}`;

function cors(req: IncomingMessage, res: ServerResponse): void {
  // Like AWS: any origin may call STS; credentials come in the signed headers, not cookies.
  res.setHeader("Access-Control-Allow-Origin", req.headers.origin ?? "*");
  res.setHeader("Access-Control-Expose-Headers", "x-amzn-RequestId, Date");
}

function xml(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { "Content-Type": "text/xml", "x-amzn-RequestId": requestId() });
  res.end(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`);
}

function error(res: ServerResponse, status: number, code: string, message: string): void {
  xml(
    res,
    status,
    `<ErrorResponse xmlns="${NS}">\n  <Error>\n    <Type>Sender</Type>\n    <Code>${code}</Code>\n    <Message>${xmlEscape(message)}</Message>\n  </Error>\n  <RequestId>${requestId()}</RequestId>\n</ErrorResponse>\n`,
  );
}

/** Starts the fake on `port` (0: a free one); resolves to a stop function and the port it got. */
export function startFakeSts(
  port: number,
): Promise<(() => Promise<void>) & { readonly port: number }> {
  const requests: RecordedRequest[] = [];
  const athena: AthenaRecord[] = [];
  const server = createServer((req, res) => {
    cors(req, res);
    if (req.method === "OPTIONS") {
      res.writeHead(200, {
        "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
        "Access-Control-Allow-Headers": req.headers["access-control-request-headers"] ?? "*",
        "Access-Control-Max-Age": "600",
      });
      res.end();
      return;
    }
    if (req.method === "GET" && req.url === "/__requests") {
      res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(requests));
      return;
    }
    if (req.method === "DELETE" && req.url === "/__requests") {
      requests.length = 0;
      res.writeHead(204).end();
      return;
    }
    if (req.method === "GET" && req.url === "/__athena") {
      res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(athena));
      return;
    }
    if (
      handleAthena(req, res, (r) => {
        athena.push(r);
      })
    )
      return;
    if (
      handleToolbox(req, res, (r) => {
        requests.push({
          action: r.action,
          token: r.authorizationId,
          accessKeyId: r.accessKeyId,
          region: r.region,
          origin: r.origin,
          hasSessionToken: req.headers["x-amz-security-token"] !== undefined,
        });
      })
    )
      return;
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      if (req.method !== "POST") {
        error(res, 400, "InvalidAction", "Could not find operation for GET /");
        return;
      }
      const form = new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
      const auth = req.headers.authorization ?? "";
      const credential =
        /^AWS4-HMAC-SHA256 Credential=([A-Z0-9]+)\/(\d{8})\/([a-z0-9-]+)\/sts\/aws4_request, SignedHeaders=[^,]+, Signature=[0-9a-f]{64}$/.exec(
          auth,
        );
      if (!credential || !req.headers["x-amz-date"]) {
        error(res, 403, "MissingAuthenticationToken", "Request is missing Authentication Token");
        return;
      }
      const [, accessKeyId = "", , region = ""] = credential;
      const action = form.get("Action") ?? "";
      const token = form.get("EncodedMessage") ?? undefined;
      requests.push({
        action,
        token,
        accessKeyId,
        region,
        origin: req.headers.origin,
        hasSessionToken: req.headers["x-amz-security-token"] !== undefined,
      });
      if (form.get("Version") !== "2011-06-15") {
        error(res, 400, "InvalidParameterValue", "Invalid Version");
        return;
      }
      const keyError = ERRORS_BY_KEY.find(([pattern]) => pattern.test(accessKeyId));
      if (keyError) {
        error(res, keyError[1], keyError[2], keyError[3]);
        return;
      }
      if (action === "GetCallerIdentity") {
        xml(
          res,
          200,
          `<GetCallerIdentityResponse xmlns="${NS}">\n  <GetCallerIdentityResult>\n    <Arn>arn:aws:iam::111122223333:user/decoder</Arn>\n    <UserId>AIDAEXAMPLEDECODER01</UserId>\n    <Account>111122223333</Account>\n  </GetCallerIdentityResult>\n  <ResponseMetadata>\n    <RequestId>${requestId()}</RequestId>\n  </ResponseMetadata>\n</GetCallerIdentityResponse>\n`,
        );
        return;
      }
      if (action !== "DecodeAuthorizationMessage") {
        error(res, 400, "InvalidAction", `Could not find operation ${action}`);
        return;
      }
      const decoded = token === undefined ? undefined : KNOWN_TOKENS.get(token);
      if (decoded === undefined) {
        error(
          res,
          400,
          "InvalidAuthorizationMessageException",
          "The encoded message is not valid or was not issued by this account and partition.",
        );
        return;
      }
      xml(
        res,
        200,
        `<DecodeAuthorizationMessageResponse xmlns="${NS}">\n  <DecodeAuthorizationMessageResult>\n    <DecodedMessage>${xmlEscape(decoded)}</DecodedMessage>\n  </DecodeAuthorizationMessageResult>\n  <ResponseMetadata>\n    <RequestId>${requestId()}</RequestId>\n  </ResponseMetadata>\n</DecodeAuthorizationMessageResponse>\n`,
      );
    });
  });
  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () => {
      const stop = () =>
        new Promise<void>((done) =>
          server.close(() => {
            done();
          }),
        );
      resolve(Object.assign(stop, { port: (server.address() as AddressInfo).port }));
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? 4566);
  void startFakeSts(port).then(() => {
    console.log(`fake STS on http://127.0.0.1:${port}/`);
  });
}
