/**
 * Regular-expression pieces built from the word lists of src/data/cells/cell-anatomy.json, shared by the cell stages
 * (anatomy.ts, facility-list.ts, swift.ts); escape is the product reader's brand stage's too (src/core/sector/brands.ts,
 * matching-53: its own copy escaped all but "/", which its "u" patterns read alike escaped or not). Pure.
 */

/** A word or phrase with the characters special to a regular expression escaped. */
export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** Words as one alternation, longest first, spaces matching any run of spaces. */
export const alternation = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escape(w).replace(/ /g, "\\s+"))
    .join("|");
