/**
 * Sector risk in the CLI (docs/sector-risk.md): the List of Goods label for each row's country and product.
 * On by default when a product column is found (--no-sector turns it off; --sector asks for it and fails
 * without a product column). It never changes the WRO risk; the JSON line gets a `sector` field.
 */
import { bundledSectorBook } from "../core/sector/sector-risk";
import { countSector, emptySectorCounts, noteWithSector, sectorForRow, type SectorCounts } from "../core/sector/row";
import type { SectorResult } from "../core/sector/sector-risk";
import { shownValue } from "./cell-text";
import { UsageError } from "./errors";
import type { InputTable } from "./read-input";
import type { ChosenColumns, ScreenedRow } from "./screen-rows";

/** Whether to add sector risk: asked for (true), refused (false) or the default (undefined). */
export function sectorWanted(option: boolean | undefined, columns: ChosenColumns): boolean {
  if (option === true && columns.product === null) {
    throw new UsageError("--sector needs a product column: none was detected; name it with --product-column.");
  }
  return option ?? columns.product !== null;
}

/** The sector result of every row, by position (rows without a product get a blank result). */
export function sectorRows(table: Pick<InputTable, "rows">, columns: ChosenColumns): SectorResult[] {
  const { product, country } = columns;
  if (product === null) return [];
  return table.rows.map((row) =>
    sectorForRow(country === null ? undefined : shownValue(row.cells[country]), shownValue(row.cells[product])),
  );
}

export interface SectorJson {
  label: string;
  goods: string[];
  countries: string[];
  /** goods: mapped; unmapped: no List good matched the product text; service; blank. */
  product: SectorResult["product"]["status"];
  edition: number;
}

export function sectorJson(sector: SectorResult): SectorJson {
  return {
    label: sector.label,
    goods: sector.hits.map((h) => `${h.good} (${h.countryCode})`),
    countries: sector.countries,
    product: sector.product.status,
    edition: bundledSectorBook().list.edition,
  };
}

/** The row's note with the sector sentence, when there is one. */
export function noteWith(row: ScreenedRow, sector: SectorResult | undefined): string {
  return sector ? noteWithSector(row.result.note, sector) : row.result.note;
}

/** "Sector risk (List of Goods, 2022 edition): 3 Forced labour, …; 5 rows whose product matched no List good." */
export function sectorSummary(sectors: readonly SectorResult[] | SectorCounts): string {
  let counts: SectorCounts;
  if (Array.isArray(sectors)) {
    counts = emptySectorCounts();
    for (const s of sectors) countSector(counts, s);
  } else counts = sectors as SectorCounts;
  const labels = (["Forced labour", "Child labour", "Forced and child labour", "Input risk"] as const)
    .map((l) => `${counts[l].toLocaleString("en-GB")} ${l}`)
    .join(", ");
  const unmapped = `${counts.unmapped.toLocaleString("en-GB")} row${counts.unmapped === 1 ? "" : "s"} whose product matched no List good`;
  return ` Sector risk (DOL List of Goods, ${bundledSectorBook().list.edition} edition; a sector indication, not a finding about any supplier): ${labels}; ${unmapped}.`;
}
