import type { Dataset } from "../../src/core";
import { ExcelAdapterError } from "../../src/excel/errors";
import type { AuditRecord, ColumnSelection, ResultsSummary } from "../../src/excel/types";
import type { ScreenColumnOptions, ScreeningControllerApi, ScreeningReport } from "../../src/taskpane/controller/types";
import { createControllerServices, datasetInfoOf, toScreenReport, toSelectionSummary } from "../../src/taskpane/office-services";
import type { ScreenHooks } from "../../src/taskpane/services";

const selection: ColumnSelection = {
  sheetName: "Suppliers",
  columnIndex: 1,
  columnLetter: "B",
  header: "Supplier",
  headerRowIndex: 0,
  firstRowIndex: 1,
  rowCount: 30,
  firstRowNumber: 2,
  lastRowNumber: 31,
  address: "Suppliers!B2:B31",
  table: null,
  headers: [
    { columnIndex: 0, letter: "A", text: "ID" },
    { columnIndex: 1, letter: "B", text: "Supplier" },
    { columnIndex: 2, letter: "C", text: "Country" },
    { columnIndex: 3, letter: "D", text: "" },
  ],
  suggested: { countryColumnIndex: 2, productColumnIndex: null },
  exceedsRowLimit: false,
  hasPreviousResults: false,
};

function report(overrides: Partial<ScreeningReport> = {}): ScreeningReport {
  return {
    status: "complete",
    sheetName: "Suppliers",
    supplierColumn: { letter: "B", header: "Supplier" },
    placement: {
      sheetName: "Suppliers",
      firstColumnIndex: 2,
      headerRowIndex: 0,
      letters: ["C", "D", "E"],
      columnCount: 3,
      sectorLetter: null,
      mode: "inserted-sheet-columns",
      tableName: null,
    },
    resultsAddress: "Suppliers!C1:E31",
    rowsTotal: 30,
    rowsScreened: 30,
    written: { first: 2, last: 31 },
    counts: { high: 2, review: 0, lifted: 0, none: 28 },
    sector: null,
    flagged: [{ sheetName: "Suppliers", rowNumber: 5, supplier: "Hoshine", risk: "high", match: "Hoshine Silicon", note: "n" }],
    skipped: 0,
    datasetVersion: "2026-11-26",
    screenedAt: "2026-11-26T14:02:00.000Z",
    chunks: 1,
    syncs: 4,
    elapsedMs: 10,
    ...overrides,
  };
}

function fakeController() {
  const calls: {
    screen: ScreenColumnOptions[];
    filter: (string | undefined)[];
    sectorFilter: (string | undefined)[];
    clear: (string | undefined)[];
    select: [string, number][];
  } = {
    screen: [],
    filter: [],
    sectorFilter: [],
    clear: [],
    select: [],
  };
  let describe: () => Promise<ColumnSelection> = async () => selection;
  let screenReport: (options: ScreenColumnOptions) => Promise<ScreeningReport> = async () => report();
  let audit: AuditRecord | null = null;
  let summary: (sheet?: string) => Promise<ResultsSummary> = async () => {
    throw new ExcelAdapterError("no-results", "There are no screening results yet.");
  };
  const summarySheets: (string | undefined)[] = [];
  const controller: ScreeningControllerApi = {
    describeSelection: () => describe(),
    async screenColumn(options) {
      calls.screen.push(options);
      return screenReport(options);
    },
    async showFlaggedOnly(sheet) {
      calls.filter.push(sheet);
    },
    async showSectorRisk(sheet) {
      calls.sectorFilter.push(sheet);
    },
    async clearFilter(sheet) {
      calls.clear.push(sheet);
    },
    async readSummary(sheet) {
      summarySheets.push(sheet);
      return summary(sheet);
    },
    async selectRow(sheet, row) {
      calls.select.push([sheet, row]);
    },
    async readAudit() {
      return audit;
    },
  };
  return {
    controller,
    calls,
    setDescribe: (f: typeof describe) => (describe = f),
    setScreen: (f: typeof screenReport) => (screenReport = f),
    setAudit: (a: AuditRecord | null) => (audit = a),
    setSummary: (f: typeof summary) => (summary = f),
    summarySheets,
  };
}

const dataset = {
  version: "2026-11-26",
  compiled: "2026-11-25",
  sources: [{ name: "CBP", address: "https://www.cbp.gov/x", retrieved: null }],
  listings: [{}, {}, {}],
} as unknown as Dataset;

function services(fake = fakeController()) {
  const datasetListeners: (() => void)[] = [];
  const selectionListeners: (() => void)[] = [];
  const result = createControllerServices(
    fake.controller,
    {
      currentDataset: () => dataset,
      onDatasetChanged: (l) => {
        datasetListeners.push(l);
        return () => undefined;
      },
    },
    (l) => {
      selectionListeners.push(l);
      return () => undefined;
    },
  );
  return { services: result, fake, datasetListeners, selectionListeners };
}

