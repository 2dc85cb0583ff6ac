/** The id of a denial's card, for the overview's links and share links that point at one. */
export const denialCardId = (index: number): string => `denial-${String(index + 1)}`;
