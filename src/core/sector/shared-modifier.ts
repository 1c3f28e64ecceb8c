/**
 * The shared-modifier stage of the product reader: a modifier written once before nouns joined by "and" qualifies
 * each of them ("Christmas tree and decorations" names Christmas decorations; "Rubber boots and gloves" rubber
 * gloves). The stage writes the modifier again after the conjunction when the modifier and the words after it make a
 * term of the term table and those words alone do not, or make one of its "unless" phrases ("Paper plates and towels":
 * paper towels); otherwise the text is left as written. The data table is
 * src/data/sector/shared-modifier.json; the rule is in docs/sector-risk.md, "Shared modifiers". Pure.
 */
import sharedJson from "../../data/sector/shared-modifier.json";
import { foldText, latinTokens } from "../normalise/text";

export interface SharedModifierFile {
  conjunctions: string[];
  maxBetweenWords: number;
  maxAfterWords: number;
}

/** A word of letters in the written text, with where it is. */
interface Word {
  text: string;
  folded: string;
  start: number;
  end: number;
}

/** Latin words and the "&" sign, as written; anything else (digits, punctuation) separates runs of words. */
const WORD = /\p{Script=Latin}+(?:['’-]\p{Script=Latin}+)*|&/gu;
/** What may stand between two words of one run: spaces only. */
const SPACES = /^\s+$/u;

export class SharedModifierReader {
  private readonly conjunctions: ReadonlySet<string>;

  constructor(private readonly file: SharedModifierFile) {
    if (file.conjunctions.length === 0) throw new Error("shared-modifier.json: no conjunctions");
    if (!(file.maxBetweenWords >= 1 && file.maxAfterWords >= 1))
      throw new Error("shared-modifier.json: maxBetweenWords and maxAfterWords must be at least 1");
    this.conjunctions = new Set(file.conjunctions.map((c) => foldText(c).trim()));
  }

  /**
   * The text with each shared modifier written again after its conjunction, and the modifiers so repeated.
   * @param isTerm whether folded words are a term of the term table (the last word also in the plural).
   * @param isCompound whether folded words are a term or an "unless" phrase of the table ("paper towel"): a shared
   *   modifier that makes an "unless" phrase is repeated too, so that it stops the term ("Paper plates and towels").
   */
  read(
    text: string,
    isTerm: (words: readonly string[]) => boolean,
    isCompound: (words: readonly string[]) => boolean = isTerm,
  ): { text: string; repeated: string[] } {
    const words: Word[] = [];
    for (const m of text.matchAll(WORD)) {
      const folded = latinTokens(foldText(m[0])).join(" ");
      if (folded || m[0] === "&")
        words.push({ text: m[0], folded: m[0] === "&" ? "&" : folded, start: m.index!, end: m.index! + m[0].length });
    }
    // Words joined by spaces only form a run; a modifier, its first noun, the conjunction and the words after it
    // must all be in one run.
    const joined = (a: Word, b: Word) => SPACES.test(text.slice(a.end, b.start));
    const inserts: Array<{ at: number; modifier: string }> = [];
    for (let c = 2; c < words.length - 1; c++) {
      if (!this.conjunctions.has(words[c].folded)) continue;
      for (let between = 1; between <= this.file.maxBetweenWords; between++) {
        const m = c - between - 1;
        if (m < 0) break;
        const chain = words.slice(m, c + 1);
        if (chain.some((w, k) => k > 0 && !joined(chain[k - 1], w))) break;
        if (chain.slice(0, -1).some((w) => this.conjunctions.has(w.folded))) break;
        const modifier = words[m];
        let found = false;
        for (let after = Math.min(this.file.maxAfterWords, words.length - c - 1); after >= 1 && !found; after--) {
          const tail = words.slice(c + 1, c + 1 + after);
          if (!joined(words[c], tail[0]) || tail.some((w, k) => k > 0 && !joined(tail[k - 1], w))) continue;
          if (tail.some((w) => this.conjunctions.has(w.folded))) continue;
          const tailWords = tail.map((w) => w.folded);
          const phrase = [modifier.folded, ...tailWords];
          if ((isTerm(phrase) && !isTerm(tailWords)) || (isCompound(phrase) && !isTerm(phrase))) {
            inserts.push({ at: words[c + 1].start, modifier: modifier.text });
            found = true;
          }
        }
        if (found) break;
      }
    }
    if (inserts.length === 0) return { text, repeated: [] };
    let out = text;
    for (const { at, modifier } of [...inserts].reverse()) out = `${out.slice(0, at)}${modifier} ${out.slice(at)}`;
    return { text: out, repeated: inserts.map((i) => i.modifier) };
  }
}

let bundled: SharedModifierReader | null = null;

/** The shared-modifier reader for the bundled table. */
export function bundledSharedModifierReader(): SharedModifierReader {
  bundled ??= new SharedModifierReader(sharedJson as SharedModifierFile);
  return bundled;
}
