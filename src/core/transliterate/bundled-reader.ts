import pinyinWords from "../../data/transliteration/pinyin-words.json";
import brandReadings from "../../data/transliteration/brand-readings.json";
import placeReadings from "../../data/transliteration/place-readings.json";
import { bundledTables, type NormalisationTables } from "../normalise/tables";
import { PinyinReader, type PinyinTableFile } from "./pinyin";

/** Pinyin words that stand for two English words ("maofangzhi" → "wool textile"). */
const WRITTEN_OUT = new Map(Object.entries(pinyinWords.words as Record<string, string>).filter(([, english]) => english.includes(" ")));

/** The characters each pinyin word with an English meaning stands for ("shenghua" → 生化): the reader's homophone stage. */
const MEANING_CHARACTERS = new Map(Object.entries(pinyinWords.characters as Record<string, string[]>));

/**
 * A pinyin reader whose known words are the tables' pinyin words, legal-form words and places, and which reads the
 * place names of place-readings.json whole (罗布泊 "luo bu po") and the trade names of brand-readings.json as their English
 * brand (溢达 "esquel"); a pinyin word is read by its meaning only from its own characters (生化 "shenghua", not 盛华).
 */
export function pinyinReaderFor(file: PinyinTableFile, tables: NormalisationTables = bundledTables()): PinyinReader {
  // The reader asks of every run of syllables whether it is a word: one word list, gathered from the tables.
  const known = new Set([
    ...WRITTEN_OUT.keys(),
    ...tables.abbreviations.keys(),
    ...tables.legalTokens,
    ...tables.places,
    ...Object.values(brandReadings.readings),
  ]);
  return new PinyinReader(
    file,
    (word) => known.has(word),
    (word) => WRITTEN_OUT.get(word),
    placeReadings.readings,
    brandReadings.readings,
    (word) => MEANING_CHARACTERS.get(word),
  );
}
