import pinyinWords from "../../data/transliteration/pinyin-words.json";
import { bundledTables, type NormalisationTables } from "../normalise/tables";
import { PinyinReader, type PinyinTableFile } from "./pinyin";

/** Pinyin words that stand for two English words ("maofangzhi" → "wool textile"). */
const WRITTEN_OUT = new Map(Object.entries(pinyinWords.words as Record<string, string>).filter(([, english]) => english.includes(" ")));

/** A pinyin reader whose known words are the tables' pinyin words, legal-form words and places. */
export function pinyinReaderFor(file: PinyinTableFile, tables: NormalisationTables = bundledTables()): PinyinReader {
  return new PinyinReader(
    file,
    (word) => WRITTEN_OUT.has(word) || tables.abbreviations.has(word) || tables.legalTokens.has(word) || tables.places.has(word),
    (word) => WRITTEN_OUT.get(word),
  );
}
