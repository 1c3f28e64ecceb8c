import { columnLetter, parseAreas, rectAddress, type CellRect } from "./address";
import { ExcelAdapterError, messages, officeErrorCode } from "./errors";
import { queueClearFilters, queueFilterState, queueRestoreFilters, savedFilters, type SavedFilter } from "./filters";
import { cellText, sync } from "./io";
import { loadMarkers, markerFormula, markersFrom, nextMarkerName, type ResultsMarker } from "./marker";
import { RESULT_BLOCK_HEADERS, SECTOR_HEADER, type ColumnSelection, type InsertRequest, type ResultsPlacement } from "./types";

export interface PrepareOptions {
  confirmInsert?: (request: InsertRequest) => Promise<boolean>;
  /** Checked once more after the checks (and any question to the user), before anything is queued. */
  signal?: AbortSignal;
  /** Queues the caller's own reads (the first chunk of names) into the checks' sync, saving a round trip. */
  alongsideChecks?: () => void;
  /**
   * The run has a product column: the block gets the fourth column, "Sector risk", right of "WRO notes" (a block
   * made before without it gains it: the empty column there, or one inserted column). A block that has the column
   * keeps it either way.
   */
  sector?: boolean;
}

export interface PreparedResults {
  placement: ResultsPlacement;
  /** Sheet columns right of `movedAfter` moved this many places (new columns were inserted). */
  shiftedBy: number;
  /** 0-based column after which columns were inserted: the supplier column, or "WRO notes" when only "Sector risk" was. */
  movedAfter: number;
  /** Sheet-qualified address of the whole result block, header included. */
  address: string;
  /** 0-based last row of the result block (the marker's extent): the rows screened now and any kept from before. */
  lastRowIndex: number;
  /** Whether the sheet already had an AutoFilter (the user's, or from an earlier run), which is then left alone. */
  sheetHasAutoFilter: boolean;
  /** Filters that hid rows before the run; cleared for the writes (office-js#224) and put back by `restoreFilters`. */
  filters: SavedFilter[];
  /** Queues re-applying those filters (no sync); the caller sends it with the last write, or after a failure. */
  restoreFilters: () => void;
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

  // Every merged area of the sheet. getMergedAreasOrNullObject only reports merges whose TOP-LEFT cell is inside
  // the range it is called on (office-js#3611), so asking about the result columns alone would miss a merge such
  // as A5:C5 that reaches into them from the left. The used range (formats included) holds every merge's top-left.
  const merged = sheet.getUsedRange(false).getMergedAreasOrNullObject();
  merged.load("address");
  // Tables on either side of the boundary where columns would be inserted: a table in both would be split.
  const tablesLeft = sheet.getRangeByIndexes(0, supplierCol, 1, 1).getEntireColumn().getTables(false);
  tablesLeft.load("items/name");
  const tablesRight = sheet
    .getRangeByIndexes(0, supplierCol + 1, 1, 1)
    .getEntireColumn()
    .getTables(false);
  tablesRight.load("items/name");
  const wanted: 3 | 4 = options.sector ? 4 : 3;
  const target = sheet.getRangeByIndexes(selection.headerRowIndex, supplierCol + 1, blockRows, wanted);
  const targetUsed = target.getUsedRangeOrNullObject(true);
  targetUsed.load("address");
  const targetHeader = sheet.getRangeByIndexes(selection.headerRowIndex, supplierCol + 1, 1, 4);
  targetHeader.load("values");
  const table = selection.table ? sheet.tables.getItem(selection.table.name) : null;
  if (table) table.columns.load("items/name");
  // The rows table.columns.add shifts: the whole table's, header to total row, whatever part of it is screened.
  const tableRange = table ? table.getRange() : null;
  tableRange?.load("rowIndex,rowCount");
  const filterState = queueFilterState(sheet, table, selection.table?.name ?? null);
  options.alongsideChecks?.();

  await sync(context);

  if (sheet.protection.protected) {
    throw new ExcelAdapterError("protected-sheet", messages.protectedSheet(selection.sheetName), { sheetName: selection.sheetName });
  }
  const merges = merged.isNullObject ? [] : parseAreas(merged.address);
  const refuseMerge = (area: CellRect | undefined) => {
    if (!area) return;
    const address = rectAddress(selection.sheetName, area.r0, area.c0, area.r1 - area.r0 + 1, area.c1 - area.c0 + 1);
    throw new ExcelAdapterError("merged-cells", messages.mergedCells(address), { sheetName: selection.sheetName, address });
  };
  const overlaps = (area: CellRect, r0: number, r1: number, c0: number, c1: number) =>
    area.r0 <= r1 && area.r1 >= r0 && area.c0 <= c1 && area.c1 >= c0;
  // The supplier cells themselves, header to last row, must not be merged whatever happens next.
  refuseMerge(merges.find((m) => overlaps(m, selection.headerRowIndex, lastRowIndex, supplierCol, supplierCol)));

