/**
 * True when a and b differ by at most one edit: insertion, deletion, substitution or the swap of two
 * neighbouring letters (Damerau). Cheaper than a full distance because it stops at the second difference.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const VOWEL = /^[aeiouy]$/;

/**
 * The words a swap of two neighbouring vowels after the first letter makes of `word` ("gaint" for "giant"): the one
 * typo allowed in a distinctive word one letter shorter than the typo length (MIN_TYPO_LENGTH), the first letter and
 * the letters kept, so that a five-letter name is not read as every word one letter from it. Vowels only: a swap with a
 * consonant makes other words of five letters ("crops" of "corps", "greta" of "great", "monet" of "monte").
 */
export function innerTranspositions(word: string): string[] {
  const out: string[] = [];
  for (let i = 1; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1] || !VOWEL.test(word[i]) || !VOWEL.test(word[i + 1])) continue;
    out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  return out;
}

/** True when b is a in one of its innerTranspositions. */
export function isInnerTransposition(a: string, b: string): boolean {
  if (a.length !== b.length || a[0] !== b[0] || a === b) return false;
  let i = 1;
  while (i < a.length && a[i] === b[i]) i++;
  return (
    i + 1 < a.length &&
    a[i] === b[i + 1] &&
    a[i + 1] === b[i] &&
    VOWEL.test(a[i]) &&
    VOWEL.test(a[i + 1]) &&
    a.slice(i + 2) === b.slice(i + 2)
  );
}

/**
 * The words `word` becomes with one "i" after the first letter written "y", or one "y" written "i" ("tayda" for the
 * listed "taida"; 2026-12zv round): the other slip allowed in a distinctive word one letter shorter than the typo length.
 * The two letters stand for the same sound in the romanisations that listed Chinese and Uyghur names come from
 * (Hanyu Pinyin's "ai" is written "ay" in Uyghur Latin and older English spellings), and a register writes either.
 */
export function iySwaps(word: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < word.length; i++) {
    if (word[i] === "i") out.push(word.slice(0, i) + "y" + word.slice(i + 1));
    else if (word[i] === "y") out.push(word.slice(0, i) + "i" + word.slice(i + 1));
  }
  return out;
}

/** True when b is a in one of its iySwaps. */
export function isIYSwap(a: string, b: string): boolean {
  if (a.length !== b.length || a[0] !== b[0] || a === b) return false;
  let i = 1;
  while (i < a.length && a[i] === b[i]) i++;
  return ((a[i] === "i" && b[i] === "y") || (a[i] === "y" && b[i] === "i")) && a.slice(i + 1) === b.slice(i + 1);
}

/**
 * The other slips a clerk makes in a short name word (2026-12zza round, matching-57), allowed in a distinctive word one
 * letter shorter than the typo length as the vowel swap is, the first letter kept:
 * - two neighbouring letters swapped, consonants too ("namno" for "nanmo"), the first letter kept (Damerau);
 * - a letter typed twice, or a doubled letter typed once ("xinbba" for "xinba");
 * - a long vowel written "ee" / "oo" for "i" / "u" or the reverse, as Indian names are romanised either way ("bidi" for
 *   "beedi").
 * Each is one cheap edit of a kind a register shows often; a look-alike is another name, not one of these.
 */
export function shortWordSlips(word: string): string[] {
  const out = new Set<string>();
  for (let i = 1; i + 1 < word.length; i++) {
    if (word[i] !== word[i + 1]) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  for (let i = 1; i < word.length; i++) {
    if (word[i] === word[i - 1]) out.add(word.slice(0, i) + word.slice(i + 1));
    else if (/[a-z]/.test(word[i])) out.add(word.slice(0, i + 1) + word.slice(i));
  }
  for (const [long, short] of LONG_VOWELS) {
    for (let i = word.indexOf(long, 1); i > 0; i = word.indexOf(long, i + 1))
      out.add(word.slice(0, i) + short + word.slice(i + long.length));
    for (let i = word.indexOf(short, 1); i > 0; i = word.indexOf(short, i + 1)) {
      if (word[i - 1] !== short && word[i + 1] !== short) out.add(word.slice(0, i) + long + word.slice(i + 1));
    }
  }
  out.delete(word);
  return [...out];
}

const LONG_VOWELS: ReadonlyArray<readonly [string, string]> = [
  ["ee", "i"],
  ["oo", "u"],
];

/** True when a is b in one of its shortWordSlips (the first letter the same). */
export function isShortWordSlip(a: string, b: string): boolean {
  if (a[0] !== b[0] || a === b || Math.abs(a.length - b.length) > 1) return false;
  return shortWordSlips(b).includes(a);
}
