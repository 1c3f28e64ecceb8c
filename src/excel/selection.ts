import { columnLetter, rectAddress } from "./address";
import { ExcelAdapterError, messages, officeErrorCode } from "./errors";
import { cellText, sync } from "./io";
import { loadMarkers, markersFrom } from "./marker";
import { DEFAULT_ROW_LIMIT, RESULT_BLOCK_HEADERS, RESULT_HEADERS, type ColumnSelection, type HeaderCell } from "./types";

const COUNTRY_HEADER = /\b(country|countries|origin|nation|land|pays|país|pais)\b/i;
const PRODUCT_HEADER = /\b(product|products|commodity|commodities|goods|item|items|merchandise|material|category|description)\b/i;

export interface DescribeOptions {
  rowLimit?: number;
}

/**
 * Works out which column the user means and which rows of it hold supplier names.
 * Costs two syncs. Reads nothing but addresses, the header row and defined names, so it is
 * cheap even when a whole column (1,048,576 rows) is selected.
 */
export async function describeSelection(context: Excel.RequestContext, options: DescribeOptions = {}): Promise<ColumnSelection> {
  const rowLimit = options.rowLimit ?? DEFAULT_ROW_LIMIT;
  const workbook = context.workbook;

  const selected = workbook.getSelectedRange();
  selected.load("address,rowIndex,columnIndex,rowCount,columnCount");
  const sheet = selected.worksheet;
  sheet.load("name");
  let facts = loadColumnFacts(selected.getColumn(0));
  const sheetUsed = sheet.getUsedRangeOrNullObject(true);
  sheetUsed.load("columnIndex,columnCount");
  const names = loadMarkers(sheet);

  try {
    await sync(context);
  } catch (error) {
    throw await explainSelectionFailure(context, error);
  }

  if (selected.columnCount > 1) {
    throw new ExcelAdapterError("several-columns", messages.severalColumns(selected.columnCount, selected.address), {
      address: selected.address,
      sheetName: sheet.name,
    });
  }

  const sheetName = sheet.name;
  let columnIndex = selected.columnIndex;
  // A click in the add-in's own result columns means "this list": screen its supplier column, not "WRO risk".
  const resultsBlock = markersFrom(names).find(
    (m) => columnIndex >= m.firstColumnIndex && columnIndex < m.firstColumnIndex + m.columnCount,
  );
  if (resultsBlock && resultsBlock.firstColumnIndex > 0) {
    columnIndex = resultsBlock.firstColumnIndex - 1;
    facts = loadColumnFacts(selected.getColumn(0).getOffsetRange(0, columnIndex - selected.columnIndex));
    await sync(context);
  }
  const { columnUsed, tables } = facts;
  const letter = columnLetter(columnIndex);
  const table: Excel.Table | null = tables.items[0] ?? null;

  let headerRowIndex: number;
  let dataFirst: number;
  let dataLast: number;
  let headerValues: unknown[];
  let headerFirstColumn: number;
  let tableInfo: ColumnSelection["table"] = null;

  if (table) {
    const headerRow = table.getHeaderRowRange();
    headerRow.load("rowIndex,columnIndex,values");
    const body = table.getDataBodyRange();
    body.load("rowIndex,rowCount");
    table.load("name,showHeaders");
    await sync(context);
    headerRowIndex = headerRow.rowIndex;
    dataFirst = body.rowIndex;
    dataLast = body.rowIndex + body.rowCount - 1;
    headerValues = headerRow.values[0];
    headerFirstColumn = headerRow.columnIndex;
    tableInfo = { name: table.name, columnIndexInTable: columnIndex - headerRow.columnIndex };
  } else {
    if (columnUsed.isNullObject) {
      throw new ExcelAdapterError("empty-column", messages.emptyColumn(`column ${letter} of "${sheetName}"`), {
        sheetName,
        address: selected.address,
      });
    }
    // The column's first used cell is its header (after a lone title row, if there is one); the names run
    // from the next row to the column's last used cell.
    const top = columnUsed.rowIndex;
    dataLast = columnUsed.rowIndex + columnUsed.rowCount - 1;
    headerFirstColumn = sheetUsed.isNullObject ? columnIndex : Math.min(sheetUsed.columnIndex, columnIndex);
    const lastListColumn = sheetUsed.isNullObject ? columnIndex : Math.max(sheetUsed.columnIndex + sheetUsed.columnCount - 1, columnIndex);
    const topRows = sheet.getRangeByIndexes(
      top,
      headerFirstColumn,
      Math.min(HEADER_SEARCH_ROWS, columnUsed.rowCount),
      lastListColumn - headerFirstColumn + 1,
    );
    topRows.load("values");
    await sync(context);
    const offset = headerOffset(topRows.values, columnIndex - headerFirstColumn);
    headerRowIndex = top + offset;
    dataFirst = headerRowIndex + 1;
    headerValues = topRows.values[offset];
  }

  // A selection of several rows means "these rows"; a single cell means "this column of the list".
  let firstRowIndex = dataFirst;
  let lastRowIndex = dataLast;
  if (selected.rowCount > 1) {
    firstRowIndex = Math.max(dataFirst, selected.rowIndex);
    lastRowIndex = Math.min(dataLast, selected.rowIndex + selected.rowCount - 1);
  }
  const rowCount = Math.max(0, lastRowIndex - firstRowIndex + 1);
  if (rowCount === 0) {
    throw new ExcelAdapterError(
      "empty-column",
      messages.emptyColumn(table ? `column ${letter} of the table "${table.name}"` : `the selection ${selected.address} below the header`),
      { sheetName, address: selected.address },
    );
  }

  const headers: HeaderCell[] = headerValues
    .map((value, i) => ({ columnIndex: headerFirstColumn + i, letter: columnLetter(headerFirstColumn + i), text: cellText(value).trim() }))
    .filter((h) => !(RESULT_BLOCK_HEADERS as readonly string[]).includes(h.text));
  const header = cellText(headerValues[columnIndex - headerFirstColumn]).trim();

  const nextHeaders = [1, 2, 3].map((d) => cellText(headerValues[columnIndex + d - headerFirstColumn]).trim());
  const marked = markersFrom(names).some((m) => m.firstColumnIndex === columnIndex + 1 && m.headerRowIndex === headerRowIndex);
  // Same test as the write path: table columns may carry a suffix Excel added to keep names unique.
  const hasPreviousResults = marked && RESULT_HEADERS.every((h, i) => (table ? nextHeaders[i].startsWith(h) : nextHeaders[i] === h));

  return {
    sheetName,
    columnIndex,
    columnLetter: letter,
    header,
    headerRowIndex,
    firstRowIndex,
    rowCount,
    firstRowNumber: firstRowIndex + 1,
    lastRowNumber: lastRowIndex + 1,
    listLastRowIndex: dataLast,
    address: rectAddress(sheetName, firstRowIndex, columnIndex, rowCount, 1),
    table: tableInfo,
    headers,
    suggested: {
      countryColumnIndex: guessColumn(headers, COUNTRY_HEADER, columnIndex),
      productColumnIndex: guessColumn(headers, PRODUCT_HEADER, columnIndex),
    },
    exceedsRowLimit: rowCount > rowLimit,
    hasPreviousResults,
  };
}

