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
}

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

  constructor(file: TurkishFile) {
    this.nouns = new Set(file.nouns.map(fold));
  }

  /** The nouns, folded (for the data check). */
  get words(): string[] {
    return [...this.nouns];
  }

  /**
   * The text with ı written i and a listed noun's compound-suffix form written as the noun.
   * @param isTerm whether folded words are a term of the table.
   */
  read(text: string, isTerm: (words: readonly string[]) => boolean): string {
    const dotless = dotlessI(text);
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
