import fc from "fast-check";
import { bundledDataset, datasetFingerprint } from "../../src/core";
import { emptyDecisionCounts } from "../../src/core/decisions";
import { METHOD_LINES, REPORT_SHEET_NAME, buildReportGrid, safeText, type ReportInput } from "../../src/core/report";

const dataset = bundledDataset();
const supermax = dataset.listings.find((l) => l.id === "wro-2021-10-21-supermax")!;

function input(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    createdAt: "2026-12-05T10:20:00.000Z",
    createdBy: "Ann Buyer",
    screened: {
      sheetName: "Supplier list",
      range: "'Supplier list'!B2:B240",
      supplierColumn: 'B "Supplier"',
      countryColumn: 'C "Country"',
      productColumn: null,
      screenedAt: "2026-12-05T10:00:00.000Z",
      rowsScreened: 239,
    },
    dataset: { version: dataset.version, compiled: dataset.compiled, sha256: datasetFingerprint(dataset), sources: dataset.sources },
    counts: { high: 2, review: 1, lifted: 1, none: 235 },
    decisions: { ...emptyDecisionCounts(), cleared: 1, undecided: 3, outdated: 1 },
    rows: [
      {
        rowNumber: 51,
        supplier: "Supermax Corporation Berhad",
        risk: "lifted",
        match: "Supermax … (CBP WRO 2021-10-21; lifted 2023-09-18)",
        listing: supermax,
        decision: "cleared",
        decidedBy: "Ann",
        decidedOn: "2026-12-01",
        reason: '=HYPERLINK("http://evil")',
        check: "",
      },
    ],
    ...overrides,
  };
}

const find = (cells: unknown[][], label: string) => cells.find((r) => r[0] === label);

describe("report grid", () => {
  it("states what was screened, with which dataset, counts and the method", () => {
    const grid = buildReportGrid(input(), "B");
    expect(REPORT_SHEET_NAME).toBe("WRO screening report");
    expect(grid.cells.every((r) => r.length === grid.columnCount)).toBe(true);
    expect(grid.cells[0][0]).toBe("WRO screening report");
    expect(find(grid.cells, "Created")?.[1]).toBe("5 Dec 2026 10:20 UTC");
    expect(find(grid.cells, "Created by")?.[1]).toBe("Ann Buyer");
    expect(find(grid.cells, "Range")?.[1]).toBe("'Supplier list'!B2:B240");
    expect(find(grid.cells, "SHA-256")?.[1]).toMatch(/^[0-9a-f]{64}$/);
    expect(find(grid.cells, dataset.sources[0].name)?.[1]).toBe(dataset.sources[0].address);
    expect(find(grid.cells, "High")?.[1]).toBe(2);
    expect(find(grid.cells, "Undecided")?.[1]).toBe(3);
    expect(find(grid.cells, "of which outdated decisions")?.[1]).toBe(1);
    for (const [term] of METHOD_LINES) expect(find(grid.cells, term)).toBeDefined();
    expect(String(find(grid.cells, "What a None does not prove")?.[1])).toMatch(/not a clearance/);
  });

  it("lists every flagged row with its listing facts, decision and a link back to the row", () => {
    const grid = buildReportGrid(input(), "B");
    const row = grid.cells[grid.flaggedHeaderRow + 1];
    expect(row.slice(0, 11)).toEqual([
      "Supplier list!B51",
      "Supermax Corporation Berhad",
      "Lifted",
      "Supermax … (CBP WRO 2021-10-21; lifted 2023-09-18)",
      "CBP Withhold Release Order",
      "2021-10-21",
      "lifted since 2023-09-18",
      "Cleared – not the listed firm",
      "Ann",
      "2026-12-01",
      '\'=HYPERLINK("http://evil")',
    ]);
    expect(grid.links).toEqual([{ row: grid.flaggedHeaderRow + 1, column: 0, documentReference: "'Supplier list'!B51" }]);
  });

  it("points each chart at its category and count cells", () => {
    const grid = buildReportGrid(input(), "B");
    expect(grid.charts.map((c) => grid.cells.slice(c.firstRow, c.firstRow + c.rowCount).map((r) => r[0]))).toEqual([
      ["High", "Review", "Lifted", "None"],
      ["Cleared – not the listed firm", "Confirmed – act on it", "Escalated", "Undecided"],
    ]);
  });

  it("says so when nothing was flagged", () => {
    const grid = buildReportGrid(input({ rows: [] }), "B");
    expect(grid.cells[grid.flaggedHeaderRow + 1][0]).toBe("No flagged rows.");
  });

  it("never lets a text cell start like a formula", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (supplier, reason, by) => {
        const base = input();
        const grid = buildReportGrid({ ...base, createdBy: by, rows: [{ ...base.rows[0], supplier, reason, decidedBy: by }] }, "B");
        for (const row of grid.cells) for (const cell of row) if (typeof cell === "string") expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
    expect(safeText("-5 Ltd")).toBe("'-5 Ltd");
    expect(safeText("Acme")).toBe("Acme");
  });
});
