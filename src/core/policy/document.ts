/** An IAM policy document as this project writes it: Allow statements only. */
export interface PolicyStatement {
  readonly Sid: string;
  readonly Effect: "Allow";
  readonly Action: string | readonly string[];
  readonly Resource: string | readonly string[];
  readonly Condition?: Readonly<
    Record<string, Readonly<Record<string, string | readonly string[]>>>
  >;
}

/** A statement's Action or Resource as a list, whether written as one string or many. */
export const asList = (v: string | readonly string[]): readonly string[] =>
  typeof v === "string" ? [v] : v;

export interface PolicyDocument {
  readonly Version: "2012-10-17";
  readonly Statement: readonly PolicyStatement[];
}