function hooks(overrides: Partial<ScreenHooks> = {}): ScreenHooks {
  return {
    onProgress: () => undefined,
    signal: new AbortController().signal,
    confirmInsert: async () => true,
    confirmLargeSelection: async () => false,
    ...overrides,
  };
}

describe("toSelectionSummary", () => {
  it("offers every other column of the list, labelled by header or letter, and keeps the suggestions", () => {
    const summary = toSelectionSummary(selection);
    expect(summary).toMatchObject({ sheetName: "Suppliers", columnLetter: "B", header: "Supplier", rowCount: 30 });
    expect(summary.headers).toEqual([
      { key: "0", label: "ID (A)", text: "ID" },
      { key: "2", label: "Country (C)", text: "Country" },
      { key: "3", label: "Column D", text: "" },
    ]);
    expect(summary.suggestedCountryKey).toBe("2");
    expect(summary.suggestedProductKey).toBeNull();
  });

  it("does not offer the add-in's own result columns", () => {
    const rerun = toSelectionSummary({
      ...selection,
      headers: [
        { columnIndex: 0, letter: "A", text: "Supplier" },
        { columnIndex: 1, letter: "B", text: "WRO risk" },
        { columnIndex: 2, letter: "C", text: "WRO match" },
        { columnIndex: 3, letter: "D", text: "WRO notes" },
        { columnIndex: 4, letter: "E", text: "Country" },
      ],
      columnIndex: 0,
    });
    expect(rerun.headers.map((h) => h.label)).toEqual(["Country (E)"]);
  });

  it("treats a blank header as no header", () => {
    expect(toSelectionSummary({ ...selection, header: "  " }).header).toBeNull();
  });
});

describe("toScreenReport", () => {
  it("reports a complete run without a partial write", () => {
    const r = toScreenReport(report(), 2);
    expect(r).toMatchObject({ total: 30, cancelled: false, partial: null, datasetVersion: "2026-11-26" });
    expect(r.flagged).toEqual([{ rowNumber: 5, supplier: "Hoshine", risk: "high", match: "Hoshine Silicon", note: "n" }]);
    expect(r.filterNotice).toBeUndefined();
    expect(toScreenReport(report({ filterNotice: "Your filter on S!A1:E5 is as it was." }), 2).filterNotice).toBe(
      "Your filter on S!A1:E5 is as it was.",
    );
  });

  it("turns a cancelled run into written / not written counts and the first missing row", () => {
    const r = toScreenReport(report({ status: "cancelled", rowsScreened: 10, written: { first: 2, last: 11 } }), 2);
    expect(r.cancelled).toBe(true);
    expect(r.partial).toEqual({ written: 10, notWritten: 20, firstMissingRow: 12 });
  });

  it("counts every row as not written when a cancelled run wrote none", () => {
    expect(toScreenReport(report({ status: "cancelled", rowsScreened: 0, written: null }), 2).partial).toEqual({
      written: 0,
      notWritten: 30,
      firstMissingRow: 2,
    });
  });
});

