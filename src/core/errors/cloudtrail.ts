import { nestsDeeperThan } from "../input/balanced";
import { isRecord } from "../guards";
import { LIMITS } from "../limits";
import { parseTolerant } from "../parse/tolerant-json";

/** The fields of a CloudTrail event that say who was denied what, where. */
export interface CloudTrailEvent {
  readonly eventName: string | undefined;
  readonly eventSource: string | undefined;
  readonly awsRegion: string | undefined;
  readonly eventTime: string | undefined;
  readonly identityArn: string | undefined;
  readonly errorCode: string | undefined;
  readonly errorMessage: string;
}

const str = (o: Record<string, unknown>, key: string): string | undefined =>
  Object.hasOwn(o, key) && typeof o[key] === "string" ? o[key] : undefined;

function toEvent(o: Record<string, unknown>): CloudTrailEvent | undefined {
  const errorMessage = str(o, "errorMessage");
  if (errorMessage === undefined) return undefined;
  const identity =
    Object.hasOwn(o, "userIdentity") && isRecord(o.userIdentity) ? o.userIdentity : undefined;
  return {
    eventName: str(o, "eventName"),
    eventSource: str(o, "eventSource"),
    awsRegion: str(o, "awsRegion"),
    eventTime: str(o, "eventTime"),
    identityArn: identity && str(identity, "arn"),
    errorCode: str(o, "errorCode"),
    errorMessage,
  };
}

/**
 * Events from a pasted CloudTrail event, an array of them, or a `{"Records": […]}` log file, even
 * when the paste is cut off (intact fields of a cut event are kept). Undefined when the text is
 * not CloudTrail JSON.
 */
export function findCloudTrailEvents(text: string): CloudTrailEvent[] | undefined {
  if (!text.includes('"errorMessage"') || !/"(eventSource|errorCode|eventName)"/.test(text))
    return undefined;
  const start = text.search(/[[{]/);
  if (start === -1 || nestsDeeperThan(text, LIMITS.maxNesting)) return undefined;
  const { value } = parseTolerant(text.slice(start), { partialItems: true });
  const records: unknown[] = Array.isArray(value)
    ? value
    : isRecord(value) && Object.hasOwn(value, "Records") && Array.isArray(value.Records)
      ? value.Records
      : [value];
  const events = records.filter(isRecord).flatMap((r) => toEvent(r) ?? []);
  return events.length > 0 ? events : undefined;
}
