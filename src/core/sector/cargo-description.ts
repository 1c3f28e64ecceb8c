/**
 * The cargo-description stage of the product reader: a bill of lading's description of goods, an AMS manifest line or
 * an air waybill box writes the goods among the carrier's and shipper's statements ("SHIPPER'S LOAD, STOW AND COUNT
 * 1X40'HC CONTAINER STC 1,250 CTNS MENS 100% COTTON KNITTED T-SHIRTS HS CODE: 6109.10 … FREIGHT COLLECT"). Those
 * statements name no good, and some read as something else: "freight" makes a line a freight service, "LITHIUM ION
 * BATTERIES CONTAINED IN EQUIPMENT" a second good. The stage blanks them out, so the goods are read alone. The data
 * table is src/data/sector/cargo-description.json; the rule is in docs/sector-risk.md, "Cargo descriptions". Pure.
 */
import cargoJson from "../../data/sector/cargo-description.json";
import { keyAlternation } from "../cells/word-patterns";

export interface CargoDescriptionFile {
  /** Phrases of the shipping documents that name no good ("said to contain", "freight collect"), matched whole. */
  statements: string[];
  /** Regular expressions (case-insensitive, Unicode) for coded parts: container lines, HS codes, weights. */
  patterns: string[];
  /**
   * A regular expression (case-insensitive, Unicode) that every text holding one of the patterns holds: the precheck
   * tested before them. Without it a table with patterns is read without the precheck (every text is tested).
   */
  patternsNeed?: string;
}

/** Letters and digits: what a statement's words are made of; anything else may stand between them. */
const WORD = /[\p{L}\p{N}]+/gu;

export class CargoDescriptionReader {
  private readonly removals: RegExp[];

  constructor(file: CargoDescriptionFile) {
    const statements = file.statements.map((s) => {
      const words = s.toLowerCase().match(WORD);
      if (!words) throw new Error(`cargo-description.json: the statement "${s}" has no words`);
      return new RegExp(`(?<![\\p{L}\\p{N}])${words.join("[^\\p{L}\\p{N}]*")}(?![\\p{L}\\p{N}])`, "giu");
    });
    // Longest first, so that "shipper's load, stow and count" goes before a shorter statement inside it.
    statements.sort((a, b) => b.source.length - a.source.length);
    this.removals = [...statements, ...file.patterns.map((p) => new RegExp(p, "giu"))];
    this.any = new RegExp(this.removals.map((r) => `(?:${r.source})`).join("|"), "iu");
    // Keys of the statements' words (wordKeys: a statement's words may stand with any punctuation between them, so the
    // keys are taken from its words, not from its runs between spaces) and what the patterns need.
    const words = file.statements.map((s) => (s.toLowerCase().match(WORD) ?? []).join(" "));
    const patternsNeed = file.patterns.length === 0 ? null : (file.patternsNeed ?? "[\\s\\S]");
    this.needs = new RegExp([...(patternsNeed === null ? [] : [patternsNeed]), keyAlternation(words, 3)].join("|"), "iu");
  }

  /** What every text with a statement or a coded part holds (a cheap pattern without look-behinds): tested before any. */
  readonly needs: RegExp;

  /** Whether any statement or coded part is in a text: one pass where most texts have none. */
  private readonly any: RegExp;

  /** The text with the statements and coded parts blanked out, and whether any was; the text as written when none is. */
  read(text: string): { text: string; removed: boolean } {
    if (!this.needs.test(text) || !this.any.test(text)) return { text, removed: false };
    let out = text;
    for (const r of this.removals) out = out.replace(r, " ");
    if (out === text) return { text, removed: false };
    return { text: out.replace(/\s+/gu, " ").trim(), removed: true };
  }
}

let bundled: CargoDescriptionReader | null = null;

/** The cargo-description reader for the bundled table. */
export function bundledCargoDescriptionReader(): CargoDescriptionReader {
  bundled ??= new CargoDescriptionReader(cargoJson as CargoDescriptionFile);
  return bundled;
}
