import type { DecisionJson } from "./decisions";
import { displayInput } from "../core/screening/input";
import type { ScreenInput, ScreenResult } from "../core/screening/types";
import type { SectorResult } from "../core/sector/sector-risk";
import { shownValue } from "./cell-text";
import type { InputRow, InputTable } from "./read-input";

/** The part of core's Screener the CLI needs; tests may pass a fake. */
export interface ScreenerLike {
  screen(input: ScreenInput): ScreenResult;
  readonly version: string;
}

export interface ChosenColumns {
  supplier: number;
  country: number | null;
  product: number | null;
}

export interface ScreenedRow {
  row: InputRow;
  /** The supplier cell as shown beside its result: trimmed and bounded (results do not repeat it). */
  input: string;
  result: ScreenResult;
  /** Sector risk for the row, when that signal is on (src/cli/sector.ts). */
  sector?: SectorResult;
  /** The row's decision, when the run has decision columns (src/cli/decisions.ts, decisionJson). */
  decision?: DecisionJson;
}

export type ProgressListener = (done: number, total: number) => void;

export const PROGRESS_EVERY = 10_000;

/**
 * Screens every data row. Registers repeat the same supplier many times (one line per contract
 * or invoice), so identical (name, country, product) triples are screened once and the result shared.
 */
export function screenRows(
  table: InputTable,
  columns: ChosenColumns,
  screener: ScreenerLike,
  onProgress?: ProgressListener,
): ScreenedRow[] {
  return screenBatch(table.rows, columns, screener, new Map(), onProgress);
}

/**
 * The same triples seen while a streamed file is screened: bounded, so that memory does not grow
 * with the number of distinct suppliers (it is emptied when full, and refills from the rows that follow).
 */
export const STREAM_SHARED_RESULTS = 100_000;

/** Screens rows; results holds the results of triples already screened, shared between batches. */
export function screenBatch(
  rows: readonly InputRow[],
  columns: ChosenColumns,
  screener: ScreenerLike,
  results: Map<string, ScreenResult>,
  onProgress?: ProgressListener,
  limit = Infinity,
): ScreenedRow[] {
  const total = rows.length;
  const screened: ScreenedRow[] = new Array(total);
  for (let i = 0; i < total; i++) {
    const row = rows[i];
    const input: ScreenInput = {
      name: shownValue(row.cells[columns.supplier]),
      country: columns.country === null ? undefined : shownValue(row.cells[columns.country]),
      product: columns.product === null ? undefined : shownValue(row.cells[columns.product]),
    };
    // typeof is part of the key so the number 123 and the text "123" are not conflated.
    const key = JSON.stringify([input.name, typeof input.name, input.country ?? null, input.product ?? null]);
    let result = results.get(key);
    if (result === undefined) {
      result = screener.screen(input);
      if (results.size >= limit) results.clear();
      results.set(key, result);
    }
    screened[i] = { row, input: displayInput(input.name), result };
    if (onProgress && (i + 1) % PROGRESS_EVERY === 0 && i + 1 < total) onProgress(i + 1, total);
  }
  return screened;
}
