/**
 * The translation stage for a name's business words. A vendor master kept in German or French writes the trade words of
 * a Chinese firm's English name in its own language ("Xinjiang Jinbao Bergbau" for Xinjiang Jinbao Mining, "Mine d'or"
 * for Gold Mine, "Eisen & Stahl" for Iron and Steel). Each language has its own table (src/data/translation/german.json,
 * french.json): words, each read as its English word or words, and phrases of two or three words read as a whole, in
 * English order ("énergie nouvelle" → new energy). Only a firm's trade words are listed, never a name's own word, so a
 * German firm's own name that holds one ("Kupferwerk Ilsenburg") gains only an English trade word and matches what it
 * matched before. The normalisation tables take the words in as they take abbreviations and pinyin trade words
 * (tables.ts): a word for one English word as an abbreviation, a word for several as written out, and spellOutWords
 * reads the phrases. A German compound of two table words ("Goldbergwerk", "Maschinenfabrik") is cut by the matcher's
 * run-together cut (name-index.ts, splitRunTogether), which knows every word these tables add. Rule and table list:
 * src/data/translation/README.md. Pure.
 */
import frenchJson from "../../data/translation/french.json";
import germanJson from "../../data/translation/german.json";
import { germanSpellings } from "../normalise/german-spelling";
import { foldText, latinTokens } from "../normalise/text";

/** One language's table (src/data/translation/<language>.json). */
export interface TranslationFile {
  language: string;
  /** A word as the language writes it (umlauts and accents kept) → its English word or words. */
  words: Record<string, string>;
  /** Two or three words read as a whole → their English words, in English order. */
  phrases?: Record<string, string>;
}

/** A phrase's words after its first, and what the phrase is read as. */
export interface TranslatedPhrase {
  rest: readonly string[];
  english: readonly string[];
}

/** The tables of the stage, folded as names are folded. */
export interface BusinessWordTranslations {
  /** Folded word → its English words ("bergbau" → [mining]; "nichteisenmetalle" → [nonferrous, metals]). */
  words: Map<string, string[]>;
  /** Folded first word → the phrases it opens, longest first. */
  phrases: Map<string, TranslatedPhrase[]>;
}

/** A word's folded spellings: as folded, and with an umlaut as ae, oe, ue (the spelling old systems write). */
function spellings(word: string): string[] {
  return [...new Set(germanSpellings(word).map((w) => foldText(w).trim()))];
}

/** Compiles the tables; a word or phrase of an earlier table wins. */
export function compileTranslations(files: readonly TranslationFile[]): BusinessWordTranslations {
  const words = new Map<string, string[]>();
  const phrases = new Map<string, TranslatedPhrase[]>();
  for (const file of files) {
    for (const [word, english] of Object.entries(file.words)) {
      const target = latinTokens(foldText(english));
      for (const spelt of spellings(word)) if (!words.has(spelt)) words.set(spelt, target);
    }
    for (const [phrase, english] of Object.entries(file.phrases ?? {})) {
      const target = latinTokens(foldText(english));
      for (const spelt of spellings(phrase)) {
        const tokens = latinTokens(spelt);
        if (tokens.length >= 2) addPhrase(phrases, tokens, target);
      }
    }
  }
  return { words, phrases };
}

/**
 * Adds a phrase (its folded words) read as `read` to a map by first word, longest first; a phrase already there keeps
 * its first reading. Shared by this stage's tables and the normalisation tables (src/core/normalise/tables.ts), which
 * also hold place names written in two words.
 */
export function addPhrase(phrases: Map<string, TranslatedPhrase[]>, tokens: readonly string[], read: readonly string[]): void {
  const list = phrases.get(tokens[0]) ?? [];
  const rest = tokens.slice(1);
  if (list.some((p) => p.rest.join(" ") === rest.join(" "))) return;
  list.push({ rest, english: read });
  list.sort((a, b) => b.rest.length - a.rest.length);
  phrases.set(tokens[0], list);
}

/** The phrase that starts at tokens[i], if any: how many words it takes and its English words. */
export function phraseAt(
  tokens: readonly string[],
  i: number,
  phrases: ReadonlyMap<string, readonly TranslatedPhrase[]>,
): { size: number; english: readonly string[] } | null {
  const list = phrases.get(tokens[i]);
  if (list === undefined) return null;
  for (const { rest, english } of list) {
    if (i + rest.length >= tokens.length) continue;
    if (rest.every((word, k) => tokens[i + 1 + k] === word)) return { size: rest.length + 1, english };
  }
  return null;
}

/**
 * A name's folded words with its business words in English, alone (the matcher reads them through the normalisation
 * tables): "xinjiang jinbao bergbau" → xinjiang jinbao mining. For tests and tools.
 */
export function translateWords(tokens: readonly string[], translations: BusinessWordTranslations): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const phrase = phraseAt(tokens, i, translations.phrases);
    if (phrase !== null) {
      out.push(...phrase.english);
      i += phrase.size - 1;
      continue;
    }
    out.push(...(translations.words.get(tokens[i]) ?? [tokens[i]]));
  }
  return out;
}

/** The bundled tables, German first. */
export const BUNDLED_TRANSLATION_FILES: readonly TranslationFile[] = [germanJson as TranslationFile, frenchJson as TranslationFile];

let bundled: BusinessWordTranslations | null = null;

/** The stage's bundled tables, compiled once. */
export function bundledTranslations(): BusinessWordTranslations {
  bundled ??= compileTranslations(BUNDLED_TRANSLATION_FILES);
  return bundled;
}
