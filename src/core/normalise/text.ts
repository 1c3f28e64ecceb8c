/**
 * Text folding shared by the Latin and CJK paths. Applied identically to listed names and to
 * supplier cells, so whatever it does cannot make a name stop matching itself. Most supplier names are
 * plain ASCII, so each step checks for that first: screening speed depends on it.
 */

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー々〆]+/gu;
const LATIN_DIACRITICS = /[\u0300-\u036f]/g;
const APOSTROPHES = /['’‘`´ʼ]/g;
const APOSTROPHE = /['’‘`´ʼ]/;
const POSSESSIVE_AFTER_DOT = /\.['’‘`´ʼ]s(?![\p{L}\p{N}])/gu;
// eslint-disable-next-line no-control-regex -- the ASCII range starts at U+0000 by definition
const NON_ASCII = /[^\u0000-\u007f]/;
const DIGIT = /\p{N}/u;
/**
 * Letters and the combining marks written with them: Thai and Indic vowel signs and viramas (ดิบ, चीनी) are marks, and
 * a word cut at each of them fell apart into single letters. Latin accents are dropped before (foldText), so this
 * changes nothing in Latin text.
 */
const LETTER = /[\p{L}\p{M}]/u;

export function hasCjk(text: string): boolean {
  return NON_ASCII.test(text) && CJK_CHAR.test(text);
}

/** NFKC folds full-width forms (ＳＵＰＥＲＭＡＸ, （）) and ligatures; then case; then Latin accents only. */
export function foldText(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  const lower = text.normalize("NFKC").toLowerCase();
  // Only Latin combining accents are dropped: Japanese voicing marks are letters, not decoration.
  return NON_ASCII.test(lower) ? lower.normalize("NFD").replace(LATIN_DIACRITICS, "").normalize("NFC") : lower;
}

/** The CJK runs of a folded string, in order. */
export function cjkRuns(folded: string): string[] {
  return NON_ASCII.test(folded) ? (folded.match(CJK_RUN) ?? []) : [];
}

/** Web-address endings: "bus.com" is an address, not "Bus." before a word. */
const WEB_ENDING = /^(?:com|net|org|edu|gov|biz|info|io|cn|hk|jp|tw|kr|sg|my|vn|uk|de)(?![\p{L}\p{N}])/u;

/**
 * Whether a dot before text[at] ends the word before it. A dot stuck to the next word ends the word as a space would
 * ("TEX.CO.,LTD.", "HAIR ACC.CO."), unless a figure follows ("No.2") or the next word ends a web address ("bus.com").
 */
export function dotEndsWord(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const next = text[at];
  if (/[\p{N}]/u.test(next)) return false;
  if (!/[\p{L}]/u.test(next)) return true;
  return !WEB_ENDING.test(text.slice(at, at + 5));
}

/**
 * Replaces a bracketed variant such as "(m)", or a dotted one such as "bus.", only where it stands as a word, so
 * "product(s)" and "minibus.com" are left alone; a dotted one may be stuck to the next word ("acc.co.", dotEndsWord).
 */
function replaceBracketed(text: string, from: string, to: string): string {
  let out = "";
  let start = 0;
  const dotted = from.endsWith(".");
  // "b/p" ends at a space or the end of the text, as a bracket ends "(m)".
  const slashed = from.includes("/");
  for (let at = text.indexOf(from); at >= 0; at = text.indexOf(from, at + from.length)) {
    const before = at === 0 ? " " : text[at - 1];
    if (before !== " ") continue;
    if (dotted && !dotEndsWord(text, at + from.length)) continue;
    if (slashed && at + from.length < text.length && text[at + from.length] !== " ") continue;
    out += text.slice(start, at) + ` ${to} `;
    start = at + from.length;
  }
  return out + text.slice(start);
}

const SEPARATOR = 0;
const LETTER_CHAR = 1;
const DIGIT_CHAR = 2;
/** Kinds of the BMP code units met so far (0 = not yet known, else kind + 1): classifying with \p{} once per character. */
const bmpKinds = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  bmpKinds[c] = 1 + (c >= 97 && c <= 122 ? LETTER_CHAR : c >= 48 && c <= 57 ? DIGIT_CHAR : SEPARATOR);
}
const CJK_OR_MARK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー々〆]/u;

/** CJK characters separate Latin words (the CJK path reads them); other letters and digits make words. */
function kindOf(char: string): number {
  if (CJK_OR_MARK.test(char)) return SEPARATOR;
  return LETTER.test(char) ? LETTER_CHAR : DIGIT.test(char) ? DIGIT_CHAR : SEPARATOR;
}

function bmpKind(code: number): number {
  const known = bmpKinds[code];
  if (known !== 0) return known - 1;
  const kind = kindOf(String.fromCharCode(code));
  bmpKinds[code] = kind + 1;
  return kind;
}

function isSurrogatePair(text: string, i: number, code: number): boolean {
  if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length) return false;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff;
}

