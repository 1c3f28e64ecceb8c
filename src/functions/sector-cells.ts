import { sectorForRow } from "../core/sector/row";
import { optionalCellValue } from "./cell-values";

/** =WROSECTOR: the sector label for a country and product cell ("" when none applies or a cell is blank). */
export function sectorOutput(country: unknown, product: unknown): string {
  return sectorForRow(optionalCellValue(country), optionalCellValue(product)).label;
}
