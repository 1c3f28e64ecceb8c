import type { Risk, ScreenInput, ScreenResult } from "../../core";
import type { RowSpan } from "../../excel/errors";
import type {
  AuditRecord,
  ColumnSelection,
  FlaggedRow,
  InsertRequest,
  ResultsPlacement,
  ResultsSummary,
  RiskCounts,
} from "../../excel/types";
import type { ReconcileResult } from "../../excel/decisions";
import type { SectorCounts } from "../../core/sector/row";

/** The part of the core Screener the controller needs; the real `Screener` satisfies it. */
export interface ScreenerLike {
  screenAll(inputs: ScreenInput[]): ScreenResult[];
  readonly version: string;
}

export interface ScreeningProgress {
  phase: "preparing" | "screening" | "formatting" | "done";
  rowsDone: number;
  rowsTotal: number;
  /** 0..1 */
  fraction: number;
}

export interface ScreenColumnOptions {
  /** From `describeSelection()`; the controller re-checks the sheet before writing anything. */
  selection: ColumnSelection;
  /** 0-based sheet column indexes of optional country / product columns, as listed in `selection.headers`. */
  countryColumnIndex?: number | null;
  productColumnIndex?: number | null;
  onProgress?: (progress: ScreeningProgress) => void;
  /** Cancelling stops after the chunk being written; rows already written keep their results. */
  signal?: AbortSignal;
  /**
   * Asked before columns are inserted because the cells to the right hold the user's data.
   * Resolve false to refuse (nothing is changed). When omitted, columns are inserted: that never overwrites.
   */
  confirmInsert?: (request: InsertRequest) => Promise<boolean>;
  /** Asked when the selection is above the row limit; when omitted such selections are refused. */
  confirmLargeSelection?: (rowCount: number, rowLimit: number) => Promise<boolean>;
  /** Conditional formatting by risk and a filter-ready header (default true). */
  applyFormatting?: boolean;
  /** Rows per chunk (default 5,000). */
  chunkRows?: number;
  /** Upper bound on one write request in bytes (default 3.5 MB, under Excel on the web's 5 MB). */
  maxRequestBytes?: number;
  rowLimit?: number;
  /**
   * Adds (once) and checks the decision columns beside the results: every decision stays as the user left it,
   * and the add-in's "Decision basis" column says whether it still stands (src/excel/decisions.ts). Not for
   * lists inside an Excel table yet. Default false.
   */
  decisions?: boolean;
}

export interface ScreeningReport {
  status: "complete" | "cancelled";
  sheetName: string;
  supplierColumn: { letter: string; header: string };
  placement: ResultsPlacement;
  /** Sheet-qualified address of the result columns including their header. */
  resultsAddress: string;
  rowsTotal: number;
  rowsScreened: number;
  /** Rows (1-based) that received results; null when none did. */
  written: RowSpan | null;
  counts: RiskCounts;
  /**
   * With a product column: rows by "Sector risk" label and rows whose product text matched no List good
   * (`unmapped`); null when no product column was chosen (sector risk not checked).
   */
  sector: SectorCounts | null;
  /** Rows flagged High, Review or Lifted, in sheet order. */
  flagged: FlaggedRow[];
  /** Rows not screened because the name cell was empty, a placeholder or an error value. */
  skipped: number;
  datasetVersion: string;
  screenedAt: string;
  /** Counts by decision and each flagged or decided row's state, when `decisions` was asked for. */
  decisions?: ReconcileResult;
  /**
   * Excel refused to widen the filter buttons over the decision columns: what happened to the user's filter
   * (kept or put back as it was, or, if Excel refused that too, where it was). For the pane to show.
   */
  filterNotice?: string;
  chunks: number;
  syncs: number;
  elapsedMs: number;
}

export interface ScreeningControllerApi {
  /** Reads the current selection: which column, header, rows, and the list's headers. */
  describeSelection(): Promise<ColumnSelection>;
  /** Screens the described column and writes the result columns ("Sector risk" too with a product column). Throws ExcelAdapterError. */
  screenColumn(options: ScreenColumnOptions): Promise<ScreeningReport>;
  /** Filters the risk column to High, Review and Lifted. */
  showFlaggedOnly(sheetName?: string): Promise<void>;
  /** Filters the "Sector risk" column to its four labels. */
  showSectorRisk(sheetName?: string): Promise<void>;
  clearFilter(sheetName?: string): Promise<void>;
  /** Counts and flagged rows read back from the sheet's result columns. */
  readSummary(sheetName?: string): Promise<ResultsSummary>;
  /** Activates the sheet and selects the supplier cell of that row. */
  selectRow(sheetName: string, rowNumber: number): Promise<void>;
  /** When and with which dataset the workbook was last screened; null if never. */
  readAudit(): Promise<AuditRecord | null>;
}

export type { Risk };
