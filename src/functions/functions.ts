/*
 * The worksheet functions. Excel learns about them from the hand-written src/functions/functions.json (names,
 * descriptions shown in Excel's autocomplete, optional parameters, scalar or matrix results, and
 * allowErrorForDataTypeAny, which Microsoft supports only in hand-written metadata), and this file associates
 * each id with its function at the end. The JSDoc below is the readable copy of that file: a test generates
 * metadata from it with custom-functions-metadata and requires the two to agree.
 *
 * There is no <Namespace> in the manifest, so these names are what users type: =WRORISK(A2).
 * None is @volatile: they only change when their arguments or the dataset change, and a dataset change
 * triggers a full recalculation (src/addin/runtime.ts).
 */
import { screenerForFunctions, startSharedRuntime, whenPinyinReady } from "../addin/runtime";
import { sectorOutput } from "./sector-cells";
import { matchOutput, noteOutput, riskOutput, screenColumn, screenRow, type CellOutput } from "./screen-cells";
import { worksheetError } from "./worksheet-error";
import { associateOnce } from "./associate";

// In the add-in page, load the user's stored dataset once Office is ready. Until then the functions answer
// from the bundled dataset, and the runtime recalculates if they did. In Node (tests, CLI) Office is undefined.
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady(() => {
    startSharedRuntime().catch((error: unknown) => console.error("WRO screen: start-up failed:", error));
  });
}

/** A thrown error value shows in the cell; anything else unexpected becomes a #VALUE! that says what failed. */
function cellFailure(error: unknown, functionName: string): Error {
  const code = error && typeof error === "object" ? (error as { code?: unknown }).code : undefined;
  if (typeof code === "string" && code.startsWith("#")) return error as Error;
  const detail = error instanceof Error ? error.message : String(error);
  return worksheetError("#VALUE!", `${functionName} could not screen this cell: ${detail}`);
}

function scalarResult(output: CellOutput): string {
  if (typeof output === "string") return output;
  throw output;
}

/**
 * Forced-labour import-ban risk for a supplier: High, Review, Lifted or None (empty for a blank cell).
 * @customfunction WRORISK WRORISK
 * @param name Supplier name, or the cell holding it.
 * @param [country] Optional. Supplier country or region, which sharpens the match and applies region-wide bans.
 * @param [product] Optional. Product or merchandise, for bans that cover only some goods.
 * @returns High, Review, Lifted or None.
 */
export function WRORISK(name: unknown, country?: unknown, product?: unknown): string {
  try {
    return scalarResult(riskOutput(screenRow(screenerForFunctions(), name, country, product)));
  } catch (error) {
    throw cellFailure(error, "WRORISK");
  }
}

/**
 * The listed entity a supplier matched, with its list and dates, e.g. "… (CBP WRO 2021-10-21, lifted 2023-09-18)". Empty when nothing matched.
 * @customfunction WROMATCH WROMATCH
 * @param name Supplier name, or the cell holding it.
 * @param [country] Optional. Supplier country or region.
 * @param [product] Optional. Product or merchandise.
 * @returns The matched listing with its list and dates.
 */
export function WROMATCH(name: unknown, country?: unknown, product?: unknown): string {
  try {
    return scalarResult(matchOutput(screenRow(screenerForFunctions(), name, country, product)));
  } catch (error) {
    throw cellFailure(error, "WROMATCH");
  }
}

/**
 * A plain-English note on a supplier's screening result: what matched, why, its status and what to check next.
 * @customfunction WRONOTE WRONOTE
 * @param name Supplier name, or the cell holding it.
 * @param [country] Optional. Supplier country or region.
 * @param [product] Optional. Product or merchandise.
 * @returns The explanation of the result.
 */
export function WRONOTE(name: unknown, country?: unknown, product?: unknown): string {
  try {
    return noteOutput(screenRow(screenerForFunctions(), name, country, product));
  } catch (error) {
    throw cellFailure(error, "WRONOTE");
  }
}

/**
 * Sector risk from the US Department of Labor's List of Goods for a country and a product: Forced labour, Child labour, Forced and child labour, Input risk, or empty. A sector indication, not a finding about a supplier; it does not change WRORISK.
 * @customfunction WROSECTOR WROSECTOR
 * @param country Country or region of origin, or the cell holding it.
 * @param product Product or goods, or the cell holding it.
 * @returns Forced labour, Child labour, Forced and child labour, Input risk, or empty.
 */
export function WROSECTOR(country: unknown, product: unknown): string {
  try {
    return sectorOutput(country, product);
  } catch (error) {
    throw cellFailure(error, "WROSECTOR");
  }
}

/**
 * Screens a whole column of suppliers in one call and spills two columns: risk and matched listing.
 * @customfunction WROSCREEN WROSCREEN
 * @param names One column of supplier names, e.g. A2:A10001.
 * @param [countries] Optional. A column of countries as tall as the names, or one cell that applies to every row.
 * @param [products] Optional. A column of products as tall as the names, or one cell that applies to every row.
 * @returns Rows of risk and matched listing, one per supplier.
 */
export async function WROSCREEN(
  names: unknown[][],
  countries?: unknown[][],
  products?: unknown[][],
): Promise<Array<Array<string | Error>>> {
  try {
    // The screener is taken once, so a dataset change mid-way cannot mix two datasets in one spill;
    // the change itself triggers a recalculation. It is taken once it reads Chinese names as pinyin too.
    await whenPinyinReady();
    return await screenColumn(screenerForFunctions(), names, countries, products);
  } catch (error) {
    throw cellFailure(error, "WROSCREEN");
  }
}

/** Each id in src/functions/functions.json and the function that answers it (a test checks both lists agree). */
export const FUNCTION_IDS = { WRORISK, WROMATCH, WRONOTE, WROSECTOR, WROSCREEN } as const;

// With hand-written metadata the add-in associates its functions itself (Microsoft's "Manually create JSON
// metadata for custom functions"). CustomFunctions exists only in Excel's runtime, not in Node. In the task
// pane's page, src/functions/register.ts has associated the ids already (this module arrives later, in the
// engine chunk), so this does nothing there; it registers the functions of the standalone functions.js.
associateOnce(FUNCTION_IDS);