  const markers = markersFrom(names);
  const existing = markers.find((m) => m.firstColumnIndex === supplierCol + 1 && m.headerRowIndex === selection.headerRowIndex);
  const headerTexts = targetHeader.values[0].map((v) => cellText(v).trim());
  const headerIs = (i: number) => (table ? headerTexts[i].startsWith(RESULT_BLOCK_HEADERS[i]) : headerTexts[i] === RESULT_BLOCK_HEADERS[i]);
  const existingWidth: 3 | 4 = existing?.columnCount === 4 ? 4 : 3;
  const headersMatch = Array.from({ length: existingWidth }, (_, i) => i).every(headerIs);

  let mode: ResultsPlacement["mode"];
  let width: 3 | 4 = wanted;
  let shiftedBy = 0;
  let movedAfter = supplierCol;
  // Decided first, queued only once nothing can still stop the run (the user may cancel while asked).
  let queueMove: () => void = () => undefined;
  let blockLastRowIndex = lastRowIndex;
  if (existing && headersMatch && (await rowsBelowMarkerAreFree(context, sheet, existing, lastRowIndex))) {
    mode = "updated-in-place";
    // A block that has "Sector risk" keeps it, so the column never holds stale labels under someone else's header.
    width = existingWidth === 4 ? 4 : wanted;
    // Screening some rows of the list again keeps the other rows' results; only rows past the list's end are stale.
    const listLast = Math.max(selection.listLastRowIndex ?? lastRowIndex, lastRowIndex);
    blockLastRowIndex = Math.max(lastRowIndex, Math.min(existing.lastRowIndex, listLast));
    let addSector: () => void = () => undefined;
    if (existingWidth === 3 && width === 4) {
      // The block gains "Sector risk" right of "WRO notes". That column is often the decision columns or the
      // user's data: then one column is inserted there (asked first, as for any insert), never overwritten.
      const sectorCol = supplierCol + 4;
      const rows = Math.max(blockLastRowIndex, existing.lastRowIndex) - selection.headerRowIndex + 1;
      const sectorUsed = sheet.getRangeByIndexes(selection.headerRowIndex, sectorCol, rows, 1).getUsedRangeOrNullObject(true);
      sectorUsed.load("address");
      await sync(context);
      if (table) {
        refuseInsertConflict(
          merges.find((m) => m.r0 <= lastRowIndex && m.r1 >= selection.headerRowIndex && m.c0 < sectorCol && m.c1 >= sectorCol),
          null,
          selection.sheetName,
        );
        const taken = new Set(table.columns.items.map((c) => c.name.toLowerCase()));
        const at = selection.table!.columnIndexInTable + 4;
        addSector = () => table.columns.add(at, undefined, uniqueName(SECTOR_HEADER, taken));
        shiftedBy = 1;
        movedAfter = supplierCol + 3;
      } else if (!sectorUsed.isNullObject) {
        refuseInsertConflict(
          merges.find((m) => m.c0 < sectorCol && m.c1 >= sectorCol),
          tablesAcross(tablesLeft.items, tablesRight.items) ?? null,
          selection.sheetName,
        );
        const occupied = sectorUsed.address;
        const request: InsertRequest = {
          sheetName: selection.sheetName,
          occupiedAddress: occupied,
          occupiedHeaders: headerTexts[3] ? [headerTexts[3]] : [],
          action: "insert-sheet-columns",
          columnCount: 1,
          message: `Column ${columnLetter(sectorCol)} right of "WRO notes" holds your data. Insert one new column for "Sector risk"? Your data moves right; nothing is overwritten.`,
        };
        if (options.confirmInsert && !(await options.confirmInsert(request))) {
          throw new ExcelAdapterError("insert-declined", messages.insertDeclined(occupied), {
            sheetName: selection.sheetName,
            address: occupied,
          });
        }
        addSector = () => sheet.getRangeByIndexes(0, sectorCol, 1, 1).getEntireColumn().insert("Right");
        shiftedBy = 1;
        movedAfter = supplierCol + 3;
      }
    }
    refuseMerge(
      merges.find((m) =>
        overlaps(
          m,
          selection.headerRowIndex,
          Math.max(lastRowIndex, existing.lastRowIndex),
          supplierCol + 1,
          supplierCol + (shiftedBy > 0 ? 3 : width),
        ),
      ),
    );
    queueMove = () => {
      clearRowsNoLongerScreened(sheet, existing, listLast);
      addSector();
    };
  } else if (table) {
    // table.columns.add shifts the cells of the table's rows right: a merge there across the new columns' place
    // splits, and a merge right of it that reaches above or below the table would be torn apart; Excel refuses both.
    const rowsOfTable = tableRange
      ? { r0: tableRange.rowIndex, r1: tableRange.rowIndex + tableRange.rowCount - 1 }
      : { r0: selection.headerRowIndex, r1: lastRowIndex };
    refuseInsertConflict(
      merges.find(
        (m) =>
          m.r0 <= rowsOfTable.r1 &&
          m.r1 >= rowsOfTable.r0 &&
          m.c1 > supplierCol &&
          (m.c0 <= supplierCol || m.r0 < rowsOfTable.r0 || m.r1 > rowsOfTable.r1),
      ),
      null,
      selection.sheetName,
    );
    mode = "added-table-columns";
    shiftedBy = width;
    const taken = new Set(table.columns.items.map((c) => c.name.toLowerCase()));
    const at = selection.table!.columnIndexInTable + 1;
    queueMove = () =>
      RESULT_BLOCK_HEADERS.slice(0, width).forEach((header, i) => table.columns.add(at + i, undefined, uniqueName(header, taken)));
  } else if (targetUsed.isNullObject) {
    refuseMerge(merges.find((m) => overlaps(m, selection.headerRowIndex, lastRowIndex, supplierCol + 1, supplierCol + width)));
    mode = "empty-cells";
  } else {
    // Whole sheet columns are inserted: any merge or table, in any row, that spans the supplier column and the
    // next one would be split. Checked before asking the user, and before anything is changed.
    const splitTable = tablesAcross(tablesLeft.items, tablesRight.items);
    refuseInsertConflict(
      merges.find((m) => m.c0 <= supplierCol && m.c1 > supplierCol),
      splitTable ?? null,
      selection.sheetName,
    );
    const request: InsertRequest = {
      sheetName: selection.sheetName,
      occupiedAddress: targetUsed.address,
      occupiedHeaders: headerTexts.filter((t) => t !== ""),
      action: "insert-sheet-columns",
      columnCount: width,
      message: `Columns ${columnLetter(supplierCol + 1)}–${columnLetter(supplierCol + width)} next to "${
        selection.header || columnLetter(supplierCol)
      }" hold your data. Insert ${width === 4 ? "four" : "three"} new columns for the results? Your data moves right; nothing is overwritten.`,
    };
    if (options.confirmInsert && !(await options.confirmInsert(request))) {
      throw new ExcelAdapterError("insert-declined", messages.insertDeclined(targetUsed.address), {
        sheetName: selection.sheetName,
        address: targetUsed.address,
      });
    }
    mode = "inserted-sheet-columns";
    shiftedBy = width;
    queueMove = () =>
      sheet
        .getRangeByIndexes(0, supplierCol + 1, 1, width)
        .getEntireColumn()
        .insert("Right");
  }

