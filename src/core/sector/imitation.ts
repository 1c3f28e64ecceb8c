/**
 * The imitation stage of the product reader: a good named with an imitation or colour word is a look, not the good
 * ("Imitation gold leaf", "Faux leather", "Brass-effect handles", "Gold-tone crowns", "Masonry paint sandstone"). The
 * words are a data table, src/data/sector/imitation.json; the rule is in docs/sector-risk.md, "Imitation and colour
 * words". Pure: given the text's tokens and where a good was found, it says whether the good is only imitated.
 */
import imitationJson from "../../data/sector/imitation.json";
import { cjkKey } from "../countries/tables";
import { foldText, latinTokens } from "../normalise/text";

export interface ImitationFile {
  /** Latin words directly before a good's term that say the article imitates it ("faux", "imitation"). */
  before: string[];
  /** Latin words directly after a good's term that make it a look or a colour ("effect", "tone", "colour"). */
  after: string[];
  /** Paint words: a good named after one, later in its phrase, is the paint's colour ("Masonry paint sandstone"). */
  colourOf: string[];
  cjkBefore?: string[];
  cjkAfter?: string[];
  /** Goods that are imitations themselves (Artificial Flowers): never dropped ("Faux silk flowers"). */
  imitationGoods?: string[];
  /** Colour names built from a good's word ("charcoal grey", "silver grey"): a good inside one is the colour. */
  colourNames?: string[];
  /**
   * Goods' words that are also colour names ("chestnut", "cocoa", "cognac", "silver"): one standing as a later
   * comma-separated part of a listing title, alone or with one more word and no digit, followed only by parts holding a digit ("Moccasin Slipper, Chestnut, 8";
   * "Bean Bag Chair, Cocoa Lenox, 4ft"), is the colour of the article the title's first part names (at least
   * `colourPartAfterWords` words), not the good.
   */
  colourWords?: string[];
  /** The fewest words the first part of a title must have for a later colour part to be read as its colour. */
  colourPartAfterWords?: number;
  /**
   * Words that, in the first part of a title, say it names the material itself ("Fine Bullion Round 999, Silver, 1 oz";
   * "Whole Roasted Nuts, Chestnut, 200 g"): the later part is then the material's kind, never a colour.
   */
  colourPartMaterialWords?: string[];
}

const DIGIT = /\p{N}/u;

const word = (w: string) => latinTokens(foldText(w)).join(" ");

export class ImitationReader {
  private readonly before: ReadonlySet<string>;
  private readonly after: ReadonlySet<string>;
  private readonly colourOf: ReadonlySet<string>;
  private readonly cjkBefore: string[];
  private readonly cjkAfter: string[];
  private readonly imitationGoods: ReadonlySet<string>;
  private readonly colourNames: readonly string[][];
  private readonly colourWords: ReadonlySet<string>;
  private readonly colourPartAfterWords: number;
  private readonly colourPartMaterialWords: ReadonlySet<string>;

  constructor(file: ImitationFile) {
    const single = (list: readonly string[], what: string) =>
      list.map((w) => {
        const folded = word(w);
        if (!folded || folded.includes(" ")) throw new Error(`imitation.json: "${w}" in ${what} must be one Latin word`);
        return folded;
      });
    this.before = new Set(single(file.before, "before"));
    this.after = new Set(single(file.after, "after"));
    this.colourOf = new Set(single(file.colourOf, "colourOf"));
    this.cjkBefore = (file.cjkBefore ?? []).map((w) => cjkKey(foldText(w)));
    this.cjkAfter = (file.cjkAfter ?? []).map((w) => cjkKey(foldText(w)));
    this.imitationGoods = new Set(file.imitationGoods ?? []);
    this.colourNames = (file.colourNames ?? []).map((w) => {
      const words = word(w).split(" ");
      if (words.length < 2) throw new Error(`imitation.json: colour name "${w}" must be two or more Latin words`);
      return words;
    });
    this.colourWords = new Set(single(file.colourWords ?? [], "colourWords"));
    this.colourPartAfterWords = file.colourPartAfterWords ?? 3;
    this.colourPartMaterialWords = new Set(single(file.colourPartMaterialWords ?? [], "colourPartMaterialWords"));
  }

