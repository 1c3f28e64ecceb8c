import {
  BASIS_HEADER,
  DECISION_HEADERS,
  DECISION_LABELS,
  DECISION_VALUES,
  countDecision,
  emptyDecisionCounts,
  evaluateRow,
  formatDecidedBasis,
  formatResultBasis,
  parseBasisCell,
  parseDecisionCell,
  type DecisionCounts,
  type DecisionState,
  type DecisionValue,
  type Subject,
} from "../core/decisions";
import { columnLetter } from "./address";
import { ExcelAdapterError, messages } from "./errors";
import {
  isListFilter,
  extendListFilter,
  queueClearFilters,
  queueFilterState,
  queueListFilterRead,
  queueRestoreFilters,
  savedFilters,
} from "./filters";
import { cellText, DEFAULT_CHUNK_ROWS, planChunks, sync } from "./io";
import type { InsertRequest } from "./types";

/**
 * The decision columns right of "WRO notes": "WRO decision", "Decided by", "Decided on", "Decision reason"
 * (the user's cells: the add-in writes their headers and list validation once, and never their values,
 * except through `setDecisions` when the user asks), then "Decision basis" (the add-in's own record of what
 * each decision was made about; rewritten on every run).
 */
export const DECISION_COLUMN_HEADERS = [...DECISION_HEADERS, BASIS_HEADER] as const;
export const DECISION_COLUMN_COUNT = DECISION_COLUMN_HEADERS.length;

/** The list offered in "WRO decision" cells (Excel's list source is comma-separated; the labels hold no commas). */
export const DECISION_LIST_SOURCE = DECISION_VALUES.map((v) => DECISION_LABELS[v]).join(",");

export interface DecisionBlock {
  sheetName: string;
  /** 0-based column of "WRO risk"; the supplier column is the one left of it. */
  resultsFirstColumn: number;
  /** The result block's width: 3, or 4 with "Sector risk" (the marker's column count). Default 3. */
  resultColumnCount?: number;
  headerRowIndex: number;
  /** 0-based last row of the result block. */
  lastRowIndex: number;
}

export interface PreparedDecisions {
  /** 0-based column of "WRO decision". */
  firstColumnIndex: number;
  mode: "existing" | "empty-cells" | "inserted-sheet-columns";
  /** The add-in's filter buttons (ending at the last result column) were widened over the decision columns. */
  filterExtended: boolean;
  /** Why the buttons were not widened when Excel refused it, and that the user's filter is as it was (or was not put back). */
  filterNotice?: string;
}

/**
 * Finds or makes the five decision columns right of the results (right of "WRO notes", or of "Sector risk" when
 * the block has it) (one sync for the checks; the header,
 * validation and formats are queued for the caller's next sync, or sent before a widening of the filter buttons). Existing columns (recognised by their five
 * headers) are left exactly as they are: values, formats and validation are the user's. Cells holding the
 * user's other data mean five columns are inserted (after `confirmInsert`), never overwritten.
 *
 * When the sheet's AutoFilter is the add-in's filter buttons over the list (ending at the last result column, see
 * filters.ts `isListFilter`), it is widened over the decision columns, each criterion kept on its column, so
 * Excel's own buttons filter decisions too; then the header's writes are sent first and the widening in a sync
 * of its own. When Excel refuses the widening, the filter is left (or put back) as it was and `filterNotice`
 * says so. A user's AutoFilter over another range is left alone, and so is one when a table lies in the
 * decision columns' cells (a sheet AutoFilter cannot overlap a table).
 */
