import type { Risk } from "../core";

/**
 * The shape of `Excel.run` that this adapter needs. Production code passes `Excel.run`;
 * tests and the browser harness pass the in-memory fake's `run`.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** One column of the list the user may pick as the optional country or product column. */
export interface HeaderCell {
  /** 0-based sheet column index. */
  columnIndex: number;
  /** Column letter(s) on the sheet, e.g. "C". */
  letter: string;
  /** The header text ("" when the header cell is blank). */
  text: string;
}

/** What the selection resolves to: one column of supplier names, clipped to the used rows. */
export interface ColumnSelection {
  sheetName: string;
  /** 0-based sheet column index of the supplier column. */
  columnIndex: number;
  columnLetter: string;
  /** Header text of the supplier column ("" when blank). */
  header: string;
  /** 0-based sheet row index of the header row. */
  headerRowIndex: number;
  /** 0-based sheet row index of the first row to screen. */
  firstRowIndex: number;
  /** Number of rows that will be screened (hidden and filtered rows included). */
  rowCount: number;
  /** 1-based row numbers as Excel shows them, for messages. */
  firstRowNumber: number;
  lastRowNumber: number;
  /**
   * 0-based row index of the column's last name (the whole list, even when only some rows are selected).
   * Results below it are stale; results above it but outside the selection are kept. Absent: the last selected row.
   */
  listLastRowIndex?: number;
  /** Sheet-qualified address of the rows to screen, e.g. "Suppliers!B2:B1201". */
  address: string;
  /** Set when the column belongs to an Excel table; results then become table columns. */
  table: { name: string; columnIndexInTable: number } | null;
  /** Every column of the list (including the supplier column), for picking country/product columns. */
  headers: HeaderCell[];
  /** Country/product columns guessed from header text, which the user may change. */
  suggested: { countryColumnIndex: number | null; productColumnIndex: number | null };
  /** True when rowCount is above the limit and the caller must confirm (or refuse). */
  exceedsRowLimit: boolean;
  /** True when the add-in's own result columns are already next to this column (a re-run updates them). */
  hasPreviousResults: boolean;
}

/** Passed to `confirmInsert` before the add-in inserts columns to keep the user's data safe. */
export interface InsertRequest {
  sheetName: string;
  /** Address of the cells that hold the user's data where the results would go, e.g. "Suppliers!C1:E240". */
  occupiedAddress: string;
  /** Header texts found in those cells, for the prompt. */
  occupiedHeaders: string[];
  /** What the add-in will do if allowed. */
  action: "insert-sheet-columns" | "add-table-columns";
  /** A plain sentence for the prompt. */
  message: string;
  /** Columns that would be inserted (3 for the results when absent; 5 for the decision columns). */
  columnCount?: number;
}

/** Where the results were written. */
export interface ResultsPlacement {
  sheetName: string;
  /** 0-based sheet column index of "WRO risk"; "WRO match" and "WRO notes" follow. */
  firstColumnIndex: number;
  headerRowIndex: number;
  /** Letters of the three result columns. */
  letters: [string, string, string];
  /** 3, or 4 when the block has the "Sector risk" column right of "WRO notes". */
  columnCount: 3 | 4;
  /** Letter of the "Sector risk" column, or null when the block has none. */
  sectorLetter: string | null;
  /** How the columns were obtained. */
  mode: "empty-cells" | "updated-in-place" | "inserted-sheet-columns" | "added-table-columns";
  tableName: string | null;
}

export type RiskCounts = Record<Risk, number>;

/** One row the pane lists under "Flagged". */
export interface FlaggedRow {
  sheetName: string;
  /** 1-based row number as Excel shows it. */
  rowNumber: number;
  supplier: string;
  risk: Risk;
  match: string;
  note: string;
}

/** Rows by "Sector risk" label, as read back from the sheet (the unreadable-product count is known only to a run). */
export type SectorLabelCounts = Record<"Forced labour" | "Child labour" | "Forced and child labour" | "Input risk", number>;

/** Counts and flagged rows read back from the result columns. */
export interface ResultsSummary {
  sheetName: string;
  resultsAddress: string;
  counts: RiskCounts;
  /** Counts by "Sector risk" label; null when the block has no "Sector risk" column. */
  sector: SectorLabelCounts | null;
  total: number;
  flagged: FlaggedRow[];
}

/** What the workbook records about the last screening. */
export interface AuditRecord {
  /** ISO 8601 timestamp. */
  screenedAt: string;
  datasetVersion: string;
  sheetName: string;
  supplierColumn: string;
  /** Sheet-qualified address of the result columns. */
  resultsAddress: string;
  rowsScreened: number;
  counts: RiskCounts;
  /** False when the run was cancelled or failed part-way. */
  complete: boolean;
}

/** Header texts of the three result columns; also how re-runs recognise them. */
export const RESULT_HEADERS = ["WRO risk", "WRO match", "WRO notes"] as const;

/**
 * The fourth result column, right of "WRO notes", written when a product column is chosen: the DOL List of Goods
 * label (docs/sector-risk.md). A second, separate signal; it never changes "WRO risk". Once a block has it, it keeps it.
 */
export const SECTOR_HEADER = "Sector risk";

/** Every header a result block may have, in order: the three result columns, then "Sector risk". */
export const RESULT_BLOCK_HEADERS = [...RESULT_HEADERS, SECTOR_HEADER] as const;

/**
 * The newest ExcelApi requirement set the adapter calls (Range.getMergedAreasOrNullObject is 1.13; tables
 * filters, getTables and getSelectedRanges are 1.9; hyperlinks and getRangeByIndexes 1.7). The pane should check
 * Office.context.requirements.isSetSupported("ExcelApi", REQUIRED_EXCEL_API) and explain, rather than fail mid-run.
 */
export const REQUIRED_EXCEL_API = "1.13";

/** Refuse (or ask) above this many rows. */
export const DEFAULT_ROW_LIMIT = 200_000;
