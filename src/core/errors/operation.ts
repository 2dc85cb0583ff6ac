/**
 * The operation an error names apart from its reason sentence: `API: ec2:RunInstances` (CloudFormation,
 * cfncluster), `when calling the RunInstances operation` (botocore, the AWS CLI), `operation error
 * EC2: RunInstances,` (the Go SDK v2, Terraform) or `Error executing "PutObject"` (the PHP SDK).
 */
const OPERATION =
  /API:[ \t]{0,4}([a-z0-9-]{1,64}:[A-Za-z0-9]{1,128})|calling the ([A-Za-z0-9]{1,128}) operation|operation error [A-Za-z0-9 ]{1,40}: ([A-Za-z0-9]{1,128}),|Error executing \\?"([A-Za-z0-9]{1,128})\\?"/g;

/** How far back on its line a mention still belongs to an error. */
const MAX_DISTANCE = 600;

/**
 * One pass over the text finds every mention; asked for positions in increasing order, each answer
 * is the last mention before it on the same line, at most 600 characters back. Linear in the text
 * and the number of questions, whatever the paste holds.
 */
interface Mention {
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

// The report's readers each ask about the same paste: its mentions are found once.
let cached: { text: string; mentions: readonly Mention[] } | undefined;
function mentionsIn(text: string): readonly Mention[] {
  if (cached?.text !== text)
    cached = {
      text,
      mentions: [...text.matchAll(OPERATION)].map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
        name: m[1] ?? m[2] ?? m[3] ?? m[4] ?? "",
      })),
    };
  return cached.mentions;
}

export function operationFinder(text: string): (at: number) => string | undefined {
  const mentions = mentionsIn(text);
  let next = 0;
  let last: Mention | undefined;
  let lastAt = -1;
  return (at) => {
    // Positions may come back a little (reasons and markers interleave): restart then.
    if (at < lastAt) {
      next = 0;
      last = undefined;
    }
    lastAt = at;
    while (next < mentions.length && (mentions[next]?.end ?? Infinity) <= at)
      last = mentions[next++];
    if (!last || at - last.start > MAX_DISTANCE) return undefined;
    for (let i = last.end; i < at; i++) if (text.charCodeAt(i) === 10) return undefined;
    return last.name;
  };
}