export async function prepareDecisionColumns(
  context: Excel.RequestContext,
  block: DecisionBlock,
  options: { confirmInsert?: (request: InsertRequest) => Promise<boolean> } = {},
): Promise<PreparedDecisions> {
  const sheet = context.workbook.worksheets.getItem(block.sheetName);
  const first = block.resultsFirstColumn + (block.resultColumnCount ?? 3);
  const rows = block.lastRowIndex - block.headerRowIndex + 1;
  const header = sheet.getRangeByIndexes(block.headerRowIndex, first, 1, DECISION_COLUMN_COUNT);
  header.load("values");
  const used = sheet.getRangeByIndexes(block.headerRowIndex, first, rows, DECISION_COLUMN_COUNT).getUsedRangeOrNullObject(true);
  used.load("address");
  const listFilter = queueListFilterRead(sheet);
  const tables = sheet.getRangeByIndexes(block.headerRowIndex, first, rows, DECISION_COLUMN_COUNT).getTables(false);
  tables.load("items/name");
  await sync(context);

  const lastResultColumnIndex = first - 1;
  /**
   * Widens the buttons when they are the list's. In a sync of its own (filters.ts `extendListFilter`), after the
   * header's writes went in theirs: a refusal is then the filter's alone, and the user's filter is kept.
   */
  const extendFilter = async (mode: PreparedDecisions["mode"]): Promise<PreparedDecisions> => {
    const list = {
      headerRowIndex: block.headerRowIndex,
      lastRowIndex: block.lastRowIndex,
      supplierColumnIndex: block.resultsFirstColumn - 1,
      lastResultColumnIndex,
    };
    const done = { firstColumnIndex: first, mode, filterExtended: false };
    if (!isListFilter(listFilter, list)) return done;
    // Inserted sheet columns moved any table there to the right; otherwise one there stops the filter.
    if (mode !== "inserted-sheet-columns" && tables.items.length > 0) return done;
    if (mode !== "existing") await sync(context);
    const widening = await extendListFilter(context, sheet, block.sheetName, listFilter, first + DECISION_COLUMN_COUNT - 1);
    return widening.extended ? { ...done, filterExtended: true } : { ...done, filterNotice: widening.notice };
  };

  const texts = header.values[0].map((v) => cellText(v).trim());
  if (DECISION_COLUMN_HEADERS.every((h, i) => texts[i] === h)) {
    // The user's columns: their formats and validation stay exactly as they are.
    return extendFilter("existing");
  }
  let mode: PreparedDecisions["mode"] = "empty-cells";
  if (!used.isNullObject) {
    const request: InsertRequest = {
      sheetName: block.sheetName,
      occupiedAddress: used.address,
      occupiedHeaders: texts.filter((t) => t !== ""),
      action: "insert-sheet-columns",
      columnCount: DECISION_COLUMN_COUNT,
      message: `Columns ${columnLetter(first)}–${columnLetter(first + DECISION_COLUMN_COUNT - 1)} right of the results hold your data. Insert ${DECISION_COLUMN_COUNT} new columns for decisions? Your data moves right; nothing is overwritten.`,
    };
    if (options.confirmInsert && !(await options.confirmInsert(request))) {
      throw new ExcelAdapterError("insert-declined", messages.insertDeclined(used.address), {
        sheetName: block.sheetName,
        address: used.address,
      });
    }
    sheet.getRangeByIndexes(0, first, 1, DECISION_COLUMN_COUNT).getEntireColumn().insert("Right");
    mode = "inserted-sheet-columns";
  }
  const head = sheet.getRangeByIndexes(block.headerRowIndex, first, 1, DECISION_COLUMN_COUNT);
  head.numberFormat = [DECISION_COLUMN_HEADERS.map(() => "@")];
  head.values = [[...DECISION_COLUMN_HEADERS]];
  head.format.font.bold = true;
  if (rows > 1) {
    const body = (offset: number) => sheet.getRangeByIndexes(block.headerRowIndex + 1, first + offset, rows - 1, 1);
    body(0).dataValidation.rule = { list: { inCellDropDown: true, source: DECISION_LIST_SOURCE } };
    body(2).numberFormat = Array.from({ length: rows - 1 }, () => ["yyyy-mm-dd"]);
  }
  [34, 18, 12, 40, 60].forEach((width, i) => (sheet.getRangeByIndexes(0, first + i, 1, 1).format.columnWidth = width));
  return extendFilter(mode);
}

export interface DecisionRowState {
  /** 1-based row number. */
  rowNumber: number;
  state: DecisionState;
  value: DecisionValue | null;
  message: string;
}

export interface ReconcileResult {
  counts: DecisionCounts;
  /** Every row with a decision, an unrecognised decision cell, or a flag: for the pane's filters. */
  rows: DecisionRowState[];
  syncs: number;
}

/**
 * After a run: for each screened row, reads the user's decision cells and the basis cell, applies the core
 * rules against the row's new result, and writes only the "Decision basis" cell. Chunked like the run: the
 * write of one chunk and the read of the next share a sync. Decisions travel with their rows when the user
 * sorts, filters, inserts or deletes whole rows, so they are found in place; a decision beside another
 * supplier than it was made about is reported as outdated, never moved.
 */