/** How far down a title row may sit above the real header. */
const HEADER_SEARCH_ROWS = 10;

/**
 * Rows from the column's first used cell down to its header. Usually 0. A sheet that opens with a title
 * ("Supplier list Q3") in a row of its own, then a gap, then a header row of several columns, has its header
 * lower down; treating the title as the header would screen "Supplier" as a supplier name.
 */
export function headerOffset(topRows: unknown[][], column: number): number {
  const filled = (row: unknown[]) => row.filter((v) => cellText(v).trim() !== "").length;
  if (topRows.length < 3 || filled(topRows[0]) !== 1) return 0;
  for (let i = 1; i < topRows.length; i++) {
    if (cellText(topRows[i][column]).trim() === "") continue;
    return i >= 2 && cellText(topRows[i - 1][column]).trim() === "" && filled(topRows[i]) >= 2 ? i : 0;
  }
  return 0;
}

/** The column's own used cells (not the sheet's: a whole-column selection must not mean 1,048,576 rows) and its table. */
function loadColumnFacts(cellOrColumn: Excel.Range): { columnUsed: Excel.Range; tables: Excel.TableScopedCollection } {
  const columnUsed = cellOrColumn.getEntireColumn().getUsedRangeOrNullObject(true);
  columnUsed.load("rowIndex,rowCount");
  const tables = cellOrColumn.getTables(false);
  tables.load("items/name");
  return { columnUsed, tables };
}

function guessColumn(headers: HeaderCell[], pattern: RegExp, supplierColumn: number): number | null {
  const found = headers.find((h) => h.columnIndex !== supplierColumn && pattern.test(h.text));
  return found ? found.columnIndex : null;
}

/**
 * getSelectedRange() fails both when nothing usable is selected (a chart or shape) and when several areas are;
 * the error code is not documented for either, so the areas are counted to tell them apart.
 */
async function explainSelectionFailure(context: Excel.RequestContext, error: unknown): Promise<Error> {
  const code = officeErrorCode(error);
  try {
    const areas = context.workbook.getSelectedRanges();
    areas.load("areaCount");
    await sync(context);
    if (areas.areaCount > 1) {
      return new ExcelAdapterError("several-areas", messages.severalAreas(areas.areaCount), { officeCode: code }, { cause: error });
    }
  } catch {
    // Nothing selectable at all: fall through.
  }
  if (code === "InvalidSelection" || code === "InvalidArgument" || code === "ItemNotFound" || code === "GeneralException") {
    return new ExcelAdapterError("no-selection", messages.noSelection(), { officeCode: code }, { cause: error });
  }
  return error instanceof Error ? error : new Error(String(error));
}
