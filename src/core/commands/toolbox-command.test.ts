import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { detailsCommand, policyCommand } from "./toolbox-command";

/** The words bash passes to `aws`: printed one per line by a stand-in function. */
const argv = (command: string): string[] =>
  execFileSync("bash", ["-c", `aws() { printf '%s\\n' "$@"; }; ${command}`], {
    encoding: "utf8",
  })
    .split("\n")
    .slice(0, -1);

describe("IAM Toolbox commands", () => {
  it("details: exactly the documented form", () => {
    expect(detailsCommand("3k9x7q2m5n8p1r4t6v0w", "eu-west-1")).toBe(
      "aws iam-toolbox get-request-authorization-details --authorization-id 3k9x7q2m5n8p1r4t6v0w --region eu-west-1",
    );
    expect(detailsCommand("abc", undefined)).toBe(
      "aws iam-toolbox get-request-authorization-details --authorization-id abc",
    );
  });

  it.each([
    ["an ARN", "arn:aws:iam::123456789012:policy/ExampleDenyPolicy"],
    ["an inline policy's identifier", "ip-7d3f0a9c2e1b4a6f"],
    ["shell syntax in a crafted URI", "x'; touch /tmp/pwned; echo '$(id)`id`"],
  ])("policy: %s reaches aws as one word, nothing runs", (_name, uri) => {
    expect(argv(policyCommand("abc", uri, "us-east-1"))).toEqual([
      "iam-toolbox",
      "get-request-authorization-policy",
      "--authorization-id",
      "abc",
      "--policy-uri",
      uri,
      "--region",
      "us-east-1",
    ]);
  });

  it("a region or ID outside their alphabets is quoted, not obeyed", () => {
    expect(argv(detailsCommand("a;id", "us-east-1; id"))).toEqual([
      "iam-toolbox",
      "get-request-authorization-details",
      "--authorization-id",
      "a;id",
      "--region",
      "us-east-1; id",
    ]);
  });
});
