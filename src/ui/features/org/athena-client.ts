import * as z from "zod/mini";

const text = z.optional(z.string());
const denialSchema = z.object({
  account: text,
  principal: text,
  eventSource: text,
  eventName: text,
  errorCode: text,
  events: z.number(),
  firstSeen: text,
  lastSeen: text,
  message: text,
});
/** One line of the local endpoint's NDJSON (src/server/athena.ts), checked: it is input here. */
const eventSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("started"), queryExecutionId: z.string() }),
  z.object({ kind: z.literal("state"), state: z.string(), scannedBytes: z.number() }),
  z.object({ kind: z.literal("rows"), page: z.number(), denials: z.array(denialSchema) }),
  z.object({ kind: z.literal("done"), pages: z.number() }),
  z.object({ kind: z.literal("failed"), code: z.string(), message: z.string() }),
]);
export type AthenaEvent = z.infer<typeof eventSchema>;

export interface AthenaRequest {
  readonly table: string;
  readonly days: number;
  readonly accounts: readonly string[];
  readonly database: string;
  readonly workGroup: string;
  readonly outputLocation: string | undefined;
  readonly region: string | undefined;
  readonly profile: string | undefined;
}

/**
 * Asks the local endpoint to run the denial query on Athena, and reports each step as it comes:
 * the response is one JSON event per line, read as it streams.
 */
export async function runOnAthena(
  request: AthenaRequest,
  onEvent: (event: AthenaEvent) => void,
  signal: AbortSignal,
): Promise<void> {
  const fail = (code: string, message: string) => {
    onEvent({ kind: "failed", code, message });
  };
  let res: Response;
  try {
    res = await fetch("./api/athena", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        ...request,
        // Empty fields are left to the server's defaults (the profile's region, the workgroup's
        // results location).
        region: request.region === "" ? undefined : request.region,
        profile: request.profile === "" ? undefined : request.profile,
        outputLocation: request.outputLocation === "" ? undefined : request.outputLocation,
      }),
      signal,
    });
  } catch (e) {
    if (!signal.aborted) fail("NetworkError", e instanceof Error ? e.message : String(e));
    return;
  }
  if (!res.ok || !res.body) {
    const reply = (await res.json().catch(() => undefined)) as
      { failure?: { code?: string; message?: string } } | undefined;
    fail(reply?.failure?.code ?? `HTTP ${String(res.status)}`, reply?.failure?.message ?? "");
    return;
  }
  const lines = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let pending = "";
  const handle = (line: string) => {
    if (line.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      value = undefined;
    }
    const parsed = eventSchema.safeParse(value);
    if (parsed.success) onEvent(parsed.data);
    else fail("BadReply", line.slice(0, 200));
  };
  try {
    for (;;) {
      const { done, value } = await lines.read();
      if (done) break;
      pending += value;
      const parts = pending.split("\n");
      pending = parts.pop() ?? "";
      for (const line of parts) handle(line);
    }
    handle(pending);
  } catch (e) {
    if (!signal.aborted) fail("NetworkError", e instanceof Error ? e.message : String(e));
  }
}
