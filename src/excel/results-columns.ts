import { columnLetter, rectAddress } from "./address";
import { ExcelAdapterError, messages } from "./errors";
import { cellText, sync } from "./io";
import { loadMarkers, markerFormula, markersFrom, nextMarkerName, type ResultsMarker } from "./marker";
import { RESULT_HEADERS, type ColumnSelection, type InsertRequest, type ResultsPlacement } from "./types";

export interface PrepareOptions {
  confirmInsert?: (request: InsertRequest) => Promise<boolean>;
  /** Checked once more after the checks (and any question to the user), before anything is queued. */
  signal?: AbortSignal;
  /** Queues the caller's own reads (the first chunk of names) into the checks' sync, saving a round trip. */
  alongsideChecks?: () => void;
}

export interface PreparedResults {
  placement: ResultsPlacement;
  /** Sheet columns right of the supplier column moved this many places (new columns were inserted). */
  shiftedBy: number;
  /** Sheet-qualified address of the whole result block, header included. */
  address: string;
  /** 0-based last row of the result block (the marker's extent): the rows screened now and any kept from before. */
  lastRowIndex: number;
  /** Whether the sheet already had an AutoFilter (the user's, or from an earlier run), which is then left alone. */
  sheetHasAutoFilter: boolean;
}

/**
 * Finds or makes the three result columns right of the supplier column, after checking that
 * writing there is safe. One sync for the checks; the header, text format and marker writes are
 * queued and go out with the caller's next sync (so an insert and the first read share a round trip).
 * Nothing is queued unless every check passed.
 */
export async function prepareResultsColumns(
  context: Excel.RequestContext,
  selection: ColumnSelection,
  options: PrepareOptions = {},
): Promise<PreparedResults> {
  const sheet = context.workbook.worksheets.getItem(selection.sheetName);
  sheet.protection.load("protected");
  sheet.autoFilter.load("enabled");
  const names = loadMarkers(sheet);
  const lastRowIndex = selection.firstRowIndex + selection.rowCount - 1;
  const blockRows = lastRowIndex - selection.headerRowIndex + 1;
  const supplierCol = selection.columnIndex;

  // The supplier cells and the three cells right of them, header to last row: nothing there may be merged.
  const footprint = sheet.getRangeByIndexes(selection.headerRowIndex, supplierCol, blockRows, 4);
  const merged = footprint.getMergedAreasOrNullObject();
  merged.load("address");
  const target = sheet.getRangeByIndexes(selection.headerRowIndex, supplierCol + 1, blockRows, 3);
  const targetUsed = target.getUsedRangeOrNullObject(true);
  targetUsed.load("address");
  const targetHeader = sheet.getRangeByIndexes(selection.headerRowIndex, supplierCol + 1, 1, 3);
  targetHeader.load("values");
  const table = selection.table ? sheet.tables.getItem(selection.table.name) : null;
  if (table) table.columns.load("items/name");
  options.alongsideChecks?.();

  await sync(context);

  if (sheet.protection.protected) {
    throw new ExcelAdapterError("protected-sheet", messages.protectedSheet(selection.sheetName), { sheetName: selection.sheetName });
  }
  if (!merged.isNullObject) {
    throw new ExcelAdapterError("merged-cells", messages.mergedCells(merged.address), {
      sheetName: selection.sheetName,
      address: merged.address,
    });
  }

  const markers = markersFrom(names);
  const existing = markers.find((m) => m.firstColumnIndex === supplierCol + 1 && m.headerRowIndex === selection.headerRowIndex);
  const headerTexts = targetHeader.values[0].map((v) => cellText(v).trim());
  const headersMatch = RESULT_HEADERS.every((h, i) => (table ? headerTexts[i].startsWith(h) : headerTexts[i] === h));

  let mode: ResultsPlacement["mode"];
  let shiftedBy = 0;
  // Decided first, queued only once nothing can still stop the run (the user may cancel while asked).
  let queueMove: () => void = () => undefined;
  let blockLastRowIndex = lastRowIndex;
  if (existing && headersMatch && (await rowsBelowMarkerAreFree(context, sheet, existing, lastRowIndex))) {
    mode = "updated-in-place";
    // Screening some rows of the list again keeps the other rows' results; only rows past the list's end are stale.
    const listLast = Math.max(selection.listLastRowIndex ?? lastRowIndex, lastRowIndex);
    blockLastRowIndex = Math.max(lastRowIndex, Math.min(existing.lastRowIndex, listLast));
    queueMove = () => clearRowsNoLongerScreened(sheet, existing, listLast);
  } else if (table) {
    mode = "added-table-columns";
    shiftedBy = 3;
    const taken = new Set(table.columns.items.map((c) => c.name.toLowerCase()));
    const at = selection.table!.columnIndexInTable + 1;
    queueMove = () => RESULT_HEADERS.forEach((header, i) => table.columns.add(at + i, undefined, uniqueName(header, taken)));
  } else if (targetUsed.isNullObject) {
    mode = "empty-cells";
  } else {
    const request: InsertRequest = {
      sheetName: selection.sheetName,
      occupiedAddress: targetUsed.address,
      occupiedHeaders: headerTexts.filter((t) => t !== ""),
      action: "insert-sheet-columns",
      message: `Columns ${columnLetter(supplierCol + 1)}–${columnLetter(supplierCol + 3)} next to "${
        selection.header || columnLetter(supplierCol)
      }" hold your data. Insert three new columns for the results? Your data moves right; nothing is overwritten.`,
    };
    if (options.confirmInsert && !(await options.confirmInsert(request))) {
      throw new ExcelAdapterError("insert-declined", messages.insertDeclined(targetUsed.address), {
        sheetName: selection.sheetName,
        address: targetUsed.address,
      });
    }
    mode = "inserted-sheet-columns";
    shiftedBy = 3;
    queueMove = () =>
      sheet
        .getRangeByIndexes(0, supplierCol + 1, 1, 3)
        .getEntireColumn()
        .insert("Right");
  }

  options.signal?.throwIfAborted();
  queueMove();
  const firstColumnIndex = supplierCol + 1;
  if (!table) {
    const header = sheet.getRangeByIndexes(selection.headerRowIndex, firstColumnIndex, 1, 3);
    header.numberFormat = [["@", "@", "@"]];
    header.values = [[...RESULT_HEADERS]];
    header.format.font.bold = true;
  }
  const formula = markerFormula(selection.sheetName, firstColumnIndex, selection.headerRowIndex, blockLastRowIndex);
  if (existing) {
    sheet.names.getItem(existing.name).formula = formula;
  } else {
    sheet.names.add(
      nextMarkerName(names.items.map((n) => n.name)),
      formula,
      "Where the WRO screening add-in keeps its results. Deleting this name makes the add-in treat the columns as your data.",
    );
  }

  return {
    placement: {
      sheetName: selection.sheetName,
      firstColumnIndex,
      headerRowIndex: selection.headerRowIndex,
      letters: [columnLetter(firstColumnIndex), columnLetter(firstColumnIndex + 1), columnLetter(firstColumnIndex + 2)],
      mode,
      tableName: selection.table?.name ?? null,
    },
    shiftedBy,
    address: rectAddress(
      selection.sheetName,
      selection.headerRowIndex,
      firstColumnIndex,
      blockLastRowIndex - selection.headerRowIndex + 1,
      3,
    ),
    lastRowIndex: blockLastRowIndex,
    sheetHasAutoFilter: sheet.autoFilter.enabled,
  };
}