describe("createControllerServices", () => {
  it("screens the selection last shown, with the chosen columns as sheet indexes", async () => {
    const { services: s, fake } = services();
    await s.describeSelection();
    const wider = { ...selection, rowCount: 99 };
    fake.setDescribe(async () => wider);
    await s.screen({ countryKey: "2", productKey: "3" }, hooks());
    expect(fake.calls.screen[0].selection).toBe(selection);
    expect(fake.calls.screen[0].countryColumnIndex).toBe(2);
    expect(fake.calls.screen[0].productColumnIndex).toBe(3);
  });

  it("describes the selection itself when the pane screens before any description", async () => {
    const { services: s, fake } = services();
    await s.screen({ countryKey: null, productKey: null }, hooks());
    expect(fake.calls.screen[0].selection).toBe(selection);
    expect(fake.calls.screen[0].countryColumnIndex).toBeNull();
  });

  it("does not screen a stale selection after a failed description", async () => {
    const { services: s, fake } = services();
    await s.describeSelection();
    fake.setDescribe(async () => {
      throw new ExcelAdapterError("several-areas", "two areas");
    });
    await expect(s.describeSelection()).rejects.toMatchObject({ code: "several-areas" });
    await expect(s.screen({ countryKey: null, productKey: null }, hooks())).rejects.toMatchObject({ code: "several-areas" });
    expect(fake.calls.screen).toHaveLength(0);
  });

  it("passes progress, the abort signal and both questions through", async () => {
    const { services: s, fake } = services();
    const abort = new AbortController();
    const progress: unknown[] = [];
    const questions: unknown[] = [];
    fake.setScreen(async (options) => {
      options.onProgress?.({ phase: "screening", rowsDone: 10, rowsTotal: 30, fraction: 1 / 3 });
      options.onProgress?.({ phase: "formatting", rowsDone: 30, rowsTotal: 30, fraction: 1 });
      const insert = await options.confirmInsert!({
        sheetName: "Suppliers",
        occupiedAddress: "Suppliers!C1:E31",
        occupiedHeaders: ["Notes"],
        action: "insert-sheet-columns",
        message: "m",
      });
      const large = await options.confirmLargeSelection!(300_000, 200_000);
      expect(options.signal).toBe(abort.signal);
      return report({ rowsScreened: insert && !large ? 30 : 0 });
    });
    const r = await s.screen(
      { countryKey: null, productKey: null },
      hooks({
        signal: abort.signal,
        onProgress: (p) => progress.push(p),
        confirmInsert: async (q) => {
          questions.push(q);
          return true;
        },
        confirmLargeSelection: async (q) => {
          questions.push(q);
          return false;
        },
      }),
    );
    expect(progress).toEqual([
      { done: 10, total: 30, activity: undefined },
      { done: 30, total: 30, activity: "Formatting the results" },
    ]);
    expect(questions).toEqual([
      { columnCount: 3, occupiedAddress: "Suppliers!C1:E31", occupiedHeaders: ["Notes"], action: "insert-sheet-columns" },
      { rowCount: 300_000, rowLimit: 200_000 },
    ]);
    expect(r.total).toBe(30);
  });

  it("filters and selects rows on the sheet of the last run", async () => {
    const { services: s, fake } = services();
    await s.describeSelection();
    fake.setScreen(async () => report({ sheetName: "Vendors" }));
    await s.screen({ countryKey: null, productKey: null }, hooks());
    await s.showFlaggedOnly();
    await s.clearFilter();
    await s.selectRow(5);
    expect(fake.calls.filter).toEqual(["Vendors"]);
    expect(fake.calls.clear).toEqual(["Vendors"]);
    expect(fake.calls.select).toEqual([["Vendors", 5]]);
  });

  it("reports the runtime's dataset and relays its changes", () => {
    const { services: s, datasetListeners } = services();
    expect(s.datasetInfo()).toEqual(datasetInfoOf(dataset));
    expect(s.datasetInfo()).toEqual({
      version: "2026-11-26",
      compiled: "2026-11-25",
      listingCount: 3,
      sources: [{ name: "CBP", address: "https://www.cbp.gov/x" }],
    });
    const seen: number[] = [];
    s.onDatasetChanged(() => seen.push(1));
    datasetListeners.forEach((l) => l());
    expect(seen).toEqual([1]);
  });
});

describe("readLastResults", () => {
  const auditRecord: AuditRecord = {
    screenedAt: "2026-11-26T14:02:00.000Z",
    datasetVersion: "2026-11-20",
    sheetName: "Vendors",
    supplierColumn: "B",
    resultsAddress: "Vendors!C1:E31",
    rowsScreened: 30,
    counts: { high: 1, review: 0, lifted: 0, none: 29 },
    complete: true,
  };

  it("is null for a workbook never screened", async () => {
    const { services: s, fake } = services();
    expect(await s.readLastResults()).toBeNull();
    expect(fake.summarySheets).toEqual([]);
  });

  it("reads the results back from the audited sheet, with the audited dataset version", async () => {
    const { services: s, fake } = services();
    fake.setAudit(auditRecord);
    fake.setSummary(async (sheet) => ({
      sheetName: sheet!,
      resultsAddress: "Vendors!C1:E31",
      counts: { high: 1, review: 0, lifted: 0, none: 29 },
      sector: null,
      total: 30,
      flagged: [{ sheetName: "Vendors", rowNumber: 9, supplier: "Hoshine", risk: "high", match: "Hoshine Silicon", note: "n" }],
    }));
    const last = await s.readLastResults();
    expect(fake.summarySheets).toEqual(["Vendors"]);
    expect(last?.sheetName).toBe("Vendors");
    expect(last?.report).toMatchObject({ total: 30, datasetVersion: "2026-11-20", partial: null, cancelled: false });
    expect(last?.report.flagged).toEqual([{ rowNumber: 9, supplier: "Hoshine", risk: "high", match: "Hoshine Silicon", note: "n" }]);
    // Filters and row selection then act on that sheet.
    await s.selectRow(9);
    expect(fake.calls.select).toEqual([["Vendors", 9]]);
  });

  it("is null when the result columns were removed since, and passes other failures on", async () => {
    const { services: s, fake } = services();
    fake.setAudit(auditRecord);
    expect(await s.readLastResults()).toBeNull();
    fake.setSummary(async () => {
      throw new ExcelAdapterError("read-failed", "Excel could not read the results.");
    });
    await expect(s.readLastResults()).rejects.toMatchObject({ code: "read-failed" });
  });
});
