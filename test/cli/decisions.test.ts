import ExcelJS from "exceljs";
import { bundledDataset, datasetFingerprint, Screener } from "../../src/core";
import { emptyDecisionCounts, formatResultBasis, subjectOf } from "../../src/core/decisions";
import { buildReportGrid, REPORT_SHEET_NAME } from "../../src/core/report";
import { addReportSheet, carryDecisions, carrySummary, priorDecisionsFrom } from "../../src/cli/decisions";
import type { InputTable } from "../../src/cli/read-input";
import type { ScreenedRow } from "../../src/cli/screen-rows";

const screener = new Screener(bundledDataset());
const screen = (names: string[]): ScreenedRow[] =>
  names.map((name, i) => ({ row: { rowNumber: i + 2, cells: [name] }, input: name, result: screener.screen({ name }) }));

function previous(rows: unknown[][]): InputTable {
  return {
    format: "csv",
    path: "previous.csv",
    sheetName: "previous",
    sheetNames: ["previous"],
    headerRowNumber: 1,
    headerChosen: "first row",
    preamble: [],
    warnings: [],
    headers: [
      "Supplier",
      "WRO risk",
      "WRO match",
      "WRO notes",
      "WRO decision",
      "Decided by",
      "Decided on",
      "Decision reason",
      "Decision basis",
    ],
    rows: rows.map((cells, i) => ({ rowNumber: i + 2, cells })),
  };
}

describe("CLI decisions adapter", () => {
  test("reads an earlier file's decisions and carries them to a re-ordered file", () => {
    const [supermax] = screen(["Supermax Corporation Berhad"]);
    const basis = formatResultBasis(subjectOf("Supermax Corporation Berhad", supermax.result));
    const prior = priorDecisionsFrom(
      previous([
        ["Acme Widgets Ltd", "None", "", "", "", "", "", "", ""],
        ["Supermax Corporation Berhad", "Lifted", "…", "", "Cleared – not the listed firm", "Ann", "2026-12-01", "other address", basis],
        ["Gone Trading", "Review", "x", "", "Escalated", "Bo", "2026-12-02", "", ""],
      ]),
    );
    expect(prior.map((p) => p.origin)).toEqual([3, 4]);
    const result = carryDecisions(prior, screen(["Nordic Timber AB", "supermax corporation berhad"]));
    expect(result.rows[0]).toBeNull();
    expect(result.rows[1]).toMatchObject({ state: "current", prior: { decision: { value: "cleared", by: "Ann" } } });
    expect(carrySummary(result)).toBe("2 decisions carried forward: 1 kept, 0 outdated; 1 had no row in this file (earlier row 4).");
  });

  test("names what is missing in a file that is not a screened one", () => {
    expect(() => priorDecisionsFrom({ ...previous([]), headers: ["Supplier"] })).toThrow(/no "WRO risk" column/);
  });

  test("adds the report sheet to an .xlsx workbook as values with links back", () => {
    const dataset = bundledDataset();
    const grid = buildReportGrid(
      {
        createdAt: "2026-12-05T10:00:00Z",
        createdBy: "cli",
        screened: {
          sheetName: "Sheet1",
          range: "Sheet1!A2:A3",
          supplierColumn: "A",
          countryColumn: null,
          productColumn: null,
          screenedAt: null,
          rowsScreened: 2,
        },
        dataset: { version: dataset.version, compiled: dataset.compiled, sha256: datasetFingerprint(dataset), sources: dataset.sources },
        counts: { high: 0, review: 0, lifted: 1, none: 1 },
        decisions: emptyDecisionCounts(),
        rows: [
          {
            rowNumber: 2,
            supplier: "@SUM(1)",
            risk: "lifted",
            match: "m",
            listing: null,
            decision: null,
            decidedBy: "",
            decidedOn: "",
            reason: "",
            check: "",
          },
        ],
      },
      "A",
    );
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Sheet1");
    addReportSheet(workbook, grid);
    const sheet = addReportSheet(workbook, grid); // replaced, not duplicated
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Sheet1", REPORT_SHEET_NAME]);
    const linkRow = grid.links[0].row + 1;
    expect(sheet.getCell(linkRow, 1).value).toEqual({ text: "Sheet1!A2", hyperlink: "#'Sheet1'!A2" });
    expect(sheet.getCell(linkRow, 2).value).toBe("'@SUM(1)");
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeFalsy()));
  });
});
