import type { XlsxPackage } from "./package";

/**
 * What an .xlsx output holds besides the result columns, worked out before it is written (the decision
 * columns, their list validation, the report sheet: decisions-xlsx.ts) and added by the writers
 * (lossless.ts, new-workbook.ts) in their single pass, so a million-row sheet is written once.
 */
export interface XlsxAdditions {
  /** Columns written after the results in the screened sheet's edit (a workbook input's decision columns). */
  columns?: ExtraColumns | null;
  /** A dataValidation element for the screened sheet, given the sheet's namespace prefix. */
  dataValidation?: ((prefix: string) => string) | null;
  /** Adds parts to the package before it is written (the report sheet); the screened sheet is a streamed part then. */
  addParts?: ((pkg: XlsxPackage) => void) | null;
}

export interface ExtraColumns {
  /** 0-based columns. */
  columns: readonly number[];
  /** The header per column, or null to leave the input's header cell as it is. */
  headers: readonly (string | null)[];
  widths: readonly number[];
  /** The cells of the index-th screened row, per column: text ("" clears the cell), or null to leave it as it is. */
  texts(index: number): readonly (string | null)[];
}
