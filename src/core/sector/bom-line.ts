/**
 * The bom-line stage of the product reader: a bill-of-materials line from a PLM export is written in fields separated
 * by " | " ("Backbone BOM AT-1410 hoodie | Body: 80/20 cotton/poly brushed fleece 320gsm"), one of them a component and
 * its material. Only that field names the line's good: the style and garment before it and the mill after it do not.
 * A fabric component ("Shell:", "Lining:", "Pocketing:") names a fabric. The data table is
 * src/data/sector/bom-line.json; the rule is in docs/sector-risk.md, "Bills of materials". Pure.
 */
import bomJson from "../../data/sector/bom-line.json";
import { foldText } from "../normalise/text";

export interface BomLineFile {
  /** Component names whose material is a fabric ("shell", "collar rib"). */
  fabricComponents: string[];
  /** Parts not on the List ("outsole", "fill"): the line names no good. */
  partComponents: string[];
  /** Other component names, read with their material ("thread", "outsole"). */
  otherComponents: string[];
  /** Words between a component's name and its colon that do not change it ("alt.", "fabric"). */
  qualifiers: string[];
  /** Goods a fabric's material may be read as; a fabric component's goods all of these are the fabric (Textiles). */
  fabricGoods: string[];
  /** Fibre goods that a fabric is not ("Cotton"). */
  fibreGoods: string[];
  /** A component name has at most this many words. */
  maxComponentWords: number;
}

/** What the stage found: the component's material and whether the component is a fabric. */
export interface BomLine {
  component: string;
  /** The component's field as written ("Thread: Coats Epic 120"). */
  field: string;
  material: string;
  fabric: boolean;
  /** A part not on the List (an outsole, a fill): the line names no good. */
  part: boolean;
}

const FIELD = " | ";
const COMPONENT = /^([\p{L}][\p{L}\s.-]*?)\s*:\s*(\S.*)$/u;

export class BomLineReader {
  private readonly fabrics: Set<string>;
  private readonly qualifiers: Set<string>;
  private readonly others: Set<string>;
  private readonly parts: Set<string>;

  constructor(private readonly file: BomLineFile) {
    this.fabrics = new Set(file.fabricComponents.map((c) => foldText(c)));
    this.parts = new Set(file.partComponents.map((c) => foldText(c)));
    this.others = new Set(file.otherComponents.map((c) => foldText(c)));
    this.qualifiers = new Set(file.qualifiers.map((q) => foldText(q)));
  }

  /**
   * The goods of a fabric component, given its material's goods: Textiles with them, less the fibre, when all are goods
   * a fabric may be read as; null when the material names another good (a leather lining) or none.
   */
  fabricGoods(goods: readonly string[]): string[] | null {
    if (goods.length === 0 || !goods.every((g) => this.file.fabricGoods.includes(g))) return null;
    const kept = goods.filter((g) => !this.file.fibreGoods.includes(g));
    return kept.includes("Textiles") ? kept : [...kept, "Textiles"];
  }

  /** The component field of a BOM line, or null when the line is not one. */
  read(text: string): BomLine | null {
    if (!text.includes(":")) return null;
    const fields = text.split(FIELD);
    for (let i = 0; i < fields.length; i++) {
      const m = COMPONENT.exec(fields[i].trim());
      if (!m) continue;
      const words = foldText(m[1])
        .split(/\s+/)
        .filter((w) => w !== "");
      while (words.length > 1 && this.qualifiers.has(words[words.length - 1])) words.pop();
      if (words.length === 0 || words.length > this.file.maxComponentWords) continue;
      const component = words.join(" ");
      const fabric = this.fabrics.has(component);
      const part = this.parts.has(component);
      if (!fabric && !part && !this.others.has(component)) continue;
      // A component at the start of the line counts only for a fabric; elsewhere it follows a style or BOM reference.
      if (i === 0 && !fabric) return null;
      return { component, field: fields[i].trim(), material: m[2].trim(), fabric, part };
    }
    return null;
  }
}

let bundled: BomLineReader | undefined;

export function bundledBomLineReader(): BomLineReader {
  bundled ??= new BomLineReader(bomJson as BomLineFile);
  return bundled;
}