  /**
   * Whether the one-word good at token `start` is a colour part of a listing title: a later comma-separated part holding
   * only a colour word of the table, or it and one more word, with no digit, and followed only by parts with a digit
   * (sizes, counts): "Slipper, Chestnut, 8"; "Chair, Cocoa Lenox, 4ft"; not when the first part holds a material word
   * ("Fine Bullion Round 999, Silver, 1 oz" is silver).
   */
  private colourPart(tokens: readonly string[], phrases: readonly number[], start: number, end: number): boolean {
    if (end - start !== 1 || !this.colourWords.has(tokens[start]) || phrases[start] === 0) return false;
    const part = tokens.filter((_, i) => phrases[i] === phrases[start]);
    if (part.length > 2 || part[0] !== tokens[start] || part.some((w) => DIGIT.test(w))) return false;
    // Only sizes and counts may follow ("…, Chestnut, 8"): "Coffee, Tea and Sugar Sachets" is a list of goods.
    const later = new Set(phrases.filter((p) => p > phrases[start]));
    if ([...later].some((p) => !tokens.some((w, i) => phrases[i] === p && DIGIT.test(w)))) return false;
    const first = tokens.filter((_, i) => phrases[i] === 0);
    return first.length >= this.colourPartAfterWords && !first.some((w) => this.colourPartMaterialWords.has(w));
  }

  /** Whether tokens [start, end) lie inside a colour name of the table ("Carpet tiles, charcoal grey"). */
  private inColourName(tokens: readonly string[], start: number, end: number): boolean {
    return this.colourNames.some((name) => {
      for (let p = Math.max(0, end - name.length); p <= start; p++) {
        if (name.every((w, i) => tokens[p + i] === w)) return true;
      }
      return false;
    });
  }

  /** Whether a good stays when it is named with an imitation word: only a good that is an imitation itself. */
  keeps(good: string): boolean {
    return this.imitationGoods.has(good);
  }

  /**
   * Whether the good found at tokens [start, end) is only imitated or names a colour.
   * @param phrases the phrase number of each token (punctuation ends a phrase); a paint word counts only in the good's phrase.
   * @param isBoundary whether a word ends a phrase ("for", "with", "and" …).
   */
  latin(tokens: readonly string[], phrases: readonly number[], start: number, end: number, isBoundary: (w: string) => boolean): boolean {
    if (start > 0 && this.before.has(tokens[start - 1]) && phrases[start - 1] === phrases[start]) return true;
    if (end < tokens.length && this.after.has(tokens[end]) && phrases[end] === phrases[start]) return true;
    if (this.inColourName(tokens, start, end)) return true;
    if (this.colourPart(tokens, phrases, start, end)) return true;
    for (let i = start - 1; i >= 0 && phrases[i] === phrases[start]; i--) {
      if (isBoundary(tokens[i]) || DIGIT.test(tokens[i])) return false;
      if (this.colourOf.has(tokens[i])) return true;
    }
    return false;
  }

  /** Whether the good found at characters [start, end) of a CJK key is only imitated (仿金) or names a colour (金色). */
  cjk(text: string, start: number, end: number): boolean {
    return this.cjkBefore.some((w) => text.slice(0, start).endsWith(w)) || this.cjkAfter.some((w) => text.startsWith(w, end));
  }
}

let bundled: ImitationReader | null = null;

/** The imitation reader for the bundled table. */
export function bundledImitationReader(): ImitationReader {
  bundled ??= new ImitationReader(imitationJson as ImitationFile);
  return bundled;
}
