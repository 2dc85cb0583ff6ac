/**
 * A large paste, folded to one line, is shown as its head only: the browser then never lays a
 * megabyte out for a box that shows one line (each layout of it costs hundreds of milliseconds).
 * An edit made in the head is carried into the whole text, so nothing the user did not touch is
 * lost: the head is a prefix of the text, and offsets in it are offsets in the text.
 */
export const FOLD_AT_ONCE = 100_000;
const MAX_HEAD = 2_000;

/** The first line, at most 2,000 characters. */
export function headOf(text: string): string {
  const newline = text.indexOf("\n");
  return text.slice(0, Math.min(newline === -1 ? text.length : newline, MAX_HEAD));
}

/**
 * The whole text after the browser turned `head` into `shown`. `allSelected`: the whole head was
 * selected when the edit began (select-all then paste or type replaces everything); an emptied box
 * is an emptied text.
 */
export function applyHeadEdit(
  text: string,
  head: string,
  shown: string,
  allSelected: boolean,
): string {
  if (allSelected || shown === "") return shown;
  let a = 0;
  const limit = Math.min(head.length, shown.length);
  while (a < limit && head[a] === shown[a]) a++;
  let b = 0;
  while (b < limit - a && head[head.length - 1 - b] === shown[shown.length - 1 - b]) b++;
  return text.slice(0, a) + shown.slice(a, shown.length - b) + text.slice(head.length - b);
}
