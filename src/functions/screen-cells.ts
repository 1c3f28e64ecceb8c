import { RISK_LABELS, matchLabel, type ScreenResult, type Screener } from "../core";
import { noteWithSector, sectorForRow } from "../core/sector/row";
import { isBlankCell, optionalCellValue, plainCellValue } from "./cell-values";
import { worksheetError } from "./worksheet-error";

/**
 * The logic behind the worksheet functions, kept apart from functions.ts so that file holds only the
 * declarations custom-functions-metadata turns into functions.json.
 */

/** What a cell receives: text, or an error value (CustomFunctions.Error in Excel) explaining why it was not screened. */
export type CellOutput = string | Error;

/** What one row comes to, kept small because rows are cached: the three cell texts and whether it was screened. */
export interface RowVerdict {
  /** blank: no supplier (empty cell or placeholder); not-screened: unusable cell, shown as #N/A with the note. */
  status: "blank" | "not-screened" | "screened";
  risk: string;
  match: string;
  note: string;
}

const BLANK_ROW: RowVerdict = { status: "blank", risk: "", match: "", note: "" };

/**
 * Each of =WRORISK, =WROMATCH and =WRONOTE screens its row, so a sheet using all three would screen every
 * supplier three times. Verdicts are cached per screener (a new dataset means a new screener and an empty
 * cache). Only the three texts are kept, not the engine's full result with its evidence, and the bound
 * keeps memory flat on sheets with hundreds of thousands of distinct names.
 */
const CACHE_LIMIT = 20_000;
const caches = new WeakMap<Screener, Map<string, RowVerdict>>();

function cacheKey(name: unknown, country: unknown, product: unknown): string {
  // typeof prefixes keep the number 12 and the text "12" apart; \u0000 cannot occur in cell text.
  const part = (v: unknown) => (v === undefined ? "" : `${typeof v}:${String(v)}`);
  return `${part(name)}\u0000${part(country)}\u0000${part(product)}`;
}

function verdictOf(result: ScreenResult): RowVerdict {
  // An empty cell or a placeholder such as "TBD" means there is no supplier here: shown empty, like a blank.
  if (result.skipped === "empty") return BLANK_ROW;
  if (result.skipped === "placeholder") return { ...BLANK_ROW, note: result.note };
  if (result.skipped) return { status: "not-screened", risk: "", match: "", note: result.note || "This cell was not screened." };
  return {
    status: "screened",
    risk: RISK_LABELS[result.risk],
    // The same wording as the pane's "WRO match" column, from the core.
    match: matchLabel(result.match, result.ruleHits),
    note: result.note,
  };
}

/** Screens one row. An ordinary blank name is never sent to the engine. */
export function screenRow(screener: Screener, name: unknown, country?: unknown, product?: unknown): RowVerdict {
  const plainName = plainCellValue(name);
  if (isBlankCell(plainName)) return BLANK_ROW;
  const plainCountry = optionalCellValue(country);
  const plainProduct = optionalCellValue(product);
  let cache = caches.get(screener);
  if (!cache) {
    cache = new Map();
    caches.set(screener, cache);
  }
  const key = cacheKey(plainName, plainCountry, plainProduct);
  const cached = cache.get(key);
  if (cached) return cached;
  const screened = verdictOf(screener.screen({ name: plainName, country: plainCountry, product: plainProduct }));
  // The sector sentence (List of Goods) follows the note; it never changes the risk.
  const verdict =
    screened.status === "blank" ? screened : { ...screened, note: noteWithSector(screened.note, sectorForRow(plainCountry, plainProduct)) };
  if (cache.size >= CACHE_LIMIT) {
    // Maps iterate in insertion order, so the first key is the oldest entry.
    cache.delete(cache.keys().next().value as string);
  }
  cache.set(key, verdict);
  return verdict;
}

/**
 * A cell that could not be screened (an error, a number, an over-long text) gets #N/A with the reason,
 * never a risk: "None" would claim it was screened and found clean. The error is made when returned, not
 * cached, so it is always the host's own CustomFunctions.Error.
 */
export function riskOutput(verdict: RowVerdict): CellOutput {
  return verdict.status === "not-screened" ? worksheetError("#N/A", verdict.note) : verdict.risk;
}

export function matchOutput(verdict: RowVerdict): CellOutput {
  return verdict.status === "not-screened" ? worksheetError("#N/A", verdict.note) : verdict.match;
}

/** The note explains every outcome, including why a cell was not screened; only a blank gives "". */
export function noteOutput(verdict: RowVerdict): string {
  return verdict.note;
}

/** Cell arguments for one row of =WROSCREEN after shape checks. */
type Column = (row: number) => unknown;

/** A range argument as rows of cells; Excel passes a single value when the argument is one cell or a constant. */
function asMatrix(value: unknown): unknown[][] {
  if (Array.isArray(value)) return value.map((row) => (Array.isArray(row) ? row : [row]));
  return [[value]];
}

