/**
 * The katakana stage: a Japanese register writes a foreign supplier's name in katakana as it sounds
 * (トップグローブ・コーポレーション for Top Glove Corporation, ｽｰﾊﾟｰﾏｯｸｽ for Supermax, ジャイアント for Giant), and a
 * Chinese supplier's name with a Japanese loanword in it (新疆大全新エネルギー for 新疆大全新能源).
 *
 * 1. A katakana word written beside Chinese characters that the table knows as a loanword
 *    (src/data/transliteration/kana.json "loanwords": エネルギー 能源, マグネシウム 镁) is read as the Chinese word: a
 *    translated word (the screener counts WEIGHTS.otherReading for it, as for any word read from another language).
 * 2. Katakana words (parted by ・ or spaces; a kanji trade word right after them in its Japanese reading, "japaneseWords":
 *    ユニオン工業 as "yunion kogyo") are read in Hepburn ("letters", "digraphs"; ッ and ー written once) and brought to a
 *    consonant key ("steps": katakana adds a vowel after every consonant and hears English r after a vowel as a long
 *    vowel, so the key keeps the consonants only, l and r one, v and b one). Words in a row whose key is the key of
 *    listed Latin words in a row (one name's words, one to four, at least one distinctive, or two or more that begin
 *    the name: "Smart Glove", "Union Kogyo") are written as those words,
 *    by ear: "toppugurōbu" "tpgrb" is "top glove". A key of one listed word needs minKey.word consonants, of several
 *    minKey.span; a key two word runs share is heard as nothing. The other katakana words of such a cell are written as
 *    the table's trade word ("words": コーポレーション corporation) or left as they are; a cell in which nothing is heard
 *    is left as it is.
 *
 * A match on a name heard by ear is at most Review (the screener's rule for Cyrillic read by ear). Only cells with a
 * katakana letter reach the stage (hasKatakana, one regular-expression test); the listed words' keys are built at the
 * first such cell. Half-width katakana is folded to full width before (src/core/cells/widths.ts). Pure: no I/O.
 */
import table from "../../data/transliteration/kana.json";
import { applySteps, compileSteps } from "./sound";

const KATAKANA = /[\u30A1-\u30FA]/;
/** Katakana words, parted by ・ or spaces. */
const KANA_SEGMENT = /[\u30A1-\u30FA\u30FC]+(?:[・\s]+[\u30A1-\u30FA\u30FC]+)*/g;
const KANA_RUN = /[\u30A1-\u30FA\u30FC]+/g;
const HAN = /\p{Script=Han}/u;

/** The cheap test that keeps every other cell out of the stage. */
export function hasKatakana(text: string): boolean {
  return KATAKANA.test(text);
}

const ENGLISH = compileSteps(table.steps.english);
const KANA = compileSteps(table.steps.kana);
const BOTH = compileSteps(table.steps.both);
const LETTERS: Record<string, string> = table.letters;
const DIGRAPHS: Record<string, string> = table.digraphs;
const WORDS: Record<string, string> = table.words;
const LOANWORDS: Record<string, string> = table.loanwords;
const JAPANESE_WORDS = Object.entries(table.japaneseWords as Record<string, string>).sort((a, b) => b[0].length - a[0].length);
const MAX_SPAN = 4;

/** A katakana word in Hepburn, lower case: ッ and ー written as nothing (a doubled letter is single in a key). */
export function kanaToLatin(word: string): string {
  let out = "";
  for (let i = 0; i < word.length; i++) {
    const pair = DIGRAPHS[word.slice(i, i + 2)];
    if (pair !== undefined) {
      out += pair;
      i++;
    } else if (word[i] !== "ッ" && word[i] !== "ー") out += LETTERS[word[i]] ?? word[i];
  }
  return out;
}

/** The consonant key of a Latin word (lower case) as written in English: "glove" "grb", "smart" "smt". */
export function englishKey(word: string): string {
  return applySteps(BOTH, applySteps(ENGLISH, word.toLowerCase()));
}

/** The consonant key of a Hepburn reading: "gurobu" "grb", "sumato" "smt". */
export function kanaKey(reading: string): string {
  return applySteps(BOTH, applySteps(KANA, reading));
}

/** The listed Latin names' runs of words (one to MAX_SPAN, at least one distinctive) by the concatenation of their keys. */
export class ListedKana {
  private readonly byKey = new Map<string, string[] | null>();

