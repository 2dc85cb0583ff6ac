/**
 * Values as a sentence quotes them: a huge or hostile value is cut, not laid out whole (a
 * megabyte-long word in running text stalls the browser's line breaking).
 */
const MAX_QUOTED = 200;

export const quoteList = (values: readonly string[]): string => {
  const text = values.join(", ");
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}… (${String(text.length)})` : text;
};