export async function reconcileDecisions(
  context: Excel.RequestContext,
  args: { sheetName: string; firstRowIndex: number; decisionFirstColumn: number; subjects: Array<Subject | null> },
  options: { chunkRows?: number } = {},
): Promise<ReconcileResult> {
  const sheet = context.workbook.worksheets.getItem(args.sheetName);
  const counts = emptyDecisionCounts();
  const rows: DecisionRowState[] = [];
  const chunks = planChunks(args.subjects.length, options.chunkRows ?? DEFAULT_CHUNK_ROWS);
  let syncs = 0;
  const read = (k: number) => {
    const c = chunks[k];
    const range = sheet.getRangeByIndexes(args.firstRowIndex + c.offset, args.decisionFirstColumn, c.count, DECISION_COLUMN_COUNT);
    range.load("values");
    return range;
  };
  // The run has put the user's filter back by now; writing under it would put the basis cells in the wrong rows
  // (office-js#224, see filters.ts). So the filter is taken off for the writes and applied again with the last one.
  const filterState = chunks.length > 0 ? queueFilterState(sheet, null, null) : null;
  let pending = chunks.length > 0 ? read(0) : null;
  if (pending) {
    await sync(context);
    syncs++;
  }
  const filters = filterState ? savedFilters(filterState) : [];
  queueClearFilters(sheet, filters);
  for (let k = 0; k < chunks.length; k++) {
    const c = chunks[k];
    const values = pending!.values;
    const basis: string[][] = [];
    values.forEach((row, i) => {
      const now = args.subjects[c.offset + i];
      const out = evaluateRow({ decisionCell: row[0], byCell: row[1], onCell: row[2], reasonCell: row[3], basisCell: row[4], now });
      basis.push([out.basisCell]);
      const flagged = now !== null && now.risk !== "none";
      countDecision(counts, out.state, out.decision?.value ?? null, flagged);
      if (flagged || out.decision || out.state === "unrecognised") {
        rows.push({
          rowNumber: args.firstRowIndex + c.offset + i + 1,
          state: out.state,
          value: out.decision?.value ?? null,
          message: out.message,
        });
      }
    });
    const target = sheet.getRangeByIndexes(args.firstRowIndex + c.offset, args.decisionFirstColumn + 4, c.count, 1);
    target.numberFormat = basis.map(() => ["@"]);
    target.values = basis;
    if (k === chunks.length - 1) queueRestoreFilters(sheet, filters, (c) => c);
    pending = k + 1 < chunks.length ? read(k + 1) : null;
    await sync(context);
    syncs++;
  }
  return { counts, rows, syncs };
}

/**
 * Where the decision columns of a result block are, or null when the block has none. They start right of the
 * block: `resultColumnCount` is the marker's width (3, or 4 with "Sector risk"). One sync.
 */
export async function locateDecisionColumns(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  resultsFirstColumn: number,
  headerRowIndex: number,
  resultColumnCount = 3,
): Promise<number | null> {
  const first = resultsFirstColumn + resultColumnCount;
  const header = sheet.getRangeByIndexes(headerRowIndex, first, 1, DECISION_COLUMN_COUNT);
  header.load("values");
  await sync(context);
  const texts = header.values[0].map((v) => cellText(v).trim());
  return DECISION_COLUMN_HEADERS.every((h, i) => texts[i] === h) ? first : null;
}

/** One row as the pane lists it, read back from the sheet. */
export interface DecisionListRow {
  rowNumber: number;
  supplier: string;
  riskLabel: string;
  match: string;
  state: DecisionState;
  value: DecisionValue | null;
  decidedBy: string;
  decidedOn: string;
  reason: string;
  /** "Decision outdated: …" or "". */
  message: string;
  /** Listing id the row's latest result is about (from the basis record), when known. */
  listingId: string | null;
}

/**
 * Reads supplier, risk, match, the four decision cells and the basis of every row of a block, for the pane's
 * filters and the report. A decision typed since the last run counts as standing until the next run checks it.
 */
