/**
 * The compound stage of the product reader (German and Dutch, a table each). German register lines write a kind of a
 * good as one word ("Basmatireis", "Kakaobohnen", "Planziegel") and abbreviate with a dot ("gem. Spez.", as per the specification). The stage writes such
 * words out before the text is read: an abbreviation in full ("gem." → "gemaess", not Gems), a compound split before
 * its head ("Basmatireis" → "basmati reis") or reduced to its good when the rest names the form the good comes in
 * ("Kakaobohnen" → "kakao", "Feingoldgranulat" → "fein gold"). The umlaut spellings (ae, oe, ue, ss) are read in
 * products.ts. The data table is src/data/sector/german.json; the rule is in docs/sector-risk.md, "German: umlaut
 * spellings, abbreviations and compounds". Dutch writes compounds the same way ("cacaopoeder", "rietsuikerklontjes",
 * "strooizout"): the stage is a compound stage for the languages that do, each with its own table of the same shape
 * (src/data/sector/dutch.json; docs/sector-risk.md, "Dutch compounds"). A word is split by the first language whose
 * table splits it; a word that ends with an exclusion of any table is not split. Pure.
 */
import dutchJson from "../../data/sector/dutch.json";
import germanJson from "../../data/sector/german.json";
import { germanSpellings, umlautDigraphs } from "../normalise/german-spelling";
import { foldText } from "../normalise/text";

/** A compound language's table (src/data/sector/german.json, src/data/sector/dutch.json). */
export interface CompoundFile {
  /** Abbreviations with their dot ("gem.") and what they are written out as ("gemaess"). */
  abbreviations: Record<string, string>;
  /** The fewest letters a compound's other part may have. */
  minPart: number;
  /** Terms of the table that may end a compound ("reis" in "Basmatireis"). */
  heads: string[];
  /** Terms of the table that may open a compound's last part before a form word ("kakao" in "Kakaobohnen"). */
  modifiers: string[];
  /** Words for the form a good comes in ("bohnen", "pulver", "filets"), after a modifier. */
  forms: string[];
  /**
   * Word endings that are never split ("preis": "Einkaufspreis" is a price, not rice). They hold for every table of the
   * stage: a Dutch trip ("Zakenreis") is not split by the German head "reis".
   */
  exclusions: string[];
  /**
   * Forms that follow only the modifiers listed for them ("mark" only after a food: "Tomatenmark" is tomato paste,
   * "Goldmark" a currency); a form not listed here follows any modifier.
   */
  formModifiers?: Record<string, string[]>;
}

// Shared with the translation stage (src/core/normalise/german-spelling.ts); exported here as before.
export { germanSpellings, umlautDigraphs };

const fold = (w: string) => foldText(umlautDigraphs(w));
const ESCAPE = /[.*+?^${}()|[\]\\]/g;

interface Language {
  minPart: number;
  heads: string[];
  modifiers: string[];
  forms: string[];
  /** Forms that follow only the (folded) modifiers listed for them. */
  formModifiers: Map<string, Set<string>>;
}

/** The compound stage for one or more languages that write a kind of a good as one word (German, Dutch). */
export class CompoundReader {
  private readonly abbreviations: Array<[RegExp, string]>;
  private readonly languages: Language[];
  /** Word endings never split, of every table. */
  private readonly exclusions: string[];
  /** The fewest letters a word must have to be split by any table (two parts of minPart letters). */
  private readonly shortest: number;

  constructor(...files: CompoundFile[]) {
    this.abbreviations = files.flatMap((file) =>
      Object.entries(file.abbreviations).map(([abbr, full]): [RegExp, string] => [
        new RegExp(`(?<![\\p{L}\\p{N}])${abbr.replace(ESCAPE, "\\$&")}(?=\\s|$)`, "giu"),
        full,
      ]),
    );
    const longestFirst = (words: readonly string[]) => [...new Set(words.map(fold))].sort((a, b) => b.length - a.length);
    this.languages = files.map((file) => ({
      minPart: file.minPart,
      heads: longestFirst(file.heads),
      modifiers: longestFirst(file.modifiers),
      forms: longestFirst(file.forms),
      formModifiers: new Map(Object.entries(file.formModifiers ?? {}).map(([form, ms]) => [fold(form), new Set(ms.map(fold))])),
    }));
    this.exclusions = longestFirst(files.flatMap((file) => file.exclusions));
    this.shortest = Math.min(...this.languages.map((l) => l.minPart * 2));
  }

  /** The words the tables' heads and modifiers must be terms of (for the data check). */
  get parts(): string[] {
    return this.languages.flatMap((l) => [...l.heads, ...l.modifiers]);
  }

  /**
   * The text with abbreviations written out and compounds split; words that are terms already (isTerm) are kept.
   * @param isTerm whether folded words are a term of the table.
   */
  read(text: string, isTerm: (words: readonly string[]) => boolean): string {
    let out = text;
    for (const [pattern, full] of this.abbreviations) out = out.replace(pattern, full);
    return out.replace(/\p{L}+/gu, (word) => {
      const folded = fold(word);
      // Too short for two parts, or ending in an exclusion: kept, before any table is asked.
      if (folded.length < this.shortest || this.exclusions.some((e) => folded.endsWith(e))) return word;
      for (const language of this.languages) {
        if (folded.length < language.minPart * 2) continue;
        const split = this.split(folded, language);
        // The term table is asked only about a word a table would split (most words end with no head or form).
        if (split !== null) return isTerm([folded]) || isTerm([foldText(word)]) ? word : split;
      }
      return word;
    });
  }

  private split(word: string, language: Language): string | null {
    const min = language.minPart;
    for (const form of language.forms) {
      if (!word.endsWith(form)) continue;
      const rest = word.slice(0, -form.length);
      const only = language.formModifiers.get(form);
      for (const m of language.modifiers) {
        if (!rest.endsWith(m) || (only !== undefined && !only.has(m))) continue;
        const before = rest.slice(0, -m.length);
        if (before.length === 0) return m;
        if (before.length >= min) return `${before} ${m}`;
      }
    }
    for (const h of language.heads) {
      if (word.endsWith(h) && word.length - h.length >= min) return `${word.slice(0, -h.length)} ${h}`;
    }
    return null;
  }
}

let bundled: CompoundReader | null = null;

/** The compound stage for the bundled tables: German and Dutch. */
export function bundledCompoundReader(): CompoundReader {
  bundled ??= new CompoundReader(germanJson as CompoundFile, dutchJson as CompoundFile);
  return bundled;
}