  options.signal?.throwIfAborted();
  const filters = savedFilters(filterState);
  // Rows a filter hides would receive the wrong results (office-js#224): show them all while writing.
  queueClearFilters(sheet, filters);
  queueMove();
  const firstColumnIndex = supplierCol + 1;
  const inserted = shiftedBy > 0;
  const allRows = { first: selection.firstRowIndex + 1, last: lastRowIndex + 1 };
  if (inserted) {
    // The insert goes out on its own: if Excel refuses it, nothing has changed.
    try {
      await sync(context);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new ExcelAdapterError(
        "write-failed",
        messages.writeFailed(null, allRows, reason),
        { sheetName: selection.sheetName, written: null, notWritten: allRows, officeCode: officeErrorCode(error) },
        { cause: error },
      );
    }
  }
  if (!table) {
    const headers = RESULT_BLOCK_HEADERS.slice(0, width);
    const header = sheet.getRangeByIndexes(selection.headerRowIndex, firstColumnIndex, 1, width);
    header.numberFormat = [headers.map(() => "@")];
    header.values = [headers];
    header.format.font.bold = true;
  }
  const formula = markerFormula(selection.sheetName, firstColumnIndex, selection.headerRowIndex, blockLastRowIndex, width);
  if (existing) {
    sheet.names.getItem(existing.name).formula = formula;
  } else {
    sheet.names.add(
      nextMarkerName(names.items.map((n) => n.name)),
      formula,
      "Where the WRO screening add-in keeps its results. Deleting this name makes the add-in treat the columns as your data.",
    );
  }
  if (inserted) {
    try {
      await sync(context);
    } catch (error) {
      // Without the marker the new columns would be taken for the user's data next time: take them out again.
      // They are the add-in's own and hold at most its headers.
      const reason = error instanceof Error ? error.message : String(error);
      const firstInserted = movedAfter + 1;
      if (table) {
        const columns = context.workbook.worksheets.getItem(selection.sheetName).tables.getItem(selection.table!.name).columns;
        const at = selection.table!.columnIndexInTable + (firstInserted - supplierCol);
        for (let i = shiftedBy - 1; i >= 0; i--) columns.getItemAt(at + i).delete();
      } else {
        context.workbook.worksheets
          .getItem(selection.sheetName)
          .getRangeByIndexes(0, firstInserted, 1, shiftedBy)
          .getEntireColumn()
          .delete("Left");
      }
      queueRestoreFilters(context.workbook.worksheets.getItem(selection.sheetName), filters, (c) => c);
      await sync(context);
      throw new ExcelAdapterError(
        "write-failed",
        messages.markerFailed(reason),
        { sheetName: selection.sheetName, written: null, notWritten: allRows, officeCode: officeErrorCode(error) },
        { cause: error },
      );
    }
  }
  const restoreFilters = () =>
    queueRestoreFilters(context.workbook.worksheets.getItem(selection.sheetName), filters, (c) => shiftedColumn(c, movedAfter, shiftedBy));