export async function readDecisionRows(
  context: Excel.RequestContext,
  args: { sheetName: string; resultsFirstColumn: number; headerRowIndex: number; lastRowIndex: number; decisionFirstColumn: number },
  options: { chunkRows?: number } = {},
): Promise<{ rows: DecisionListRow[]; counts: DecisionCounts }> {
  const sheet = context.workbook.worksheets.getItem(args.sheetName);
  const first = args.headerRowIndex + 1;
  const total = args.lastRowIndex - args.headerRowIndex;
  const rows: DecisionListRow[] = [];
  const counts = emptyDecisionCounts();
  for (const c of planChunks(total, options.chunkRows ?? DEFAULT_CHUNK_ROWS)) {
    const left = sheet.getRangeByIndexes(first + c.offset, args.resultsFirstColumn - 1, c.count, 3);
    left.load("values");
    const right = sheet.getRangeByIndexes(first + c.offset, args.decisionFirstColumn, c.count, DECISION_COLUMN_COUNT);
    right.load("values");
    await sync(context);
    left.values.forEach(([supplier, risk, match], i) => {
      const [decisionCell, by, on, reason, basisCell] = right.values[i];
      const parsed = parseDecisionCell(decisionCell);
      const basis = parseBasisCell(basisCell);
      const riskLabel = cellText(risk).trim();
      const flagged = riskLabel !== "" && riskLabel !== "None";
      let state: DecisionState = parsed.value ? "current" : parsed.blank ? "undecided" : "unrecognised";
      let message = "";
      if (parsed.value && basis?.decided?.outdated && basis.decided.value === parsed.value) {
        state = "outdated";
        message = `Decision outdated: ${basis.decided.outdated}`;
      }
      countDecision(counts, state, parsed.value, flagged);
      if (!flagged && state === "undecided") return;
      rows.push({
        rowNumber: first + c.offset + i + 1,
        supplier: cellText(supplier),
        riskLabel,
        match: cellText(match),
        state,
        value: parsed.value,
        decidedBy: cellText(by),
        decidedOn: typeof on === "number" ? isoFromSerial(on) : cellText(on),
        reason: cellText(reason),
        message,
        listingId: basis?.latest?.listingId ?? null,
      });
    });
  }
  return { rows, counts };
}

function isoFromSerial(serial: number): string {
  return new Date(Math.round((serial - 25569) * 86_400_000)).toISOString().slice(0, 10);
}

/**
 * The pane's quick decision: the user chose a decision for the selected rows. Writes "WRO decision",
 * "Decided by" and "Decided on" (and "Decision reason" when given; blank leaves the user's reason), and pins
 * the decision to the row's latest result in the basis cell. Rows hidden (by a filter or by hand) are skipped.
 * One sync to read, one to write.
 */
export async function setDecisions(
  context: Excel.RequestContext,
  args: {
    sheetName: string;
    decisionFirstColumn: number;
    rowNumbers: number[];
    value: DecisionValue | null;
    by: string;
    on: string;
    reason?: string;
  },
): Promise<number> {
  const sheet = context.workbook.worksheets.getItem(args.sheetName);
  const reads = args.rowNumbers.map((n) => {
    const r = sheet.getRangeByIndexes(n - 1, args.decisionFirstColumn + 4, 1, 1);
    r.load("values,rowHidden");
    return { n, r };
  });
  await sync(context);
  // A selection across a filtered list includes the rows the filter hides; as in Excel's own editing, only the
  // rows the user can see are decided.
  const shown = reads.filter(({ r }) => !r.rowHidden);
  for (const { n, r } of shown) {
    const user = sheet.getRangeByIndexes(n - 1, args.decisionFirstColumn, 1, 3);
    user.numberFormat = [["@", "@", "yyyy-mm-dd"]];
    user.values = args.value ? [[DECISION_LABELS[args.value], args.by, args.on]] : [["", "", ""]];
    if (args.reason !== undefined) {
      const reason = sheet.getRangeByIndexes(n - 1, args.decisionFirstColumn + 3, 1, 1);
      reason.numberFormat = [["@"]];
      reason.values = [[args.reason]];
    }
    const latest = parseBasisCell(r.values[0][0])?.latest ?? null;
    if (latest) {
      const basis = sheet.getRangeByIndexes(n - 1, args.decisionFirstColumn + 4, 1, 1);
      basis.numberFormat = [["@"]];
      basis.values = [[args.value ? formatDecidedBasis(latest, args.value, args.on, latest, null) : formatResultBasis(latest)]];
    }
  }
  await sync(context);
  return shown.length;
}

/** The selected rows (0-based first row and count) and their sheet's name. One sync. */
export async function readSelectedRows(context: Excel.RequestContext): Promise<{ sheetName: string; rowIndex: number; rowCount: number }> {
  const selected = context.workbook.getSelectedRange();
  selected.load("rowIndex,rowCount");
  const sheet = selected.worksheet;
  sheet.load("name");
  await sync(context);
  return { sheetName: sheet.name, rowIndex: selected.rowIndex, rowCount: selected.rowCount };
}
