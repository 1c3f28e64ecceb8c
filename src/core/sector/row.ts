/**
 * Sector risk for one row, as every shell (pane, functions, CLI) needs it: from the row's country and
 * product cells as Excel or a file gives them. Kept apart from the screener: it never changes the WRO risk.
 */
import { bundledSectorBook, type SectorBook, type SectorResult } from "./sector-risk";

/** Cell values as shells receive them: only text can name a country or a product. */
function cellText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  return undefined;
}

/** The sector result for a row's country and product cells (any cell type; non-text reads as blank). */
export function sectorForRow(country: unknown, product: unknown, book: SectorBook = bundledSectorBook()): SectorResult {
  return book.assess(cellText(country), cellText(product));
}

/** The row's note with the sector sentence after it (the note unchanged when there is no sector risk). */
export function noteWithSector(note: string, sector: Pick<SectorResult, "sentence">): string {
  if (!sector.sentence) return note;
  return note ? `${note} ${sector.sentence}` : sector.sentence;
}

export interface SectorCounts {
  "Forced labour": number;
  "Child labour": number;
  "Forced and child labour": number;
  "Input risk": number;
  /** Rows with a product text that matched no term of the table (not services, not blanks). */
  unmapped: number;
}

export function emptySectorCounts(): SectorCounts {
  return { "Forced labour": 0, "Child labour": 0, "Forced and child labour": 0, "Input risk": 0, unmapped: 0 };
}

/** Adds one row's result to the counts. */
export function countSector(counts: SectorCounts, sector: SectorResult): void {
  if (sector.label) counts[sector.label]++;
  if (sector.product.status === "unmapped") counts.unmapped++;
}
