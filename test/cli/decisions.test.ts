import { readFileSync } from "node:fs";
import * as path from "node:path";
import { bundledDataset, datasetFingerprint, Screener } from "../../src/core";
import { emptyDecisionCounts, formatResultBasis, subjectOf } from "../../src/core/decisions";
import { buildReportGrid, REPORT_SHEET_NAME } from "../../src/core/report";
import { carryDecisions, carrySummary, priorDecisionsFrom } from "../../src/cli/decisions";
import type { DecisionPlan } from "../../src/cli/decisions";
import { decisionValidation, putReportSheet } from "../../src/cli/decisions-xlsx";
import { editSheetXml } from "../../src/cli/xlsx/sheet-edit";
import { XlsxPackage } from "../../src/cli/xlsx/package";
import { worksheetParts } from "../../src/cli/xlsx/workbook-info";

const REGISTER = path.join(__dirname, "..", "fixtures", "cli", "workbooks", "register.xlsx");
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

  test("adds the report sheet to a workbook package as values with links back and two charts, re-created in place", () => {
    const dataset = bundledDataset();
    const grid = buildReportGrid(
      {
        createdAt: "2026-12-05T10:00:00Z",
        createdBy: "cli",
        screened: {
          sheetName: "Register",
          range: "Register!B4:B8",
          supplierColumn: "B",
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
            rowNumber: 4,
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
      "B",
    );
    const pkg = XlsxPackage.read(readFileSync(REGISTER));
    const first = putReportSheet(pkg, grid);
    expect(first.created).toBe(true);
    const again = putReportSheet(pkg, grid); // replaced in place, not duplicated
    expect(again).toEqual({ part: first.part, created: false });
    expect(worksheetParts(pkg).map((w) => w.name)).toEqual(["Cover", "Register", REPORT_SHEET_NAME]);
    const xml = pkg.text(first.part);
    const linkRow = grid.links[0].row + 1;
    expect(xml).toContain(`<hyperlink ref="A${linkRow}" location="'Register'!B4" display="Register!B4"/>`);
    expect(xml).toContain('<t xml:space="preserve">\'@SUM(1)</t>');
    expect(xml).not.toMatch(/<f[ >]/);
    // Two charts (by risk, by decision), and the first run's charts are gone.
    const charts = [...pkg.parts.keys()].filter((p) => p.startsWith("xl/charts/"));
    expect(charts).toHaveLength(2);
    expect(pkg.text("[Content_Types].xml").match(/drawingml\.chart\+xml/g)).toHaveLength(2);
    expect(pkg.text(charts[0])).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
  });

  test("a screened sheet whose name holds $' and $& links back intact", () => {
    const dataset = bundledDataset();
    const name = "Q1$'s $& list";
    const grid = buildReportGrid(
      {
        createdAt: "2026-12-05T10:00:00Z",
        createdBy: "cli",
        screened: {
          sheetName: name,
          range: `${name}!A2:A2`,
          supplierColumn: "A",
          countryColumn: null,
          productColumn: null,
          screenedAt: null,
          rowsScreened: 1,
        },
        dataset: { version: dataset.version, compiled: dataset.compiled, sha256: datasetFingerprint(dataset), sources: dataset.sources },
        counts: { high: 1, review: 0, lifted: 0, none: 0 },
        decisions: emptyDecisionCounts(),
        rows: [
          {
            rowNumber: 2,
            supplier: "X",
            risk: "high",
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
    const pkg = XlsxPackage.read(readFileSync(REGISTER));
    const xml = pkg.text(putReportSheet(pkg, grid).part);
    expect(xml).toContain(`location="'Q1$''s $&#38; list'!A2"`);
    expect(xml.match(/<pageMargins/g)).toHaveLength(1);
  });

  test("a new decision column gets the list validation, after existing ones", () => {
    // The validation goes in with the sheet's streamed edit (sheet-edit.ts), over the screened rows 2–9 of column G.
    const plan = {
      columns: [6, 7, 8, 9, 10],
      existing: [false, false, false, false, false],
      rowCount: 8,
      lastRowNumber: 9,
    } as unknown as DecisionPlan;
    const dataValidation = decisionValidation(plan, 1);
    const edit = (xml: string) =>
      editSheetXml(xml, {
        headerRow: 1,
        columns: [],
        headers: [],
        lastHeaderColumn: 0,
        results: new Map(),
        xf: { high: 0, review: 0, lifted: 0, none: 0 },
        widths: [],
        lastRow: 9,
        dataValidation,
      });
    const sheet =
      '<worksheet xmlns="x"><sheetData/><autoFilter ref="A1:C9"/><dataValidations count="1"><dataValidation sqref="A1"/></dataValidations><pageMargins/></worksheet>';
    const out = edit(sheet);
    expect(out).toMatch(
      /<dataValidations count="2"><dataValidation sqref="A1"\/><dataValidation type="list"[^>]*sqref="G2:G9"><formula1>"Cleared – not the listed firm,Confirmed – act on it,Escalated"<\/formula1>/,
    );
    const plain = edit('<worksheet xmlns="x"><sheetData></sheetData><autoFilter ref="A1:C9"/><hyperlinks/><pageMargins/></worksheet>');
    expect(plain).toMatch(/<\/sheetData><autoFilter [^>]*\/><dataValidations count="1">.*<\/dataValidations><hyperlinks\/>/);
    // An input that has the column keeps its own validation: none is added.
    expect(decisionValidation({ ...plan, existing: [true, false, false, false, false] }, 1)).toBeNull();
  });
});
