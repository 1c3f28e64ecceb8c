/**
 * The attribute-layout stage of the product reader: catalogue and ERP lines written "NOUN, attribute, attribute"
 * ("Trousers, cargo, olive, 32L", "Mug, coffee, ceramic, 350ml", "Bag, cotton, drawstring"). The first
 * comma-separated part names the article (the head); the later parts are its attributes (kind, material, colour,
 * scent, size), and a List good named only there is not the line's good. A short first attribute is the head's
 * modifier and is read before it ("Scissors, surgical" → "surgical Scissors", so the term "surgical scissors" is
 * found). The data table is src/data/sector/attribute-layout.json; the rule is in docs/sector-risk.md. Pure.
 */
import layoutJson from "../../data/sector/attribute-layout.json";
import { foldText, hasCjk, latinTokens } from "../normalise/text";
import { bundledHeadNounReader } from "./head-noun";

export interface AttributeLayoutFile {
  maxHeadWords: number;
  maxModifierWords: number;
  /** Noun-first lines without a comma: the longest term looked for with the first word moved after the next ones. */
  maxTermWords: number;
  forms: string[];
  conjunctions: string[];
}

/** A line read in the attribute layout. */
export interface AttributeLayout {
  /** The text to read: the line with its first attribute moved before the head when it is a short modifier. */
  text: string;
  /** The head's token positions in `text` (as latinTokens(foldText(text)) gives them), end exclusive. */
  headStart: number;
  headEnd: number;
  /** The head as written (folded), e.g. "mug", "bar soap". */
  head: string;
  /** The head names the form a good comes in ("leaf", "block", "sheet"), not an article made of it. */
  form: boolean;
  /** The later parts join words with a conjunction: the line may list articles ("Jerseys, pullovers and cardigans"). */
  list: boolean;
  /**
   * The head ends at a spaced dash, not a comma ("Jewellery - gold", "Pallets - timber, 1200x1000"): the part after the
   * dash may say what the head is made of, or list what the head, a category, holds ("Dry goods - rice, flour").
   */
  dash?: boolean;
}

/** Punctuation other than the comma that a head or a modifier may not contain. */
const OTHER_PUNCTUATION = /[;:()[\]/+|]/;
const DIGIT = /\p{N}/u;
/** A written word of letters, or of letters joined by hyphens ("Li-Ion"). */
const WORD = /^\p{L}+(?:-\p{L}+)*$/u;
/** An order line's reference and quantity before the item: "PO 2300077161: 8 ea ", "PO 4500218874 ln 10: 20 x ", "6 ea ". */
const ORDER_LEAD =
  /^(?:[^:,]*\p{N}[^:,]*:\s+)?\p{N}+\s*(?:x|ea|each|pr|prs|pair|pairs|ctn|ctns|pk|pks|pcs|pc|no|nos)?\.?\s+(?=\p{L})|^[^:,]*\p{N}[^:,]*:\s+(?=\p{L})/iu;
/** What ends the head of a line in the attribute layout: a comma, or a dash with a space either side ("Jewellery - gold"). */
const HEAD_END = /,|\s[-\u2013\u2014]\s/;

function plurals(word: string): string[] {
  const out = [word, `${word}s`, `${word}es`];
  if (word.endsWith("y")) out.push(`${word.slice(0, -1)}ies`);
  return out;
}

export class AttributeLayoutReader {
  private readonly forms: ReadonlySet<string>;
  private readonly conjunctions: ReadonlySet<string>;
  private readonly maxTermWords: number;

  /**
   * @param isBoundary the head-noun stage's phrase boundaries ("for", "of", "and" …): a head or modifier has none.
   * @param headKind the head-noun stage's kind of a head word ("holder" → accessory), for noun-first lines that start
   *   with an accessory ("Holder Glove Box Triple Wall Mounted").
   */
  constructor(
    private readonly file: AttributeLayoutFile,
    private readonly isBoundary: (word: string) => boolean,
    private readonly headKind: (word: string) => string | undefined = () => undefined,
  ) {
    this.forms = new Set(file.forms.flatMap((f) => plurals(foldText(f))));
    this.conjunctions = new Set(file.conjunctions.map((c) => foldText(c)));
    this.maxTermWords = file.maxTermWords;
  }

