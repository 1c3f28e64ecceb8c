/**
 * The Thai stage of the product reader. Thai is written without spaces between words ("ปลาทูน่าก้อนในน้ำมัน", tuna
 * chunks in oil), so a Thai name of a good was found only where it stood alone. The stage splits each run of Thai
 * letters into words with the platform's own word segmenter (`Intl.Segmenter("th", { granularity: "word" })`, ICU's
 * dictionary, in Node and in the browsers Office add-ins run in; where it is absent the text is read as it is), and
 * writes them apart, so the reader sees Thai words as it sees Latin ones. Thai terms are split the same way when the
 * table is compiled, so a term of two words ("ปลา ทูน่า") is found as two words. Latin words and numbers joined to Thai
 * are written apart from it ("น้ำแร่165g"), and in a Thai text Latin words joined in CamelCase are split at the case
 * change ("CottonJersey" → "Cotton Jersey"). Thai writes the head first ("ถุงมือยาง", gloves of rubber; "อาหารกุ้ง",
 * shrimp feed), as Vietnamese does: Thai terms are read head first (the head-noun stage). The Thai names of goods,
 * negations, services, animal feeds and heads are src/data/sector/thai.json; the rule is in docs/sector-risk.md, "Thai
 * registers". Pure.
 */
import thaiJson from "../../data/sector/thai.json";

export interface ThaiFile {
  /** Thai names of goods, as entries of terms.json ({ goods, terms, unless }). */
  entries: Array<{ goods: string[]; terms: string[]; unless?: string[]; material?: boolean; note?: string }>;
  /** Thai words that say the good after them is absent ("ไม่มี", "ปราศจาก"). */
  negations: string[];
  /** Thai service words ("ค่าขนส่ง", freight; "ค่าซ่อม", repair). */
  services: string[];
  /** Thai names of animal feeds ("อาหารกุ้ง", shrimp feed). */
  animalUse: string[];
  /** Thai heads written before the good they govern, as head-nouns.json `headFirst.heads`. */
  heads: Array<{ kind: "article" | "accessory" | "service"; words: string[]; note?: string }>;
}

const THAI_RUN = /[\u0E00-\u0E7F]+/gu;
const THAI = /[\u0E00-\u0E7F]/u;

/** Whether a text is written in Thai script. */
export function writesThai(text: string): boolean {
  return THAI.test(text);
}

type Segmenter = { segment(text: string): Iterable<{ segment: string }> };
let segmenter: Segmenter | null | undefined;

function thaiSegmenter(): Segmenter | null {
  if (segmenter === undefined) {
    const Ctor = (Intl as unknown as { Segmenter?: new (locale: string, options: { granularity: "word" }) => Segmenter }).Segmenter;
    segmenter = typeof Ctor === "function" ? new Ctor("th", { granularity: "word" }) : null;
  }
  return segmenter;
}

/** Lower-case letter (or digit) then a capital and a lower-case letter: a CamelCase join ("CottonJersey", "PE80Bag"). */
const CAMEL = /(?<=[\p{Ll}])(?=\p{Lu}\p{Ll})/gu;

/**
 * The text with each run of Thai letters split into its words, written apart from each other and from what it is joined
 * to, and Latin words joined in CamelCase split. A text without Thai is returned as it is.
 */
export function thaiWords(text: string): string {
  if (!writesThai(text)) return text;
  const seg = thaiSegmenter();
  const split = text.replace(THAI_RUN, (run) => {
    const words = seg ? [...seg.segment(run)].map((s) => s.segment.trim()).filter(Boolean) : [run];
    return ` ${words.join(" ")} `;
  });
  return split.replace(CAMEL, " ").replace(/ {2,}/g, " ").trim();
}

/** The Thai table: its strings written as the stage writes a text, word by word. */
export function thaiTable(file: ThaiFile = thaiJson as ThaiFile): ThaiFile {
  const words = (list: readonly string[]) => list.map(thaiWords);
  return {
    entries: file.entries.map((e) => ({ ...e, terms: words(e.terms), unless: e.unless && words(e.unless) })),
    negations: words(file.negations),
    services: words(file.services),
    animalUse: words(file.animalUse),
    heads: file.heads.map((h) => ({ ...h, words: words(h.words) })),
  };
}
