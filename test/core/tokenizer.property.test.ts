import fc from "fast-check";
import { bundledTables } from "../../src/core";
import { foldText, latinTokens } from "../../src/core/normalise/text";

/**
 * The tokenizer is a hand-written one-pass scanner for speed. This is the plainer regular-expression
 * definition it replaced; the two must agree on every folded string. A word is letters with their combining marks
 * (Thai and Indic vowel signs) and digits.
 */
function referenceTokens(folded: string, replacements: ReadonlyArray<readonly [string, string]>): string[] {
  let text = folded;
  for (const [from, to] of replacements) {
    let out = "";
    let start = 0;
    for (let at = text.indexOf(from); at >= 0; at = text.indexOf(from, at + from.length)) {
      if (at > 0 && text[at - 1] !== " ") continue;
      out += text.slice(start, at) + ` ${to} `;
      start = at + from.length;
    }
    text = out + text.slice(start);
  }
  text = text.replace(/&/g, " and ").replace(/['’‘`´ʼ]/g, "");
  const raw =
    text.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー々〆]+/gu, " ").match(/[\p{L}\p{M}\p{N}]+/gu) ??
    [];
  const tokens: string[] = [];
  let letters = "";
  for (const token of raw) {
    for (const part of token.match(/\p{N}+|[\p{L}\p{M}]+/gu)!) {
      if (part.length === 1 && /[\p{L}\p{M}]/u.test(part)) {
        letters += part;
        continue;
      }
      if (letters) tokens.push(letters);
      letters = "";
      tokens.push(part);
    }
  }
  if (letters) tokens.push(letters);
  return tokens;
}

const tables = bundledTables();
/** Characters that exercise every branch: ASCII, accents, CJK, kana marks, apostrophes, digits of other scripts, astral letters. */
const ALPHABET = [
  ..."abcxyzABCXYZ0129 .,&'`()-/\t\n",
  ..."éüıİşđßøœ’‘´ʼ",
  ..."合盛硅业有限公司ガーー々〆한국",
  ..."٣४²½Ⅻ",
  "𝐀",
  "𠀀",
  "\ud800",
  "\udc00",
  "(m)",
  "(s)",
  "(p)",
];

describe("latinTokens (one-pass scanner)", () => {
  it("agrees with the regular-expression definition on folded text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }), (chars) => {
        const folded = foldText(chars.join(""));
        expect(latinTokens(folded, tables.bracketed)).toEqual(referenceTokens(folded, tables.bracketed));
      }),
      { numRuns: 3000, seed: 20261126 },
    );
  });

  it("agrees on plain ASCII text, which takes a shorter way", () => {
    const ascii = [..."abcdefxyz0189 .,&()-/:;_\t", "(m)", "(s)", "(i)", "'", "`", "ABC"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ascii), { maxLength: 40 }), (chars) => {
        const folded = foldText(chars.join(""));
        expect(latinTokens(folded, tables.bracketed)).toEqual(referenceTokens(folded, tables.bracketed));
        expect(latinTokens(folded)).toEqual(referenceTokens(folded, []));
      }),
      { numRuns: 5000, seed: 3 },
    );
  });

  it("agrees on arbitrary Unicode strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 30 }), (s) => {
        const folded = foldText(s);
        expect(latinTokens(folded)).toEqual(referenceTokens(folded, []));
      }),
      { numRuns: 3000, seed: 7 },
    );
  });
});
