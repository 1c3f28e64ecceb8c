/**
 * Truncated words: an ERP register shortens a word and marks the cut with a dot ("Industr.", "Developm.", "Fact."), or
 * drops its vowels ("Whs." for warehousing). Rather than listing every such abbreviation, a word written with a dot is
 * read as the one known word it starts (or, without vowels, whose letters it keeps in order), when there is exactly one.
 *
 * The known words are the listed names' words and the tables' generic words and places. Where the abbreviation table
 * knows the written word, it wins (the word is "known" and left alone). A word read this way is a weaker match than the
 * word written in full (WEIGHTS.truncatedWord in name-index.ts).
 */
import type { NormalisationTables } from "../normalise/tables";
import { dotEndsWord } from "../normalise/text";

/** Letters written before the dot, at least. "No.", "St." and "Mt." are too short to say which word they start. */
export const MIN_TRUNCATED_LETTERS = 3;
/**
 * A distinctive word of a listed name (one that is neither generic nor a place) is read from a truncation only if at least
 * this many letters were written ("Microelectr."): a short start of a name word ("Hua.") is not evidence of the name.
 */
export const MIN_TRUNCATED_DISTINCTIVE_LETTERS = 6;
/** Letters of a last word cut without a dot where a field ends, at least: a cut there is a guess, so it needs more. */
export const MIN_CUT_END_LETTERS = 5;
/** A contraction ("Whs.") keeps the first letter and some of the rest in order; it is read only for generic words. */
const VOWELS = /[aeiouy]/;
/** A word of letters followed by a dot, not after a letter or figure nor before a figure: [, word]. Used with exec from lastIndex 0. */
const DOTTED_WORD = /(?<![a-z0-9])([a-z]+)\.(?![0-9])/g;

export interface TruncationRead {
  /** The folded text with each truncated word written out (its dot kept). */
  text: string;
  /** [written, read] for each word written out. */
  reads: Array<[string, string]>;
}

export class TruncatedWords {
  /** Known words, sorted, for the range of words a truncation starts. */
  private readonly sorted: string[];
  private readonly known: Set<string>;
  /** Words the abbreviation table reads only with their dot ("bus.", "tex."): the table wins for them too. */
  private readonly dotted = new Set<string>();

  constructor(
    listedWords: Iterable<string>,
    private readonly tables: NormalisationTables,
  ) {
    const words = new Set<string>(listedWords);
    for (const w of tables.genericWords) words.add(w);
    for (const w of tables.places) words.add(w);
    this.known = words;
    for (const [form] of tables.bracketed) if (form.endsWith(".")) this.dotted.add(form.slice(0, -1));
    this.sorted = [...words].filter((w) => /^[a-z]+$/.test(w)).sort();
  }

  /**
   * Writes out the truncated words of folded text, or returns null when it has none. `cutAtEnd`: the cell is exactly as
   * long as an ERP name field (cell-anatomy.json, fieldLengths), so its last word may be cut without a dot
   * ("… Nutraceutical Ingredi"); it is read the same way if it has MIN_CUT_END_LETTERS letters.
   */
  read(folded: string, cutAtEnd = false): TruncationRead | null {
    let reads: Array<[string, string]> | null = null;
    let text = folded;
    if (folded.includes(".")) {
      // A dot stuck to the next word ends the word too ("TEX.CO.,LTD."), unless a figure or a web address follows.
      // Most dotted words are not read ("co.", "ltd."): the text is built only from the first word that is.
      let written = "";
      let from = 0;
      DOTTED_WORD.lastIndex = 0;
      for (let m = DOTTED_WORD.exec(folded); m !== null; m = DOTTED_WORD.exec(folded)) {
        const word = m[1];
        if (!dotEndsWord(folded, m.index + m[0].length)) continue;
        const read = this.readWord(word);
        if (read === null) continue;
        (reads ??= []).push([`${word}.`, read]);
        written += folded.slice(from, m.index) + read;
        from = m.index + word.length;
      }
      if (reads !== null) text = written + folded.slice(from);
    }
    if (cutAtEnd) {
      const last = /(^|[^a-z0-9.])([a-z]+)$/.exec(text);
      const read = last && last[2].length >= MIN_CUT_END_LETTERS ? this.readWord(last[2]) : null;
      if (last && read !== null) {
        (reads ??= []).push([last[2], read]);
        text = text.slice(0, text.length - last[2].length) + read;
      }
    }
    return reads === null ? null : { text, reads };
  }

  /** The one known word a word written with a dot stands for, or null. */
  readWord(word: string): string | null {
    if (word.length < MIN_TRUNCATED_LETTERS) return null;
    const tables = this.tables;
    if (
      this.known.has(word) ||
      tables.abbreviations.has(word) ||
      this.dotted.has(word) ||
      tables.tokenClasses.has(word) ||
      tables.writtenOut.has(word)
    )
      return null;
    const started = this.startedBy(word);
    if (started !== undefined) return started;
    return VOWELS.test(word.slice(1)) ? null : (this.contractionOf(word) ?? null);
  }

  /**
   * The one word `word` starts, counting a plural as the same word; undefined when none, null when it cannot say. Of
   * several, the one generic word among them is taken ("Int." for international, not the listed "intermodal"; "Mat." for
   * materials, not the place Mataram), else the one generic word or place: a register shortens business words, rarely a
   * firm's own name or a town's.
   */
  private startedBy(word: string): string | null | undefined {
    const s = this.sorted;
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (s[mid] < word) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= s.length || !s[lo].startsWith(word)) return undefined;
    const classes = this.tables.tokenClasses;
    let found: string | null = null;
    let several = false;
    let general: string | null = null;
    let generals = 0;
    let business: string | null = null;
    let businessWords = 0;
    for (let i = lo; i < s.length && s[i].startsWith(word); i++) {
      const w = s[i];
      const plural = found !== null && (w === `${found}s` || w === `${found}es`);
      if (found !== null && !plural) several = true;
      found ??= w;
      if (!plural && classes.has(w)) {
        general = w;
        generals++;
      }
      if (!plural && classes.get(w) === "generic") {
        business = w;
        businessWords++;
      }
    }
    const chosen = !several ? found : businessWords === 1 ? business : generals === 1 ? general : null;
    if (chosen === null) return null;
    if (!classes.has(chosen) && word.length < MIN_TRUNCATED_DISTINCTIVE_LETTERS) return null;
    return chosen;
  }

  /** The one generic word whose first letter and whose letters in order `word` keeps ("whs" → warehousing). */
  private contractionOf(word: string): string | null {
    let found: string | null = null;
    for (const w of this.tables.genericWords) {
      if (w[0] !== word[0] || w.length <= word.length || !keepsInOrder(w, word)) continue;
      if (found !== null && !(w === `${found}s` || found === `${w}s`)) return null;
      if (found === null || w.length < found.length) found = w;
    }
    return found;
  }
}

function keepsInOrder(word: string, letters: string): boolean {
  let j = 0;
  for (let i = 0; i < word.length && j < letters.length; i++) if (word[i] === letters[j]) j++;
  return j === letters.length;
}
