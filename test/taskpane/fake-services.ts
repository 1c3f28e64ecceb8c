import type {
  AuditRecord,
  DatasetInfo,
  InsertQuestion,
  LastResults,
  PaneServices,
  ScreenHooks,
  ScreenReport,
  ScreenRequest,
  SelectionSummary,
} from "../../src/taskpane/services";

/** A promise the test settles by hand, so every in-between state of the pane can be asserted. */
export interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}
export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export const SAMPLE_SELECTION: SelectionSummary = {
  sheetName: "Suppliers",
  columnLetter: "B",
  header: "Supplier",
  rowCount: 30,
  headers: [
    { key: "0", label: "ID" },
    { key: "1", label: "Supplier" },
    { key: "2", label: "Country" },
    { key: "3", label: "Product" },
  ],
  suggestedCountryKey: "2",
  suggestedProductKey: null,
};

export function sampleReport(overrides: Partial<ScreenReport> = {}): ScreenReport {
  return {
    total: 30,
    counts: { high: 2, review: 1, lifted: 1, none: 26 },
    skipped: 1,
    flagged: [
      { rowNumber: 3, supplier: "SUPERMAX GLOVE MFG SDN BHD", risk: "high", match: "Supermax Corporation Berhad", note: "" },
      { rowNumber: 7, supplier: "Hoshine Silicon Industry Co., Ltd.", risk: "high", match: "Hoshine Silicon Industry Co.", note: "" },
      { rowNumber: 12, supplier: "Xinjiang Cotton Traders", risk: "review", match: "", note: "Region rule: Xinjiang" },
    ],
    datasetVersion: "2026-11-26",
    partial: null,
    cancelled: false,
    ...overrides,
  };
}

export interface FakeServices extends PaneServices {
  calls: {
    describeSelection: number;
    screen: { request: ScreenRequest; hooks: ScreenHooks }[];
    showFlaggedOnly: number;
    showSectorRisk: number;
    clearFilter: number;
    selectRow: number[];
    readAudit: number;
    readLastResults: number;
  };
  /** Fires the Excel selection-changed event. */
  changeSelection(): void;
  selection: () => Promise<SelectionSummary>;
  /** Each screen() call takes the next behaviour; the default resolves with sampleReport(). */
  screenBehaviour: (request: ScreenRequest, hooks: ScreenHooks) => Promise<ScreenReport>;
  audit: AuditRecord | null;
  lastResults: LastResults | null;
  dataset: DatasetInfo;
  filterError: unknown;
  changeDataset(info: DatasetInfo): void;
}

export function createFakeServices(): FakeServices {
  const selectionListeners = new Set<() => void>();
  const datasetListeners = new Set<() => void>();
  const fake: FakeServices = {
    calls: {
      describeSelection: 0,
      screen: [],
      showFlaggedOnly: 0,
      showSectorRisk: 0,
      clearFilter: 0,
      selectRow: [],
      readAudit: 0,
      readLastResults: 0,
    },
    selection: async () => SAMPLE_SELECTION,
    screenBehaviour: async () => sampleReport(),
    audit: null,
    lastResults: null,
    filterError: null,
    dataset: {
      version: "2026-11-26",
      compiled: "2026-11-26",
      listingCount: 187,
      sources: [
        {
          name: "CBP Withhold Release Orders and Findings List",
          address: "https://www.cbp.gov/newsroom/stats/trade/withhold-release-orders-findings-dashboard",
        },
      ],
    },
    describeSelection() {
      fake.calls.describeSelection++;
      return fake.selection();
    },
    onSelectionChanged(listener) {
      selectionListeners.add(listener);
      return () => selectionListeners.delete(listener);
    },
    changeSelection() {
      selectionListeners.forEach((l) => l());
    },
    screen(request, hooks) {
      fake.calls.screen.push({ request, hooks });
      return fake.screenBehaviour(request, hooks);
    },
    async showFlaggedOnly() {
      fake.calls.showFlaggedOnly++;
      if (fake.filterError) throw fake.filterError;
    },
    async showSectorRisk() {
      fake.calls.showSectorRisk++;
      if (fake.filterError) throw fake.filterError;
    },
    async clearFilter() {
      fake.calls.clearFilter++;
      if (fake.filterError) throw fake.filterError;
    },
    async selectRow(row) {
      fake.calls.selectRow.push(row);
    },
    async readAudit() {
      fake.calls.readAudit++;
      return fake.audit;
    },
    async readLastResults() {
      fake.calls.readLastResults++;
      return fake.lastResults;
    },
    datasetInfo: () => fake.dataset,
    onDatasetChanged(listener) {
      datasetListeners.add(listener);
      return () => datasetListeners.delete(listener);
    },
    changeDataset(info) {
      fake.dataset = info;
      datasetListeners.forEach((l) => l());
    },
  };
  return fake;
}

/** An error shaped like the adapter's ExcelAdapterError, without depending on its module. */
export function adapterError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(message), { code, name: "ExcelAdapterError" });
}

export type { InsertQuestion };
