import { bundledTables, type NormalisationTables } from "../normalise/tables";
import { PinyinReader, type PinyinTableFile } from "./pinyin";

/** A pinyin reader whose known words are the tables' pinyin words, legal-form words and places. */
export function pinyinReaderFor(file: PinyinTableFile, tables: NormalisationTables = bundledTables()): PinyinReader {
  return new PinyinReader(file, (word) => tables.abbreviations.has(word) || tables.legalTokens.has(word) || tables.places.has(word));
}
