import { shownValue } from "./cell-text";
import { UsageError } from "./errors";

/** Rows looked at when searching for the header: registers rarely have more than a few title lines. */
export const HEADER_SEARCH_ROWS = 30;
/** Data rows below a candidate that are compared with it. */
const DATA_SAMPLE_ROWS = 10;
/** The non-blank rows the header search looks at: a streamed input keeps only these before screening. */
export const HEADER_SAMPLE_ROWS = HEADER_SEARCH_ROWS + DATA_SAMPLE_ROWS;

export interface SheetRow {
  rowNumber: number;
  cells: unknown[];
}

function filled(cells: readonly unknown[]): number[] {
  const indexes: number[] = [];
  cells.forEach((c, i) => {
    const v = shownValue(c);
    if (v !== null && String(v).trim() !== "") indexes.push(i);
  });
  return indexes;
}

/** Text that reads as a label: not a number, date, amount or boolean. */
function looksLikeHeaderText(value: unknown): boolean {
  if (value instanceof Date) return false;
  const v = shownValue(value);
  if (typeof v !== "string") return false;
  const text = v.trim();
  if (/^[-+]?[\d\s.,'%$€£¥]+$/.test(text)) return false;
  if (/^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/.test(text)) return false;
  return text.length <= 120;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Finds the header row among the first rows: the first row whose cells are all short text labels
 * (no numbers or dates), at least two of them, spanning most of the columns the rows below it fill.
 * A title ("Supplier register 2025"), an "Exported on …" line or a blank-padded banner fails that, so
 * it is skipped. Returns the index into rows; 0 (the first non-blank row) when nothing fits better.
 */
export function detectHeaderIndex(rows: readonly SheetRow[]): number {
  const sample = rows.slice(0, HEADER_SAMPLE_ROWS);
  const widths = sample.map((r) => filled(r.cells));
  if (Math.max(0, ...widths.map((w) => w.length)) <= 1) return 0;
  for (let i = 0; i < Math.min(HEADER_SEARCH_ROWS, sample.length); i++) {
    const used = widths[i];
    if (used.length < 2) continue;
    if (!used.every((c) => looksLikeHeaderText(sample[i].cells[c]))) continue;
    const below = widths.slice(i + 1, i + 1 + DATA_SAMPLE_ROWS);
    if (below.length === 0) return i;
    // The columns the data fills, compared with the columns that have a header.
    const dataColumns = new Set(below.flat());
    const covered = [...dataColumns].filter((c) => used.includes(c)).length;
    if (used.length >= 0.6 * median(below.map((w) => w.length)) && covered >= 0.6 * dataColumns.size) return i;
  }
  return 0;
}

/** The index of --header-row N among the non-blank rows, or a message naming what is there. */
export function headerIndexForRow(rows: readonly SheetRow[], rowNumber: number, where: string): number {
  const index = rows.findIndex((r) => r.rowNumber === rowNumber);
  if (index !== -1) return index;
  const last = rows.length ? rows[rows.length - 1].rowNumber : 0;
  throw new UsageError(
    rowNumber > last
      ? `--header-row ${rowNumber} is below the last row with data (row ${last}) in ${where}.`
      : `--header-row ${rowNumber} is a blank row in ${where}; give the row that holds the column headers.`,
  );
}
