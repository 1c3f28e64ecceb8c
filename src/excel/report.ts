import { REPORT_SHEET_NAME, type ReportGrid } from "../core/report";
import { columnLetter } from "./address";
import { planChunks, sync } from "./io";

/** Rows per write when printing the report (a report of thousands of flagged rows stays within request limits). */
const REPORT_CHUNK_ROWS = 2_000;

export interface WrittenReport {
  sheetName: string;
  rows: number;
  charts: number;
  created: boolean;
}

/**
 * Writes the report grid to the sheet "WRO screening report": added at the end the first time, re-created in
 * place later (its cells and charts are cleared; the sheet keeps its position and the user's other sheets are
 * untouched). Text is written under the Text format "@", so nothing in it can become a formula; numbers stay
 * numbers. The "Row" cells link back to the screened rows; a clustered column chart is drawn for each count
 * table. Syncs: 1 to find the sheet, 1 to clear, then 1 per 2,000 rows.
 */
export async function writeReport(context: Excel.RequestContext, grid: ReportGrid): Promise<WrittenReport> {
  const existing = context.workbook.worksheets.getItemOrNullObject(REPORT_SHEET_NAME);
  existing.load("name");
  await sync(context);
  const created = existing.isNullObject;
  const sheet = created ? context.workbook.worksheets.add(REPORT_SHEET_NAME) : existing;
  if (!created) {
    const charts = existing.charts;
    charts.load("items/name");
    const used = existing.getUsedRangeOrNullObject();
    used.load("address");
    await sync(context);
    for (const chart of charts.items) chart.delete();
    if (!used.isNullObject) used.clear("All");
  }

  const width = grid.columnCount;
  for (const c of planChunks(grid.cells.length, REPORT_CHUNK_ROWS)) {
    const rows = grid.cells.slice(c.offset, c.offset + c.count);
    const range = sheet.getRangeByIndexes(c.offset, 0, c.count, width);
    range.numberFormat = rows.map((row) => row.map((v) => (typeof v === "number" ? "0" : "@")));
    range.values = rows.map((row) => row.map((v) => (v === null ? "" : v)));
    for (const link of grid.links) {
      if (link.row < c.offset || link.row >= c.offset + c.count) continue;
      const text = grid.cells[link.row][link.column];
      sheet.getCell(link.row, link.column).hyperlink = {
        documentReference: link.documentReference,
        textToDisplay: String(text ?? ""),
        screenTip: "Go to the row",
      };
    }
    if (c.offset + c.count < grid.cells.length) await sync(context);
  }
  for (const r of grid.headingRows) sheet.getRangeByIndexes(r, 0, 1, 1).format.font.bold = true;
  for (const r of grid.tableHeaderRows) {
    const header = sheet.getRangeByIndexes(r, 0, 1, width);
    header.format.font.bold = true;
  }
  grid.columnWidths.forEach((chars, i) => (sheet.getRangeByIndexes(0, i, 1, 1).format.columnWidth = Math.round(chars * 6)));

  // Charts to the right of the grid, one below the other.
  const chartColumn = columnLetter(width + 1);
  const chartEnd = columnLetter(width + 8);
  grid.charts.forEach((data, i) => {
    const source = sheet.getRangeByIndexes(data.firstRow, data.column, data.rowCount, 2);
    const chart = sheet.charts.add("ColumnClustered", source, "Columns");
    chart.title.text = data.title;
    chart.legend.visible = false;
    chart.setPosition(`${chartColumn}${2 + i * 18}`, `${chartEnd}${17 + i * 18}`);
  });
  await sync(context);
  return { sheetName: REPORT_SHEET_NAME, rows: grid.cells.length, charts: grid.charts.length, created };
}