  /** Whether a part of a line is a plain short noun phrase: words only, no digits, boundaries or other punctuation. */
  private plain(part: string, maxWords: number): string[] | null {
    if (OTHER_PUNCTUATION.test(part) || DIGIT.test(part)) return null;
    const tokens = latinTokens(foldText(part));
    if (tokens.length === 0 || tokens.length > maxWords || tokens.some((t) => this.isBoundary(t))) return null;
    return tokens;
  }

  /**
   * A noun-first line without a comma ("Battery Lithium Ion Rechargeable", "Salt Table Sachet"): when the first word
   * read after the next one to three words is a term of the table ("lithium ion battery", "table salt") and the line
   * does not already start with a term of two words or more, those words are moved before the first. The term table
   * is the evidence that the line is written noun first; without it English compounds ("Paper towels") read as they are.
   * @returns the line with the words moved, where the head starts (after an order line's reference and quantity) and
   *   the number of words that now make the head, or null.
   */
  nounFirst(text: string, isTerm: (words: readonly string[]) => boolean): { text: string; headStart: number; headWords: number } | null {
    if (hasCjk(text) || text.includes(",")) return null;
    // An order line's reference and quantity before the noun ("PO 2300077161: 8 ea Locker Steel 4 Door") are kept as
    // written; the noun-first reading starts after them.
    const lead = ORDER_LEAD.exec(text)?.[0] ?? "";
    const line = text.slice(lead.length);
    const tokens = latinTokens(foldText(line));
    for (let m = Math.min(this.maxTermWords, tokens.length); m >= 2; m--) if (isTerm(tokens.slice(0, m))) return null;
    const raw = line.trim().split(/\s+/);
    // The tokens of each written word: a hyphenated word of letters ("Li-Ion") is one word of two tokens.
    const rawTokens = raw.map((w) => (WORD.test(w) ? latinTokens(foldText(w)) : null));
    if (!rawTokens[0] || rawTokens[0].length !== 1) return null;
    for (let k = Math.min(this.maxTermWords - 1, tokens.length - 1); k >= 1; k--) {
      const moved = tokens.slice(1, k + 1);
      if (moved.some((t) => this.isBoundary(t) || DIGIT.test(t)) || !isTerm([...moved, tokens[0]])) continue;
      // The words moved must be whole words of letters, so that the rest of the text is kept as written.
      let words = 0;
      for (let n = 0; n < k; words++) {
        const w = rawTokens[words + 1];
        if (!w || w.join(" ") !== tokens.slice(1 + n, 1 + n + w.length).join(" ")) return null;
        n += w.length;
        if (n > k) return null;
      }
      const skipped = latinTokens(foldText(lead)).length;
      return {
        text: lead + [...raw.slice(1, words + 1), raw[0], ...raw.slice(words + 1)].join(" "),
        headStart: skipped,
        headWords: k + 1,
      };
    }
    return null;
  }

  /**
   * The line in the attribute layout, or null when it is not written that way.
   * @param isTerm whether words (folded tokens) are a term of the product table, for noun-first lines without a comma.
   */
  read(text: string, isTerm?: (words: readonly string[]) => boolean): AttributeLayout | null {
    const nounFirst = isTerm ? this.nounFirst(text, isTerm) : null;
    const line = nounFirst ? nounFirst.text : text;
    const commaLayout = this.commaLayout(line, isTerm);
    if (!commaLayout && !nounFirst && isTerm) return this.accessoryFirst(text, isTerm);
    if (commaLayout || !nounFirst) return commaLayout;
    const headEnd = nounFirst.headStart + nounFirst.headWords;
    const headTokens = latinTokens(foldText(line)).slice(nounFirst.headStart, headEnd);
    if (headTokens.length !== nounFirst.headWords) return null;
    return {
      text: line,
      headStart: nounFirst.headStart,
      headEnd,
      head: headTokens.join(" "),
      form: this.forms.has(headTokens[headTokens.length - 1]),
      list: false,
    };
  }

