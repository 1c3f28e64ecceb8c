import { jsonBytes } from "./io";

/** What goes into the result columns for one row. */
export interface ResultRow {
  risk: string;
  match: string;
  note: string;
  /** The "Sector risk" label ("" for none), written only into a block that has that column. */
  sector?: string;
  /** For flagged rows whose listing cites an https source: the match cell becomes a link to it. */
  link?: { address: string; screenTip: string } | null;
}

/** Text format first, then values: with "@" in place, Excel stores "=cmd()" or "+1" as text, never a formula. */
const TEXT_FORMAT = "@";

/**
 * Queues the writes for consecutive rows starting at `firstRowIndex`: text format, values, and hyperlinks
 * for the rows that have one. No sync here; the caller decides which round trip carries them.
 */
export function queueResultRows(
  sheet: Excel.Worksheet,
  firstColumnIndex: number,
  firstRowIndex: number,
  rows: ResultRow[],
  options: { removeOldLinks: boolean; columnCount?: 3 | 4 },
): void {
  if (rows.length === 0) return;
  const width = options.columnCount ?? 3;
  const block = sheet.getRangeByIndexes(firstRowIndex, firstColumnIndex, rows.length, width);
  if (options.removeOldLinks) {
    // A row that was flagged last time may not be now; its old link must not survive. This also resets
    // the cell format, which is why the text format is set after it.
    sheet.getRangeByIndexes(firstRowIndex, firstColumnIndex + 1, rows.length, 1).clear("RemoveHyperlinks");
  }
  block.numberFormat = rows.map(() => Array.from({ length: width }, () => TEXT_FORMAT));
  block.values = rows.map((r) => (width === 4 ? [r.risk, r.match, r.note, r.sector ?? ""] : [r.risk, r.match, r.note]));
  rows.forEach((row, i) => {
    if (!row.link) return;
    sheet.getCell(firstRowIndex + i, firstColumnIndex + 1).hyperlink = {
      address: row.link.address,
      textToDisplay: row.match,
      screenTip: row.link.screenTip,
    };
  });
}

/** Bytes one row adds to a write request: the values, the format and any hyperlink. */
export function resultRowBytes(row: ResultRow): number {
  const base = jsonBytes(row.risk) + jsonBytes(row.match) + jsonBytes(row.note) + jsonBytes(row.sector ?? "") + 20;
  if (!row.link) return base;
  // A hyperlink is its own object on its own one-cell range, so it also pays for that range's id and address.
  return base + jsonBytes(row.link.address) + jsonBytes(row.link.screenTip) + jsonBytes(row.match) + 120;
}

/** Queues a read of rows [firstRowIndex, firstRowIndex+count) of one column; read `.values` after the sync. */
export function queueColumnRead(sheet: Excel.Worksheet, columnIndex: number, firstRowIndex: number, count: number): Excel.Range {
  const range = sheet.getRangeByIndexes(firstRowIndex, columnIndex, count, 1);
  range.load("values");
  return range;
}
