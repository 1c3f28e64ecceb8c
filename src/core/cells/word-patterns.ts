/**
 * Regular-expression pieces built from the word lists of src/data/cells/cell-anatomy.json, shared by the cell stages
 * (anatomy.ts, facility-list.ts, swift.ts); escape is the product reader's brand stage's too (src/core/sector/brands.ts,
 * matching-53: its own copy escaped all but "/", which its "u" patterns read alike escaped or not). Pure.
 */

/** Two letters in a row: what a part must hold to be read as a name (shared by the cell stages). */
export const TWO_LETTERS = /\p{L}{2}/u;

/** A word or phrase with the characters special to a regular expression escaped. */
export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** Words as one alternation, longest first, spaces matching any run of spaces. */
export const alternation = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escape(w).replace(/ /g, "\\s+"))
    .join("|");

/**
 * Pieces of the words that every text holding one of them, as alternation reads them with the "iu" flags, holds (read
 * with the same flags): runs of a word without a space, as few as cover every word, the longest where they cover alike
 * ("verified supplier", "gold supplier", "cn supplier" → "supplier"). As one alternation (keyAlternation), a cheap
 * necessary condition to test before a costly pattern built from the words: a text without any key holds none of them.
 * Runs shorter than minLength are keys only of a word without a longer run: a short joining word ("of", "to") found in
 * most texts would turn few away ("in favour of", "on behalf of" → "favour", "behalf", not "of").
 */
export function wordKeys(words: readonly string[], minLength = 1): string[] {
  const runs = words.map((w) => {
    const all = w
      .toLowerCase()
      .split(/\s+/u)
      .filter((r) => r !== "");
    const long = all.filter((r) => r.length >= minLength);
    return long.length > 0 ? long : all;
  });
  let open = runs.map((_, k) => k);
  const keys: string[] = [];
  while (open.length > 0) {
    let best = "";
    let covered: number[] = [];
    for (const k of open)
      for (const run of runs[k]) {
        const by = open.filter((j) => runs[j].some((r) => r.includes(run)));
        if (by.length > covered.length || (by.length === covered.length && run.length > best.length)) {
          best = run;
          covered = by;
        }
      }
    // A word without a run (only spaces) is held by any text as far as its keys tell: "" matches everywhere.
    if (best === "") return [""];
    keys.push(best);
    open = open.filter((k) => !covered.includes(k));
  }
  return keys;
}

/** wordKeys as one alternation, escaped, for a pattern with the "iu" flags. */
export const keyAlternation = (words: readonly string[], minLength = 1) => wordKeys(words, minLength).map(escape).join("|");
