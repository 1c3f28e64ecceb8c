/**
 * The spend-label stage of the product reader: the labels of an accounts-payable or purchase-order line that name who
 * pays or where the spend falls, not the goods: a cost centre ("Workwear - Cotton drill cargo pants - CC 2301
 * Maintenance": the cost centre's name is no service) and a place ("Coal River catchment - weed control": no Coal).
 * They are set aside (replaced by a space) before the text is read; the rest of the text keeps its goods. The data
 * table is src/data/sector/spend-label.json; the rule is in docs/sector-risk.md, "Spend labels". Pure.
 */
import spendLabelJson from "../../data/sector/spend-label.json";
import { escape } from "../cells/word-patterns";

export interface SpendLabelFile {
  /** Words that open a cost centre's label; "CC" (all capitals) is matched as written, the others in any case. */
  costCentres: string[];
  /** How many words of letters after the code name the cost centre ("CC 4410 Site Ops": 2). */
  maxNameWords: number;
  /** Capitalised words that end a place's name ("River", "Creek", "Coast"). */
  placeFeatures: string[];
  /**
   * A requesting unit at the end of an order line, after the item's quantity ("…, 60 ea - Digital Services"): the
   * quantity's unit words, and how many capitalised words may name the unit.
   */
  requestingUnits?: { quantityUnits: string[]; maxWords: number };
}

export class SpendLabelReader {
  private readonly costCentre: RegExp | null;
  private readonly costPrecheck: RegExp | null;
  private readonly place: RegExp | null;
  private readonly features: string[];
  private readonly requesting: RegExp | null;

  constructor(file: SpendLabelFile) {
    for (const w of [...file.costCentres, ...file.placeFeatures]) if (w.trim() === "") throw new Error("spend-label.json: an empty word");
    // A word in any case, as a pattern: "cost centre" → [cC][oO]… with any spaces between the words.
    const anyCase = (w: string) =>
      w
        .split(/\s+/u)
        .map((part) =>
          [...part].map((ch) => (ch.toLowerCase() !== ch.toUpperCase() ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : escape(ch))).join(""),
        )
        .join("\\s+");
    // "CC" in capitals is matched as written; the other label words in any case.
    const label = file.costCentres.map((w) => (w === w.toUpperCase() ? escape(w) : anyCase(w))).join("|");
    // A label word (not after a number: "500 CC" is cubic centimetres), a code of digits after a space or a colon
    // ("CC 2301", "Cost centre: 4410"; not "Item CC-10"), then the cost centre's name: up to `maxNameWords` capitalised words
    // ("Maintenance", "Site Ops", "ICT").
    this.costCentre =
      file.costCentres.length > 0
        ? new RegExp(
            `(?<![\\p{L}\\p{N}])(?<!\\p{N}\\s*)(?:${label})(?:\\s*[:#]\\s*|\\s+)\\p{N}+(?![\\p{L}\\p{N}-])(?:\\s+\\p{Lu}[\\p{L}&]*){0,${file.maxNameWords}}(?![\\p{L}\\p{N}])`,
            "gu",
          )
        : null;
    this.costPrecheck = file.costCentres.length > 0 ? new RegExp(file.costCentres.map(escape).join("|"), "i") : null;
    this.features = file.placeFeatures;
    this.place =
      file.placeFeatures.length > 0
        ? new RegExp(
            `(?<![\\p{L}\\p{N}])(?:\\p{Lu}\\p{Ll}+\\s+){1,2}(?:${file.placeFeatures.map(escape).join("|")})(?![\\p{L}\\p{N}])`,
            "gu",
          )
        : null;
    // A count and a unit ("60 ea"), a spaced dash, then capitalised words to the end of the line ("Digital Services").
    const units = file.requestingUnits;
    this.requesting =
      units && units.quantityUnits.length > 0
        ? new RegExp(
            `(?<=\\p{N}\\s*(?:${units.quantityUnits.map(anyCase).join("|")})\\.?)\\s+[-\u2013\u2014]\\s+\\p{Lu}[\\p{L}&'’]*(?:\\s+\\p{Lu}[\\p{L}&'’]*){0,${units.maxWords - 1}}\\s*$`,
            "u",
          )
        : null;
  }

  /**
   * The text with cost-centre labels and place names set aside, and the labels found (as written). `namesGood` says
   * whether words name a good of the table: a place's first word that does, before a second word, is the good written
   * before a one-word place ("Wild Salmon Copper River": Copper River is the place), unless the two words name none
   * ("Tea Tree Gully"); a requesting unit whose words do,
   * after a count with no good before it, is the item ("Qty 12 ea - Cotton Tea Towels"). Both are left (review-products-12).
   */
  read(text: string, namesGood: (words: string) => boolean = () => false): { text: string; labels: string[] } {
    const labels: string[] = [];
    let out = text;
    // Cheap prechecks first: a label word or a place's feature word must be in the text.
    if (this.costCentre && this.costPrecheck?.test(out)) {
      out = out.replace(this.costCentre, (m) => {
        labels.push(m.trim());
        return " ";
      });
    }
    if (this.place && this.features.some((f) => out.includes(f))) {
      out = out.replace(this.place, (m) => {
        const words = m.split(/\s+/u);
        // Two words before the feature, the first naming a good: that word is the good's, the place is one word.
        // Not when the two words are a compound that names no good ("Tea Tree Gully": tea tree is no tea).
        if (words.length === 3 && namesGood(words[0]) && namesGood(`${words[0]} ${words[1]}`)) {
          labels.push(words.slice(1).join(" "));
          return `${words[0]} `;
        }
        labels.push(m);
        return " ";
      });
    }
    // Cheap precheck: a spaced dash (the requesting unit's separator).
    if (this.requesting && /\s[-\u2013\u2014]\s/u.test(out)) {
      out = out.replace(this.requesting, (m, offset: number, whole: string) => {
        // The count opens the line (no good before it) and the words after the dash name one: they are the item.
        if (!namesGood(whole.slice(0, offset)) && namesGood(m)) return m;
        labels.push(m.replace(/^\s*[-\u2013\u2014]\s*/u, "").trim());
        return " ";
      });
    }
    return { text: out, labels };
  }
}

let bundled: SpendLabelReader | null = null;

/** The spend-label reader for the bundled table. */
export function bundledSpendLabelReader(): SpendLabelReader {
  bundled ??= new SpendLabelReader(spendLabelJson as SpendLabelFile);
  return bundled;
}
