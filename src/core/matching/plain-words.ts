/**
 * Most supplier cells are plain Latin text ("Ningbo Hongda Textile Co., Ltd.", "Ege Gıda Sanayi A.Ş.").
 * PlainWordReader reads their words straight from the cell, exactly as latinTokens(foldText(text)) would,
 * and looks each one up in a table of the words met before. A known word costs a few reads of typed arrays:
 * no folded copy of the cell, no string per word, no Map lookup. A word met for the first time is described
 * once, by the caller.
 */
import { foldText } from "../normalise/text";

const SEPARATOR = 0;
const LETTER = 1;
const DIGIT = 2;
/** Apostrophes (latinTokens drops them, joining the letters on either side) and other characters: the full way. */
const NOT_PLAIN_CHAR = 3;
/** Code units up to the end of Latin Extended-B: accented letters fold to one ASCII letter ("ş" → "s"). */
const TABLE_SIZE = 0x250;
/**
 * The kind of each code unit, and what it folds to: looked up rather than tested, as this runs on every
 * character. A character outside ASCII counts only if foldText makes it one ASCII letter or digit; then
 * folding it alone is folding it in the cell, which the tests check over the whole range.
 */
const KIND = new Uint8Array(TABLE_SIZE);
const FOLDED = new Uint8Array(TABLE_SIZE);
for (let c = 0; c < TABLE_SIZE; c++) {
  const folded = c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : foldedCode(String.fromCharCode(c));
  FOLDED[c] = folded;
  KIND[c] =
    folded >= 97 && folded <= 122
      ? LETTER
      : folded >= 48 && folded <= 57
        ? DIGIT
        : c >= 128 || c === 39 || c === 96
          ? NOT_PLAIN_CHAR
          : SEPARATOR;
}

/** The ASCII letter or digit a character folds to alone, or 0. */
function foldedCode(char: string): number {
  const folded = foldText(char);
  return folded.length === 1 && /[a-z0-9]/.test(folded) ? folded.charCodeAt(0) : 0;
}

/** The text folded character by character: only for text whose characters are all in the table. */
function foldPlain(text: string, start = 0, end = text.length): string {
  let out = "";
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    out += c < TABLE_SIZE && KIND[c] !== NOT_PLAIN_CHAR ? String.fromCharCode(FOLDED[c]) : text[i];
  }
  return out;
}
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/** Longer words are described each time rather than kept: they are rare, and would crowd the table. */
const MAX_KEPT_LENGTH = 40;
const SLOTS = 1 << 14;
/** The table is emptied when half full, which keeps probing short; a register has a few thousand distinct words. */
const MAX_WORDS = SLOTS >> 1;
const POOL_SIZE = MAX_WORDS * 12;

/** What readWords() gives when the text is not plain: the caller reads it the full way. */
export const NOT_PLAIN = -1;

export class PlainWordReader<Info> {
  private readonly hashes = new Int32Array(SLOTS);
  /** Where each slot's word starts in the pool, or -1 for an empty slot. */
  private readonly starts = new Int32Array(SLOTS).fill(-1);
  private readonly lengths = new Uint8Array(SLOTS);
  private readonly slotFlags = new Uint8Array(SLOTS);
  private readonly slotInfos: Info[] = new Array<Info>(SLOTS);
  /** The kept words' letters, one after another. */
  private readonly pool = new Uint8Array(POOL_SIZE);
  private poolUsed = 0;
  private wordCount = 0;
  /** The words of the text last read, in order: their descriptions, and the OR of their flags. */
  readonly infos: Info[] = [];
  flags = 0;

  /**
   * @param describe what the caller needs to know of a word (folded, as latinTokens gives it)
   * @param flagsOf bit flags summarising a description (at most 8 bits), ORed over a text's words in `flags`
   * @param bracketed latinTokens' bracketed replacements ("(m)"): a text holding one is not plain
   */
  constructor(
    private readonly describe: (word: string) => Info,
    private readonly flagsOf: (word: string, info: Info) => number,
    private readonly bracketed: ReadonlyArray<readonly [string, string]> = [],
  ) {}

