/**
 * The Turkish stage of the product reader. Turkish has a dotted and a dotless i (İ/i, I/ı), and ERP registers write names
 * in capitals folded to ASCII ("HALI", "FINDIK" for halı, fındık): the reader reads ı as i in every text and term, as the
 * capitals write it. Turkish joins two nouns with a possessive suffix on the second ("iş ayakkabısı", work shoes;
 * "ateş tuğlası", fire brick; "ev terliği", house slippers): a listed noun written with the suffix is read as the noun,
 * unless the word with the one before it is a term as written ("mangal kömürü", charcoal). The table is
 * src/data/sector/turkish.json; the rule is in docs/sector-risk.md, "Turkish: dotless i and the compound suffix". Pure.
 */
import turkishJson from "../../data/sector/turkish.json";
import { foldText } from "../normalise/text";

export interface TurkishFile {
  /** Turkish nouns of the table (and head nouns) that registers write with the compound suffix. */
  nouns: string[];
  /**
   * Words that show a text written without the Turkish letters (ASCII capitals) is Turkish: Turkish nouns of the table
   * and common register words that no other language the reader reads writes ("ayakkabı", "eldiven", "adet", "erkek").
   */
  context?: string[];
  /**
   * Turkish words of the tables that other languages write for something else (Polish "hali", a hall; Portuguese "mala",
   * a suitcase; "Tulum", a place; "Kira", a name): read only in a Turkish text, set aside in any other.
   */
  turkishOnly?: string[];
}

/** Letters only Turkish writes among the languages the reader reads: ğ, dotless ı, dotted capital İ, ş (cedilla). */
const TURKISH_LETTERS = /[ğĞıİşŞ]/;
/** The letters a context noun written with its suffix has at least to show a Turkish text ("kahvesi"; "Kumasi" has 6). */
const SUFFIXED_CONTEXT = 7;

/** The text with the dotless ı written i, as ASCII-folded Turkish capitals write it ("halı" → "hali"). */
export function dotlessI(text: string): string {
  return text.includes("ı") ? text.replace(/ı/g, "i") : text;
}

const fold = (w: string) => foldText(dotlessI(w));
const VOWELS = /[aeiou]/;
/** The letters a noun's last consonant is softened to before a suffix's vowel, folded (ğ → g): g → k, b → p, d → t. */
const HARD: Record<string, string> = { g: "k", b: "p", d: "t" };

export class TurkishReader {
  private readonly nouns: Set<string>;
  private readonly context: Set<string>;
  private readonly turkishOnly: Set<string>;

  constructor(file: TurkishFile) {
    this.nouns = new Set(file.nouns.map(fold));
    this.context = new Set((file.context ?? []).map(fold));
    this.turkishOnly = new Set((file.turkishOnly ?? []).map(fold));
  }

  /**
   * Whether a text is Turkish: it has a letter only Turkish writes (ğ ı İ ş), or a word of the context list as written
   * ("ATES TUGLASI", "IS ELDIVENI PAMUK"), or such a noun with its suffix in 7 letters or more ("TURK KAHVESI"). A short
   * suffix form is not ("Kumasi", a city in Ghana, is not "kumaşı", fabric).
   */
  isTurkish(text: string): boolean {
    if (TURKISH_LETTERS.test(text)) return true;
    return (foldText(text).match(/\p{L}+/gu) ?? []).some((word) => {
      if (this.context.has(word)) return true;
      // A context noun with its suffix counts when long ("ayakkabisi", "koltugu"), not when short ("Kumasi").
      if (word.length < SUFFIXED_CONTEXT) return false;
      const noun = this.noun(word);
      return noun !== null && this.context.has(noun);
    });
  }

  /** The nouns, folded (for the data check). */
  get words(): string[] {
    return [...this.nouns];
  }

  /**
   * The text with ı written i and, in a Turkish text (isTurkish), a listed noun's compound-suffix form written as the noun;
   * in any other text a Turkish-only word set aside.
   * @param isTerm whether folded words are a term of the table.
   */
  read(text: string, isTerm: (words: readonly string[]) => boolean): string {
    const dotless = dotlessI(text);
    if (!this.isTurkish(text)) {
      // Not Turkish: no suffix is read, and a Turkish-only word is set aside ("Wynajem hali magazynowej", a hall).
      if (this.turkishOnly.size === 0) return dotless;
      return dotless.replace(/\p{L}+/gu, (word) => {
        const folded = fold(word);
        return this.turkishOnly.has(folded) || (folded.endsWith("s") && this.turkishOnly.has(folded.slice(0, -1))) ? "" : word;
      });
    }
    let previous = "";
    return dotless.replace(/\p{L}+/gu, (word) => {
      const folded = fold(word);
      const before = previous;
      previous = folded;
      if (folded.length < 4 || this.nouns.has(folded) || isTerm([folded])) return word;
      const noun = this.noun(folded);
      if (noun === null || (before !== "" && isTerm([before, folded]))) return word;
      return word === word.toUpperCase() ? noun.toUpperCase() : noun;
    });
  }

  /** The listed noun a folded word writes with the compound suffix ("ayakkabisi" → "ayakkabi"), or null. */
  noun(word: string): string | null {
    for (const plural of ["", "lar", "ler"]) {
      for (const suffix of ["si", "su", "i", "u"]) {
        const end = plural + suffix;
        if (!word.endsWith(end) || word.length - end.length < 2) continue;
        const stem = word.slice(0, -end.length);
        const last = stem[stem.length - 1];
        // -sI after a vowel, -I after a consonant (a plural ends in r).
        if (plural === "" && VOWELS.test(last) !== (suffix.length === 2)) continue;
        // Vowel harmony: a, e, ı, i take i; o, u, ö, ü take u (folded: ı → i, ö → o, ü → u).
        const vowel = (plural || stem).replace(/[^aeiou]/g, "").slice(-1);
        if (vowel === "" || (vowel === "o" || vowel === "u") !== suffix.endsWith("u")) continue;
        if (this.nouns.has(stem)) return stem;
        // A softened last consonant after a vowel ("terligi" → "terlik", "dolabi" → "dolap"); not after a plural.
        const hard = plural === "" ? HARD[last] : undefined;
        if (hard && VOWELS.test(stem[stem.length - 2] ?? "") && this.nouns.has(stem.slice(0, -1) + hard)) return stem.slice(0, -1) + hard;
      }
    }
    return null;
  }
}

let bundled: TurkishReader | null = null;

/** The Turkish stage for the bundled table. */
export function bundledTurkishReader(): TurkishReader {
  bundled ??= new TurkishReader(turkishJson as TurkishFile);
  return bundled;
}
