/**
 * Sector risk: the row's goods (from its product text) × its countries (from its country cell) looked up in
 * the List of Goods. A second, separate signal: it never changes the WRO risk label, and it is never a match
 * to a firm. Pure.
 */
import { countryName, readCountry } from "../countries";
import { bundledProductReader, type ProductReader, type ProductReading } from "./products";
import type { SectorEntry, SectorLabel, SectorList } from "./schema";
import { bundledSectorList } from "./bundled";

export interface SectorHit {
  good: string;
  /** ISO alpha-2 of the row's country the List names the good for. */
  countryCode: string;
  /** The country as the List writes it. */
  country: string;
  label: SectorLabel;
  /** For Input risk: the listed input, its country and the kind of labour it is listed for. */
  input: { good: string | null; country: string; label: Exclude<SectorLabel, "Input risk"> | null } | null;
}

export interface SectorResult {
  /** The label for the "Sector risk" column: "" when no listed good and country apply. */
  label: SectorLabel | "";
  hits: SectorHit[];
  product: ProductReading;
  /** Alpha-2 codes read from the country cell. */
  countries: string[];
  /** One sentence for the note; "" when there is no hit. */
  sentence: string;
}

function labelOf(childLabour: boolean, forcedLabour: boolean): Exclude<SectorLabel, "Input risk"> | null {
  if (childLabour && forcedLabour) return "Forced and child labour";
  if (forcedLabour) return "Forced labour";
  if (childLabour) return "Child labour";
  return null;
}

/** The row's label from its hits: the labour kinds together; Input risk only when nothing is listed directly. */
export function combineLabels(hits: readonly SectorHit[]): SectorLabel | "" {
  const direct = hits.filter((h) => h.label !== "Input risk");
  if (direct.length === 0) return hits.length > 0 ? "Input risk" : "";
  const forced = direct.some((h) => h.label !== "Child labour");
  const child = direct.some((h) => h.label !== "Forced labour");
  return forced && child ? "Forced and child labour" : forced ? "Forced labour" : "Child labour";
}

const LABOUR_WORDS: Record<Exclude<SectorLabel, "Input risk">, string> = {
  "Forced labour": "forced labour",
  "Child labour": "child labour",
  "Forced and child labour": "forced and child labour",
};

export class SectorBook {
  private readonly byGood = new Map<string, SectorEntry[]>();

  constructor(
    readonly list: SectorList,
    private readonly products: ProductReader = bundledProductReader(),
  ) {
    for (const e of list.entries) {
      const entries = this.byGood.get(e.good) ?? [];
      entries.push(e);
      this.byGood.set(e.good, entries);
    }
  }

  /** "the US Department of Labor's List of Goods Produced by Child Labor or Forced Labor (2022 edition)" */
  get listName(): string {
    return `the US Department of Labor's ${this.list.title} (${this.list.edition} edition)`;
  }

  assess(countryText: string | null | undefined, productText: string | null | undefined): SectorResult {
    const product = this.products.read(productText);
    const countries = product.status === "goods" ? readCountry(countryText).codes : [];
    const hits: SectorHit[] = [];
    for (const good of product.goods) {
      for (const entry of this.byGood.get(good) ?? []) {
        if (!countries.includes(entry.countryCode)) continue;
        hits.push(this.hitFor(entry));
      }
    }
    const label = combineLabels(hits);
    return { label, hits, product, countries, sentence: this.sentence(hits) };
  }

  private hitFor(entry: SectorEntry): SectorHit {
    const direct = labelOf(entry.childLabour, entry.forcedLabour);
    if (direct) return { good: entry.good, countryCode: entry.countryCode, country: entry.country, label: direct, input: null };
    // The schema lets no entry be listed for nothing.
    if (!entry.inputFrom) throw new Error(`List entry "${entry.good}" / ${entry.countryCode} is listed for nothing`);
    const { good, countryCode } = entry.inputFrom;
    const country = countryName(countryCode) ?? entry.inputFrom.country;
    const inputEntry = good === null ? undefined : this.byGood.get(good)?.find((e) => e.countryCode === countryCode);
    return {
      good: entry.good,
      countryCode: entry.countryCode,
      country: entry.country,
      label: "Input risk",
      input: { good, country, label: inputEntry ? labelOf(inputEntry.childLabour, inputEntry.forcedLabour) : null },
    };
  }

  /**
   * One sentence naming each listed good and country, the kind of labour and the List's edition, and saying
   * that it is a sector indication, not a finding about this supplier.
   */
  sentence(hits: readonly SectorHit[]): string {
    if (hits.length === 0) return "";
    const parts = hits.map((h) => {
      const where = `${h.good} from ${countryName(h.countryCode) ?? h.country}`;
      if (h.label !== "Input risk") return `${where} (${LABOUR_WORDS[h.label]})`;
      const input = h.input;
      const inputName = input?.good ? `${input.good} from ${input.country}` : `an input from ${input?.country ?? "a listed country"}`;
      const kind = input?.label ? LABOUR_WORDS[input.label] : "forced or child labour";
      return `${where} (made with ${inputName}, listed for ${kind})`;
    });
    return `Sector risk: ${parts.join("; ")} ${hits.length === 1 ? "is" : "are"} on ${this.listName}; this is a sector indication, not a finding about this supplier.`;
  }
}

let bundled: SectorBook | null = null;

/** The sector book for the bundled List and term table. */
export function bundledSectorBook(): SectorBook {
  bundled ??= new SectorBook(bundledSectorList());
  return bundled;
}