  constructor(names: Iterable<string>, distinctive: (word: string) => boolean) {
    for (const name of names) {
      // A word with a figure ("1st", "GX3") is heard as nothing and parts the runs.
      const words = (name.match(/[A-Za-z0-9]+/g) ?? []).map((w) => w.toLowerCase());
      const keys = words.map((w) => (/\d/.test(w) ? "#" : englishKey(w)));
      for (let i = 0; i < words.length; i++) {
        let key = "";
        /** Consonants of the run's distinctive words. */
        let distinctiveKey = 0;
        for (let j = i; j < Math.min(words.length, i + MAX_SPAN); j++) {
          key += keys[j];
          if (keys[j] === "#") break;
          if (distinctive(words[j])) distinctiveKey += keys[j].length;
          // A run is heard as the first words of a name, two at least ("smart glove", "union kogyo", "top glove"), or
          // elsewhere when its distinctive words alone have minKey.distinctive consonants: a short distinctive word beside
          // a business word ("sanyou group", "sn grp") is what many clean Japanese names sound like (ソニーグループ).
          const firstWords = i === 0 && j > i;
          if (!(firstWords ? true : distinctiveKey >= table.minKey.distinctive)) continue;
          if (key.length < (j === i ? table.minKey.word : table.minKey.span)) continue;
          const run = words.slice(i, j + 1);
          const known = this.byKey.get(key);
          if (known === undefined) this.byKey.set(key, run);
          else if (known !== null && known.join(" ") !== run.join(" ")) this.byKey.set(key, null);
        }
      }
    }
  }

  /** The listed words a consonant key is heard as, if one run of listed words has it. */
  heard(key: string): string[] | undefined {
    return this.byKey.get(key) ?? undefined;
  }
}

/** A cell with its katakana read, the listed words heard by ear, and the loanwords read as Chinese words. */
export interface KatakanaReading {
  text: string;
  byEar: string[];
  /** The Chinese words loanwords were read as (新エネルギー: 能源). */
  translated: string[];
  /** When words were heard: the cell without the katakana heard (and a bracket left empty), or "" if nothing else is left. */
  unheard: string;
}

const capitalised = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** A cell's katakana read (see the module comment); text without katakana comes back unchanged. */
export function readKatakana(text: string, kana?: ListedKana): KatakanaReading {
  const byEar: string[] = [];
  const translated: string[] = [];
  if (!hasKatakana(text)) return { text, byEar, translated, unheard: "" };
  let out = text;
  if (HAN.test(out)) {
    out = out.replace(KANA_RUN, (run, at: number, whole: string) => {
      const chinese = LOANWORDS[run];
      if (chinese === undefined || !(HAN.test(whole.charAt(at - 1)) || HAN.test(whole.charAt(at + run.length)))) return run;
      translated.push(chinese);
      return chinese;
    });
  }
  if (kana === undefined || !hasKatakana(out)) return { text: out, byEar, translated, unheard: "" };
  const without: string[] = [];
  const read = readSegments(out, kana, byEar, without);
  const unheard = without
    .join("")
    .replace(/[(（]\s*[)）]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return { text: read, byEar, translated, unheard: byEar.length > 0 && /[\p{L}\p{N}]/u.test(unheard) ? unheard : "" };
}

/** `without` gets the text outside the segments heard. */
function readSegments(text: string, kana: ListedKana, byEar: string[], without: string[]): string {
  let out = "";
  let last = 0;
  for (const m of text.matchAll(KANA_SEGMENT)) {
    const start = m.index;
    let end = start + m[0].length;
    const pieces = m[0].split(/[・\s]+/).filter((p) => p !== "");
    const readings = pieces.map(kanaToLatin);
    const after = JAPANESE_WORDS.find(([word]) => text.startsWith(word, end));
    if (after) {
      pieces.push(after[0]);
      readings.push(after[1]);
      end += after[0].length;
    }
    const written = readPieces(pieces, readings, kana, byEar);
    if (written === null) continue;
    const next = text.charAt(end);
    out += text.slice(last, start) + written + (next !== "" && !/[\s)）,、。]/u.test(next) ? " " : "");
    without.push(text.slice(last, start), " ");
    last = end;
  }
  without.push(text.slice(last));
  return last === 0 ? text : out + text.slice(last);
}

/** The pieces written in Latin letters where a run of them is heard as listed words; null when none is. */
function readPieces(pieces: string[], readings: string[], kana: ListedKana, byEar: string[]): string | null {
  const keys = readings.map(kanaKey);
  const words: string[] = [];
  let heardAny = false;
  for (let i = 0; i < pieces.length;) {
    let heard: string[] | undefined;
    let j = Math.min(pieces.length, i + MAX_SPAN);
    for (; j > i; j--) {
      heard = kana.heard(keys.slice(i, j).join(""));
      if (heard) break;
    }
    if (heard) {
      heardAny = true;
      byEar.push(...heard);
      words.push(heard.map(capitalised).join(" "));
      i = j;
    } else {
      words.push(WORDS[pieces[i]] ?? pieces[i]);
      i++;
    }
  }
  return heardAny ? words.join(" ") : null;
}
