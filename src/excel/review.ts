import { RISK_LABELS, type Risk } from "../core";
import { columnLetter, rectAddress } from "./address";
import { ExcelAdapterError, messages, officeErrorCode } from "./errors";
import { cellText, planChunks, sync } from "./io";
import { isActiveCriterion } from "./filters";
import { loadMarkers, markersFrom, type ResultsMarker } from "./marker";
import { SECTOR_HEADER, type FlaggedRow, type ResultsSummary, type RiskCounts, type SectorLabelCounts } from "./types";

/** Excel's own "light fill, dark text" pairs, so the colours read as Excel's and pass contrast. */
export const RISK_STYLES: Record<Exclude<Risk, "none">, { fill: string; font: string }> = {
  high: { fill: "#FFC7CE", font: "#9C0006" },
  review: { fill: "#FFEB9C", font: "#9C5700" },
  lifted: { fill: "#DDEBF7", font: "#1F4E78" },
};

export const FLAGGED_RISKS: Risk[] = ["high", "review", "lifted"];
const FLAGGED_LABELS = FLAGGED_RISKS.map((r) => RISK_LABELS[r]);

/** The labels "Sector risk" cells hold (blank: none). "Show sector risk" filters to these. */
export const SECTOR_RISK_LABELS = ["Forced labour", "Child labour", "Forced and child labour", "Input risk"] as const;

/** Queues one conditional format per flagged level on the risk cells of the screened rows only (never A:A). */
export function queueRiskFormatting(sheet: Excel.Worksheet, riskColumnIndex: number, firstRowIndex: number, rowCount: number): void {
  if (rowCount <= 0) return;
  const riskCells = sheet.getRangeByIndexes(firstRowIndex, riskColumnIndex, rowCount, 1);
  // The column is the add-in's own, so earlier rules there are the add-in's too; replacing them avoids piling up duplicates.
  riskCells.conditionalFormats.clearAll();
  for (const risk of FLAGGED_RISKS) {
    const style = RISK_STYLES[risk as Exclude<Risk, "none">];
    const format = riskCells.conditionalFormats.add("CellValue");
    format.cellValue.rule = { formula1: `="${RISK_LABELS[risk]}"`, operator: "EqualTo" };
    format.cellValue.format.fill.color = style.fill;
    format.cellValue.format.font.color = style.font;
  }
}

/**
 * Queues filter buttons over the list (header row to last screened row, first list column to "WRO notes"),
 * so the user can filter by risk by hand. Only for sheets without an AutoFilter: there is one per sheet,
 * and the user's own must not be replaced.
 */
export function queueListFilterButtons(
  sheet: Excel.Worksheet,
  headerRowIndex: number,
  lastRowIndex: number,
  firstColumnIndex: number,
  lastColumnIndex: number,
): void {
  if (lastRowIndex <= headerRowIndex) return;
  sheet.autoFilter.apply(
    sheet.getRangeByIndexes(headerRowIndex, firstColumnIndex, lastRowIndex - headerRowIndex + 1, lastColumnIndex - firstColumnIndex + 1),
  );
}

interface LocatedResults {
  sheet: Excel.Worksheet;
  sheetName: string;
  marker: ResultsMarker;
  /** Header text of the risk column (a table column's name). */
  riskHeader: string;
  /** Header text of the "Sector risk" column (a table column's name), or null when the block has none. */
  sectorHeader: string | null;
  table: Excel.Table | null;
}

/** Finds the newest result block on a sheet (the active sheet when no name is given). Two syncs. */
export async function locateResults(context: Excel.RequestContext, sheetName?: string): Promise<LocatedResults> {
  const sheet = sheetName ? context.workbook.worksheets.getItem(sheetName) : context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  const names = loadMarkers(sheet);
  await sync(context);
  const markers = markersFrom(names).sort((a, b) => markerNumber(a) - markerNumber(b));
  const marker = markers[markers.length - 1];
  if (!marker) throw new ExcelAdapterError("no-results", messages.noResults(sheet.name), { sheetName: sheet.name });

  const headerCells = sheet.getRangeByIndexes(marker.headerRowIndex, marker.firstColumnIndex, 1, marker.columnCount);
  headerCells.load("values");
  const tables = sheet.getRangeByIndexes(marker.headerRowIndex, marker.firstColumnIndex, 1, 1).getTables(false);
  tables.load("items/name");
  await sync(context);
  const texts = headerCells.values[0].map((v) => cellText(v));
  // In a table the name may carry a suffix Excel added to keep names unique ("Sector risk 2").
  const sectorHeader = marker.columnCount === 4 && texts[3].trim().startsWith(SECTOR_HEADER) ? texts[3] : null;
  return {
    sheet,
    sheetName: sheet.name,
    marker,
    riskHeader: texts[0],
    sectorHeader,
    table: tables.items[0] ?? null,
  };
}

