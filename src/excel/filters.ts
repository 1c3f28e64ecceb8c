import { columnLetter, rectAddress } from "./address";
import { officeErrorCode } from "./errors";
import { sync } from "./io";

/**
 * Filters while writing. Setting values on a range whose rows a filter hides puts them in the wrong rows
 * (office-js#224, a product bug whose workaround is to take the filter off while writing). So a run that writes
 * results over a filtered list remembers the filter, clears its criteria (the filter buttons stay), writes, and
 * applies the same criteria again. The pane's "Show flagged only" is a filter like any other: a re-screen after a
 * dataset update clears it, writes the new results, and applies it again, so the rows shown follow the new risks.
 */

/** One column's criterion, by sheet column, so it can be put back after columns were inserted. */
export interface SavedCriterion {
  /** 0-based sheet column index the criterion filtered (before any insert). */
  columnIndex: number;
  criteria: Excel.FilterCriteria;
}

export interface SavedFilter {
  scope: "sheet" | "table";
  tableName: string | null;
  /** 0-based sheet column of the filter range's first column (a table's first column) before any insert. */
  firstColumnIndex: number;
  criteria: SavedCriterion[];
}

/** What `queueFilterState` loads; read with `savedFilters` after the sync. */
export interface PendingFilterState {
  sheetFilter: Excel.AutoFilter;
  sheetRange: Excel.Range;
  table: { name: string; filter: Excel.AutoFilter; range: Excel.Range } | null;
}

/** Queues loads of the sheet's AutoFilter and, for a list in a table, the table's own filter. No sync. */
export function queueFilterState(sheet: Excel.Worksheet, table: Excel.Table | null, tableName: string | null): PendingFilterState {
  const sheetFilter = sheet.autoFilter;
  sheetFilter.load("enabled,isDataFiltered,criteria");
  const sheetRange = sheetFilter.getRangeOrNullObject();
  sheetRange.load("columnIndex");
  let tableState: PendingFilterState["table"] = null;
  if (table && tableName) {
    const filter = table.autoFilter;
    filter.load("enabled,isDataFiltered,criteria");
    const range = table.getRange();
    range.load("columnIndex");
    tableState = { name: tableName, filter, range };
  }
  return { sheetFilter, sheetRange, table: tableState };
}

/** A criterion that hides rows: Excel reports a criteria object for every column, filtered or not. */
export function isActiveCriterion(criteria: Excel.FilterCriteria | null | undefined): criteria is Excel.FilterCriteria {
  if (!criteria) return false;
  return (
    (Array.isArray(criteria.values) && criteria.values.length > 0) ||
    (typeof criteria.criterion1 === "string" && criteria.criterion1 !== "") ||
    (criteria.dynamicCriteria !== undefined && criteria.dynamicCriteria !== "Unknown") ||
    (typeof criteria.color === "string" && criteria.color !== "") ||
    criteria.icon !== undefined
  );
}

/** The filters that currently hide rows (after the sync that loaded them). */
export function savedFilters(state: PendingFilterState): SavedFilter[] {
  const saved: SavedFilter[] = [];
  const collect = (scope: SavedFilter["scope"], tableName: string | null, filter: Excel.AutoFilter, firstColumnIndex: number): void => {
    if (!filter.enabled || !filter.isDataFiltered) return;
    const criteria = (filter.criteria ?? [])
      .map((c, i) => ({ columnIndex: firstColumnIndex + i, criteria: c }))
      .filter((c) => isActiveCriterion(c.criteria));
    if (criteria.length > 0) saved.push({ scope, tableName, firstColumnIndex, criteria });
  };
  if (!state.sheetRange.isNullObject) collect("sheet", null, state.sheetFilter, state.sheetRange.columnIndex);
  if (state.table) collect("table", state.table.name, state.table.filter, state.table.range.columnIndex);
  return saved;
}

/** Shows every row again, keeping the filter buttons. No sync. */
export function queueClearFilters(sheet: Excel.Worksheet, saved: SavedFilter[]): void {
  for (const filter of saved) {
    if (filter.scope === "sheet") sheet.autoFilter.clearCriteria();
    else sheet.tables.getItem(filter.tableName!).autoFilter.clearCriteria();
  }
}

