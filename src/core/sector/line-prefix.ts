/**
 * The line-prefix stage of the product reader: buyers' register lines often start with who sold or catalogued the
 * goods, not the goods: a purchase-card merchant in capitals before a dash ("COSTA COFFEE 43012 - refreshments for
 * visitors") or a supplier's catalogue reference ("NHS SC MRB045 Blanket Fleece Red", "Bidfood 22310 Ketchup Tomato").
 * The stage gives the description without that prefix, so that a merchant's name gives no good and a line written
 * noun first starts with its noun. The data table is src/data/sector/line-prefix.json; the rule is in
 * docs/sector-risk.md, "Line prefixes and brands". Pure.
 */
import prefixJson from "../../data/sector/line-prefix.json";
import { hasCjk } from "../normalise/text";

export interface LinePrefixFile {
  /** What separates a merchant name from the description (" - "). */
  separators: string[];
  /**
   * Names of classification schemes ("unspsc", "eclass"): a catalogue reference with one of these names is followed by
   * the class title, a separator and the item ("UNSPSC 50201700 Coffee and tea - Green tea bags x 100").
   */
  classifications?: string[];
  /**
   * Separators that end a class title only, besides `separators` (": ", as class titles are written in a report of
   * classified spend: "UNSPSC 5012 Seafood: Scottish rope mussels"). A merchant's name does not end with one.
   */
  titleSeparators?: string[];
  /**
   * A purchase-order line written in fields ("PO-24103 | Dhaka Knit Ltd | Blank tees … | 6,000 pcs | USD 2.35 FOB"):
   * the first field an order reference (one of `references`, then a number), the second the supplier, the third on
   * the item and its terms. The reference and the supplier are set aside when the line has at least `minFields` fields,
   * unless the second field names a good and the third none (then the second is the item: "PO-7 | Cotton shirts | 500 pcs").
   */
  orders?: { separator: string; references: string[]; minFields: number };
  /** At most this many words of letters before a catalogue code. */
  maxNameWords: number;
  /** A catalogue code has at least this many digits. */
  minCodeDigits: number;
}

/** What the stage found: the description to read and the prefix set aside. */
export interface LinePrefix {
  kind: "merchant" | "reference" | "order";
  prefix: string;
  description: string;
}

const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const NAME_WORD = /^\p{L}[\p{L}&.'’-]*$/u;
const CODE = /^[\p{L}\p{N}-]+$/u;
const STARTS_WITH_LETTER = /^\p{L}/u;

export class LinePrefixReader {
  constructor(private readonly file: LinePrefixFile) {}

  /**
   * The line's description without a merchant or catalogue prefix, or null when it has none.
   * @param namesGood whether words name a good of the term table: a catalogue reference's name may not ("Rice Basmati
   *   1000 bags" has no supplier's name before its number). A merchant's name may ("COSTA COFFEE - refreshments").
   */
  read(text: string, namesGood: (words: string) => boolean = () => false): LinePrefix | null {
    if (hasCjk(text)) return null;
    return this.order(text, namesGood) ?? this.merchant(text) ?? this.reference(text, namesGood);
  }

  /** "PO-24103 | Dhaka Knit Ltd | Blank tees 100% cotton | 6,000 pcs": an order reference, the supplier, the item. */
  private order(text: string, namesGood: (words: string) => boolean): LinePrefix | null {
    const orders = this.file.orders;
    if (!orders) return null;
    const fields = text.split(orders.separator).map((f) => f.trim());
    if (fields.length < orders.minFields || !LETTER.test(fields[1]) || !LETTER.test(fields[2])) return null;
    const first = fields[0].toLowerCase();
    // A reference is a whole word: "PO 4500123", "PO#88", not "Porcelain 24" or "Ordering 5".
    const reference = orders.references.find((r) => first.startsWith(r) && !/^\p{L}/u.test(first.slice(r.length)));
    // "PO-7 | Cotton shirts | 500 pcs | USD 2" has no supplier field: its second field names the goods, the third none.
    if (namesGood(fields[1]) && !namesGood(fields[2])) return null;
    if (!reference || !/^[\s#:.-]*\p{L}*[\s-]*\d[\p{L}\p{N}/-]*$/u.test(first.slice(reference.length))) return null;
    return { kind: "order", prefix: fields.slice(0, 2).join(orders.separator), description: fields.slice(2).join(orders.separator) };
  }

  /**
   * A classification code's class title and the item after it, when the prefix is a classification scheme's code
   * ("UNSPSC 50201700" before "Coffee and tea - Green tea bags x 100" gives the title "Coffee and tea" and the item
   * "Green tea bags x 100"), or null.
   */
  classTitle(found: LinePrefix): { title: string; item: string } | null {
    if (found.kind !== "reference") return null;
    const name = found.prefix.split(/\s+/)[0].toLowerCase();
    if (!(this.file.classifications ?? []).includes(name)) return null;
    const split = this.atFirstSeparator(found.description, [...this.file.separators, ...(this.file.titleSeparators ?? [])]);
    if (!split) return null;
    const [title, item] = split;
    return LETTER.test(title) && LETTER.test(item) ? { title, item } : null;
  }

  /** The text before and after its first separator (not at the start), each trimmed, or null. */
  private atFirstSeparator(text: string, separators: readonly string[] = this.file.separators): [string, string] | null {
    let at = -1;
    let separator = "";
    for (const s of separators) {
      const i = text.indexOf(s);
      if (i > 0 && (at < 0 || i < at)) [at, separator] = [i, s];
    }
    return at < 0 ? null : [text.slice(0, at).trim(), text.slice(at + separator.length).trim()];
  }

  /** "COSTA COFFEE 43012 - refreshments for visitors": a name in capitals, a separator, a description in mixed case. */
  private merchant(text: string): LinePrefix | null {
    const split = this.atFirstSeparator(text);
    if (!split) return null;
    const [prefix, description] = split;
    if (!LETTER.test(prefix) || LOWER.test(prefix) || !LOWER.test(description)) return null;
    return { kind: "merchant", prefix, description };
  }

  /** "Bidfood 22310 Ketchup Tomato Squeezy 1L": a supplier's name, a catalogue code, the description. */
  private reference(text: string, namesGood: (words: string) => boolean): LinePrefix | null {
    const words = text.trim().split(/\s+/);
    for (let n = 1; n <= this.file.maxNameWords && n < words.length - 1; n++) {
      if (!NAME_WORD.test(words[n - 1])) return null;
      const code = words[n];
      const digits = code.replace(/\D/gu, "").length;
      if (!CODE.test(code) || digits < this.file.minCodeDigits) continue;
      const rest = words.slice(n + 1);
      const description = (rest[0] === "-" ? rest.slice(1) : rest).join(" ");
      if (!STARTS_WITH_LETTER.test(description) || namesGood(words.slice(0, n).join(" "))) return null;
      return { kind: "reference", prefix: words.slice(0, n + 1).join(" "), description };
    }
    return null;
  }
}

let bundled: LinePrefixReader | null = null;

/** The line-prefix reader for the bundled table. */
export function bundledLinePrefixReader(): LinePrefixReader {
  bundled ??= new LinePrefixReader(prefixJson as LinePrefixFile);
  return bundled;
}
