/**
 * Most supplier cells are plain Latin text ("Ningbo Hongda Textile Co., Ltd.", "Šumadija Plastika d.o.o.").
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

/** The text folded character by character, as foldText would fold it where every character is in the table; others are kept. */
function foldPlain(text: string, start = 0, end = text.length): string {
  let out = "";
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    out += c < TABLE_SIZE && KIND[c] !== NOT_PLAIN_CHAR ? String.fromCharCode(FOLDED[c]) : text[i];
  }
  return out;
}

/** Whether text, folded as foldPlain folds it, reads `word` from `at`. */
function foldsTo(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(at + k);
    const folded = c < TABLE_SIZE && KIND[c] !== NOT_PLAIN_CHAR ? FOLDED[c] : c;
    if (folded !== word.charCodeAt(k)) return false;
  }
  return true;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/** Longer words are described each time rather than kept: they are rare, and would crowd the table. */
const MAX_KEPT_LENGTH = 40;
const SLOTS = 1 << 14;
/** The table is emptied when half full, which keeps probing short; a register has a few thousand distinct words. */
const MAX_WORDS = SLOTS >> 1;
const POOL_SIZE = MAX_WORDS * 8;

/** What readWords() gives when the text is not plain: the caller reads it the full way. */
export const NOT_PLAIN = -1;

/** A slot's four numbers: the word's hash; where its letters after the eighth start in the pool, its length and flags; its first eight letters. */
const SLOT_WIDTH = 4;
const HEAD_LETTERS = 8;
const LENGTH_SHIFT = 8;
const POOL_SHIFT = 14;

export class PlainWordReader<Info> {
  /**
   * The kept words, SLOT_WIDTH numbers each, so that looking a word up reads one place in memory: every
   * other array this reader keeps is read only for the rare word that needs it. An empty slot's second
   * number is -1.
   */
  private readonly slots = new Int32Array(SLOTS * SLOT_WIDTH);
  private readonly slotInfos: Info[] = new Array<Info>(SLOTS);
  /** The letters of the kept words after their eighth, one word after another. */
  private readonly pool = new Uint8Array(POOL_SIZE);
  private poolUsed = 0;
  private wordCount = 0;
  /** The slot of each word of the text last read, or -1 where its description is in `infos` already. */
  private wordSlots = new Int32Array(64);
  private readonly infos: Info[] = [];
  /** latinTokens' dotted replacements ("bus."): a text holding one is not plain. */
  private readonly dotted: readonly string[];
  /** The OR of the flags of the words of the text last read. */
  flags = 0;
  /** The OR of the flags of the words of the text last read that a dot follows ("Industr."). */
  dottedFlags = 0;
  /** The flags of the word last added. */
  private wordFlags = 0;

  /**
   * @param describe what the caller needs to know of a word (folded, as latinTokens gives it)
   * @param flagsOf bit flags summarising a description (at most 8 bits), ORed over a text's words in `flags`
   * @param bracketed latinTokens' bracketed and dotted replacements ("(m)", "bus."): a text holding one is not plain
   */
  constructor(
    private readonly describe: (word: string) => Info,
    private readonly flagsOf: (word: string, info: Info) => number,
    private readonly bracketed: ReadonlyArray<readonly [string, string]> = [],
  ) {
    this.dotted = bracketed.filter(([form]) => form.endsWith(".")).map(([form]) => form);
    this.clear();
  }

