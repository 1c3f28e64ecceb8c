/**
 * The brand stage of the product reader: a brand or trading name whose words the term table would read as a good
 * ("Blue Diamond Almonds", "Stone Island jacket", 金龙鱼 食用油) names who makes or sells the product, not what it is.
 * The names are set aside (replaced by a space) before the text is read; the rest of the text keeps its goods. The data
 * table is src/data/sector/brands.json; the rule is in docs/sector-risk.md, "Line prefixes and brands". Pure.
 */
import brandsJson from "../../data/sector/brands.json";
import { hasCjk } from "../normalise/text";
import { escape } from "../cells/word-patterns";

export interface BrandFile {
  brands: Array<{ names: string[]; sells: string }>;
}

export class BrandReader {
  private readonly latin: RegExp | null;
  private readonly cjk: string[];

  constructor(file: BrandFile) {
    const names = file.brands.flatMap((b) => b.names.map((n) => n.trim()));
    for (const n of names) if (n === "") throw new Error("brands.json: a brand name is empty");
    const latin = names
      .filter((n) => !hasCjk(n))
      .map((n) =>
        n
          .split(/[\s-]+/u)
          .map(escape)
          .join("[\\s-]+"),
      );
    // Longest first, so that a longer name is set aside whole.
    latin.sort((a, b) => b.length - a.length);
    this.latin = latin.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${latin.join("|")})(?![\\p{L}\\p{N}])`, "giu") : null;
    this.cjk = names.filter((n) => hasCjk(n)).sort((a, b) => b.length - a.length);
  }

  /** The text with the brand names set aside, and the names found (as written). */
  read(text: string): { text: string; brands: string[] } {
    const brands: string[] = [];
    let out = this.latin
      ? text.replace(this.latin, (m) => {
          brands.push(m);
          return " ";
        })
      : text;
    for (const name of this.cjk) {
      if (!out.includes(name)) continue;
      brands.push(name);
      out = out.split(name).join(" ");
    }
    return { text: out, brands };
  }
}

let bundled: BrandReader | null = null;

/** The brand reader for the bundled table. */
export function bundledBrandReader(): BrandReader {
  bundled ??= new BrandReader(brandsJson as BrandFile);
  return bundled;
}
