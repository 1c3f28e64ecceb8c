/** Loads the pinyin table on demand (a separate webpack chunk in the add-in), for Screener's `pinyin` option. */
import type { NormalisationTables } from "../normalise/tables";
import { pinyinReaderFor } from "./bundled-reader";
import type { PinyinReader } from "./pinyin";

export async function loadPinyinReader(tables?: NormalisationTables): Promise<PinyinReader> {
  const table = await import(/* webpackChunkName: "pinyin" */ "../../data/transliteration/pinyin-chars.json");
  return pinyinReaderFor(table.default ?? table, tables);
}
