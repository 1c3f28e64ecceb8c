/**
 * Text folding shared by the Latin and CJK paths. Applied identically to listed names and to
 * supplier cells, so whatever it does cannot make a name stop matching itself.
 */

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー々〆]+/gu;
const LATIN_DIACRITICS = /[\u0300-\u036f]/g;
const APOSTROPHES = /['’‘`´ʼ]/g;
const NON_ALNUM = /[^\p{L}\p{N}]+/gu;

export function hasCjk(text: string): boolean {
  return CJK_CHAR.test(text);
}

/** NFKC folds full-width forms (ＳＵＰＥＲＭＡＸ, （）) and ligatures; then case; then Latin accents only. */
export function foldText(text: string): string {
  const lower = text.normalize("NFKC").toLowerCase();
  // Only Latin combining accents are dropped: Japanese voicing marks are letters, not decoration.
  return /[^\u0000-\u007f]/.test(lower) ? lower.normalize("NFD").replace(LATIN_DIACRITICS, "").normalize("NFC") : lower;
}

/** The CJK runs of a folded string, in order. */
export function cjkRuns(folded: string): string[] {
  return folded.match(CJK_RUN) ?? [];
}

/**
 * Splits folded text into Latin tokens: apostrophes vanish (int'l → intl), & reads as "and", other
 * punctuation and CJK separate words, and runs of single letters join (S.A. → sa, D.O.O. → doo) so that
 * dotted and undotted abbreviations agree.
 */
export function latinTokens(folded: string, replacements: ReadonlyArray<readonly [string, string]> = []): string[] {
  let text = folded;
  for (const [from, to] of replacements) {
    if (text.includes(from)) text = text.split(from).join(` ${to} `);
  }
  text = text.replace(APOSTROPHES, "").replace(/&/g, " and ").replace(CJK_RUN, " ").replace(NON_ALNUM, " ");
  const raw = text.split(" ");
  const tokens: string[] = [];
  let letters = "";
  for (const token of raw) {
    if (!token) continue;
    if (token.length === 1 && /\p{L}/u.test(token)) {
      letters += token;
      continue;
    }
    if (letters) tokens.push(letters);
    letters = "";
    tokens.push(token);
  }
  if (letters) tokens.push(letters);
  return tokens;
}
