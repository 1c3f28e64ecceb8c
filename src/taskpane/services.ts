import { createContext, useContext } from "react";
import type { Risk } from "../core";
import type { DecisionServices } from "./decisions/decisions-service";
import type { ImpactScreener, SheetImpact } from "./sheet-impact";

/**
 * Everything the pane needs from Excel, the screening controller and the shared runtime, as one
 * interface. The pane never touches Office.js directly: index.tsx wires the real adapter and tests
 * pass fakes, so every UI path can be exercised in jsdom.
 */

/** A column the user can pick for Country or Product, taken from the header row. */
export interface HeaderOption {
  /** Stable key the adapter understands (column letter or index, as the adapter reports it). */
  key: string;
  /** What the user sees: the header text, or the column letter when the header is blank. */
  label: string;
  /** The header text alone ("" when blank), to keep the user's choice when columns move. */
  text?: string;
}

export interface SelectionSummary {
  sheetName: string;
  /** Column letter of the supplier names, e.g. "B". */
  columnLetter: string;
  /** The supplier column's header text, if the selection starts at a header. */
  header: string | null;
  /** Rows that will be screened (header excluded). */
  rowCount: number;
  /** More rows than one run screens without asking; Screen will ask for confirmation. */
  exceedsRowLimit?: boolean;
  /** Every header of the used range, for the Country and Product dropdowns. */
  headers: HeaderOption[];
  /** Suggested Country / Product columns (from header names), if any. */
  suggestedCountryKey?: string | null;
  suggestedProductKey?: string | null;
}

export interface ScreenRequest {
  countryKey: string | null;
  productKey: string | null;
}

export interface ScreenProgress {
  done: number;
  total: number;
  /** What the run is doing now, when it is not screening rows (e.g. "Formatting results"). */
  activity?: string;
}

export interface InsertQuestion {
  /** Columns that would be inserted to the right of the supplier column. */
  columnCount: number;
  /** Address of the occupied cells, for the dialog text. */
  occupiedAddress?: string;
  /** Headers found in the occupied cells, so the user knows what would move. */
  occupiedHeaders?: string[];
  /** Insert whole sheet columns, or add columns to the Excel table. */
  action?: "insert-sheet-columns" | "add-table-columns";
}

export interface LargeSelectionQuestion {
  rowCount: number;
  rowLimit: number;
}

export interface FlaggedRow {
  /** Row number as Excel shows it (1-based), used to select the row. */
  rowNumber: number;
  supplier: string;
  risk: Risk;
  /** The matched listing as written in the "WRO match" column ("" for rule-only hits). */
  match: string;
  note: string;
}

export interface PartialWrite {
  /** Rows whose results are in the sheet. */
  written: number;
  /** Rows screened but not written (the run stopped or Excel refused a write). */
  notWritten: number;
  /** Address or row range the user should look at, if known. */
  firstMissingRow?: number;
}

/** The four "Sector risk" labels, in the order the summary lists them. */
export type SectorLabel = "Forced labour" | "Child labour" | "Forced and child labour" | "Input risk";

/** Sector risk of a run (docs/sector-risk.md): a separate signal, never part of the risk counts. */
export interface SectorReport {
  /** Rows by "Sector risk" label. */
  counts: Record<SectorLabel, number>;
  /**
   * Rows whose product text matched no good of the List (so no sector risk could be read); null when results
   * were read back from the sheet, which does not record it.
   */
  unreadable: number | null;
}

export interface ScreenReport {
  total: number;
  counts: Record<Risk, number>;
  /** Set when the results have a "Sector risk" column (a product column was chosen); absent or null otherwise. */
  sector?: SectorReport | null;
  /** Rows not screened by name (empty, placeholders, errors). */
  skipped: number;
  flagged: FlaggedRow[];
  datasetVersion: string;
  /** Set when the run ended before every row's result was written. */
  partial: PartialWrite | null;
  cancelled: boolean;
  /** Excel refused to widen the filter buttons over the decision columns; what became of the user's filter. */
  filterNotice?: string;
}

export interface LastResults {
  sheetName: string;
  report: ScreenReport;
}

export interface AuditRecord {
  /** ISO timestamp of the run, as stored in the workbook. */
  screenedAt: string;
  datasetVersion: string;
  /** False when that run was cancelled or failed part-way. */
  complete?: boolean;
}

export interface DatasetInfo {
  version: string;
  compiled: string;
  listingCount: number;
  sources: { name: string; address: string }[];
}

export interface ScreenHooks {
  onProgress: (progress: ScreenProgress) => void;
  signal: AbortSignal;
  confirmInsert: (question: InsertQuestion) => Promise<boolean>;
  /** Asked when the selection has more rows than one run normally screens. */
  confirmLargeSelection: (question: LargeSelectionQuestion) => Promise<boolean>;
}

export interface PaneServices {
  describeSelection(): Promise<SelectionSummary>;
  /** Calls back when the Excel selection changes; returns an unsubscribe function. */
  onSelectionChanged(listener: () => void): () => void;
  screen(request: ScreenRequest, hooks: ScreenHooks): Promise<ScreenReport>;
  showFlaggedOnly(): Promise<void>;
  /** Filters the "Sector risk" column to rows with a label (same filter as "Show flagged only"). */
  showSectorRisk(): Promise<void>;
  clearFilter(): Promise<void>;
  selectRow(row: number): Promise<void>;
  readAudit(): Promise<AuditRecord | null>;
  /**
   * The results already in the workbook from the last recorded run (counts and flagged rows read back from
   * the sheet), so reopening the pane shows them; null when there are none.
   */
  readLastResults(): Promise<LastResults | null>;
  datasetInfo(): DatasetInfo;
  onDatasetChanged(listener: () => void): () => void;
  /**
   * After a dataset update: how many rows of the active sheet's results would change risk with `screener`
   * (read back from the sheet, counted without writing anything). Absent where there is no sheet to read.
   */
  previewSheetImpact?(screener: ImpactScreener): Promise<SheetImpact>;
  /** Decisions about flagged rows and the report sheet (src/taskpane/decisions); absent where not wired. */
  decisions?: DecisionServices;
}

const ServicesContext = createContext<PaneServices | null>(null);
export const ServicesProvider = ServicesContext.Provider;

export function useServices(): PaneServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("useServices must be used inside <ServicesProvider>");
  return services;
}
