import { bundledDataset, datasetFingerprint } from "../../src/core";
import { emptyDecisionCounts } from "../../src/core/decisions";
import { buildReportGrid, type ReportInput } from "../../src/core/report";
import { emptySectorCounts } from "../../src/core/sector";

// The report sheet's sector-risk section (docs/sector-risk.md): counts by label, unreadable products, every row
// with a label and its note, each linked back to its row; absent when the run had no sector risk.
const dataset = bundledDataset();

function input(sector: ReportInput["sector"]): ReportInput {
  return {
    createdAt: "2026-12-05T10:20:00.000Z",
    createdBy: "Ann Buyer",
    screened: {
      sheetName: "Suppliers",
      range: "Suppliers!B2:B5",
      supplierColumn: 'B "Supplier"',
      countryColumn: 'C "Country"',
      productColumn: 'D "Product"',
      screenedAt: null,
      rowsScreened: 4,
    },
    dataset: { version: dataset.version, compiled: dataset.compiled, sha256: datasetFingerprint(dataset), sources: dataset.sources },
    counts: { high: 0, review: 0, lifted: 0, none: 4 },
    decisions: emptyDecisionCounts(),
    rows: [],
    sector,
  };
}

const sector = {
  list: "US Department of Labor's List of Goods Produced by Child Labor or Forced Labor (2022 edition)",
  counts: { ...emptySectorCounts(), "Forced labour": 1, "Input risk": 1, unmapped: 2 },
  rows: [
    {
      rowNumber: 3,
      supplier: "Glove Co",
      label: "Forced labour" as const,
      product: "Nitrile gloves",
      note: "Sector risk: Rubber Gloves from Malaysia …",
    },
    {
      rowNumber: 5,
      supplier: "=Solar",
      label: "Input risk" as const,
      product: "PV modules",
      note: "Sector risk: Solar Modules from China …",
    },
  ],
};

describe("report grid: sector risk", () => {
  it("counts each label and the unreadable products, and lists every row with a sector risk, linked to its row", () => {
    const grid = buildReportGrid(input(sector), "B");
    const at = (label: string) => grid.cells.findIndex((r) => r[0] === label);
    const heading = grid.cells.findIndex((r) => String(r[0]).startsWith("Sector risk (a separate signal"));
    expect(heading).toBeGreaterThan(grid.flaggedHeaderRow);
    expect(grid.headingRows).toContain(heading);
    expect(grid.cells[at("List")][1]).toBe(sector.list);
    expect(grid.cells[at("Forced labour")].slice(0, 2)).toEqual(["Forced labour", 1]);
    expect(grid.cells[at("Child labour")].slice(0, 2)).toEqual(["Child labour", 0]);
    expect(grid.cells[at("Forced and child labour")].slice(0, 2)).toEqual(["Forced and child labour", 0]);
    expect(grid.cells[at("Input risk")].slice(0, 2)).toEqual(["Input risk", 1]);
    expect(grid.cells[at("Product could not be read")].slice(0, 2)).toEqual(["Product could not be read", 2]);
    expect(grid.cells.some((r) => r[0] === "Rows with a sector risk (2)")).toBe(true);
    const first = grid.cells.findIndex((r) => r[0] === "Suppliers!B3");
    expect(grid.cells[first].slice(0, 5)).toEqual([
      "Suppliers!B3",
      "Glove Co",
      "Forced labour",
      "Nitrile gloves",
      "Sector risk: Rubber Gloves from Malaysia …",
    ]);
    expect(grid.tableHeaderRows).toContain(first - 1);
    // Text that Excel would read as a formula is kept as text.
    expect(grid.cells[first + 1][1]).toBe("'=Solar");
    expect(grid.links).toContainEqual({ row: first, column: 0, documentReference: "'Suppliers'!B3" });
    expect(grid.links).toContainEqual({ row: first + 1, column: 0, documentReference: "'Suppliers'!B5" });
    for (const row of grid.cells) expect(row).toHaveLength(grid.columnCount);
  });

  it("says so when no row has a sector risk", () => {
    const grid = buildReportGrid(input({ ...sector, counts: emptySectorCounts(), rows: [] }), "B");
    expect(grid.cells.some((r) => r[0] === "No rows with a sector risk.")).toBe(true);
  });

  it("has no sector section when the run had no sector risk", () => {
    for (const none of [null, undefined]) {
      const grid = buildReportGrid(input(none), "B");
      expect(grid.cells.some((r) => String(r[0]).startsWith("Sector risk"))).toBe(false);
    }
  });
});
