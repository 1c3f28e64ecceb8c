/**
 * The Cyrillic stage: a cell written in Cyrillic (a Russian, Kazakh or Uzbek 1C register) read in Latin letters
 * before it is screened, so that "Синьцзян Чжунтай Кемикал Ко., Лтд" meets "Xinjiang Zhongtai Chemical Co., Ltd".
 *
 * Each Cyrillic word is read, in this order:
 * 1. as a phrase or word of the Russian table (src/data/transliteration/cyrillic.json "phrases", "words"): trade words
 *    translated or written phonetically (Кемикал, Химическая → chemical; Груп → group; Ко., Лтд → co., ltd) and the
 *    register marks as the English words the cell-anatomy table reads (бывш. → formerly, ЗАКРЫТ → closed, Код → code);
 * 2. unless it is a short word in capitals (initials: ТБЕА, КТК), as Palladius, the standard Russian rendering of Chinese (src/data/transliteration/palladius.json, built by
 *    scripts/build-palladius.ts): the whole word must split into Palladius syllables (longest first, with
 *    backtracking), read as pinyin run together ("Синьцзян" → "xinjiang", "Хунъюань" → "hongyuan");
 * 3. letter by letter (BGN/PCGN, but х → h, дж → j and кв → qu, as Russian writes English h, j and qu), for every other word
 *    ("Ташкент" → "tashkent", "Джайант" → "jayant"); given the listed words by sound (readCyrillic, src/core/transliterate/sound.ts),
 *    a reading that sounds like a distinctive listed word is written as it ("Хошайн" → "Hoshine").
 * A word's case is kept (all capitals, capitalised or lower case). Only cells with a Cyrillic letter reach the stage
 * (hasCyrillic, one regular-expression test). Pure: no I/O.
 */
import table from "../../data/transliteration/cyrillic.json";
import palladiusTable from "../../data/transliteration/palladius.json";
import anatomyTable from "../../data/cells/cell-anatomy.json";
import type { ListedSounds } from "./sound";

const CYRILLIC = /[\u0400-\u04FF]/;
const CYRILLIC_WORD = /[\u0400-\u04FF]+/g;

/** The cheap test that keeps every other cell out of the stage. */
export function hasCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}

export interface CyrillicTables {
  /** Two letters read together before the single letters (дж → j, кв → qu: how Russian writes English j and qu). */
  digraphs: Record<string, string>;
  letters: Record<string, string>;
  words: Record<string, string>;
  phrases: Record<string, string>;
  /** The phrases as one pattern, longest first, each standing apart from other Cyrillic letters (null: no phrases). */
  phrasePattern: RegExp | null;
  /** Palladius syllable → pinyin syllable. */
  palladius: Record<string, string>;
}

/** The pattern of a phrase table: built once with the tables, not per cell. */
function compilePhrases(phraseTable: Record<string, string>): RegExp | null {
  const phrases = Object.keys(phraseTable).sort((a, b) => b.length - a.length);
  if (phrases.length === 0) return null;
  const alternatives = phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|");
  return new RegExp(`(?<![\\u0400-\\u04FF])(?:${alternatives})(?![\\u0400-\\u04FF])`, "giu");
}

export const CYRILLIC_TABLES: CyrillicTables = {
  digraphs: table.digraphs,
  letters: table.letters,
  words: table.words,
  phrases: table.phrases,
  phrasePattern: compilePhrases(table.phrases),
  palladius: palladiusTable.syllables,
};

const LONGEST_SYLLABLE = Math.max(...Object.keys(palladiusTable.syllables).map((s) => s.length));

/** A Cyrillic word (lower case) read as Palladius syllables, as pinyin run together; null when it does not split so. */
export function readPalladius(word: string, tables: CyrillicTables = CYRILLIC_TABLES): string | null {
  const parts = word.split("ъ");
  let out = "";
  for (const part of parts) {
    if (part === "") return null;
    const read = splitSyllables(part, 0, tables.palladius);
    if (read === null) return null;
    out += read.join("");
  }
  return out;
}

function splitSyllables(word: string, at: number, syllables: Record<string, string>): string[] | null {
  if (at === word.length) return [];
  for (let len = Math.min(LONGEST_SYLLABLE, word.length - at); len > 0; len--) {
    const pinyin = syllables[word.slice(at, at + len)];
    if (pinyin === undefined) continue;
    const rest = splitSyllables(word, at + len, syllables);
    if (rest !== null) return [pinyin, ...rest];
  }
  return null;
}

