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
  /**
   * Codes that stand alone at the start of a line, with no supplier's name before them, each a regular expression
   * matched against the first word: a US federal National Stock Number ("8405-01-492-7714 TROUSERS,MEN'S,…"). The
   * code is set aside as a catalogue reference and the item after it is read.
   */
  bareCodes?: string[];
  /**
   * US federal classification codes before their group title and the item ("8905 MEAT, POULTRY, AND FISH - CHICKEN,
   * BREAST", "NAICS 334413 SEMICONDUCTOR AND RELATED DEVICE MANUFACTURING - SOLAR CELLS"): a code of `bareCode` alone
   * (a Product and Service Code) or one of `names` and a number, then a title in capitals without digits, then one of
   * `separators`, then the item. The title classifies the item; only the item's goods count.
   */
  codeTitles?: {
    names: string[];
    bareCode: string;
    separators: string[];
    /**
     * Codes (or the start of codes: "315" for every NAICS 315xxx) whose title names the kind of article every item in
     * it is ("8435 FOOTWEAR, WOMEN'S - PUMPS, DRESS"): an item naming no good takes the title's goods.
     */
    titleNamesItem?: string[];
    /**
     * Regular expressions for a bare four-digit number that is no Product and Service Code: a round count of hundreds
     * ("1000 PCS COTTON T-SHIRTS - BLUE") or a year ("2024 NITRILE GLOVES - BOX OF 100"); such a line is read whole.
     */
    notBareCodes?: string[];
  };
  /**
   * Names of an order document that head a line before one of `separators` ("DELIVERY ORDER - RICE, MILLED", "BPA CALL
   * - NITRILE GLOVES"): the name says what kind of order the line is, and is set aside so that the item is read.
   */
  documentNames?: string[];
  /**
   * A distributor's invoice or item-master line after its reference ("INV 8841207 LN 9 1103987 FLOUR, …", "GFS 332180 |
   * APPLE GALA …", "Bidfood Inv 55102934 | 110064 Croissants …"): before the description, a field separator of
   * `separators`, a line number (one of `lineNumbers` and a number) and the distributor's item number (digits only, at
   * least minCodeDigits) are part of the reference too, each at most once and in that order.
   */
  itemLeads?: { separators: string[]; lineNumbers: string[] };
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
const DIGIT_START = /^\s*\d/u;
const DIGIT_ANYWHERE = /\d/u;

export class LinePrefixReader {
  private readonly bareCodes: RegExp[];
  private readonly titleCode: RegExp | null;
  private readonly notTitleCodes: RegExp[];

  constructor(private readonly file: LinePrefixFile) {
    this.bareCodes = (file.bareCodes ?? []).map((c) => new RegExp(c, "u"));
    this.titleCode = file.codeTitles ? new RegExp(file.codeTitles.bareCode, "u") : null;
    this.notTitleCodes = (file.codeTitles?.notBareCodes ?? []).map((c) => new RegExp(c, "u"));
  }

  /**
   * A federal classification code's group title and the item after it ("8955 COFFEE, TEA, AND COCOA - COFFEE,
   * INSTANT" gives the title "COFFEE, TEA, AND COCOA" and the item "COFFEE, INSTANT"), or null.
   */
  codeTitle(text: string): { code: string; title: string; item: string; titleNamesItem: boolean } | null {
    const spec = this.file.codeTitles;
    // Cheap precheck: one of the separators (a spaced dash), and a digit (every code has one).
    if (!spec || !this.titleCode || !spec.separators.some((s) => text.includes(s)) || !DIGIT_ANYWHERE.test(text)) return null;
    const words = text.trim().split(/\s+/u);
    let n = 0;
    if (this.titleCode.test(words[0])) n = this.notTitleCodes.some((c) => c.test(words[0])) ? 0 : 1;
    else if (words.length > 2 && spec.names.includes(words[0].toLowerCase()) && /^\d+$/u.test(words[1])) n = 2;
    if (n === 0) return null;
    const rest = words.slice(n).join(" ");
    let at = -1;
    let separator = "";
    for (const s of spec.separators) {
      const i = rest.indexOf(s);
      if (i > 0 && (at < 0 || i < at)) [at, separator] = [i, s];
    }
    if (at < 0) return null;
    const title = rest.slice(0, at).trim();
    const item = rest.slice(at + separator.length).trim();
    if (!LETTER.test(title) || LOWER.test(title) || DIGIT_ANYWHERE.test(title) || !LETTER.test(item)) return null;
    const number = words[n - 1];
    const titleNamesItem = (spec.titleNamesItem ?? []).some((c) => number.startsWith(c));
    return { code: words.slice(0, n).join(" "), title, item, titleNamesItem };
  }

  /**
   * The line's description without a merchant or catalogue prefix, or null when it has none.
   * @param namesGood whether words name a good of the term table: a catalogue reference's name may not ("Rice Basmati
   *   1000 bags" has no supplier's name before its number). A merchant's name may ("COSTA COFFEE - refreshments").
   */
  read(text: string, namesGood: (words: string) => boolean = () => false): LinePrefix | null {
    if (hasCjk(text)) return null;
    const found =
      this.bareCode(text) ??
      this.document(text) ??
      this.order(text, namesGood) ??
      this.merchant(text) ??
      this.reference(text, namesGood) ??
      this.codeField(text);
    // A field of an item master after a bar: a second catalogue reference ("Sklar 15-1555 | UNSPSC 42291613 | SCISSORS …",
    // "PP-NS-1933 | Welch Allyn 01692-200 | THERMOMETER …", "Infor PO 7100463 Ln 1 | Sklar | 40180 SPECULUM …"): it
    // is set aside too, once, when a bar ends it or stands in it ("APPLE GALA FRESH 100-113 CT | …" is the item and its
    // count). Cheap precheck: the line holds a bar.
    if (!found || !text.includes("|") || !/\|\s*$/u.test(text.slice(0, text.length - found.description.length))) return found;
    const next = this.reference(found.description, namesGood, true);
    const fielded = next !== null && next.prefix.split(/\s+/u).includes("|");
    return fielded ? { kind: next.kind, prefix: `${found.prefix} ${next.prefix}`, description: next.description } : found;
  }