/** Gathers runs of single letters ("s a" → "sa") while collecting words. */
class TokenCollector {
  readonly tokens: string[] = [];
  private letters = "";

  push(token: string, isLetter: boolean): void {
    if (token.length === 1 && isLetter) {
      this.letters += token;
      return;
    }
    if (this.letters) {
      this.tokens.push(this.letters);
      this.letters = "";
    }
    this.tokens.push(token);
  }

  finish(): string[] {
    if (this.letters) this.tokens.push(this.letters);
    return this.tokens;
  }
}

/**
 * Splits folded text into Latin tokens: apostrophes vanish (int'l → intl), & reads as "and", other
 * punctuation and CJK separate words, letters and digits part ("No.2", "No 2" and "No2" agree), and runs of
 * single letters join (S.A. → sa, D.O.O. → doo) so that dotted and undotted abbreviations agree.
 * One pass over the characters: this runs on every supplier cell, and a regular expression per step cost
 * more than the rest of screening. Most cells are plain ASCII with nothing to replace, and take a shorter way.
 */
export function latinTokens(folded: string, replacements: ReadonlyArray<readonly [string, string]> = []): string[] {
  let text = folded;
  let replaced = false;
  for (const [from, to] of replacements) {
    if (text.includes(from)) {
      text = replaceBracketed(text, from, to);
      replaced = true;
    }
  }
  return (replaced ? null : plainAsciiTokens(text)) ?? anyTokens(text);
}

/**
 * latinTokens for ASCII text without apostrophes, or null for any other text. Letters are a-z: the text
 * is folded, so capitals are punctuation here as in anyTokens.
 */
function plainAsciiTokens(text: string): string[] | null {
  const tokens: string[] = [];
  let letters = "";
  let start = 0;
  let kind = SEPARATOR;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    let next: number;
    if (code >= 97 && code <= 122) next = LETTER_CHAR;
    else if (code >= 48 && code <= 57) next = DIGIT_CHAR;
    else if (code >= 128 || code === 39 /* ' */ || code === 96 /* ` */) return null;
    else next = SEPARATOR;
    if (next !== kind) {
      if (kind === LETTER_CHAR && i - start === 1) letters += text[start];
      else if (kind !== SEPARATOR) {
        if (letters) {
          tokens.push(letters);
          letters = "";
        }
        tokens.push(text.slice(start, i));
      }
      start = i;
      kind = next;
    }
    if (code === 38 /* & */) {
      if (letters) {
        tokens.push(letters);
        letters = "";
      }
      tokens.push("and");
    }
  }
  if (letters) tokens.push(letters);
  return tokens;
}

function anyTokens(folded: string): string[] {
  let text = folded;
  const ascii = !NON_ASCII.test(text);
  if (ascii ? text.includes("'") || text.includes("`") : APOSTROPHE.test(text)) {
    // The possessive of an abbreviation ("CORP.'S") is dropped: joined to nothing, its "s" would be a word of its own.
    if (text.includes(".")) text = text.replace(POSSESSIVE_AFTER_DOT, ".");
    text = text.replace(APOSTROPHES, "");
  }
  const out = new TokenCollector();
  let start = 0;
  let kind = SEPARATOR;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    let width = 1;
    let next: number;
    if (code < 128) next = bmpKinds[code] - 1;
    else if (isSurrogatePair(text, i, code)) {
      width = 2;
      next = kindOf(text.slice(i, i + 2));
    } else next = bmpKind(code);
    if (next !== kind) {
      if (kind !== SEPARATOR) out.push(text.slice(start, i), kind === LETTER_CHAR);
      start = i;
      kind = next;
    }
    if (code === 38 /* & */) out.push("and", true);
    i += width - 1;
  }
  return out.finish();
}