/** Filters cannot change on a protected sheet; say so in the same words as a screening run would. */
async function syncChange(context: Excel.RequestContext, sheetName: string): Promise<void> {
  try {
    await sync(context);
  } catch (error) {
    if (officeErrorCode(error) === "AccessDenied") {
      throw new ExcelAdapterError(
        "protected-sheet",
        messages.protectedSheet(sheetName),
        { sheetName, officeCode: "AccessDenied" },
        { cause: error },
      );
    }
    throw error;
  }
}

function markerNumber(marker: ResultsMarker): number {
  return Number(/(\d+)$/.exec(marker.name)?.[1] ?? 0);
}

/** Filters the list to rows whose risk is High, Review or Lifted. Hidden rows still keep their results. */
export function showFlaggedOnly(context: Excel.RequestContext, sheetName?: string): Promise<void> {
  return filterResultColumn(context, sheetName, "risk");
}

/**
 * Filters the list to rows with a sector risk (any "Sector risk" label), the same way as "Show flagged only"
 * (table filter, or the sheet AutoFilter keeping the user's criteria on other columns). A criterion already on
 * "WRO risk" stays, so both together show flagged rows with a sector risk.
 */
export function showSectorRisk(context: Excel.RequestContext, sheetName?: string): Promise<void> {
  return filterResultColumn(context, sheetName, "sector");
}

async function filterResultColumn(context: Excel.RequestContext, sheetName: string | undefined, which: "risk" | "sector"): Promise<void> {
  const found = await locateResults(context, sheetName);
  if (which === "sector" && found.sectorHeader === null) {
    throw new ExcelAdapterError("no-results", messages.noSectorColumn(found.sheetName), { sheetName: found.sheetName });
  }
  const header = which === "risk" ? found.riskHeader : found.sectorHeader!;
  const values = which === "risk" ? FLAGGED_LABELS : [...SECTOR_RISK_LABELS];
  if (found.table) {
    found.table.columns.getItem(header).filter.applyValuesFilter(values);
    await syncChange(context, found.sheetName);
    return;
  }
  const { sheet, marker } = found;
  const autoFilter = sheet.autoFilter;
  autoFilter.load("enabled");
  const current = autoFilter.getRangeOrNullObject();
  current.load("rowIndex,columnIndex,rowCount,columnCount");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("columnIndex,columnCount");
  await sync(context);

  const criteria: Excel.FilterCriteria = { filterOn: "Values", values };
  const filterColumn = marker.firstColumnIndex + (which === "risk" ? 0 : 3);
  const blockFirst = marker.firstColumnIndex;
  const blockLast = marker.firstColumnIndex + marker.columnCount - 1;
  const covers =
    !current.isNullObject &&
    current.rowIndex === marker.headerRowIndex &&
    filterColumn >= current.columnIndex &&
    filterColumn < current.columnIndex + current.columnCount;
  if (covers) {
    // Keep the user's own filter on other columns; only add this column's criterion.
    autoFilter.apply(current, filterColumn - current.columnIndex, criteria);
  } else {
    // A worksheet AutoFilter cannot overlap a table (a table has its own filter). So the list's columns stop at
    // any table in its rows, and the user's current filter is only replaced once the new range is known to be
    // clear of tables; if Excel still refuses, the user's filter is put back as it was.
    const first0 = used.isNullObject ? marker.firstColumnIndex - 1 : Math.min(used.columnIndex, marker.firstColumnIndex - 1);
    const last0 = used.isNullObject ? blockLast : Math.max(used.columnIndex + used.columnCount - 1, blockLast);
    const rowCount = marker.lastRowIndex - marker.headerRowIndex + 1;
    const tables = sheet.getRangeByIndexes(marker.headerRowIndex, first0, rowCount, last0 - first0 + 1).getTables(false);
    tables.load("items/name");
    if (!current.isNullObject) autoFilter.load("criteria");
    await sync(context);
    const tableRanges = tables.items.map((t) => {
      const r = t.getRange();
      r.load("columnIndex,columnCount");
      return { name: t.name, range: r };
    });
    if (tableRanges.length > 0) await sync(context);
    let first = first0;
    let last = last0;
    for (const t of tableRanges) {
      const c0 = t.range.columnIndex;
      const c1 = c0 + t.range.columnCount - 1;
      if (c0 <= blockLast && c1 >= blockFirst - 1) {
        throw new ExcelAdapterError("filter-conflict", messages.filterConflict(t.name), { sheetName: found.sheetName });
      }
      if (c1 < blockFirst) first = Math.max(first, c1 + 1);
      else last = Math.min(last, c0 - 1);
    }
    const saved = current.isNullObject
      ? null
      : {
          rowIndex: current.rowIndex,
          columnIndex: current.columnIndex,
          rowCount: current.rowCount,
          columnCount: current.columnCount,
          criteria: (autoFilter.criteria ?? []).map((c, i) => ({ i, c })).filter(({ c }) => isActiveCriterion(c)),
        };
    if (autoFilter.enabled) autoFilter.remove();
    const list = sheet.getRangeByIndexes(marker.headerRowIndex, first, rowCount, last - first + 1);
    autoFilter.apply(list, filterColumn - first, criteria);
    try {
      await syncChange(context, found.sheetName);
    } catch (error) {
      if (saved) {
        const back = sheet.getRangeByIndexes(saved.rowIndex, saved.columnIndex, saved.rowCount, saved.columnCount);
        sheet.autoFilter.apply(back);
        for (const { i, c } of saved.criteria) sheet.autoFilter.apply(back, i, c);
        await sync(context).catch(() => undefined);
      }
      throw error;
    }
    return;
  }
  await syncChange(context, found.sheetName);
}

