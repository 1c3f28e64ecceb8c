export { PinyinReader, type PinyinTableFile } from "./pinyin";
export { pinyinReaderFor } from "./bundled-reader";
export { loadPinyinReader } from "./load";