  /**
   * Reads the words of `text`, and returns how many there are, or NOT_PLAIN for text with a character that
   * does not fold to ASCII alone, an apostrophe, a bracketed or dotted form, or a comma or line break inside a run of
   * single letters ("S, A"), where a shorter reading of the cell would have a word the whole cell does not.
   * Their flags are in `flags` (and those of words a dot follows in `dottedFlags`); describedWords() gives their descriptions.
   */
  readWords(text: string): number {
    if (this.bracketed.length > 0 && text.includes("(") && this.holdsBracketed(text)) return NOT_PLAIN;
    if (this.dotted.length > 0 && text.includes(".") && this.holdsDotted(text)) return NOT_PLAIN;
    this.flags = 0;
    this.dottedFlags = 0;
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
            count = this.addWord(letters, count);
            letters = "";
          }
          count = this.addText(text, start, i, hash, count);
          if (raw === 46 /* . */) this.dottedFlags |= this.wordFlags;
        }
        start = i;
        kind = next;
        hash = FNV_OFFSET;
      }
      if (next !== SEPARATOR) hash = Math.imul(hash ^ code, FNV_PRIME);
      else if (letters) {
        if (code === 44 /* , */ || code === 10 || code === 13) return NOT_PLAIN;
        if (code === 38 /* & */) {
          count = this.addWord(letters, count);
          letters = "";
        }
      }
      if (code === 38 /* & */) count = this.addWord("and", count);
    }
    if (letters) count = this.addWord(letters, count);
    return count;
  }

  /** The descriptions of the first `count` words of the text last read (readWords' answer), in order. */
  describedWords(count: number): Info[] {
    for (let k = 0; k < count; k++) if (this.wordSlots[k] >= 0) this.infos[k] = this.slotInfos[this.wordSlots[k]];
    return this.infos;
  }

  /** Whether foldPlain(text) holds a bracketed form, read in place: the forms start with "(", which only "(" folds to. */
  private holdsBracketed(text: string): boolean {
    for (let at = text.indexOf("("); at >= 0; at = text.indexOf("(", at + 1)) {
      for (const [form] of this.bracketed) if (form.startsWith("(") && foldsTo(text, at, form)) return true;
    }
    return false;
  }

  /** Whether foldPlain(text) holds a dotted form ("bus."), read in place, wherever it ends with a dot. */
  private holdsDotted(text: string): boolean {
    for (let at = text.indexOf("."); at >= 0; at = text.indexOf(".", at + 1)) {
      for (const form of this.dotted) if (at + 1 >= form.length && foldsTo(text, at + 1 - form.length, form)) return true;
    }
    return false;
  }

  /** addText for a word already folded: a run of single letters, or "and" for "&". */
  private addWord(word: string, count: number): number {
    return this.addText(word, 0, word.length, wordHash(word), count);
  }

  /** Looks up the word text[start, end) (folded to lower case) and records it as word number `count`. */
  private addText(text: string, start: number, end: number, hash: number, count: number): number {
    if (count === this.wordSlots.length) this.growWordSlots();
    const length = end - start;
    if (length > MAX_KEPT_LENGTH) {
      const word = foldPlain(text, start, end);
      return this.recordDescribed(word, this.describe(word), count);
    }
    let head0 = 0;
    let head1 = 0;
    for (let k = 0; k < length && k < HEAD_LETTERS; k++) {
      const code = FOLDED[text.charCodeAt(start + k)];
      if (k < 4) head0 |= code << (k * 8);
      else head1 |= code << ((k - 4) * 8);
    }
    const slots = this.slots;
    let slot = hash & (SLOTS - 1);
    for (let packed = slots[slot * SLOT_WIDTH + 1]; packed >= 0; packed = slots[slot * SLOT_WIDTH + 1]) {
      const at = slot * SLOT_WIDTH;
      if (
        slots[at] === hash &&
        ((packed >> LENGTH_SHIFT) & 63) === length &&
        slots[at + 2] === head0 &&
        slots[at + 3] === head1 &&
        (length <= HEAD_LETTERS || this.sameTail(packed >> POOL_SHIFT, text, start, length))
      ) {
        this.wordFlags = packed & 0xff;
        this.flags |= this.wordFlags;
        this.wordSlots[count] = slot;
        return count + 1;
      }
      slot = (slot + 1) & (SLOTS - 1);
    }
    const word = foldPlain(text, start, end);
    const info = this.describe(word);
    const flags = this.flagsOf(word, info) & 0xff;
    if (this.wordCount >= MAX_WORDS || this.poolUsed + length > POOL_SIZE) {
      // The words read so far lose their slots: keep their descriptions first.
      this.describedWords(count);
      for (let k = 0; k < count; k++) this.wordSlots[k] = -1;
      this.clear();
      slot = hash & (SLOTS - 1);
    }
    this.keep(slot, word, hash, head0, head1, info, flags);
    this.wordFlags = flags;
    this.flags |= flags;
    this.wordSlots[count] = slot;
    return count + 1;
  }

  private recordDescribed(word: string, info: Info, count: number): number {
    this.wordFlags = this.flagsOf(word, info) & 0xff;
    this.flags |= this.wordFlags;
    this.infos[count] = info;
    this.wordSlots[count] = -1;
    return count + 1;
  }

  private growWordSlots(): void {
    const grown = new Int32Array(this.wordSlots.length * 2);
    grown.set(this.wordSlots);
    this.wordSlots = grown;
  }

  private sameTail(at: number, text: string, start: number, length: number): boolean {
    const pool = this.pool;
    for (let k = HEAD_LETTERS; k < length; k++) if (pool[at + k - HEAD_LETTERS] !== FOLDED[text.charCodeAt(start + k)]) return false;
    return true;
  }

  /** `slot` is empty, or the table was just cleared. */
  private keep(slot: number, word: string, hash: number, head0: number, head1: number, info: Info, flags: number): void {
    const slots = this.slots;
    while (slots[slot * SLOT_WIDTH + 1] >= 0) slot = (slot + 1) & (SLOTS - 1);
    const tail = this.poolUsed;
    for (let k = HEAD_LETTERS; k < word.length; k++) this.pool[tail + k - HEAD_LETTERS] = word.charCodeAt(k);
    this.poolUsed += Math.max(0, word.length - HEAD_LETTERS);
    const at = slot * SLOT_WIDTH;
    slots[at] = hash;
    slots[at + 1] = (tail << POOL_SHIFT) | (word.length << LENGTH_SHIFT) | flags;
    slots[at + 2] = head0;
    slots[at + 3] = head1;
    this.slotInfos[slot] = info;
    this.wordCount++;
  }

  private clear(): void {
    for (let slot = 0; slot < SLOTS; slot++) this.slots[slot * SLOT_WIDTH + 1] = -1;
    this.slotInfos.fill(undefined as Info);
    this.poolUsed = 0;
    this.wordCount = 0;
  }
}

/** FNV-1a over the code units of a word already in lower case, as readWords hashes words as it goes. */
function wordHash(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
  return hash;
}