  /**
   * Reads the words of `text` into `infos` and returns how many there are, or NOT_PLAIN for text with a
   * character that does not fold to ASCII alone, an apostrophe, a bracketed form, or a comma or line break
   * inside a run of single letters ("S, A"), where a shorter reading of the cell would have a word the whole
   * cell does not.
   */
  readWords(text: string): number {
    if (this.bracketed.length > 0 && text.includes("(") && this.holdsBracketed(text)) return NOT_PLAIN;
    this.flags = 0;
    let count = 0;
    let letters = "";
    let start = 0;
    let kind = SEPARATOR;
    let hash = FNV_OFFSET;
    const n = text.length;
    for (let i = 0; i <= n; i++) {
      const raw = i < n ? text.charCodeAt(i) : 32;
      if (raw >= TABLE_SIZE) return NOT_PLAIN;
      const next = KIND[raw];
      if (next === NOT_PLAIN_CHAR) return NOT_PLAIN;
      const code = FOLDED[raw];
      if (next !== kind) {
        if (kind === LETTER && i - start === 1) letters += String.fromCharCode(FOLDED[text.charCodeAt(start)]);
        else if (kind !== SEPARATOR) {
          if (letters) {
            count = this.addText(letters, 0, letters.length, textHash(letters), count);
            letters = "";
          }
          count = this.addText(text, start, i, hash, count);
        }
        start = i;
        kind = next;
        hash = FNV_OFFSET;
      }
      if (next !== SEPARATOR) hash = Math.imul(hash ^ code, FNV_PRIME);
      else if (letters) {
        if (code === 44 /* , */ || code === 10 || code === 13) return NOT_PLAIN;
        if (code === 38 /* & */) {
          count = this.addText(letters, 0, letters.length, textHash(letters), count);
          letters = "";
        }
      }
      if (code === 38 /* & */) count = this.addText(AND, 0, AND.length, AND_HASH, count);
    }
    if (letters) count = this.addText(letters, 0, letters.length, textHash(letters), count);
    return count;
  }

  private holdsBracketed(text: string): boolean {
    const folded = foldPlain(text);
    return this.bracketed.some(([from]) => folded.includes(from));
  }

  /** Looks up the word text[start, end) (folded to lower case) and appends its description. */
  private addText(text: string, start: number, end: number, hash: number, count: number): number {
    const length = end - start;
    if (length > MAX_KEPT_LENGTH) {
      const word = foldPlain(text, start, end);
      const info = this.describe(word);
      this.flags |= this.flagsOf(word, info);
      this.infos[count] = info;
      return count + 1;
    }
    let slot = hash & (SLOTS - 1);
    for (let at = this.starts[slot]; at >= 0; at = this.starts[slot]) {
      if (this.hashes[slot] === hash && this.lengths[slot] === length && this.sameWord(at, text, start, length)) {
        this.flags |= this.slotFlags[slot];
        this.infos[count] = this.slotInfos[slot];
        return count + 1;
      }
      slot = (slot + 1) & (SLOTS - 1);
    }
    const word = foldPlain(text, start, end);
    const info = this.describe(word);
    const flags = this.flagsOf(word, info);
    if (this.wordCount >= MAX_WORDS || this.poolUsed + length > POOL_SIZE) {
      this.clear();
      slot = hash & (SLOTS - 1);
    }
    this.keep(slot, word, hash, info, flags);
    this.flags |= flags;
    this.infos[count] = info;
    return count + 1;
  }

  private sameWord(at: number, text: string, start: number, length: number): boolean {
    const pool = this.pool;
    for (let k = 0; k < length; k++) if (pool[at + k] !== FOLDED[text.charCodeAt(start + k)]) return false;
    return true;
  }

  /** `slot` is empty, or the table was just cleared. */
  private keep(slot: number, word: string, hash: number, info: Info, flags: number): void {
    while (this.starts[slot] >= 0) slot = (slot + 1) & (SLOTS - 1);
    const at = this.poolUsed;
    for (let k = 0; k < word.length; k++) this.pool[at + k] = word.charCodeAt(k);
    this.poolUsed += word.length;
    this.starts[slot] = at;
    this.hashes[slot] = hash;
    this.lengths[slot] = word.length;
    this.slotFlags[slot] = flags;
    this.slotInfos[slot] = info;
    this.wordCount++;
  }

  private clear(): void {
    this.starts.fill(-1);
    this.slotInfos.fill(undefined as Info);
    this.poolUsed = 0;
    this.wordCount = 0;
  }
}

const AND = "and";

/** FNV-1a over the code units of a word already in lower case, as readWords hashes words as it goes. */
function textHash(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
  return hash;
}

const AND_HASH = textHash(AND);
