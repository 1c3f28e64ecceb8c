/**
 * The pinyin reader with the bundled character table. The table is about 10 KiB gzip, so the add-in's task pane
 * does not load it in its first download: Node entry points (the CLI, scripts) import this module, and the
 * add-in loads it at start-up with loadPinyinReader() (load.ts; src/addin/runtime.ts), a webpack chunk of its own.
 */
import table from "../../data/transliteration/pinyin-chars.json";
import { pinyinReaderFor } from "./bundled-reader";
import type { PinyinReader } from "./pinyin";

let reader: PinyinReader | null = null;

export function bundledPinyinReader(): PinyinReader {
  return (reader ??= pinyinReaderFor(table));
}
