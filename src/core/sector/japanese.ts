/**
 * The Japanese stage of the product reader. Japanese register lines write goods in kanji, hiragana and katakana
 * without spaces, and some kanji words mean another thing than in Chinese (手袋 is gloves in Japanese, a handbag in
 * Chinese usage). The stage (1) recognises a Japanese text by its kana and writes such words as the Chinese word of
 * their Japanese meaning before the text is read ("ニトリル手袋" → "丁腈手套"); (2) says whether a katakana term found in a
 * text stands as a word: not glued to more katakana (ガラス in 鶏ガラスープ is not glass), unless the term is a head that
 * ends longer katakana words (ポロシャツ). The data table is src/data/sector/japanese.json; the rule is in
 * docs/sector-risk.md, "Japanese: kana, readings and katakana words". Pure.
 */
import japaneseJson from "../../data/sector/japanese.json";
import { foldText } from "../normalise/text";

export interface JapaneseFile {
  /** Kanji words read in Japanese texts as the Chinese word of their Japanese meaning ("手袋" → "手套"). */
  readings: Record<string, string>;
  /** Katakana terms that may end a longer katakana word ("シャツ" in "ポロシャツ"). */
  gluedHeads: string[];
  /** Words that in a Japanese text name a product made from a good, not the good ("魚粉", fishmeal). */
  notGoods?: string[];
}

/** Kana other than の, which Chinese brands borrow as a stylised "of" ("優の良品"). */
const KANA_NOT_NO = /[\u3041-\u306d\u306f-\u3096\u30a1-\u30fa]/u;
/** Katakana letters, the long vowel mark and the iteration marks (the middle dot separates words). */
const KATAKANA = /[\u30a1-\u30fa\u30fc-\u30fe]/u;

/**
 * Whether a text is Japanese: it holds a kana other than の, or の twice (Chinese is written in hanzi alone, and a
 * Chinese brand may borrow one の: "優の良品 手袋" is Chinese).
 */
export function isJapanese(text: string): boolean {
  return KANA_NOT_NO.test(text) || text.indexOf("の") !== text.lastIndexOf("の");
}

export class JapaneseReader {
  private readonly readings: Array<[string, string]>;
  private readonly glued: Set<string>;
  private readonly notGoods: string[];

  constructor(file: JapaneseFile) {
    this.readings = Object.entries(file.readings)
      .map(([ja, zh]) => [ja.normalize("NFKC"), zh] as [string, string])
      .sort((a, b) => b[0].length - a[0].length);
    this.glued = new Set(file.gluedHeads.map(foldText));
    this.notGoods = (file.notGoods ?? []).map((w) => w.normalize("NFKC"));
  }

  /** The words the table's readings are written as (for the data check: each must be a term of the table). */
  get readingTerms(): string[] {
    return this.readings.map(([, zh]) => zh);
  }

  /**
   * A Japanese text with its readings written in and the words that name a product made from a good set aside
   * ("魚粉不使用" is read without 魚粉: "冷凍えび 魚粉不使用" is still shrimp, "ペルー産 魚粉" names no good); any other
   * text as it is.
   */
  read(text: string): string {
    if (!isJapanese(text)) return text;
    let out = text.normalize("NFKC");
    for (const w of this.notGoods) out = out.split(w).join(" ");
    for (const [ja, zh] of this.readings) out = out.split(ja).join(zh);
    return out;
  }

  /**
   * Whether a term found at [start, end) of a folded CJK text stands as a word: a term that starts with katakana is not
   * glued to katakana before it, one that ends with katakana not to katakana after it, unless it is a glued head
   * (which may follow katakana, not precede it).
   */
  stands(text: string, start: number, end: number): boolean {
    const term = text.slice(start, end);
    const first = term[0];
    const last = term[term.length - 1];
    if (KATAKANA.test(last) && end < text.length && KATAKANA.test(text[end])) return false;
    if (KATAKANA.test(first) && start > 0 && KATAKANA.test(text[start - 1]) && !this.glued.has(term)) return false;
    return true;
  }
}

let bundled: JapaneseReader | null = null;

/** The Japanese stage for the bundled table. */
export function bundledJapaneseReader(): JapaneseReader {
  bundled ??= new JapaneseReader(japaneseJson as JapaneseFile);
  return bundled;
}
