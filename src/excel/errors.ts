/**
 * Every failure the pane can show. Each has a stable code (for tests and telemetry)
 * and a message written for the person at the keyboard, not for a developer.
 */
export type ExcelErrorCode =
  | "no-selection"
  | "several-areas"
  | "several-columns"
  | "empty-column"
  | "too-many-rows"
  | "protected-sheet"
  | "merged-cells"
  | "insert-declined"
  | "insert-conflict"
  | "filter-conflict"
  | "no-results"
  | "read-failed"
  | "write-failed"
  | "unsupported-host";

/** Rows (1-based, as Excel shows them) that did or did not get results when a run stopped part-way. */
export interface RowSpan {
  first: number;
  last: number;
}

export interface ExcelErrorDetails {
  sheetName?: string;
  address?: string;
  rowCount?: number;
  rowLimit?: number;
  written?: RowSpan | null;
  notWritten?: RowSpan | null;
  /** The underlying Office error code, e.g. "AccessDenied", when there was one. */
  officeCode?: string;
}

export class ExcelAdapterError extends Error {
  readonly code: ExcelErrorCode;
  readonly details: ExcelErrorDetails;

  constructor(code: ExcelErrorCode, message: string, details: ExcelErrorDetails = {}, options?: { cause?: unknown }) {
    super(message);
    this.name = "ExcelAdapterError";
    this.code = code;
    this.details = details;
    if (options?.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}

export function isExcelAdapterError(error: unknown): error is ExcelAdapterError {
  return error instanceof ExcelAdapterError;
}

/** The Office error code of a failed sync ("InvalidSelection", "AccessDenied", …), if there is one. */
export function officeErrorCode(error: unknown): string | undefined {
  if (error && typeof error === "object" && "code" in error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
}

/** "rows 2–5001" or "row 2". */
export function describeRows(span: RowSpan): string {
  return span.first === span.last ? `row ${span.first}` : `rows ${span.first}–${span.last}`;
}

export const messages = {
  noSelection: () => "Select a cell or a column of supplier names first.",
  severalAreas: (count: number) => `You selected ${count} separate areas. Select one column of supplier names (one area) and try again.`,
  severalColumns: (count: number, address: string) =>
    `The selection ${address} spans ${count} columns. Select one cell or one column of supplier names.`,
  emptyColumn: (where: string) => `There are no supplier names to screen in ${where}.`,
  tooManyRows: (rows: number, limit: number) =>
    `The selection has ${rows.toLocaleString("en-US")} rows, more than the ${limit.toLocaleString(
      "en-US",
    )} the add-in screens at once. Select fewer rows, or confirm to screen them all.`,
  protectedSheet: (sheet: string) =>
    `The sheet "${sheet}" is protected, so the results cannot be written. Unprotect it (Review > Unprotect Sheet) and try again. Nothing was changed.`,
  mergedCells: (address: string) =>
    `There are merged cells in ${address}, where the supplier names or results are. Unmerge them and try again. Nothing was changed.`,
  insertDeclined: (address: string) =>
    `The result columns would cover your data in ${address}. You chose not to insert new columns, so nothing was changed.`,
  insertConflict: (what: string) =>
    `New result columns cannot be inserted here: the insert would split ${what}, which Excel refuses (or would stretch across the results). Move or unmerge it, or copy the supplier column to a sheet of its own, and try again. Nothing was changed.`,
  markerFailed: (reason: string) =>
    `Excel would not record where the results go (${reason}). The columns inserted for them were removed again; nothing else was changed.`,
  filterConflict: (table: string) =>
    `The list overlaps the table "${table}", and a sheet filter cannot cover a table. Filter the table itself (its header buttons), or move the list apart from it. Your current filter was left as it was.`,
  noResults: (sheet: string) => `There are no screening results on "${sheet}" yet. Screen a column first.`,
  noSectorColumn: (sheet: string) =>
    `The results on "${sheet}" have no "Sector risk" column. Choose a Product column and screen again to add it.`,
  writeFailed: (written: RowSpan | null, notWritten: RowSpan, reason: string) =>
    written
      ? `Results were written for ${describeRows(written)}, but not for ${describeRows(notWritten)}: ${reason}. Your own data is untouched; re-run to finish.`
      : `No results were written (${describeRows(notWritten)} not done): ${reason}. Your own data is untouched; re-run to try again.`,
  readFailed: (rows: RowSpan, reason: string) =>
    `Excel could not read ${describeRows(rows)} of the supplier column: ${reason}. Nothing further was written.`,
};
