import { RISK_LABELS, displayInput, matchLabel, type Listing, type ScreenInput, type ScreenResult } from "../../core";
import { subjectOf, type Subject } from "../../core/decisions";
import type { SectorCounts } from "../../core/sector/row";
import type { ReconcileResult } from "../../excel/decisions";
import {
  DEFAULT_CHUNK_ROWS,
  DEFAULT_MAX_REQUEST_BYTES,
  DEFAULT_ROW_LIMIT,
  ExcelAdapterError,
  clearFilter,
  describeSelection,
  isExcelAdapterError,
  messages,
  officeErrorCode,
  prepareResultsColumns,
  queueAuditRecord,
  queueColumnRead,
  queueResultRows,
  queueListFilterButtons,
  queueRiskFormatting,
  readAuditRecord,
  readSummary,
  resultRowBytes,
  selectRow,
  shiftedColumn,
  showFlaggedOnly,
  showSectorRisk,
  splitByBytes,
  sync,
  syncsUsed,
  type AuditRecord,
  type ColumnSelection,
  type ExcelRun,
  type FlaggedRow,
  type PreparedResults,
  type ResultRow,
  type ResultsSummary,
  type RiskCounts,
  type RowSpan,
} from "../../excel";
import type { ScreenColumnOptions, ScreenerLike, ScreeningControllerApi, ScreeningProgress, ScreeningReport } from "./types";

export interface ScreeningControllerDeps {
  /** `Excel.run` in the add-in; the fake's `run` in tests. */
  run: ExcelRun;
  /** The screener for the dataset in use; asked once per run so a dataset update takes effect on the next run. */
  getScreener: () => ScreenerLike | Promise<ScreenerLike>;
  /** Wall clock for the audit record. */
  now?: () => Date;
  /** Monotonic milliseconds for the elapsed figure. */
  clock?: () => number;
}

/** Column widths (points) given to freshly created result columns; a re-run keeps whatever the user set. */
const RESULT_COLUMN_WIDTHS = [60, 220, 380, 130];

/**
 * Orchestrates one screening: describe → check and place the result columns → read a chunk →
 * screen it → write it, with the write of one chunk and the read of the next sharing one sync.
 */
export class ScreeningController implements ScreeningControllerApi {
  private readonly run: ExcelRun;
  private readonly getScreener: ScreeningControllerDeps["getScreener"];
  private readonly now: () => Date;
  private readonly clock: () => number;

  constructor(deps: ScreeningControllerDeps) {
    this.run = deps.run;
    this.getScreener = deps.getScreener;
    this.now = deps.now ?? (() => new Date());
    this.clock = deps.clock ?? (() => performance.now());
  }

  describeSelection(options: { rowLimit?: number } = {}): Promise<ColumnSelection> {
    return this.run((context) => describeSelection(context, { rowLimit: options.rowLimit }));
  }

  screenColumn(options: ScreenColumnOptions): Promise<ScreeningReport> {
    return this.run((context) => this.screenInContext(context, options));
  }

  showFlaggedOnly(sheetName?: string): Promise<void> {
    return this.run((context) => showFlaggedOnly(context, sheetName));
  }

  showSectorRisk(sheetName?: string): Promise<void> {
    return this.run((context) => showSectorRisk(context, sheetName));
  }

  clearFilter(sheetName?: string): Promise<void> {
    return this.run((context) => clearFilter(context, sheetName));
  }

  readSummary(sheetName?: string): Promise<ResultsSummary> {
    return this.run((context) => readSummary(context, sheetName));
  }

  selectRow(sheetName: string, rowNumber: number): Promise<void> {
    return this.run((context) => selectRow(context, sheetName, rowNumber));
  }

  readAudit(): Promise<AuditRecord | null> {
    return this.run((context) => readAuditRecord(context));
  }

