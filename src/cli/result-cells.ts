/**
 * The texts of the result cells an output file gets, for every writer (CSV, the lossless .xlsx edit, the
 * exceljs copy of a CSV): "WRO risk", "WRO match", "WRO notes", and "Sector risk" when sector risk is on
 * (docs/sector-risk.md) or the input already has that column from an earlier run (then it is rewritten, so it
 * never keeps stale labels).
 */
import { normaliseHeader, OUTPUT_HEADERS } from "./columns";
import type { InputTable } from "./read-input";
import { resultTexts } from "./report";
import { noteWith } from "./sector";
import type { ScreenedRow } from "./screen-rows";

export const SECTOR_OUTPUT_HEADER = "Sector risk";

/** The headers of the result columns this output writes, in order. */
export function outputHeaders(table: InputTable, screened: readonly ScreenedRow[]): string[] {
  return outputHeadersFor(
    table,
    screened.some((s) => s.sector !== undefined),
  );
}

/** The same, for a streamed screen: sectorOn when the rows get sector results. */
export function outputHeadersFor(table: InputTable, sectorOn: boolean): string[] {
  const hadSector = table.headers.some((h) => normaliseHeader(h) === normaliseHeader(SECTOR_OUTPUT_HEADER));
  return sectorOn || hadSector ? [...OUTPUT_HEADERS, SECTOR_OUTPUT_HEADER] : [...OUTPUT_HEADERS];
}

/**
 * One row's result texts, one per header: the note carries the sector sentence, and "Sector risk" the label.
 * A blank supplier cell gives blank cells throughout, "Sector risk" included.
 */
export function outputTexts(row: ScreenedRow, headerCount: number): string[] {
  const texts: string[] = resultTexts(row.result);
  if (texts[2] !== "") texts[2] = noteWith(row, row.sector);
  if (headerCount > OUTPUT_HEADERS.length) texts.push(texts[0] === "" ? "" : (row.sector?.label ?? ""));
  return texts;
}
