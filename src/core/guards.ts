/** A plain JSON object (not null, not an array): the only shape whose keys we read. */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
