import type { Dataset } from "../core";
import { isExcelAdapterError } from "../excel/errors";
import type { LastResultRow } from "../excel/last-results";
import { RESULT_BLOCK_HEADERS } from "../excel/types";
import type { ColumnSelection, ResultsSummary } from "../excel/types";
import type { ScreeningControllerApi, ScreeningProgress, ScreeningReport } from "./controller/types";
import type { DatasetInfo, PaneServices, ScreenProgress, ScreenReport, SelectionSummary } from "./services";
import type { DecisionServices } from "./decisions/decisions-service";
import { countSheetImpact } from "./sheet-impact";

/** What the pane needs from the shared runtime (src/addin/runtime.ts) besides the controller. */
export interface RuntimeLink {
  currentDataset(): Dataset;
  onDatasetChanged(listener: () => void): () => void;
}

/** Subscribes to the host's selection-changed event; returns an unsubscribe function. */
export type SelectionEvents = (listener: () => void) => () => void;

const ACTIVITY: Partial<Record<ScreeningProgress["phase"], string>> = {
  preparing: "Checking the sheet",
  formatting: "Formatting the results",
};

export function toSelectionSummary(selection: ColumnSelection): SelectionSummary {
  const keyOf = (columnIndex: number | null) => (columnIndex === null ? null : String(columnIndex));
  return {
    sheetName: selection.sheetName,
    columnLetter: selection.columnLetter,
    header: selection.header.trim() ? selection.header : null,
    rowCount: selection.rowCount,
    exceedsRowLimit: selection.exceedsRowLimit,
    headers: selection.headers
      // Neither the supplier column nor the add-in's own result columns are sensible country or product columns.
      .filter((h) => h.columnIndex !== selection.columnIndex && !(RESULT_BLOCK_HEADERS as readonly string[]).includes(h.text.trim()))
      .map((h) => ({
        key: String(h.columnIndex),
        label: h.text.trim() ? `${h.text.trim()} (${h.letter})` : `Column ${h.letter}`,
        text: h.text.trim(),
      })),
    suggestedCountryKey: keyOf(selection.suggested.countryColumnIndex),
    suggestedProductKey: keyOf(selection.suggested.productColumnIndex),
  };
}

export function toProgress(progress: ScreeningProgress): ScreenProgress {
  return { done: progress.rowsDone, total: progress.rowsTotal, activity: ACTIVITY[progress.phase] };
}

export function toScreenReport(report: ScreeningReport, firstRowNumber: number): ScreenReport {
  const written = report.written ? report.written.last - report.written.first + 1 : 0;
  const notWritten = Math.max(0, report.rowsTotal - written);
  return {
    total: report.rowsScreened,
    counts: report.counts,
    sector: report.sector ? { counts: sectorLabelCounts(report.sector), unreadable: report.sector.unmapped } : null,
    skipped: report.skipped,
    flagged: report.flagged.map((f) => ({
      rowNumber: f.rowNumber,
      supplier: f.supplier,
      risk: f.risk,
      match: f.match,
      note: f.note,
    })),
    datasetVersion: report.datasetVersion,
    cancelled: report.status === "cancelled",
    partial: notWritten > 0 ? { written, notWritten, firstMissingRow: report.written ? report.written.last + 1 : firstRowNumber } : null,
    ...(report.filterNotice ? { filterNotice: report.filterNotice } : {}),
  };
}

/** Results read back from the sheet carry no skipped count or write progress: only what the cells show. */
export function summaryToReport(summary: ResultsSummary, datasetVersion: string): ScreenReport {
  return {
    total: summary.total,
    counts: summary.counts,
    sector: summary.sector ? { counts: { ...summary.sector }, unreadable: null } : null,
    skipped: 0,
    flagged: summary.flagged.map((f) => ({ rowNumber: f.rowNumber, supplier: f.supplier, risk: f.risk, match: f.match, note: f.note })),
    datasetVersion,
    cancelled: false,
    partial: null,
  };
}

function sectorLabelCounts(counts: NonNullable<ScreeningReport["sector"]>): NonNullable<ScreenReport["sector"]>["counts"] {
  return {
    "Forced labour": counts["Forced labour"],
    "Child labour": counts["Child labour"],
    "Forced and child labour": counts["Forced and child labour"],
    "Input risk": counts["Input risk"],
  };
}

export function datasetInfoOf(dataset: Dataset): DatasetInfo {
  return {
    version: dataset.version,
    compiled: dataset.compiled,
    listingCount: dataset.listings.length,
    sources: dataset.sources.map((s) => ({ name: s.name, address: s.address })),
  };
}

