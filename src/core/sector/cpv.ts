/**
 * The CPV stage of the product reader: a public notice cites its Common Procurement Vocabulary code ("CPV 30213100-6",
 * "CPV: 39130000"), and a code's official description may be a good of the List (30213100 Portable computers, 18424300
 * Disposable gloves). The data table is src/data/sector/cpv.json (from the CPV 2008, Commission Regulation (EC) No
 * 213/2008): codes by their significant prefix, the longest prefix of a cited code winning. The reader asks it only
 * when the text's own words give no good and name no service. The rule is in docs/sector-risk.md, "CPV codes". Pure.
 */
import cpvJson from "../../data/sector/cpv.json";

export interface CpvFile {
  codes: Record<string, { description: string; goods: string[] }>;
}

/** "CPV" with a code of eight digits (a check digit after a dash may follow); codes listed after it too ("CPV 39130000, 39160000"). */
const CITED = /\bcpv\b[^\d\p{L}]{0,6}(?:codes?[^\d\p{L}]{0,4})?(\d{8}(?:-\d)?(?:[\s,;/&+]+(?:and\s+)?\d{8}(?:-\d)?)*)/giu;

export class CpvReader {
  private readonly prefixes: Array<[string, string[]]>;

  constructor(file: CpvFile) {
    this.prefixes = Object.entries(file.codes)
      .map(([k, v]): [string, string[]] => [k, v.goods])
      .sort((a, b) => b[0].length - a[0].length);
  }

  /** The List goods the CPV codes cited in the text describe, each once, in the order cited; none without "CPV". */
  goods(text: string): string[] {
    return this.read(text).goods;
  }

  /** The goods, and the cited codes that gave them ("cpv 30213100"). */
  read(text: string): { goods: string[]; codes: string[] } {
    const codes: string[] = [];
    if (!text.includes("CPV") && !text.includes("cpv") && !text.includes("Cpv")) return { goods: [], codes };
    const out: string[] = [];
    for (const m of text.matchAll(CITED)) {
      for (const code of m[1].match(/\d{8}/g) ?? []) {
        const hit = this.prefixes.find(([p]) => code.startsWith(p));
        if (hit) codes.push(`cpv ${code}`);
        for (const g of hit?.[1] ?? []) if (!out.includes(g)) out.push(g);
      }
    }
    return { goods: out, codes };
  }
}

let bundled: CpvReader | null = null;

/** The CPV stage for the bundled table (src/data/sector/cpv.json). */
export function bundledCpvReader(): CpvReader {
  bundled ??= new CpvReader(cpvJson as CpvFile);
  return bundled;
}