/**
 * The marker covers the rows written last time. When the list has grown, the cells below it are not
 * yet the add-in's: if the user typed there, the run must not overwrite them (it inserts new columns instead).
 */
async function rowsBelowMarkerAreFree(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  marker: ResultsMarker,
  lastRowIndex: number,
): Promise<boolean> {
  if (lastRowIndex <= marker.lastRowIndex) return true;
  const below = sheet
    .getRangeByIndexes(marker.lastRowIndex + 1, marker.firstColumnIndex, lastRowIndex - marker.lastRowIndex, 3)
    .getUsedRangeOrNullObject(true);
  below.load("address");
  await sync(context);
  return below.isNullObject;
}

/** A re-run over fewer rows leaves stale results below; those cells are the add-in's own, so they are cleared. */
function clearRowsNoLongerScreened(sheet: Excel.Worksheet, marker: ResultsMarker, lastRowIndex: number): void {
  if (marker.lastRowIndex <= lastRowIndex) return;
  const stale = sheet.getRangeByIndexes(lastRowIndex + 1, marker.firstColumnIndex, marker.lastRowIndex - lastRowIndex, 3);
  stale.clear("Contents");
  stale.clear("RemoveHyperlinks");
}

function uniqueName(base: string, taken: Set<string>): string {
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base} ${i}`;
  taken.add(name.toLowerCase());
  return name;
}

/** Moves a column index the way the insert moved the sheet. */
export function shiftedColumn(columnIndex: number, supplierColumn: number, shiftedBy: number): number {
  return columnIndex > supplierColumn ? columnIndex + shiftedBy : columnIndex;
}