  /**
   * A noun-first line without a comma that starts with an accessory of the head-noun table, followed directly by a
   * good ("Holder Glove Box Triple Wall Mounted", "Pad Incontinence Cotton Feel"): the accessory is the head. Only
   * accessories: article words are also common modifiers ("Paper towels", "Tube socks", "Cream cotton shirt").
   */
  private accessoryFirst(text: string, isTerm: (words: readonly string[]) => boolean): AttributeLayout | null {
    if (hasCjk(text) || text.includes(",")) return null;
    const tokens = latinTokens(foldText(text));
    if (tokens.length < 2 || this.headKind(tokens[0]) !== "accessory" || isTerm(tokens.slice(0, 1))) return null;
    let goodNext = 0;
    for (let n = Math.min(this.maxTermWords, tokens.length - 1); n >= 1 && !goodNext; n--) if (isTerm(tokens.slice(1, 1 + n))) goodNext = n;
    if (!goodNext) return null;
    // A good written in the plural right after the word is the line's noun, and the word says who it is for ("Cleaner
    // tabards navy"): not a noun-first line.
    const last = tokens[goodNext];
    if (last.length > 3 && last.endsWith("s") && !last.endsWith("ss") && isTerm([...tokens.slice(1, goodNext), last.slice(0, -1)]))
      return null;
    return { text, headStart: 0, headEnd: 1, head: tokens[0], form: false, list: false };
  }

  /**
   * A line whose first comma-separated part is its head: "Trousers, cargo, olive, 32L". When the second attribute is
   * short too and, read before the first, makes a term of the table with it and the head ("Oil, palm, refined" →
   * "refined palm oil"), both are read before the head.
   */
  private commaLayout(text: string, isTerm?: (words: readonly string[]) => boolean): AttributeLayout | null {
    if (hasCjk(text)) return null;
    const end = HEAD_END.exec(text);
    if (!end) return null;
    const headPart = text.slice(0, end.index);
    const headTokens = this.plain(headPart, this.file.maxHeadWords);
    if (!headTokens) return null;
    const dash = end[0] !== ",";
    const rest = text.slice(end.index + end[0].length);
    const next = rest.indexOf(",");
    const firstAttribute = next < 0 ? rest : rest.slice(0, next);
    const modifier = this.plain(firstAttribute, this.file.maxModifierWords);
    let read = modifier ? `${firstAttribute.trim()} ${headPart.trim()}${next < 0 ? "" : rest.slice(next)}` : text;
    let headStart = modifier ? modifier.length : 0;
    if (modifier && next >= 0 && isTerm) {
      const after = rest.slice(next + 1);
      const end = after.indexOf(",");
      const whole = end < 0 ? after : after.slice(0, end);
      // A model or part number after the second attribute's words ("Battery, rechargeable, lithium-ion BB-2590/U"):
      // the words before it are the attribute, the number stays after the head.
      const words = whole.trim().split(/\s+/);
      const lead = words.findIndex((w) => !WORD.test(w));
      const secondAttribute = lead > 0 ? words.slice(0, lead).join(" ") : whole;
      const number = lead > 0 ? ` ${words.slice(lead).join(" ")}` : "";
      const second = this.plain(secondAttribute, this.file.maxModifierWords);
      if (second && isTerm([...second, ...modifier, ...headTokens])) {
        read = `${secondAttribute.trim()} ${firstAttribute.trim()} ${headPart.trim()}${number}${end < 0 ? "" : after.slice(end)}`;
        headStart = second.length + modifier.length;
      }
    }
    const headEnd = headStart + headTokens.length;
    // The positions must be those the reader will see; if tokenising the parts differs, the line is read plainly.
    if (latinTokens(foldText(read)).slice(headStart, headEnd).join(" ") !== headTokens.join(" ")) return null;
    const head = headTokens.join(" ");
    const list = latinTokens(foldText(rest)).some((t) => this.conjunctions.has(t));
    return {
      text: read,
      headStart,
      headEnd,
      head,
      form: this.forms.has(headTokens[headTokens.length - 1]),
      list,
      ...(dash ? { dash } : {}),
    };
  }
}

let bundled: AttributeLayoutReader | null = null;

/** The attribute-layout reader for the bundled table, with the bundled head-noun stage's boundaries. */
export function bundledAttributeLayoutReader(): AttributeLayoutReader {
  const heads = bundledHeadNounReader();
  bundled ??= new AttributeLayoutReader(
    layoutJson as AttributeLayoutFile,
    (word) => heads.isBoundary(word),
    (word) => heads.headKind(word),
  );
  return bundled;
}
