/**
 * Regular-expression pieces built from the word lists of src/data/cells/cell-anatomy.json, shared by the cell stages
 * (anatomy.ts, facility-list.ts, swift.ts). Pure.
 */

/** A word or phrase with the characters special to a regular expression escaped. */
export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** Words as one alternation, longest first, spaces matching any run of spaces. */
export const alternation = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escape(w).replace(/ /g, "\\s+"))
    .join("|");