  return {
    placement: {
      sheetName: selection.sheetName,
      firstColumnIndex,
      headerRowIndex: selection.headerRowIndex,
      letters: [columnLetter(firstColumnIndex), columnLetter(firstColumnIndex + 1), columnLetter(firstColumnIndex + 2)],
      columnCount: width,
      sectorLetter: width === 4 ? columnLetter(firstColumnIndex + 3) : null,
      mode,
      tableName: selection.table?.name ?? null,
    },
    shiftedBy,
    movedAfter,
    address: rectAddress(
      selection.sheetName,
      selection.headerRowIndex,
      firstColumnIndex,
      blockLastRowIndex - selection.headerRowIndex + 1,
      width,
    ),
    lastRowIndex: blockLastRowIndex,
    sheetHasAutoFilter: sheet.autoFilter.enabled,
    filters,
    restoreFilters,
  };
}

/** A table in both lists: inserting whole columns between them would split it. */
function tablesAcross(left: Excel.Table[], right: Excel.Table[]): string | undefined {
  return left.map((t) => t.name).find((name) => right.some((r) => r.name === name));
}

/** Excel refuses an insert that would split a table or a merged area (InsertDeleteConflict): say which first. */
function refuseInsertConflict(merge: CellRect | undefined, tableName: string | null, sheetName: string): void {
  if (tableName) {
    throw new ExcelAdapterError("insert-conflict", messages.insertConflict(`the table "${tableName}"`), { sheetName });
  }
  if (merge) {
    const address = rectAddress(sheetName, merge.r0, merge.c0, merge.r1 - merge.r0 + 1, merge.c1 - merge.c0 + 1);
    throw new ExcelAdapterError("insert-conflict", messages.insertConflict(`the merged cells ${address}`), { sheetName, address });
  }
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
    .getRangeByIndexes(marker.lastRowIndex + 1, marker.firstColumnIndex, lastRowIndex - marker.lastRowIndex, marker.columnCount)
    .getUsedRangeOrNullObject(true);
  below.load("address");
  await sync(context);
  return below.isNullObject;
}

/** A re-run over fewer rows leaves stale results below; those cells are the add-in's own, so they are cleared. */
function clearRowsNoLongerScreened(sheet: Excel.Worksheet, marker: ResultsMarker, lastRowIndex: number): void {
  if (marker.lastRowIndex <= lastRowIndex) return;
  const stale = sheet.getRangeByIndexes(lastRowIndex + 1, marker.firstColumnIndex, marker.lastRowIndex - lastRowIndex, marker.columnCount);
  stale.clear("Contents");
  stale.clear("RemoveHyperlinks");
}

function uniqueName(base: string, taken: Set<string>): string {
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base} ${i}`;
  taken.add(name.toLowerCase());
  return name;
}

/** Moves a column index the way the insert moved the sheet (columns right of `movedAfter` moved by `shiftedBy`). */
export function shiftedColumn(columnIndex: number, movedAfter: number, shiftedBy: number): number {
  return columnIndex > movedAfter ? columnIndex + shiftedBy : columnIndex;
}
