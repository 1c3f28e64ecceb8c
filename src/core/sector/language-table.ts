/**
 * What a language table of the product reader (src/data/sector/thai.json, russian.json) has in common: names of goods,
 * negations, services and animal feeds, added to the term file (products.ts, `withLanguage`); heads and boundaries,
 * added to the head-noun stage's table (head-noun.ts, `bundledHeadNounReader`); and purpose words ("for"). Each
 * language's stage extends it with what only that language needs (Thai: a lexicon and line-opening verbs; Russian:
 * inflection endings and made-of words) and says how it reads its purpose words. Types only.
 */

/** A language table's additions to the term file and the head-noun table. */
export interface LanguageTable {
  /** Names of goods in the language, as entries of terms.json ({ goods, terms, unless, material }). */
  entries: Array<{ goods: string[]; terms: string[]; unless?: string[]; material?: boolean; note?: string }>;
  /** Words that say the good after them is absent (terms.json `negations`). */
  negations: string[];
  /** Service words (terms.json `services`). */
  services: string[];
  /** Names of animal feeds (terms.json `animalUse`). */
  animalUse: string[];
  /** Heads written before the good they govern, as head-nouns.json `headFirst.heads`. */
  heads: Array<{ kind: "article" | "accessory" | "service"; words: string[]; note?: string }>;
  /** Words for "for": a good after one is what the product is for (how it is read: the language's own table). */
  purpose: string[];
  /** Words that end a phrase for the head-noun stage (head-nouns.json `boundaries`). */
  boundaries: string[];
}
