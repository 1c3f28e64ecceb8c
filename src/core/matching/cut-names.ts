/**
 * Cut names: a finance system's name field holds 35, 40 or 50 characters (cell-anatomy.json, fieldLengths), and a long
 * listed name is cut there mid-word ("Linxi County Fangpei Cotton Buying and S", "Xinjiang Cotton Industry Group Jiashi
 * Co"), or a clerk copies the cut name after a code, where the cell is no longer the field's length ("DE-70004455 Lop
 * County No. 4 Vocational Skills Education and Tr"). The words after the cut are missing, and the required-word filter
 * would drop such a name: this stage reads it apart, as the start of a listed name written as the listing writes it.
 *
 * A name is read as cut when its words, as written, are the first words of a listed name, every word but the last in
 * full and the last the start of the listed word at that place (a word cut mid-way), or the last in full where the name
 * is exactly a field's length (cut at a space). At least MIN_WORDS_BEFORE_CUT words must come before the cut word, so
 * that a short name ("Xinjiang Cotton") is not read as the start of a longer one.
 *
 * A last word that is a legal form on its own ("Co", "Corp", "Ltd") is read as that legal form, not as a cut word, unless
 * the cell is exactly a field's length ("China Cotton Group Xinjiang Co" is not the listed "China Cotton Group Xinjiang
 * Cotton Co.": its only trade word is missing; review-names-9).
 *
 * Strength: a name cut mid-word whose words before the cut are all exact, as one listing only writes them, is the
 * listed name (`strong`); a name cut at a space, or whose start is shared by names of several listings, is a possible
 * match at most. Pure; the listed names are kept sorted for a binary search (no hash table of starts).
 */
import { foldText, latinTokens } from "../normalise/text";

/** Whole words before the cut word, at least. */
export const MIN_WORDS_BEFORE_CUT = 3;
/** Letters of the written words, at least: a cut name long enough to have been cut by a field. */
export const MIN_CUT_NAME_LETTERS = 20;

export interface CutRead<T> {
  item: T;
  /** The listed name's written words. */
  listedWords: string[];
  /** The word cut mid-way and the listed word it starts, or null when the name was cut at a space. */
  cutWord: [string, string] | null;
  /** The listed words not written after the cut. */
  missing: string[];
  /** A name cut mid-word, read as one listing's name only: may be strong. */
  strong: boolean;
}

interface Keyed<T> {
  key: string;
  words: string[];
  item: T;
  group: string;
}

export class CutNames<T> {
  private readonly sorted: Keyed<T>[];
  /** The first written word of every listed name: a cell whose first word is not one is not read further. */
  private readonly firstWords: Set<string>;

  /**
   * @param names [written listed name, item, group (a listing's id: several names of one listing are one reading)]
   * @param legalWord whether a folded word is a legal form on its own (normalisation tables, legalTokens)
   */
  constructor(
    names: Iterable<readonly [string, T, string]>,
    bracketed: ReadonlyArray<readonly [string, string]> = [],
    private readonly legalWord: (word: string) => boolean = () => false,
  ) {
    const keyed: Keyed<T>[] = [];
    for (const [name, item, group] of names) {
      const words = latinTokens(foldText(name), bracketed);
      if (words.length <= MIN_WORDS_BEFORE_CUT) continue;
      keyed.push({ key: words.join(" "), words, item, group });
    }
    this.sorted = keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    this.firstWords = new Set(keyed.map((k) => k.words[0]));
  }

  /** Whether a word (folded, as written) is the first word of a listed name long enough to be cut. */
  startsName(word: string): boolean {
    return this.firstWords.has(word);
  }

  /**
   * Whether some run of a text's words may be a cut listed name (the quick test of a cell whose other words trace no
   * listed name: the cut name may stand between a code and a note, "DE-70004455 Lop County … Education and Tr"): from
   * each word that starts a listed name, words are added while they are the start of one, the last word maybe cut.
   * `tokens` is asked for only when the text is long enough.
   */
  mayHoldCut(text: string, tokens: () => readonly string[]): boolean {
    if (text.length < MIN_CUT_NAME_LETTERS) return false;
    const words = tokens();
    for (let i = 0; i + MIN_WORDS_BEFORE_CUT < words.length; i++) {
      if (!this.firstWords.has(words[i])) continue;
      let key = words[i];
      for (let j = i + 1; j < words.length; j++) {
        key += ` ${words[j]}`;
        const at = this.lowerBound(key);
        if (at >= this.sorted.length || !this.sorted[at].key.startsWith(key)) break;
        if (j - i >= MIN_WORDS_BEFORE_CUT && this.sorted[at].key.length > key.length) return true;
      }
    }
    return false;
  }

  private lowerBound(key: string): number {
    const s = this.sorted;
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (s[mid].key < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The listed names a name's written words may be the cut start of, or an empty list. `fieldCut`: the text is exactly
   * as long as a name field, so it may have been cut at a space.
   */
  read(written: readonly string[], fieldCut: boolean): CutRead<T>[] {
    if (written.length <= MIN_WORDS_BEFORE_CUT || !this.firstWords.has(written[0])) return [];
    let letters = 0;
    for (const w of written) letters += w.length;
    if (letters < MIN_CUT_NAME_LETTERS) return [];
    const key = written.join(" ");
    const s = this.sorted;
    const lo = this.lowerBound(key);
    const found: Array<{ k: Keyed<T>; mid: boolean }> = [];
    // A legal form written last ("… Xinjiang Co") is that legal form, unless the field cut the name there.
    const legalLast = !fieldCut && this.legalWord(written[written.length - 1]);
    for (let i = lo; i < s.length && s[i].key.startsWith(key); i++) {
      const k = s[i];
      if (k.key.length === key.length) return []; // the name written in full: not cut, the ordinary path reads it
      const mid = k.key[key.length] !== " ";
      if ((mid && !legalLast) || fieldCut) found.push({ k, mid });
    }
    if (found.length === 0) return [];
    const groups = new Set(found.map((f) => f.k.group));
    const last = written.length - 1;
    return found.map(({ k, mid }) => ({
      item: k.item,
      listedWords: k.words,
      cutWord: mid ? [written[last], k.words[last]] : null,
      missing: k.words.slice(mid ? last + 1 : written.length),
      strong: mid && groups.size === 1,
    }));
  }
}