  private async screenInContext(context: Excel.RequestContext, options: ScreenColumnOptions): Promise<ScreeningReport> {
    const started = this.clock();
    const selection = options.selection;
    const rowLimit = options.rowLimit ?? DEFAULT_ROW_LIMIT;
    const chunkRows = Math.max(1, Math.floor(options.chunkRows ?? DEFAULT_CHUNK_ROWS));
    const maxRequestBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
    const total = selection.rowCount;
    const progress = (phase: ScreeningProgress["phase"], rowsDone: number) =>
      options.onProgress?.({ phase, rowsDone, rowsTotal: total, fraction: total === 0 ? 1 : rowsDone / total });

    if (total > rowLimit) {
      const confirmed = options.confirmLargeSelection ? await options.confirmLargeSelection(total, rowLimit) : false;
      if (!confirmed) {
        throw new ExcelAdapterError("too-many-rows", messages.tooManyRows(total, rowLimit), {
          sheetName: selection.sheetName,
          rowCount: total,
          rowLimit,
        });
      }
    }
    options.signal?.throwIfAborted();
    const screener = await this.getScreener();
    progress("preparing", 0);

    // A fresh worksheet object per batch: an object created in a request that failed must not be reused.
    const sheetOf = () => context.workbook.worksheets.getItem(selection.sheetName);
    const rowNumber = (offset: number) => selection.firstRowIndex + offset + 1;
    // Where the country and product cells are read from: their columns before any insert, then (below) after it.
    let countryColumn = options.countryColumnIndex ?? null;
    let productColumn = options.productColumnIndex ?? null;
    // Sector risk (docs/sector-risk.md) needs a product column; it is a separate signal beside "WRO risk".
    const withSector = productColumn !== null;
    // The List of Goods tables come with the engine chunk, which the screener above has already waited for;
    // imported here so this module (in the pane's first download) does not carry them.
    const sectorRows = withSector ? await import(/* webpackChunkName: "sector" */ "../../core/sector/row") : null;
    let readRows = chunkRows;
    const queueRead = (offset: number) => {
      const count = Math.min(readRows, total - offset);
      const first = selection.firstRowIndex + offset;
      const sheet = sheetOf();
      return {
        offset,
        count,
        names: queueColumnRead(sheet, selection.columnIndex, first, count),
        countries: countryColumn === null ? null : queueColumnRead(sheet, countryColumn, first, count),
        products: productColumn === null ? null : queueColumnRead(sheet, productColumn, first, count),
      };
    };
    type PendingRead = ReturnType<typeof queueRead>;

    // The first chunk of names is read in the same round trip as the checks. That sync writes nothing, so when
    // its response is too large (long product descriptions) it can simply be repeated with fewer rows.
    const firstRead: { chunk: PendingRead | null } = { chunk: null };
    let prepared: PreparedResults;
    for (;;) {
      try {
        prepared = await prepareResultsColumns(context, selection, {
          confirmInsert: options.confirmInsert,
          signal: options.signal,
          sector: withSector,
          alongsideChecks: () => (firstRead.chunk = queueRead(0)),
        });
        break;
      } catch (error) {
        if (isExcelAdapterError(error) || (error as { name?: unknown })?.name === "AbortError") throw error;
        const asked = firstRead.chunk?.count ?? 0;
        if (asked > 1 && officeErrorCode(error) === "ResponsePayloadSizeLimitExceeded") {
          readRows = Math.ceil(asked / 2);
          continue;
        }
        const reason = error instanceof Error ? error.message : String(error);
        throw new ExcelAdapterError(
          "read-failed",
          messages.readFailed({ first: rowNumber(0), last: rowNumber(Math.max(asked, 1) - 1) }, reason),
          {
            sheetName: selection.sheetName,
            written: null,
            notWritten: { first: rowNumber(0), last: rowNumber(total - 1) },
            officeCode: officeErrorCode(error),
          },
          { cause: error },
        );
      }
    }
    const { placement } = prepared;
    const move = (column: number | null) => (column === null ? null : shiftedColumn(column, prepared.movedAfter, prepared.shiftedBy));
    countryColumn = move(countryColumn);
    productColumn = move(productColumn);
    // Width of the new result columns; set once. Cosmetic and safe to send twice, so it rides with other writes.
    const queueWidths = (): void => {
      if (placement.mode !== "updated-in-place") {
        const sheet = sheetOf();
        RESULT_COLUMN_WIDTHS.slice(0, placement.columnCount).forEach((width, i) => {
          sheet.getRangeByIndexes(0, placement.firstColumnIndex + i, 1, 1).format.columnWidth = width;
        });
      } else if (prepared.shiftedBy > 0) {
        // Only "Sector risk" was inserted, beside results the user may have resized.
        sheetOf().getRangeByIndexes(0, placement.firstColumnIndex + 3, 1, 1).format.columnWidth = RESULT_COLUMN_WIDTHS[3];
      }
    };
    // When columns were inserted, the insert, headers and marker have already gone out on their own (in
    // prepareResultColumns), and the widths go with the first write below instead of costing a sync of their own.
    let widthsPending = prepared.shiftedBy > 0;

    const counts: RiskCounts = { high: 0, review: 0, lifted: 0, none: 0 };
    const sectorCounts: SectorCounts | null = sectorRows ? sectorRows.emptySectorCounts() : null;
    const flagged: FlaggedRow[] = [];
    let skipped = 0;
    let rowsDone = 0;
    let chunkCount = 0;
    let written: RowSpan | null = null;
    let cancelled = false;
    // What each row's result is about, for the decision columns (kept only when they are asked for).
    const subjects: Array<Subject | null> | null = options.decisions && !selection.table ? [] : null;
    // The decision columns' code is in the "decisions" chunk (with the pane's decision services), fetched only
    // for runs that keep decision columns.
    const decisionColumns = subjects ? await import(/* webpackChunkName: "decisions" */ "../../excel/decisions") : null;
    const failure = (error: unknown, notWrittenFrom: number): ExcelAdapterError => {
      if (isExcelAdapterError(error)) return error;
      const notWritten = { first: rowNumber(notWrittenFrom), last: rowNumber(total - 1) };
      const reason = error instanceof Error ? error.message : String(error);
      return new ExcelAdapterError(
        "write-failed",
        messages.writeFailed(written, notWritten, reason),
        { sheetName: selection.sheetName, written, notWritten, officeCode: officeErrorCode(error) },
        { cause: error },
      );
    };
    const auditRecord = (complete: boolean): AuditRecord => ({
      screenedAt: this.now().toISOString(),
      datasetVersion: screener.version,
      sheetName: selection.sheetName,
      supplierColumn: selection.header || selection.columnLetter,
      resultsAddress: prepared.address,
      rowsScreened: rowsDone,
      counts: { ...counts },
      complete,
    });

    // The headers and marker (when no columns were inserted) go out on their own, so nothing after this point can
    // leave them half-done and every later write (result rows) is safe to send twice.
    if (!widthsPending) {
      queueWidths();
      try {
        await sync(context);
      } catch (error) {
        throw failure(error, 0);
      }
    }

    /**
     * Sends the queued writes together with the read of the next rows. A response may pass Excel's 5 MB limit;
     * then the same writes are sent again with half as many rows to read, down to one row.
     */
    const syncWritesAndRead = async (
      queueWrites: () => void,
      readOffset: number | null,
      notWrittenFrom: number,
    ): Promise<PendingRead | null> => {
      for (;;) {
        if (widthsPending) queueWidths();
        queueWrites();
        const read = readOffset === null ? null : queueRead(readOffset);
        try {
          await sync(context);
          widthsPending = false;
          return read;
        } catch (error) {
          if (read && read.count > 1 && officeErrorCode(error) === "ResponsePayloadSizeLimitExceeded") {
            readRows = Math.ceil(read.count / 2);
            continue;
          }
          // Best effort: put the user's filters back before reporting (the failed batch may have carried them).
          if (prepared.filters.length > 0) {
            prepared.restoreFilters();
            await sync(context).catch(() => undefined);
          }
          throw failure(error, notWrittenFrom);
        }
      }
    };

    let pending = firstRead.chunk as PendingRead;
    while (pending) {
      const chunk = pending;
      if (options.signal?.aborted) {
        // Stop before screening more; what is written stays, and the workbook records the run as incomplete.
        cancelled = true;
        await syncWritesAndRead(
          () =>
            this.queueFinish(context, sheetOf(), selection, placement.firstColumnIndex, rowsDone, options, prepared, auditRecord(false)),
          null,
          rowsDone,
        );
        break;
      }
      chunkCount += 1;
      const inputs: ScreenInput[] = chunk.names.values.map((row, i) => ({
        name: row[0],
        country: chunk.countries?.values[i][0],
        product: chunk.products?.values[i][0],
      }));
      const results = screener.screenAll(inputs);
      const rows = results.map((screened, i) => {
        subjects?.push(screened.skipped === "empty" ? null : subjectOf(displayInput(chunk.names.values[i][0]), screened));
        if (screened.skipped) skipped += 1;
        if (screened.skipped !== "empty") counts[screened.risk] += 1;
        // Rows without a supplier stay blank across the block, "Sector risk" included.
        const sector = sectorRows && screened.skipped !== "empty" ? sectorRows.sectorForRow(inputs[i].country, inputs[i].product) : null;
        if (sector) sectorRows!.countSector(sectorCounts!, sector);
        const result = sector ? { ...screened, note: sectorRows!.noteWithSector(screened.note, sector) } : screened;
        if (result.risk !== "none") {
          flagged.push({
            sheetName: selection.sheetName,
            rowNumber: rowNumber(chunk.offset + i),
            supplier: displayInput(chunk.names.values[i][0]),
            risk: result.risk,
            match: describeMatch(result),
            note: result.note,
          });
        }
        return { ...toResultRow(result), sector: sector?.label ?? "" };
      });

      const nextOffset = chunk.offset + chunk.count;
      const isLastChunk = nextOffset >= total;
      // Rare long notes can make one chunk's write too big for a single request: split it, at the cost of extra syncs.
      const groups = splitByBytes(rows, resultRowBytes, maxRequestBytes);
      let groupOffset = chunk.offset;
      let next: PendingRead | null = null;
      for (let g = 0; g < groups.length; g++) {
        const group = groups[g];
        const lastGroup = g === groups.length - 1;
        const startRow = selection.firstRowIndex + groupOffset;
        if (lastGroup && isLastChunk) {
          rowsDone = nextOffset;
          progress("formatting", rowsDone);
        }
        const read = await syncWritesAndRead(
          () => {
            queueResultRows(sheetOf(), placement.firstColumnIndex, startRow, group, {
              removeOldLinks: placement.mode === "updated-in-place",
              columnCount: placement.columnCount,
            });
            if (lastGroup && isLastChunk) {
              this.queueFinish(context, sheetOf(), selection, placement.firstColumnIndex, nextOffset, options, prepared, auditRecord(true));
            }
          },
          lastGroup && !isLastChunk ? nextOffset : null,
          groupOffset,
        );
        if (lastGroup) next = read;
        groupOffset += group.length;
        written = { first: rowNumber(0), last: rowNumber(groupOffset - 1) };
      }
      rowsDone = nextOffset;
      progress("screening", rowsDone);
      pending = next as PendingRead;
    }

    if (!cancelled && options.applyFormatting !== false) await this.addFilterButtons(context, selection, prepared);
    let decisions: ReconcileResult | undefined;
    let filterNotice: string | undefined;
    if (!cancelled && subjects && decisionColumns) {
      const block = {
        sheetName: selection.sheetName,
        resultsFirstColumn: placement.firstColumnIndex,
        resultColumnCount: placement.columnCount,
        headerRowIndex: placement.headerRowIndex,
        lastRowIndex: prepared.lastRowIndex,
      };
      const columns = await decisionColumns.prepareDecisionColumns(context, block, { confirmInsert: options.confirmInsert });
      filterNotice = columns.filterNotice;
      decisions = await decisionColumns.reconcileDecisions(
        context,
        { sheetName: selection.sheetName, firstRowIndex: selection.firstRowIndex, decisionFirstColumn: columns.firstColumnIndex, subjects },
        { chunkRows },
      );
    }
    progress("done", rowsDone);
    return {
      status: cancelled ? "cancelled" : "complete",
      sheetName: selection.sheetName,
      supplierColumn: { letter: selection.columnLetter, header: selection.header },
      placement,
      resultsAddress: prepared.address,
      rowsTotal: total,
      rowsScreened: rowsDone,
      written,
      counts,
      sector: sectorCounts,
      flagged,
      skipped,
      datasetVersion: screener.version,
      screenedAt: this.now().toISOString(),
      decisions,
      ...(filterNotice ? { filterNotice } : {}),
      chunks: chunkCount,
      syncs: syncsUsed(context),
      elapsedMs: Math.round(this.clock() - started),
    };
  }