/** Letter by letter, a pair of the `digraphs` table first (дж → j as in Джайант, кв → qu as in Эсквайр). */
function letterByLetter(word: string, tables: CyrillicTables): string {
  let out = "";
  for (let i = 0; i < word.length; i++) {
    const pair = tables.digraphs[word.slice(i, i + 2)];
    if (pair !== undefined) {
      out += pair;
      i++;
    } else out += tables.letters[word[i]] ?? word[i];
  }
  return out;
}

function withCaseOf(original: string, latin: string): string {
  if (latin === "") return latin;
  const lower = original.toLowerCase();
  if (original === lower) return latin;
  if (original.length > 1 && original === original.toUpperCase()) return latin.toUpperCase();
  return latin.charAt(0).toUpperCase() + latin.slice(1);
}

/**
 * One Cyrillic word in Latin letters: table word, else Palladius, else letter by letter; read letter by letter, the
 * listed word it sounds like when `sounds` knows one (src/core/transliterate/sound.ts: Хошайн → Hoshine), pushed to
 * `byEar`.
 */
export function cyrillicWord(word: string, tables: CyrillicTables = CYRILLIC_TABLES, sounds?: ListedSounds, byEar?: string[]): string {
  const lower = word.toLowerCase();
  // A short word in capitals (ТБЕА, КТК, СПСК) is initials, never Palladius.
  const initials = word.length <= 4 && word !== lower && word === word.toUpperCase();
  const known = tables.words[lower] ?? (initials ? null : readPalladius(lower, tables));
  if (known !== null) return withCaseOf(word, known);
  const letters = letterByLetter(lower, tables);
  const heard = sounds?.heard(letters, initials);
  if (heard === undefined) return withCaseOf(word, letters);
  byEar?.push(heard);
  return withCaseOf(word, heard);
}

const LATIN = /[A-Za-z]/;
const CYRILLIC_BRACKET = /\s*[([][^()[\]A-Za-z]*[\u0400-\u04FF][^()[\]A-Za-z]*[)\]]/g;
const TRAILING_DASH_NOTE = /\s+[-–—]\s+[^A-Za-z]*[\u0400-\u04FF][^A-Za-z]*$/;
/** A Russian note after a dash before Latin parts the anatomy reads: an address after a comma ("… - медный концентрат,
 * 1 Jalan Klang, …"), a mark or goods after another dash ("… - ON HOLD"), a note in brackets or asterisks ("… [STORES]"). */
