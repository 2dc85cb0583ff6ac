import { describe, expect, it } from "vitest";
import { readFixture } from "../../../fixtures/fixtures";
import { fixerOf } from "../explain/overview";
import { draftsFromReasons } from "../policy/draft";
import { fixPlan } from "../policy/targets/plan";
import { readErrors } from "./error-report";

const reasonsOf = (text: string) => readErrors(text).entries.flatMap((e) => e.reason ?? []);

describe("denials no policy decided are said to be that, and get no IAM draft", () => {
  it.each([
    ["s3-sse-c-upload-blocked-awscli.txt", "sse-c-blocked", "s3:PutObject", "resource-owner"],
    ["s3-sse-c-upload-blocked-go-sdk.txt", "sse-c-blocked", "s3:PutObject", "resource-owner"],
    [
      "ec2-policy-default-message-terraform.txt",
      "declarative-policy",
      "ec2:RunInstances",
      "organization",
    ],
    [
      "ec2-declarative-policy-custom-message-awscli.txt",
      "declarative-policy",
      "ec2:ModifyImageAttribute",
      "organization",
    ],
  ])("%s", (name, cause, action, fixer) => {
    const reasons = reasonsOf(readFixture("synthetic-errors", name));
    expect(
      reasons.map((r) => ({ cause: r.cause?.code, action: r.permission, fixer: fixerOf(r) })),
    ).toEqual([{ cause, action, fixer }]);
    expect(draftsFromReasons(reasons, undefined)).toEqual([]);
    expect(reasons.flatMap((r) => fixPlan({ reason: r, region: undefined }))).toEqual([]);
  });

  it("keeps the EC2 policy's message as written", () => {
    const [reason] = reasonsOf(
      readFixture("synthetic-errors", "ec2-declarative-policy-custom-message-awscli.txt"),
    );
    expect(reason?.cause).toEqual({
      code: "declarative-policy",
      text: "An error occurred (UnauthorizedOperation) when calling the ModifyImageAttribute operation: Public AMIs are blocked by the declarative policy of Example Corp. See https://wiki.example.com/cloud/ami-sharing",
    });
  });

  it("a plain S3 Access Denied without SSE-C words is not an SSE-C refusal", () => {
    expect(
      reasonsOf(
        "An error occurred (AccessDenied) when calling the PutObject operation: Access Denied",
      ),
    ).toEqual([]);
  });

  it("a reason sentence beside SSE-C words explains itself: no second denial", () => {
    const text =
      'upload with SSE-C failed: User: arn:aws:iam::111122223333:user/u is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::b/k" because no identity-based policy allows the s3:PutObject action';
    expect(reasonsOf(text).map((r) => r.cause?.code)).toEqual([undefined]);
  });
});

describe("KMS's combined sentence names no key: the key policy statement is drafted for any key", () => {
  it("the owner gets the statement, the key written as placeholders", () => {
    const [reason] = reasonsOf(
      readFixture("pastes", "18-kms-combined-java-suffix-sdk-attempt.txt"),
    );
    const parts = reason === undefined ? [] : fixPlan({ reason, region: undefined });
    expect(parts.map((p) => [p.target.kind, p.role, p.statement])).toEqual([
      [
        "resource-policy",
        "named",
        {
          Sid: "AllowKmsDescribeKey",
          Effect: "Allow",
          Principal: {
            AWS: "arn:aws:iam::750784792897:role/SageMakerCatalogDataSetPublisherRole",
          },
          Action: "kms:DescribeKey",
          Resource: "*",
        },
      ],
      // The caller's side too: the account may not be the key's, and a key policy that delegates
      // to the account needs an identity Allow beside it.
      [
        "identity",
        "other-side",
        {
          Sid: "AllowKmsDescribeKey",
          Effect: "Allow",
          Action: "kms:DescribeKey",
          Resource: "arn:aws:kms:<REGION>:<ACCOUNT_ID>:key/<KEY_ID>",
        },
      ],
    ]);
    expect(parts[0]?.target).toMatchObject({
      resourceArn: "arn:aws:kms:<REGION>:<ACCOUNT_ID>:key/<KEY_ID>",
    });
  });
});