/**
 * An optional per-row argument: omitted, one cell applied to every row, or one column as tall as the names.
 * Anything else is a #VALUE! with a message saying what to give instead.
 */
function optionalColumn(value: unknown, label: string, rows: number): Column {
  if (value === null || value === undefined) return () => undefined;
  const matrix = asMatrix(value);
  const height = matrix.length;
  const width = matrix[0]?.length ?? 0;
  if (height === 1 && width === 1) {
    const only = matrix[0][0];
    return () => only;
  }
  if (width !== 1) {
    throw worksheetError("#VALUE!", `${label} must be one column (or one cell for every row); the range given has ${width} columns.`);
  }
  if (height !== rows) {
    throw worksheetError(
      "#VALUE!",
      `${label} has ${height} rows but the names have ${rows}. Give a range of the same height, or one cell that applies to every row.`,
    );
  }
  return (row) => matrix[row][0];
}

/**
 * The most rows one =WROSCREEN accepts. Custom-function results are limited to about 5 MB, and large spills can
 * stay at #BUSY! on the web (office-js#4654, #2786, #4613). 10,000 rows of the longest match texts the dataset
 * produces stay under 3 MB of JSON (about 2.1 MB with the dataset of December 2026; 20,000 rows reached 4.2 MB, too near the limit) (test/functions/functions.test.ts measures it). The limit applies to the range
 * given, so whole-column references (A:A, 1,048,576 rows) are refused with the reason.
 */
export const WROSCREEN_ROW_LIMIT = 10_000;

/** How long =WROSCREEN may hold the shared runtime before it lets the task pane and Excel's other calls run. */
const DEFAULT_SLICE_MS = 50;
/** Rows between clock checks; reading the clock for every row would cost more than it saves. */
const ROWS_PER_CLOCK_CHECK = 256;

export interface ScreenColumnOptions {
  /** Milliseconds of screening between pauses (default 50); 0 pauses at every clock check. */
  sliceMs?: number;
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * =WROSCREEN: risk and match for a whole column in one call, as rows of [risk, match].
 * Trailing blank rows are left out, so a range longer than the list spills only as far as the names go.
 *
 * The pane, the ribbon commands and every custom function share one JavaScript thread, and 100,000 rows
 * take seconds; so the work is cut into slices with a pause between them, and the pane stays usable.
 * Shape mistakes are reported before any row is screened.
 */
export async function screenColumn(
  screener: Screener,
  names: unknown,
  countries?: unknown,
  products?: unknown,
  options: ScreenColumnOptions = {},
): Promise<CellOutput[][]> {
  const nameMatrix = asMatrix(names);
  const rows = nameMatrix.length;
  const width = nameMatrix[0]?.length ?? 0;
  if (rows === 0 || width === 0) return [["", ""]];
  if (rows > WROSCREEN_ROW_LIMIT) {
    throw worksheetError(
      "#VALUE!",
      `WROSCREEN takes at most ${WROSCREEN_ROW_LIMIT.toLocaleString("en-US")} rows per formula; the range given has ${rows.toLocaleString(
        "en-US",
      )}. Larger results pass Excel's 5 MB limit for custom functions or stay at #BUSY! on the web. Give the rows with names (e.g. A2:A20001, not A:A), split the list over several formulas, or use the task pane's Screen button.`,
    );
  }
  if (width !== 1) {
    throw worksheetError(
      "#VALUE!",
      `WROSCREEN takes one column of supplier names; the range given has ${width} columns. Pass the name column, and countries and products as the second and third arguments.`,
    );
  }
  const countryAt = optionalColumn(countries, "Countries", rows);
  const productAt = optionalColumn(products, "Products", rows);

  let lastRow = rows - 1;
  while (lastRow > 0 && isBlankCell(plainCellValue(nameMatrix[lastRow][0]))) lastRow--;

  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  let sliceStart = performance.now();
  const output: CellOutput[][] = new Array(lastRow + 1);
  for (let row = 0; row <= lastRow; row++) {
    if (row % ROWS_PER_CLOCK_CHECK === ROWS_PER_CLOCK_CHECK - 1 && performance.now() - sliceStart >= sliceMs) {
      await pause();
      sliceStart = performance.now();
    }
    try {
      const verdict = screenRow(screener, nameMatrix[row][0], countryAt(row), productAt(row));
      output[row] = [riskOutput(verdict), matchOutput(verdict)];
    } catch (error) {
      // The screener is built never to throw; if it ever does, one bad row must not blank out the whole spill.
      const detail = error instanceof Error ? error.message : String(error);
      output[row] = [worksheetError("#N/A", `This row could not be screened: ${detail}`), ""];
    }
  }
  return output;
}