/**
 * Applies the remembered criteria again. `move` maps a sheet column from before the run to where it is now
 * (columns right of the supplier column moved when result columns were inserted). No sync.
 */
export function queueRestoreFilters(sheet: Excel.Worksheet, saved: SavedFilter[], move: (columnIndex: number) => number): void {
  for (const filter of saved) {
    const first = move(filter.firstColumnIndex);
    if (filter.scope === "sheet") {
      const autoFilter = sheet.autoFilter;
      const range = autoFilter.getRange();
      for (const c of filter.criteria) autoFilter.apply(range, move(c.columnIndex) - first, c.criteria);
    } else {
      const table = sheet.tables.getItem(filter.tableName!);
      const range = table.getRange();
      for (const c of filter.criteria) table.autoFilter.apply(range, move(c.columnIndex) - first, c.criteria);
    }
  }
}

/**
 * Widening the list's filter buttons. A run puts filter buttons over the list up to its last result column
 * (review.ts `queueListFilterButtons`); columns added right of the results later (the decision columns) are
 * outside them, and Excel's own buttons cannot filter them. `extendListFilter` widens that filter, and only that
 * one: a sheet AutoFilter over another range is the user's and stays as it is, and a table's filter already
 * covers the table's columns.
 */

/** What `queueListFilterRead` loads; decide with `isListFilter` after the sync. */
export interface PendingListFilter {
  filter: Excel.AutoFilter;
  range: Excel.Range;
}

/** Queues loads of the sheet AutoFilter's range and criteria. No sync. */
export function queueListFilterRead(sheet: Excel.Worksheet): PendingListFilter {
  const filter = sheet.autoFilter;
  filter.load("enabled,criteria");
  const range = filter.getRangeOrNullObject();
  range.load("rowIndex,columnIndex,rowCount,columnCount");
  return { filter, range };
}

/** The add-in's list, as its filter buttons cover it. */
export interface ListBounds {
  headerRowIndex: number;
  lastRowIndex: number;
  /** The supplier column: the list's first column is this one or one left of it (country, product). */
  supplierColumnIndex: number;
  /** The last result column ("WRO notes", or "Sector risk"). */
  lastResultColumnIndex: number;
}

/**
 * Whether the sheet AutoFilter is the add-in's list filter: on the list's header row, over all its rows, from
 * the supplier column or left of it, ending exactly at the last result column. After the sync.
 */
export function isListFilter(pending: PendingListFilter, list: ListBounds): boolean {
  const r = pending.range;
  if (r.isNullObject || !pending.filter.enabled) return false;
  return (
    r.rowIndex === list.headerRowIndex &&
    r.rowIndex + r.rowCount - 1 >= list.lastRowIndex &&
    r.columnIndex <= list.supplierColumnIndex &&
    r.columnIndex + r.columnCount - 1 === list.lastResultColumnIndex
  );
}

/** The user's filter as it was before the widening: its range and the criteria that hide rows, by column in it. */
interface FilterSnapshot {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  criteria: Array<{ i: number; c: Excel.FilterCriteria }>;
}

export type ListFilterWidening = { extended: true } | { extended: false; restored: boolean; notice: string };

/**
 * Widens the loaded AutoFilter to end at `lastColumnIndex` (same rows, same first column) and applies every
 * active criterion again on its column, which keeps its place: the filter's first column does not move. A sheet
 * has one AutoFilter and `apply` on another range is refused while it is there, so it is removed first
 * (`AutoFilter.remove`, then `apply`; the same order as review.ts).
 *
 * In a sync of its own, so a refusal is told apart from the caller's writes. Excel can refuse it: a protected
 * sheet refuses `remove` and any new range (even with "Use AutoFilter" allowed), and a batch is not a
 * transaction, so a refused `apply` leaves the `remove` before it done. Then the filter is read back and, unless
 * it is still exactly the user's (range and criteria), put back as it was; the notice says what happened. The
 * run goes on either way: the buttons are a convenience. Call with nothing else queued. One sync when Excel takes
 * it; up to three more when not.
 */
