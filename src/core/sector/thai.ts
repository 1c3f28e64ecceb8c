/**
 * The Thai stage of the product reader. Thai is written without spaces between words ("ปลาทูน่าก้อนในน้ำมัน", tuna
 * chunks in oil), so a Thai name of a good was found only where it stood alone. The stage splits each run of Thai
 * letters into words with the platform's own word segmenter (`Intl.Segmenter("th", { granularity: "word" })`, ICU's
 * dictionary, in Node and in the browsers Office add-ins run in; where it is absent the text is read as it is), and
 * writes them apart, so the reader sees Thai words as it sees Latin ones. Thai terms are split the same way when the
 * table is compiled, so a term of two words ("ปลา ทูน่า") is found as two words. Latin words and numbers joined to Thai
 * are written apart from it ("น้ำแร่165g"), and in a Thai text Latin words joined in CamelCase are split at the case
 * change ("CottonJersey" → "Cotton Jersey"); a line-opening verb the segmenter joined to the next word is cut off
 * ("รับรอง|เท้า|แตะ" → "รับ รองเท้า แตะ", received sandals). Thai writes the head first ("ถุงมือยาง", gloves of rubber; "อาหารกุ้ง",
 * shrimp feed), as Vietnamese does: Thai terms are read head first (the head-noun stage). The Thai names of goods,
 * negations, services, animal feeds and heads are src/data/sector/thai.json; the rule is in docs/sector-risk.md, "Thai
 * registers". Pure.
 */
import thaiJson from "../../data/sector/thai.json";
import type { LanguageTable } from "./language-table";

/** The Thai table as written (the lexicon of the stage). */
export const thaiFile = thaiJson as ThaiFile;

/**
 * The Thai table: the fields every language table has (language-table.ts), in Thai ("ไม่มี" no, negations; "ค่าขนส่ง"
 * freight, services; "อาหารกุ้ง" shrimp feed, animalUse; "สำหรับ" for, purpose, read by the head-noun stage and, for a term
 * right after it, as a negation; "ใน" in, "และ" and, boundaries), and the Thai stage's lexicon and verbs.
 */
export interface ThaiFile extends LanguageTable {
  /**
   * Thai words that hold a good's word and name another thing ("น้ำเกลือ" brine holds เกลือ, salt; "กากน้ำตาล" molasses
   * holds น้ำตาล, sugar): found in a Thai run, such a word is kept whole, so the good's word in it is not read.
   */
  words: string[];
  /**
   * Thai verbs that open a register line ("รับ" received, "เบิก" issued): a segment the segmenter joined from one and the
   * start of the next word ("รับรอง|เท้า|แตะ" for "รับ รองเท้าแตะ", received sandals) is cut after the verb when the rest,
   * with the segments after it, spells a word of the lexicon.
   */
  verbs?: string[];
}

const THAI_RUN = /[\u0E00-\u0E7F]+/gu;
/** The most segments a word of the lexicon is put back together from. */
const JOIN = 8;
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
  return splitThai(text, WHOLE, []);
}

/** thaiWords with a lexicon of words put back together (joinWhole) and the line-opening verbs cut off (cutVerbs). */
function splitThai(text: string, lexicon: ReadonlyMap<string, string>, verbs: readonly string[]): string {
  if (!writesThai(text)) return text;
  const seg = thaiSegmenter();
  const split = text.replace(THAI_RUN, (run) => {
    const parts = seg ? [...seg.segment(run)].map((s) => s.segment.trim()).filter(Boolean) : [run];
    return ` ${joinWhole(cutVerbs(parts, lexicon, verbs), lexicon).join(" ")} `;
  });
  return split.replace(CAMEL, " ").replace(/ {2,}/g, " ").trim();
}

/** The words of the Thai table kept whole (`words`, "น้ำเกลือ"), each written as itself. */
const WHOLE = new Map(thaiFile.words.map((w) => [w, w]));

/**
 * The segments, with a segment that opens with a verb and is no word of the lexicon cut after the verb, where the rest
 * and the segments after it spell a word of the lexicon ("รับรอง", "เท้า", "แตะ" → "รับ", "รองเท้าแตะ").
 */
function cutVerbs(parts: readonly string[], lexicon: ReadonlyMap<string, string>, verbs: readonly string[]): string[] {
  if (verbs.length === 0) return [...parts];
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const verb = lexicon.has(part) ? undefined : verbs.find((v) => part.length > v.length && part.startsWith(v));
    if (verb === undefined) {
      out.push(part);
      continue;
    }
    const rest = part.slice(verb.length);
    let cut = false;
    for (let n = Math.min(JOIN, parts.length - i); n >= 1 && !cut; n--) {
      const word = rest + parts.slice(i + 1, i + n).join("");
      if (lexicon.has(word)) {
        out.push(verb, word);
        i += n - 1;
        cut = true;
      }
    }
    if (!cut) out.push(part);
  }
  return out;
}

/** The segments, with consecutive ones that spell a word of the lexicon written as the lexicon writes it. */
function joinWhole(parts: readonly string[], lexicon: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < parts.length;) {
    let taken = 1;
    let word = lexicon.get(parts[i]) ?? parts[i];
    for (let n = Math.min(JOIN, parts.length - i); n >= 2; n--) {
      const known = lexicon.get(parts.slice(i, i + n).join(""));
      if (known !== undefined) {
        taken = n;
        word = known;
        break;
      }
    }
    out.push(word);
    i += taken;
  }
  return out;
}

/**
 * The Thai stage with a lexicon: the segmenter cuts a word differently in different company ("ฮาร์ดดิสก์" alone, but
 * "ฮาร์ด|ดิสก์" before "ไดรฟ์"), so consecutive segments that together spell a word of the tables (a term, a head, a
 * service word) are written as that word is written alone, and a word that holds a good and names another thing
 * (`words`) is kept whole.
 */
export class ThaiReader {
  private readonly lexicon = new Map<string, string>();
  private readonly verbs: string[];

  /**
   * @param words Thai strings of the tables, as written ("ถุงมือยาง"); @param whole words kept whole ("น้ำเกลือ");
   * @param verbs verbs that open a register line ("รับ"), cut off a segment the segmenter joined them into.
   */
  constructor(words: Iterable<string>, whole: Iterable<string> = [], verbs: Iterable<string> = []) {
    this.verbs = [...verbs];
    for (const w of words) {
      const key = w.replace(/\s+/g, "");
      if (writesThai(key) && !this.lexicon.has(key)) this.lexicon.set(key, thaiWords(w));
    }
    for (const w of whole) this.lexicon.set(w.replace(/\s+/g, ""), w.replace(/\s+/g, ""));
  }

  read(text: string): string {
    return splitThai(text, this.lexicon, this.verbs);
  }
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
    purpose: words(file.purpose),
    boundaries: words(file.boundaries),
    words: file.words,
    verbs: file.verbs,
  };
}
