import type ExcelJS from "exceljs";
import {
  BASIS_HEADER,
  DECISION_HEADERS,
  carryForward,
  priorDecisionOf,
  subjectOf,
  type CarryForwardResult,
  type PriorDecision,
} from "../core/decisions";
import type { ReportGrid } from "../core/report";
import { REPORT_SHEET_NAME } from "../core/report";
import { shownValue } from "./cell-text";
import type { InputTable } from "./read-input";
import type { ScreenedRow } from "./screen-rows";

/**
 * Thin CLI adapters over core/decisions and core/report, for `--decisions PREVIOUS.xlsx|.csv` and the report
 * sheet in an .xlsx `--out`. NOT wired into screen.ts / write-output.ts yet: issue 15 is rewriting the .xlsx
 * writer; these take an already-read InputTable and an exceljs workbook so they fit either writer.
 */

function columnOf(table: InputTable, header: string): number {
  const wanted = header.toLowerCase();
  return table.headers.findIndex((h) => h.trim().toLowerCase() === wanted);
}

/**
 * The decisions of an earlier screened file, read with the CLI's own reader. The supplier column is the one
 * left of "WRO risk" (where --out puts the results); decision columns are found by header.
 * Throws a plain Error naming what is missing when the file has no "WRO risk" or "WRO decision" column.
 */
export function priorDecisionsFrom(table: InputTable): PriorDecision[] {
  const risk = columnOf(table, "WRO risk");
  const match = columnOf(table, "WRO match");
  const [decision, by, on, reason] = DECISION_HEADERS.map((h) => columnOf(table, h));
  const basis = columnOf(table, BASIS_HEADER);
  if (risk < 1) throw new Error(`${table.path} has no "WRO risk" column right of a supplier column: it is not a screened file.`);
  if (decision < 0) throw new Error(`${table.path} has no "WRO decision" column: there are no decisions to carry forward.`);
  const cell = (row: unknown[], i: number) => (i < 0 ? null : shownValue(row[i]));
  const prior: PriorDecision[] = [];
  for (const row of table.rows) {
    const p = priorDecisionOf({
      origin: row.rowNumber,
      supplier: cell(row.cells, risk - 1),
      riskCell: cell(row.cells, risk),
      matchCell: cell(row.cells, match),
      decisionCell: cell(row.cells, decision),
      byCell: cell(row.cells, by),
      onCell: cell(row.cells, on),
      reasonCell: cell(row.cells, reason),
      basisCell: cell(row.cells, basis),
    });
    if (p) prior.push(p);
  }
  return prior;
}

/** Places earlier decisions on the rows of a new screening with the core rules (kept / outdated / unplaced). */
export function carryDecisions(prior: PriorDecision[], screened: readonly ScreenedRow[]): CarryForwardResult {
  return carryForward(
    prior,
    screened.map((s) => subjectOf(s.input, s.result)),
  );
}

/** "12 decisions carried forward: 10 kept, 2 outdated; 1 had no row (row 14)." */
export function carrySummary(result: CarryForwardResult): string {
  const placed = result.rows.filter((r) => r !== null);
  const outdated = placed.filter((r) => r!.state === "outdated").length;
  const gone = result.unplaced.length;
  const rows = result.unplaced
    .slice(0, 10)
    .map((p) => p.origin)
    .join(", ");
  return (
    `${placed.length + gone} decision${placed.length + gone === 1 ? "" : "s"} carried forward: ${placed.length - outdated} kept, ${outdated} outdated` +
    (gone ? `; ${gone} had no row in this file (earlier row${gone === 1 ? "" : "s"} ${rows}${gone > 10 ? ", …" : ""}).` : ".")
  );
}

/** Adds (or replaces) the "WRO screening report" sheet in an exceljs workbook, as values: text stays text. */
export function addReportSheet(workbook: ExcelJS.Workbook, grid: ReportGrid): ExcelJS.Worksheet {
  const existing = workbook.getWorksheet(REPORT_SHEET_NAME);
  if (existing) workbook.removeWorksheet(existing.id);
  const sheet = workbook.addWorksheet(REPORT_SHEET_NAME);
  grid.cells.forEach((row, r) => {
    const out = sheet.getRow(r + 1);
    row.forEach((value, c) => {
      if (value === null) return;
      const cell = out.getCell(c + 1);
      cell.value = value;
      if (typeof value === "string") cell.numFmt = "@";
    });
  });
  for (const link of grid.links) {
    const cell = sheet.getCell(link.row + 1, link.column + 1);
    cell.value = { text: String(grid.cells[link.row][link.column] ?? ""), hyperlink: `#${link.documentReference}` };
  }
  for (const r of [...grid.headingRows, ...grid.tableHeaderRows]) sheet.getRow(r + 1).font = { bold: true };
  grid.columnWidths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  return sheet;
}
