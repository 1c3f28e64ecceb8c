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
  /**
   * Separators, as written with their spaces, that open a second name of the line (a bilingual line's other language:
   * "Uniforme chirurgical, haut / Scrub top unisex"): a line holding one after its first comma is not in the layout,
   * since the part after the separator names the article again rather than an attribute of the first part's head.
   */
  translationSeparators?: string[];
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
  /**
   * The line was written noun first ("Flour plain wheat 12.5kg" read as "plain Flour wheat 12.5kg"): the head is the
   * article, and a good named after it is its attribute, not the noun it qualifies.
   */
  nounFirst?: boolean;
}

/** Punctuation other than the comma that a head or a modifier may not contain. */
const OTHER_PUNCTUATION = /[;:()[\]/+|]/;
const DIGIT = /\p{N}/u;
/** A written word of letters, or of letters joined by hyphens ("Li-Ion"). */
const WORD = /^\p{L}+(?:-\p{L}+)*$/u;
/** An order line's reference and quantity before the item: "PO 2300077161: 8 ea ", "PO 4500218874 ln 10: 20 x ", "6 ea ". */
const ORDER_LEAD =
  /^(?:[^:,]*\p{N}[^:,]*:\s+)?\p{N}+\s*(?:x|ea|each|pr|prs|pair|pairs|ctn|ctns|pk|pks|pcs|pc|no|nos)?\.?\s+(?=\p{L})|^[^:,]*\p{N}[^:,]*:\s+(?=\p{L})/iu;