export async function extendListFilter(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  sheetName: string,
  pending: PendingListFilter,
  lastColumnIndex: number,
): Promise<ListFilterWidening> {
  const r = pending.range;
  const saved: FilterSnapshot = {
    rowIndex: r.rowIndex,
    columnIndex: r.columnIndex,
    rowCount: r.rowCount,
    columnCount: r.columnCount,
    criteria: activeCriteria(pending.filter.criteria),
  };
  const wider = sheet.getRangeByIndexes(r.rowIndex, r.columnIndex, r.rowCount, lastColumnIndex - r.columnIndex + 1);
  sheet.autoFilter.remove();
  sheet.autoFilter.apply(wider);
  for (const { i, c } of saved.criteria) sheet.autoFilter.apply(wider, i, c);
  let refusal: unknown;
  try {
    await sync(context);
    return { extended: true };
  } catch (error) {
    refusal = error;
  }
  const reason = officeErrorCode(refusal) === "AccessDenied" ? "the sheet is protected" : `Excel refused it: ${errorText(refusal)}`;
  const restored = await restoreFilter(context, sheet, saved);
  const where = rectAddress(sheetName, saved.rowIndex, saved.columnIndex, saved.rowCount, saved.columnCount);
  const what = describeCriteria(saved);
  const notice = restored
    ? `The filter buttons were not widened over the decision columns (${reason}). Your filter on ${where} is as it was${what ? `, still ${what}` : ""}. The decisions were checked as usual; filter them with the pane's lists.`
    : `The filter buttons were not widened over the decision columns (${reason}), and Excel would not put your filter back either. It was on ${where}${what ? `, ${what}` : ""}: set it again with Data > Filter.`;
  return { extended: false, restored, notice };
}

function activeCriteria(criteria: Excel.FilterCriteria[] | null | undefined): FilterSnapshot["criteria"] {
  return (criteria ?? []).map((c, i) => ({ i, c })).filter(({ c }) => isActiveCriterion(c));
}

/** Whether the sheet's AutoFilter is the saved one again, putting it back when not. Never throws. */
async function restoreFilter(context: Excel.RequestContext, sheet: Excel.Worksheet, saved: FilterSnapshot): Promise<boolean> {
  const same = (now: PendingListFilter): boolean =>
    !now.range.isNullObject &&
    now.filter.enabled &&
    now.range.rowIndex === saved.rowIndex &&
    now.range.columnIndex === saved.columnIndex &&
    now.range.rowCount === saved.rowCount &&
    now.range.columnCount === saved.columnCount &&
    JSON.stringify(activeCriteria(now.filter.criteria)) === JSON.stringify(saved.criteria);
  try {
    const now = queueListFilterRead(sheet);
    await sync(context);
    if (same(now)) return true;
    if (now.filter.enabled) sheet.autoFilter.remove();
    const back = sheet.getRangeByIndexes(saved.rowIndex, saved.columnIndex, saved.rowCount, saved.columnCount);
    sheet.autoFilter.apply(back);
    for (const { i, c } of saved.criteria) sheet.autoFilter.apply(back, i, c);
    await sync(context);
    const check = queueListFilterRead(sheet);
    await sync(context);
    return same(check);
  } catch {
    return false;
  }
}

/** "filtering column C (High, Lifted)", or "" for a filter that hides nothing. */
function describeCriteria(saved: FilterSnapshot): string {
  const parts = saved.criteria.map(({ i, c }) => {
    const shown = Array.isArray(c.values) && c.values.length > 0 ? c.values.map(String).join(", ") : (c.criterion1 ?? "a condition");
    return `column ${columnLetter(saved.columnIndex + i)} (${shown})`;
  });
  return parts.length > 0 ? `filtering ${parts.join(" and ")}` : "";
}

function errorText(error: unknown): string {
  const code = officeErrorCode(error);
  const text = error instanceof Error ? error.message.trim() : "";
  return text || code || "no reason given";
}