/** Shows every row again. The filter buttons stay so the user can filter by hand. */
export async function clearFilter(context: Excel.RequestContext, sheetName?: string): Promise<void> {
  const found = await locateResults(context, sheetName);
  if (found.table) {
    found.table.clearFilters();
  } else {
    found.sheet.autoFilter.load("enabled");
    await sync(context);
    if (!found.sheet.autoFilter.enabled) return;
    found.sheet.autoFilter.clearCriteria();
  }
  await syncChange(context, found.sheetName);
}

/** Counts by risk and the flagged rows, read back from the sheet (so it also works after reopening the file). */
export async function readSummary(
  context: Excel.RequestContext,
  sheetName?: string,
  options: { chunkRows?: number } = {},
): Promise<ResultsSummary> {
  const { sheet, sheetName: name, marker } = await locateResults(context, sheetName);
  const firstRow = marker.headerRowIndex + 1;
  const rowCount = marker.lastRowIndex - marker.headerRowIndex;
  const counts: RiskCounts = { high: 0, review: 0, lifted: 0, none: 0 };
  const labelToRisk = new Map<string, Risk>(Object.entries(RISK_LABELS).map(([risk, label]) => [label, risk as Risk]));
  const flaggedRowIndexes: number[] = [];

  // Risk labels are a few bytes each, so even 200,000 rows fit one response; they are still read as several ranges.
  // "Sector risk" is four columns right of "WRO risk"; its labels are as short, so it rides in the same syncs.
  const hasSector = marker.columnCount === 4;
  const sector: SectorLabelCounts | null = hasSector
    ? { "Forced labour": 0, "Child labour": 0, "Forced and child labour": 0, "Input risk": 0 }
    : null;
  const riskReads = planChunks(rowCount, options.chunkRows ?? 50_000).map((c) => {
    const r = sheet.getRangeByIndexes(firstRow + c.offset, marker.firstColumnIndex, c.count, 1);
    r.load("values");
    const s = hasSector ? sheet.getRangeByIndexes(firstRow + c.offset, marker.firstColumnIndex + 3, c.count, 1) : null;
    s?.load("values");
    return { offset: c.offset, range: r, sectorRange: s };
  });
  if (riskReads.length > 0) await sync(context);
  for (const { offset, range, sectorRange } of riskReads) {
    if (sector && sectorRange) {
      for (const [value] of sectorRange.values) {
        const label = cellText(value).trim();
        if ((SECTOR_RISK_LABELS as readonly string[]).includes(label)) sector[label as keyof SectorLabelCounts] += 1;
      }
    }
    range.values.forEach((row, i) => {
      const risk = labelToRisk.get(cellText(row[0]).trim());
      if (!risk) return;
      counts[risk] += 1;
      if (risk !== "none") flaggedRowIndexes.push(firstRow + offset + i);
    });
  }

  const flagged: FlaggedRow[] = [];
  for (const chunk of planChunks(flaggedRowIndexes.length, 2_000)) {
    const reads = flaggedRowIndexes.slice(chunk.offset, chunk.offset + chunk.count).map((rowIndex) => {
      const r = sheet.getRangeByIndexes(rowIndex, marker.firstColumnIndex - 1, 1, 4);
      r.load("values");
      return { rowIndex, range: r };
    });
    await sync(context);
    for (const { rowIndex, range } of reads) {
      const [supplier, risk, match, note] = range.values[0].map(cellText);
      flagged.push({ sheetName: name, rowNumber: rowIndex + 1, supplier, risk: labelToRisk.get(risk.trim()) ?? "none", match, note });
    }
  }

  return {
    sheetName: name,
    resultsAddress: rectAddress(name, marker.headerRowIndex, marker.firstColumnIndex, rowCount + 1, marker.columnCount),
    counts,
    sector,
    total: counts.high + counts.review + counts.lifted + counts.none,
    flagged,
  };
}

/** Brings the row into view and selects its supplier cell, so the user lands on it from the flagged list. */
export async function selectRow(context: Excel.RequestContext, sheetName: string, rowNumber: number, column?: string): Promise<void> {
  let letter = column;
  const sheet = context.workbook.worksheets.getItem(sheetName);
  if (!letter) {
    const found = await locateResults(context, sheetName);
    letter = columnLetter(Math.max(0, found.marker.firstColumnIndex - 1));
  }
  sheet.activate();
  sheet.getRange(`${letter}${rowNumber}`).select();
  await sync(context);
}
