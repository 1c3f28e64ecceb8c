/**
 * Text folding shared by the Latin and CJK paths. Applied identically to listed names and to
 * supplier cells, so whatever it does cannot make a name stop matching itself. Most supplier names are
 * plain ASCII, so each step checks for that first: screening speed depends on it.
 */

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー々〆]+/gu;
const LATIN_DIACRITICS = /[\u0300-\u036f]/g;
const APOSTROPHES = /['’‘`´ʼ]/g;
// eslint-disable-next-line no-control-regex -- the ASCII range starts at U+0000 by definition
const NON_ASCII = /[^\u0000-\u007f]/;
const ASCII_TOKEN = /[a-z0-9]+/g;
const UNICODE_TOKEN = /[\p{L}\p{N}]+/gu;
const DIGIT = /\p{N}/u;
const LETTER = /\p{L}/u;
const LETTERS_OR_DIGITS = /\p{N}+|\p{L}+/gu;

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

/** Replaces a bracketed variant such as "(m)" only where it stands as a word, so "product(s)" is left alone. */
function replaceBracketed(text: string, from: string, to: string): string {
  let out = "";
  let start = 0;
  for (let at = text.indexOf(from); at >= 0; at = text.indexOf(from, at + from.length)) {
    const before = at === 0 ? " " : text[at - 1];
    if (before !== " ") continue;
    out += text.slice(start, at) + ` ${to} `;
    start = at + from.length;
  }
  return out + text.slice(start);
}

function mixesAsciiLettersAndDigits(token: string): boolean {
  let digit = false;
  let letter = false;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c <= 57) digit = true;
    else letter = true;
    if (digit && letter) return true;
  }
  return false;
}

/** Adds a token, gathering runs of single letters ("s a" → "sa"); returns the letters still gathering. */
function pushToken(tokens: string[], letters: string, token: string, ascii: boolean): string {
  if (token.length === 1 && (ascii ? token >= "a" && token <= "z" : LETTER.test(token))) return letters + token;
  if (letters) tokens.push(letters);
  tokens.push(token);
  return "";
}

/**
 * Splits folded text into Latin tokens: apostrophes vanish (int'l → intl), & reads as "and", other
 * punctuation and CJK separate words, letters and digits part ("No.2", "No 2" and "No2" agree), and runs of
 * single letters join (S.A. → sa, D.O.O. → doo) so that dotted and undotted abbreviations agree.
 */
export function latinTokens(folded: string, replacements: ReadonlyArray<readonly [string, string]> = []): string[] {
  let text = folded;
  for (const [from, to] of replacements) {
    if (text.includes(from)) text = replaceBracketed(text, from, to);
  }
  if (text.includes("&")) text = text.replace(/&/g, " and ");
  const ascii = !NON_ASCII.test(text);
  if (ascii ? text.includes("'") || text.includes("`") : true) text = text.replace(APOSTROPHES, "");
  const raw = ascii ? text.match(ASCII_TOKEN) : text.replace(CJK_RUN, " ").match(UNICODE_TOKEN);
  if (!raw) return [];
  const tokens: string[] = [];
  let letters = "";
  for (const token of raw) {
    if (ascii ? !mixesAsciiLettersAndDigits(token) : !(DIGIT.test(token) && LETTER.test(token))) {
      letters = pushToken(tokens, letters, token, ascii);
      continue;
    }
    for (const part of token.match(LETTERS_OR_DIGITS)!) letters = pushToken(tokens, letters, part, ascii);
  }
  if (letters) tokens.push(letters);
  return tokens;
}
