import { describe, expect, it } from "vitest";
import { parseCredentials } from "./decode/credentials";
import { findMarkers } from "./errors/marker";
import { readErrors } from "./errors/error-report";
import { findReasons } from "./errors/reason";
import { looseTokens, readToken } from "./errors/read-token";
import { tokensBeside } from "./errors/note-tokens";
import { locateDecoded } from "./input/locate-decoded";
import { parseArn } from "./model/arn";
import { salvageFields } from "./parse/salvage";
import { arnMatchesTemplate } from "./iam/facts";
import { wildcardMatch } from "./policy/verify";
import { shareDataInQuery } from "./share/fragment";
import { ALL_CATEGORIES, redact } from "./share/redact";

/**
 * Every function that runs a regular expression on pasted text, fed the inputs that make
 * backtracking patterns blow up (long runs that almost match, repeated prefixes, no terminator).
 * They must finish (the test timeout catches a blow-up); timings are in `npm run bench`.
 */
const N = 100_000;
const HOSTILE = [
  "a".repeat(N * 5),
  " ".repeat(N * 5),
  "\\".repeat(N * 5),
  '"arn":"'.repeat(N / 2),
  '"action" : "'.repeat(N / 2),
  "--encoded-message ".repeat(N / 2),
  "Encoded authorization failure message:".repeat(N / 4),
  "Encoded authori\nzation".repeat(N / 4),
  "User: x is not authorized to perform: ".repeat(N / 4),
  "API: ec2:RunInstances ".repeat(N / 4),
  '"DecodedMessage": "'.repeat(N / 4),
  "AROA" + "A".repeat(N * 2),
  `assumed-role/${"r".repeat(N)}/`,
  "1.".repeat(N),
  "0".repeat(N * 2),
  "f:".repeat(N),
  "export AWS_ACCESS_KEY_ID=".repeat(N / 4),
  "share=v1.".repeat(N / 4),
  `arn:aws:ec2:${"a:".repeat(N)}`,
];

describe("no regular expression on pasted text blows up", () => {
  it.each(HOSTILE.map((text, i) => [i, text.slice(0, 24), text] as const))(
    "input %i (%j…)",
    (_, __, text) => {
      expect(() => {
        locateDecoded(text);
        salvageFields(text);
        tokensBeside(text);
        findMarkers(text);
        findReasons(text);
        readToken(text, 0);
        looseTokens(text, [{ start: 10, end: 20 }]);
        readErrors(text);
        redact(text, { categories: ALL_CATEGORIES, custom: ["aaa"] });
        parseCredentials({ text }, new Date(0));
        shareDataInQuery(text);
        parseArn(text);
        arnMatchesTemplate(
          text,
          "arn:${Partition}:ec2:${Region}:${Account}:instance/${InstanceId}",
        );
        wildcardMatch("*a*a*a*a*b", text.slice(0, 20_000));
      }).not.toThrow();
    },
    20_000,
  );
});