  /** Formatting and the audit record ride on the last write's sync. */
  private queueFinish(
    context: Excel.RequestContext,
    sheet: Excel.Worksheet,
    selection: ColumnSelection,
    riskColumnIndex: number,
    rowsWritten: number,
    options: ScreenColumnOptions,
    prepared: PreparedResults,
    record: AuditRecord,
  ): void {
    if (options.applyFormatting !== false && rowsWritten > 0) {
      // The whole result block, not just this run's rows: a rule covering other rows must not be cut short.
      const firstDataRow = prepared.placement.headerRowIndex + 1;
      queueRiskFormatting(sheet, riskColumnIndex, firstDataRow, prepared.lastRowIndex - firstDataRow + 1);
    }
    queueAuditRecord(context, record);
    // The user's filters (and "Show flagged only") were cleared for the writes; they now see the new results.
    prepared.restoreFilters();
  }

  /**
   * Filter buttons over the list are a convenience, sent after the results in a sync of their own: Excel can
   * refuse them (a table inside the list's columns, say), and that must not cast doubt on written results.
   */
  private async addFilterButtons(context: Excel.RequestContext, selection: ColumnSelection, prepared: PreparedResults): Promise<boolean> {
    if (selection.table || prepared.sheetHasAutoFilter) return false;
    const shifted = selection.headers.map((h) => shiftedColumn(h.columnIndex, prepared.movedAfter, prepared.shiftedBy));
    const first = Math.min(selection.columnIndex, ...shifted);
    const last = Math.max(prepared.placement.firstColumnIndex + prepared.placement.columnCount - 1, ...shifted);
    const sheet = context.workbook.worksheets.getItem(selection.sheetName);
    queueListFilterButtons(sheet, prepared.placement.headerRowIndex, prepared.lastRowIndex, first, last);
    try {
      await sync(context);
      return true;
    } catch {
      return false;
    }
  }
}

/** The "WRO match" text, worded by the core so the column and =WROMATCH always agree; "" when nothing matched. */
export function describeMatch(result: ScreenResult): string {
  return matchLabel(result.match, result.ruleHits);
}

function primaryListing(result: ScreenResult): Listing | null {
  return result.match?.listing ?? result.ruleHits[0]?.listing ?? null;
}

/** What the three result cells get for one screened row. Blank supplier cells stay blank. */
export function toResultRow(result: ScreenResult): ResultRow {
  if (result.skipped === "empty") return { risk: "", match: "", note: "" };
  const match = describeMatch(result);
  const listing = primaryListing(result);
  // The official page where the listing can be checked today (verifyUrl), not a copy or a report.
  const source = result.risk !== "none" ? listing?.verifyUrl : undefined;
  return {
    risk: RISK_LABELS[result.risk],
    match,
    note: result.note,
    link: source && match ? { address: source.trim(), screenTip: screenTipFor(source.trim()) } : null,
  };
}

function screenTipFor(address: string): string {
  let host = address;
  try {
    host = new URL(address).hostname;
  } catch {
    // Not parseable: show the address itself, cut to Excel's screen-tip length below.
  }
  return `Open the source (${host})`.slice(0, 255);
}