const DASH_NOTE_BEFORE_ADDRESS =
  /\s+[-–—]\s+[^A-Za-z,]*[\u0400-\u04FF][^A-Za-z,]*?(?=,\s*[A-Za-z0-9]|\s+[-–—]\s+[A-Za-z]|\s*[[(*][\s*[(]*[A-Za-z])/;
const TRAILING_COMMA_NOTE = /,\s*([^,A-Za-z]*[\u0400-\u04FF][^,A-Za-z]*)$/;
/** Cyrillic words alone at the end of a Latin cell, after a space only (no dash, comma or bracket before them). */
const TRAILING_BARE_WORDS = /(?<=[A-Za-z0-9.)\]])\s+([\u0400-\u04FF][\u0400-\u04FF\s.!]*)$/;

/**
 * A cell with a Latin name and Russian beside it ("Esquel Group (Эсквел Груп), г. Гонконг", "Ashele Copper (Ашеле
 * Коппер) - медный концентрат"): the Russian in brackets, after a dash at the end, or after a last comma (a city,
 * an address) is a rendering or a note, set aside; Russian words of the name itself (SDIC Синьцзян …, … , Лтд) and
 * the table's words after a comma stay. A register mark after the dash (- НЕ ИСПОЛЬЗОВАТЬ) is kept for the anatomy.
 */
function withoutRussianNotes(text: string, tables: CyrillicTables): string {
  let out = text.replace(CYRILLIC_BRACKET, (bracket) => (isMark(bracket, tables) ? bracket : ""));
  out = out.replace(TRAILING_DASH_NOTE, (note, at: number) => (isMark(note, tables) || !hasLatinName(out.slice(0, at)) ? note : ""));
  // The same note before a Latin address, mark or note is set aside as at the end (found by the property test once 12zr
  // entered its pool: "Ashele Copper (Ашеле Коппер) - медный концентрат, 1 Jalan Klang, Shah Alam", "… - ON HOLD").
  out = out.replace(DASH_NOTE_BEFORE_ADDRESS, (note, at: number) => (isMark(note, tables) || !hasLatinName(out.slice(0, at)) ? note : ""));
  const comma = TRAILING_COMMA_NOTE.exec(out);
  if (comma && !isMark(comma[1], tables)) {
    const first = (comma[1].match(CYRILLIC_WORD) ?? [""])[0].toLowerCase();
    if (tables.words[first] === undefined) out = out.slice(0, comma.index);
  }
  // A status mark left bare at the end ("Sdn. Bhd. (Макстер Глоув) ЗАКРЫТ" once its bracket is set aside, or
  // "… Ltd ЗАКРЫТ") is given the dash the anatomy reads a trailing status marker after (" - CLOSED").
  const bare = TRAILING_BARE_WORDS.exec(out);
  if (bare && isStatusMark(bare[1], tables)) out = `${out.slice(0, bare.index)} - ${bare[1].trim()}`;
  return out.trim() === "" ? text : out;
}

/** Whether a note holds a register mark the anatomy reads (ЗАКРЫТ, архив, НЕ ИСПОЛЬЗОВАТЬ, бывш.). */
function isMark(note: string, tables: CyrillicTables): boolean {
  const lower = note.toLowerCase();
  if (Object.keys(tables.phrases).some((p) => lower.includes(p))) return true;
  return (lower.match(CYRILLIC_WORD) ?? []).some((w) => MARK_WORDS.has(tables.words[w] ?? ""));
}

/**
 * Register words the cell anatomy reads before or after a name (status markers, code words: cell-anatomy.json), as one
 * pattern. A Russian name after a Latin status marker and a dash ("ON HOLD - Турфан …", "INACTIVE - …") is the name,
 * not a note: the dash note is set aside only when a Latin name stands before it.
 */
const REGISTER_WORDS = new RegExp(
  `(?<![A-Za-z])(?:${[...anatomyTable.statusMarkers, ...anatomyTable.trailingStatusMarkers, ...anatomyTable.codeWords]
    .filter((w) => LATIN.test(w))
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|")})(?![A-Za-z])`,
  "gi",
);

/** Whether Latin text holds a name: a Latin word of two letters once register words and codes (with a digit) are off. */
function hasLatinName(text: string): boolean {
  return /[A-Za-z]{2}/.test(text.replace(REGISTER_WORDS, " ").replace(/\S*\d\S*/g, " "));
}

/** Whether Cyrillic words are a status mark and nothing else: ЗАКРЫТ, АРХИВ, НЕ ИСПОЛЬЗОВАТЬ (not a code or бывш.). */
function isStatusMark(words: string, tables: CyrillicTables): boolean {
  const lower = words.toLowerCase().replace(/[.!]/g, " ").replace(/\s+/g, " ").trim();
  if (tables.phrases[lower] === "do not use") return true;
  const found = lower.match(CYRILLIC_WORD) ?? [];
  return found.length > 0 && found.every((w) => STATUS_WORDS.has(tables.words[w] ?? ""));
}

const STATUS_WORDS = new Set(["closed", "blocked", "inactive", "deleted"]);

const MARK_WORDS = new Set(["closed", "blocked", "inactive", "deleted", "formerly", "code", "tin"]);

/** A cell's text with every Cyrillic word in Latin letters; text without Cyrillic comes back unchanged. */
export function latinFromCyrillic(text: string, tables: CyrillicTables = CYRILLIC_TABLES): string {
  return readCyrillic(text, tables).text;
}

/** A cell read in Latin letters, and the listed words (lower case) its words were read as by ear (`sounds`). */
export interface CyrillicReading {
  text: string;
  byEar: string[];
}

/** As latinFromCyrillic, with the words `sounds` hears as listed words written as those words (cyrillicWord). */
export function readCyrillic(text: string, tables: CyrillicTables = CYRILLIC_TABLES, sounds?: ListedSounds): CyrillicReading {
  const byEar: string[] = [];
  if (!hasCyrillic(text)) return { text, byEar };
  const source = LATIN.test(text) ? withoutRussianNotes(text, tables) : text;
  const phrases = tables.phrasePattern;
  const withPhrases =
    phrases === null
      ? source
      : source.replace(phrases, (found) => withCaseOf(found, tables.phrases[found.toLowerCase().replace(/\s+/g, " ")] ?? found));
  return { text: withPhrases.replace(CYRILLIC_WORD, (word) => cyrillicWord(word, tables, sounds, byEar)), byEar };
}