  /** "DELIVERY ORDER - RICE, MILLED": a name of `documentNames` and a separator before the item. */
  private document(text: string): LinePrefix | null {
    const names = this.file.documentNames ?? [];
    // Cheap precheck: a separator holds a space, and the line starts with a letter.
    if (names.length === 0 || !STARTS_WITH_LETTER.test(text) || !text.includes(" ")) return null;
    const split = this.atFirstSeparator(text);
    if (!split || !LETTER.test(split[1])) return null;
    const name = split[0].toLowerCase().replace(/\s+/gu, " ");
    return names.includes(name) ? { kind: "reference", prefix: split[0], description: split[1] } : null;
  }

  /** "8405-01-492-7714 TROUSERS,MEN'S,SERVICE DRESS": a code of `bareCodes` alone before the item. */
  private bareCode(text: string): LinePrefix | null {
    // Cheap precheck: every bare code starts with a digit.
    if (this.bareCodes.length === 0 || !DIGIT_START.test(text)) return null;
    const trimmed = text.trim();
    const space = trimmed.search(/\s/u);
    if (space < 0) return null;
    const code = trimmed.slice(0, space);
    const description = trimmed.slice(space).trim();
    if (!this.bareCodes.some((c) => c.test(code)) || !STARTS_WITH_LETTER.test(description)) return null;
    return { kind: "reference", prefix: code, description };
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
    // The classification's name heads the prefix or a field of it ("Sklar 15-1555 | UNSPSC 42291613").
    const names = found.prefix.split(/\s+/).map((w) => w.toLowerCase());
    const classifications = this.file.classifications ?? [];
    if (!names.some((w, i) => (i === 0 || names[i - 1] === "|") && classifications.includes(w))) return null;
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
  private reference(text: string, namesGood: (words: string) => boolean, field = false): LinePrefix | null {
    const words = text.trim().split(/\s+/);
    for (let n = 1; n <= this.file.maxNameWords && n < words.length - 1; n++) {
      if (!NAME_WORD.test(words[n - 1])) return null;
      // In a field after a bar, the supplier's name may stand in a field of its own before the code ("Sklar | 40180 …").
      if (field && (this.file.itemLeads?.separators ?? []).includes(words[n]) && n < words.length - 2) {
        const code = words[n + 1];
        if (/^\d+$/u.test(code) && code.length >= this.file.minCodeDigits && STARTS_WITH_LETTER.test(words[n + 2])) {
          if (namesGood(words.slice(0, n).join(" "))) return null;
          return { kind: "reference", prefix: words.slice(0, n + 2).join(" "), description: words.slice(n + 2).join(" ") };
        }
      }
      const code = words[n];
      const digits = code.replace(/\D/gu, "").length;
      if (!CODE.test(code) || digits < this.file.minCodeDigits) continue;
      const rest = words.slice(n + 1);
      const lead = rest[0] === "-" ? 1 : this.itemLead(rest);
      const description = rest.slice(lead).join(" ");
      if (!STARTS_WITH_LETTER.test(description) || namesGood(words.slice(0, n).join(" "))) return null;
      return { kind: "reference", prefix: words.slice(0, n + 1 + lead).join(" "), description };
    }
    return null;
  }

  /**
   * "HPG-40225 | SCISSORS MAYO STR 6-3/4IN SS | EA": a contract or catalogue code alone in the first field of an item
   * master (at least minCodeDigits digits), before a field separator of `itemLeads` and the description.
   */
  private codeField(text: string): LinePrefix | null {
    const separators = this.file.itemLeads?.separators ?? [];
    // Cheap precheck: a field separator in the line.
    if (!separators.some((s) => text.includes(s))) return null;
    const words = text.trim().split(/\s+/u);
    const code = words[0];
    if (words.length < 3 || !CODE.test(code) || code.replace(/\D/gu, "").length < this.file.minCodeDigits) return null;
    if (!separators.includes(words[1]) || !STARTS_WITH_LETTER.test(words[2])) return null;
    return { kind: "reference", prefix: words.slice(0, 2).join(" "), description: words.slice(2).join(" ") };
  }

  /** How many words at the start of `rest` are an invoice line's separator, line number and item number (itemLeads). */
  private itemLead(rest: readonly string[]): number {
    const leads = this.file.itemLeads;
    if (!leads) return 0;
    let i = 0;
    if (leads.separators.includes(rest[i] ?? "")) i++;
    if (leads.lineNumbers.includes((rest[i] ?? "").toLowerCase()) && /^\d+$/u.test(rest[i + 1] ?? "")) i += 2;
    const item = rest[i] ?? "";
    if (/^\d+$/u.test(item) && item.length >= this.file.minCodeDigits) i++;
    if (i > 0 && leads.separators.includes(rest[i] ?? "")) i++;
    // The description must follow: a line made only of numbers keeps its words.
    return i < rest.length ? i : 0;
  }
}

let bundled: LinePrefixReader | null = null;

/** The line-prefix reader for the bundled table. */
export function bundledLinePrefixReader(): LinePrefixReader {
  bundled ??= new LinePrefixReader(prefixJson as LinePrefixFile);
  return bundled;
}