/** Reads the active sheet's results back (`readLastResults(run)` from src/excel/last-results in the add-in). */
export type ReadResultRows = () => Promise<LastResultRow[]>;

/** Adapts the adapter engineer's screening controller and the shared runtime to the pane's services. */
export function createControllerServices(
  controller: ScreeningControllerApi,
  runtime: RuntimeLink,
  selectionEvents: SelectionEvents,
  readResultRows?: ReadResultRows,
  decisions?: DecisionServices,
): PaneServices {
  // The pane screens exactly the selection it last showed the user; the controller re-checks it before writing.
  let shownSelection: ColumnSelection | null = null;
  // Filter and row selection act on the sheet of the last run, even if the user has moved to another sheet.
  let resultsSheet: string | undefined;

  return {
    async describeSelection() {
      shownSelection = null;
      const selection = await controller.describeSelection();
      shownSelection = selection;
      return toSelectionSummary(selection);
    },
    onSelectionChanged: selectionEvents,
    async screen(request, hooks) {
      const selection = shownSelection ?? (await controller.describeSelection());
      const report = await controller.screenColumn({
        selection,
        countryColumnIndex: request.countryKey === null ? null : Number(request.countryKey),
        productColumnIndex: request.productKey === null ? null : Number(request.productKey),
        signal: hooks.signal,
        onProgress: (progress) => hooks.onProgress(toProgress(progress)),
        confirmInsert: (insert) =>
          hooks.confirmInsert({
            columnCount: insert.columnCount ?? 3,
            occupiedAddress: insert.occupiedAddress,
            occupiedHeaders: insert.occupiedHeaders,
            action: insert.action,
          }),
        confirmLargeSelection: (rowCount, rowLimit) => hooks.confirmLargeSelection({ rowCount, rowLimit }),
        decisions: decisions?.enabled() ?? false,
      });
      resultsSheet = report.sheetName;
      return toScreenReport(report, selection.firstRowNumber);
    },
    showFlaggedOnly: () => controller.showFlaggedOnly(resultsSheet),
    showSectorRisk: () => controller.showSectorRisk(resultsSheet),
    clearFilter: () => controller.clearFilter(resultsSheet),
    async selectRow(rowNumber) {
      const sheet = resultsSheet ?? shownSelection?.sheetName;
      if (!sheet) throw new Error("Screen a column first, then choose a flagged supplier.");
      await controller.selectRow(sheet, rowNumber);
    },
    readAudit: () => controller.readAudit(),
    async readLastResults() {
      const audit = await controller.readAudit();
      if (!audit) return null;
      try {
        const summary = await controller.readSummary(audit.sheetName);
        // A run in this session may have finished while the sheet was being read; its sheet wins.
        resultsSheet ??= summary.sheetName;
        return { sheetName: summary.sheetName, report: summaryToReport(summary, audit.datasetVersion) };
      } catch (error) {
        // The user deleted the result columns or the sheet since: nothing to show, nothing wrong.
        if (isExcelAdapterError(error) && error.code === "no-results") return null;
        throw error;
      }
    },
    datasetInfo: () => datasetInfoOf(runtime.currentDataset()),
    onDatasetChanged: (listener) => runtime.onDatasetChanged(listener),
    // No results on the active sheet reads as no rows, so the pane says "No supplier … changes risk".
    decisions,
    previewSheetImpact: readResultRows ? async (screener) => countSheetImpact(await readResultRows(), screener) : undefined,
  };
}

/**
 * Office's DocumentSelectionChanged works in every Excel that runs this pane (no ExcelApi
 * requirement); where it is missing (outside Office) the pane still has its refresh button.
 */
export function officeSelectionEvents(listener: () => void): () => void {
  const document = typeof Office !== "undefined" ? Office.context?.document : undefined;
  if (!document || typeof document.addHandlerAsync !== "function") return () => undefined;
  // The enum's string value as a fallback, so an office.js without Office.EventType cannot break start-up.
  const SELECTION_CHANGED = Office.EventType?.DocumentSelectionChanged ?? ("documentSelectionChanged" as unknown as Office.EventType);
  const handler = () => listener();
  document.addHandlerAsync(SELECTION_CHANGED, handler);
  return () => {
    if (typeof document.removeHandlerAsync === "function") {
      document.removeHandlerAsync(SELECTION_CHANGED, { handler });
    }
  };
}
