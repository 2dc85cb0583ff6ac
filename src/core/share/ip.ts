/** Dotted-quad IPv4, each part 0-255 without leading zeros. */
export const isIPv4 = (s: string): boolean =>
  /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/.test(s);

/**
 * Any textual IPv6 form: eight groups, `::` compression once, an embedded IPv4 tail.
 * https://www.rfc-editor.org/rfc/rfc4291#section-2.2
 */
export function isIPv6(text: string): boolean {
  if (text.length > 45 || !/[0-9a-f]/i.test(text)) return false;
  let s = text;
  let tailGroups = 0;
  const lastColon = s.lastIndexOf(":");
  const tail = s.slice(lastColon + 1);
  if (tail.includes(".")) {
    if (!isIPv4(tail)) return false;
    s = s.slice(0, lastColon);
    if (s.endsWith(":")) s += ":"; // `::1.2.3.4` keeps its `::`
    tailGroups = 2;
  }
  const halves = s.split("::");
  if (halves.length > 2) return false;
  const groups = (part: string | undefined): string[] =>
    part === undefined || part === "" ? [] : part.split(":");
  const all = [...groups(halves[0]), ...groups(halves[1])];
  if (!all.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return false;
  const count = all.length + tailGroups;
  return halves.length === 2 ? count <= 7 : count === 8;
}