/** A qualifier that may stand between a noun and the word that makes a term with it: a participle ("iodised", "peeled"). */
const PARTICIPLE = /^\p{L}{3,}ed$/u;
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

  /** Whether a folded word names the form a good comes in ("leaf", "block", "foam"), in the singular or the plural. */
  isForm(word: string): boolean {
    return this.forms.has(word);
  }

  /** Whether a part of a line is a plain short noun phrase: words only, no digits, boundaries or other punctuation. */
  private plain(part: string, maxWords: number): string[] | null {
    if (OTHER_PUNCTUATION.test(part) || DIGIT.test(part)) return null;
    const tokens = latinTokens(foldText(part));
    if (tokens.length === 0 || tokens.length > maxWords || tokens.some((t) => this.isBoundary(t))) return null;
    return tokens;
  }

  /**
   * A noun-first line ("Battery Lithium Ion Rechargeable", "Salt Table Sachet", "Locker steel 4-door 1830H, 10 ea"): the
   * catalogue order "Noun qualifier qualifier, …". When the noun (the first word, or the first two: "Christmas tree
   * artificial") read after the next one to three words is a term of the table ("lithium ion battery", "table salt",
   * "steel locker", "artificial christmas tree") and the line does not already start with a term of two words or more,
   * those words are moved before the noun. A qualifier or two may stand between the noun and the word that makes the
   * term with it ("Salt iodised table" is iodised table salt; "Garlic peeled cloves" are peeled garlic cloves): they are
   * moved before both. The term table is the evidence that the line is written noun first; without it English
   * compounds ("Paper towels", "Desk lamp") read as they are. Only the part before the first comma is read so; the
   * rest of the line is the head's attributes, and a good named there does not govern the head (AttributeLayout.nounFirst).
   * @returns the line with the words moved, where the head starts (after an order line's reference and quantity) and
   *   the number of words that now make the head, or null.
   */
  nounFirst(text: string, isTerm: (words: readonly string[]) => boolean): { text: string; headStart: number; headWords: number } | null {
    if (hasCjk(text)) return null;
    // An order line's reference and quantity before the noun ("PO 2300077161: 8 ea Locker Steel 4 Door") are kept as
    // written; the noun-first reading starts after them.
    const lead = ORDER_LEAD.exec(text)?.[0] ?? "";
    const comma = text.indexOf(",", lead.length);
    const line = text.slice(lead.length, comma < 0 ? text.length : comma);
    const tail = comma < 0 ? "" : text.slice(comma);
    const tokens = latinTokens(foldText(line));
    for (let m = Math.min(this.maxTermWords, tokens.length); m >= 2; m--) if (isTerm(tokens.slice(0, m))) return null;
    const raw = line.trim().split(/\s+/);
    // The tokens of each written word: a hyphenated word of letters ("Li-Ion") is one word of two tokens.
    const rawTokens = raw.map((w) => (WORD.test(w) ? latinTokens(foldText(w)) : null));
    if (!rawTokens[0] || rawTokens[0].length !== 1) return null;
    const skipped = latinTokens(foldText(lead)).length;
    const rewrite = (words: string[], headStart: number, headWords: number, rest: number) => ({
      text: `${lead}${[...words, ...raw.slice(rest)].join(" ")}${tail}`,
      headStart: skipped + headStart,
      headWords,
    });
    const plainWord = (k: number) => rawTokens[k]?.length === 1 && !this.isBoundary(rawTokens[k]![0]);
    // The noun of one word, then of two ("Christmas tree artificial").
    for (let nounWords = 1; nounWords <= 2; nounWords++) {
      if (nounWords === 2 && !plainWord(1)) break;
      const noun = tokens.slice(0, nounWords);
      for (let k = Math.min(this.maxTermWords - nounWords, tokens.length - nounWords); k >= 1; k--) {
        const moved = tokens.slice(nounWords, nounWords + k);
        if (moved.some((t) => this.isBoundary(t) || DIGIT.test(t)) || !isTerm([...moved, ...noun])) continue;
        // Words that begin a term going on past them ("Oil palm olein frying": palm olein) are that term, not qualifiers.
        if ([1, 2].some((n) => nounWords + k + n <= tokens.length && isTerm(tokens.slice(nounWords, nounWords + k + n)))) continue;
        // The words moved must be whole words of letters, so that the rest of the text is kept as written.
        let words = 0;
        for (let n = 0; n < k; words++) {
          const w = rawTokens[nounWords + words];
          if (!w || w.join(" ") !== tokens.slice(nounWords + n, nounWords + n + w.length).join(" ")) return null;
          n += w.length;
          if (n > k) return null;
        }
        return rewrite([...raw.slice(nounWords, nounWords + words), ...raw.slice(0, nounWords)], 0, k + nounWords, nounWords + words);
      }
    }
    // Qualifiers between the noun and the word that makes the term with it, before or after it.
    for (let j = 2; j <= 3 && plainWord(j); j++) {
      const between = raw.slice(1, j);
      if (!between.every((_, q) => plainWord(q + 1) && PARTICIPLE.test(rawTokens[q + 1]![0]) && !isTerm(rawTokens[q + 1]!))) break;
      const word = rawTokens[j]![0];
      if (isTerm([word, tokens[0]])) return rewrite([...between, raw[j], raw[0]], j - 1, 2, j + 1);
      if (isTerm([tokens[0], word])) return rewrite([...between, raw[0], raw[j]], j - 1, 2, j + 1);
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
      nounFirst: true,
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
   * The leading words of a first attribute that goes on past them ("FLOUR, ALL PURP BLEACHED ENRICHED 50 LB BG", "SAUCE,
   * MARINARA 6/#10 CN"): as many words of letters (at most maxModifierWords, no boundary) as make, read before the head,
   * a compound of the table ("all purp flour", "marinara sauce"), the longest first; null when none does. The foodservice
   * distributors' item-name order, the federal one without a comma after the kind.
   */
  private leadingModifier(
    attribute: string,
    headTokens: readonly string[],
    isTerm?: (words: readonly string[]) => boolean,
  ): string[] | null {
    if (!isTerm) return null;
    const words = attribute.trim().split(/\s+/);
    const lead: string[] = [];
    for (const w of words.slice(0, this.file.maxModifierWords)) {
      if (!WORD.test(w)) break;
      const tokens = latinTokens(foldText(w));
      if (tokens.length !== 1 || this.isBoundary(tokens[0])) break;
      lead.push(tokens[0]);
    }
    // The words after the modifier go on describing the head: a boundary word there makes the part a list or a purpose
    // ("Tea, milk and sugar for office" lists goods; milk is not the tea's kind).
    const after = (k: number) => latinTokens(foldText(words[k]))[0] ?? "";
    for (let k = lead.length; k >= 1; k--)
      if (k < words.length && !this.isBoundary(after(k)) && isTerm([...lead.slice(0, k), ...headTokens])) return lead.slice(0, k);
    return null;
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
    if ((this.file.translationSeparators ?? []).some((s) => rest.includes(s))) return null;
    const next = rest.indexOf(",");
    const firstAttribute = next < 0 ? rest : rest.slice(0, next);
    const plainModifier = this.plain(firstAttribute, this.file.maxModifierWords);
    // A head that is a term of two words or more whose first word would make another term with the modifier read
    // before it ("Tomato paste, canned": "canned tomato" would run across the head "tomato paste") keeps its modifier after it.
    const modifier =
      plainModifier && isTerm && headTokens.length > 1 && isTerm(headTokens) && isTerm([...plainModifier, headTokens[0]])
        ? null
        : plainModifier;
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
      } else if (second && second.length > 1 && !isTerm([...modifier, ...headTokens]) && isTerm([...second, ...headTokens])) {
        // The federal item-name order gives the kind before the material ("BATTERY,STORAGE,LITHIUM-ION"): when the
        // second attribute alone, of two words or more, makes a term with the head, it is read next to the head ("STORAGE LITHIUM-ION BATTERY").
        read = `${firstAttribute.trim()} ${secondAttribute.trim()} ${headPart.trim()}${number}${end < 0 ? "" : after.slice(end)}`;
        headStart = second.length + modifier.length;
      }
    }
    // A first attribute going on past a modifier ("FLOUR, ALL PURP BLEACHED 50 LB"): its leading words making a compound
    // with the head are read before it, the rest after it and still an attribute ("ALL PURP FLOUR, BLEACHED 50 LB";
    // "HAMBURGER BUN, WHEAT": wheat is the bun's kind, not a good of the line).
    const leading = modifier ? null : this.leadingModifier(firstAttribute, headTokens, isTerm);
    if (leading) {
      const words = firstAttribute.trim().split(/\s+/);
      read = `${words.slice(0, leading.length).join(" ")} ${headPart.trim()}, ${words.slice(leading.length).join(" ")}${next < 0 ? "" : rest.slice(next)}`;
      headStart = leading.length;
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

/**
 * The attribute-layout reader for the bundled table, with the bundled head-noun stage's boundaries and inclusion words:
 * a part holding "included", "включена" ("Nitrile gloves, freight included") adds to the article, it is no modifier.
 */
export function bundledAttributeLayoutReader(): AttributeLayoutReader {
  const heads = bundledHeadNounReader();
  bundled ??= new AttributeLayoutReader(
    layoutJson as AttributeLayoutFile,
    (word) => heads.isBoundary(word) || heads.isInclusion(word),
    (word) => heads.headKind(word),
  );
  return bundled;
}
