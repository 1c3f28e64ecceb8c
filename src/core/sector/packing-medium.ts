/**
 * The packing-medium stage of the product reader: retail item masters write what a food is packed in after it, without
 * "in" ("Princes Skinless Boneless Sardines Olive Oil 120g", "Tuna Chunks Sunflower Oil"), where a register line writes
 * "Sardines in olive oil". Read in English order, the medium would be the head and its good (Olives, Sunflowers) the
 * text's good. The stage writes "in" before a packing medium that follows a good's term in one run of words (with at
 * most a few words between, none a boundary word), so the text is read as "Sardines … in Olive Oil": the packed good is
 * the text's good. Otherwise the text is left as written. The data table is src/data/sector/packing-medium.json; the
 * rule is in docs/sector-risk.md, "Leftovers of 12zza and 12zzb". Pure.
 */
import packingJson from "../../data/sector/packing-medium.json";
import { foldText, latinTokens } from "../normalise/text";

export interface PackingMediumFile {
  /** Packing media whose words name a good ("olive oil", "tomato sauce"). */
  media: string[];
  /** Goods of the term table read as packed in a medium (fish and seafood); after another good the medium is the good. */
  packedGoods: string[];
  /** Words that may not stand between the good and the medium, nor directly before the medium ("in", "and"). */
  boundaries: string[];
  /** How many words may stand between the good's term and the medium ("Sardines Skinless Boneless Olive Oil": 2). */
  maxBetweenWords: number;
  /** The word written before the medium ("in"). */
  insert: string;
}

/** A word of letters in the written text, with where it is and its folded tokens. */
interface Word {
  tokens: string[];
  start: number;
  end: number;
}

/** Latin words as written, with hyphens and apostrophes inside; anything else (digits, punctuation) ends a run. */
const WORD = /\p{Script=Latin}+(?:['’-]\p{Script=Latin}+)*|&/gu;
const SPACES = /^\s+$/u;
/** The most words a good's term is looked for in, before the words between it and the medium. */
const TERM_WORDS = 3;

export class PackingMediumReader {
  private readonly media: string[][];
  private readonly boundaries: ReadonlySet<string>;
  /** Goods read as packed in a medium ("Fish"). */
  readonly packedGoods: ReadonlySet<string>;

  constructor(private readonly file: PackingMediumFile) {
    const fold = (w: string) => latinTokens(foldText(w));
    this.media = file.media.map(fold).filter((m) => m.length > 0);
    if (this.media.length !== file.media.length) throw new Error("packing-medium.json: a medium has no words");
    // Longest first, so that "extra virgin olive oil" is found whole.
    this.media.sort((a, b) => b.length - a.length);
    if (file.packedGoods.length === 0) throw new Error("packing-medium.json: packedGoods is empty");
    this.packedGoods = new Set(file.packedGoods);
    this.boundaries = new Set(file.boundaries.map((w) => (w === "&" ? "&" : fold(w).join(" "))));
    if (!(file.maxBetweenWords >= 0)) throw new Error("packing-medium.json: maxBetweenWords must be 0 or more");
    if (fold(file.insert).length !== 1) throw new Error("packing-medium.json: insert must be one word");
  }

  /**
   * The text with the insert word written before each packing medium that follows a packed good's term, and the media so
   * found.
   * @param goodsOf the goods of the term table's term spelt by folded words (the last word also in the plural), none if
   *   they are no term.
   */
  read(text: string, goodsOf: (words: readonly string[]) => readonly string[]): { text: string; media: string[] } {
    const isTerm = (words: readonly string[]) => goodsOf(words).some((g) => this.packedGoods.has(g));
    const words: Word[] = [];
    for (const m of text.matchAll(WORD)) {
      const tokens = m[0] === "&" ? ["&"] : latinTokens(foldText(m[0]));
      if (tokens.length > 0) words.push({ tokens, start: m.index!, end: m.index! + m[0].length });
    }
    const joined = (a: Word, b: Word) => SPACES.test(text.slice(a.end, b.start));
    const boundary = (w: Word) => this.boundaries.has(w.tokens.join(" "));
    const inserts: Array<{ at: number; medium: string }> = [];
    for (let j = 1; j < words.length; j++) {
      const medium = this.media.find((m) => this.mediumAt(words, j, m, joined));
      if (!medium || boundary(words[j - 1]) || !joined(words[j - 1], words[j])) continue;
      for (let between = 0; between <= this.file.maxBetweenWords && j - between - 1 >= 0; between++) {
        const goodEnd = j - between;
        // The words between the good and the medium: joined by spaces, none a boundary word.
        const gap = words.slice(goodEnd, j);
        if (gap.some(boundary) || (gap.length > 0 && !joined(words[goodEnd - 1], gap[0]))) break;
        if (this.termEndingAt(words, goodEnd, isTerm, joined)) {
          inserts.push({ at: words[j].start, medium: medium.join(" ") });
          break;
        }
        if (boundary(words[goodEnd - 1])) break;
      }
    }
    if (inserts.length === 0) return { text, media: [] };
    let out = text;
    for (const { at } of [...inserts].reverse()) out = `${out.slice(0, at)}${this.file.insert} ${out.slice(at)}`;
    return { text: out, media: inserts.map((i) => i.medium) };
  }

  /** Whether the medium's words start at word j, each joined to the one before by spaces. */
  private mediumAt(words: readonly Word[], j: number, medium: readonly string[], joined: (a: Word, b: Word) => boolean): boolean {
    const tokens: string[] = [];
    for (let k = j; k < words.length && tokens.length < medium.length; k++) {
      if (k > j && !joined(words[k - 1], words[k])) return false;
      tokens.push(...words[k].tokens);
    }
    return tokens.length === medium.length && medium.every((t, k) => tokens[k] === t);
  }

  /** Whether a term of the table ends right before word `end` (one to three words, joined by spaces). */
  private termEndingAt(
    words: readonly Word[],
    end: number,
    isTerm: (words: readonly string[]) => boolean,
    joined: (a: Word, b: Word) => boolean,
  ): boolean {
    for (let n = 1; n <= TERM_WORDS && end - n >= 0; n++) {
      if (n > 1 && !joined(words[end - n], words[end - n + 1])) return false;
      if (isTerm(words.slice(end - n, end).flatMap((w) => w.tokens))) return true;
    }
    return false;
  }
}

let bundled: PackingMediumReader | null = null;

/** The packing-medium reader for the bundled table. */
export function bundledPackingMediumReader(): PackingMediumReader {
  bundled ??= new PackingMediumReader(packingJson as PackingMediumFile);
  return bundled;
}
