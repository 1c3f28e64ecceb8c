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
}

/** Punctuation other than the comma that a head or a modifier may not contain. */
const OTHER_PUNCTUATION = /[;:()[\]/+|]/;
const DIGIT = /\p{N}/u;

function plurals(word: string): string[] {
  const out = [word, `${word}s`, `${word}es`];
  if (word.endsWith("y")) out.push(`${word.slice(0, -1)}ies`);
  return out;
}

export class AttributeLayoutReader {
  private readonly forms: ReadonlySet<string>;
  private readonly conjunctions: ReadonlySet<string>;

  /** @param isBoundary the head-noun stage's phrase boundaries ("for", "of", "and" …): a head or modifier has none. */
  constructor(
    private readonly file: AttributeLayoutFile,
    private readonly isBoundary: (word: string) => boolean,
  ) {
    this.forms = new Set(file.forms.flatMap((f) => plurals(foldText(f))));
    this.conjunctions = new Set(file.conjunctions.map((c) => foldText(c)));
  }

  /** Whether a part of a line is a plain short noun phrase: words only, no digits, boundaries or other punctuation. */
  private plain(part: string, maxWords: number): string[] | null {
    if (OTHER_PUNCTUATION.test(part) || DIGIT.test(part)) return null;
    const tokens = latinTokens(foldText(part));
    if (tokens.length === 0 || tokens.length > maxWords || tokens.some((t) => this.isBoundary(t))) return null;
    return tokens;
  }

  /** The line in the attribute layout, or null when it is not written that way. */
  read(text: string): AttributeLayout | null {
    if (hasCjk(text)) return null;
    const comma = text.indexOf(",");
    if (comma < 0) return null;
    const headPart = text.slice(0, comma);
    const headTokens = this.plain(headPart, this.file.maxHeadWords);
    if (!headTokens) return null;
    const rest = text.slice(comma + 1);
    const next = rest.indexOf(",");
    const firstAttribute = next < 0 ? rest : rest.slice(0, next);
    const modifier = this.plain(firstAttribute, this.file.maxModifierWords);
    const read = modifier ? `${firstAttribute.trim()} ${headPart.trim()}${next < 0 ? "" : rest.slice(next)}` : text;
    const headStart = modifier ? modifier.length : 0;
    const headEnd = headStart + headTokens.length;
    // The positions must be those the reader will see; if tokenising the parts differs, the line is read plainly.
    if (latinTokens(foldText(read)).slice(headStart, headEnd).join(" ") !== headTokens.join(" ")) return null;
    const head = headTokens.join(" ");
    const list = latinTokens(foldText(rest)).some((t) => this.conjunctions.has(t));
    return { text: read, headStart, headEnd, head, form: this.forms.has(headTokens[headTokens.length - 1]), list };
  }
}

let bundled: AttributeLayoutReader | null = null;

/** The attribute-layout reader for the bundled table, with the bundled head-noun stage's boundaries. */
export function bundledAttributeLayoutReader(): AttributeLayoutReader {
  const heads = bundledHeadNounReader();
  bundled ??= new AttributeLayoutReader(layoutJson as AttributeLayoutFile, (word) => heads.isBoundary(word));
  return bundled;
}
