// Decision columns and the report sheet with the real core, the real Screener and the fake Excel host.
import { bundledDataset, datasetFingerprint, Screener, type Dataset } from "../../src/core";
import { parseBasisCell } from "../../src/core/decisions";
import { buildReportGrid, REPORT_SHEET_NAME } from "../../src/core/report";
import { DECISION_LIST_SOURCE, readDecisionRows, setDecisions, writeReport } from "../../src/excel";
import { ScreeningController } from "../../src/taskpane/controller";
import { createFakeExcel, rectLocal } from "../support/fake-excel";

const SUPERMAX = "Supermax Corporation Berhad";
const HOSHINE = "Hoshine Silicon Industry Co., Ltd.";

function reimposed(): Dataset {
  const ds = structuredClone(bundledDataset());
  const l = ds.listings.find((x) => x.id === "wro-2021-10-21-supermax")!;
  l.status = "active";
  l.statusText = "test: re-imposed";
  ds.version = "2027-01-10";
  return ds;
}

function setup() {
  const fake = createFakeExcel({
    sheets: {
      Suppliers: {
        values: [
          ["Supplier", "", "", "", "Owner"],
          [SUPERMAX, "", "", "", "Ann"],
          ["Acme Widgets Ltd", "", "", "", "Bob"],
          [HOSHINE, "", "", "", "Cy"],
          ["Nordic Timber AB", "", "", "", "Di"],
        ],
      },
    },
    selection: "Suppliers!A1",
  });
  return fake;
}

describe("decision columns", () => {
  test("are added once beside the results, with the list, and the user's data moves right, not overwritten", async () => {
    const fake = setup();
    const controller = new ScreeningController({ run: fake.run, getScreener: () => new Screener(bundledDataset()) });
    const asked: string[] = [];
    const report = await controller.screenColumn({
      selection: await controller.describeSelection(),
      decisions: true,
      confirmInsert: async (r) => (asked.push(r.message), true),
    });
    expect(fake.values("Suppliers", "E1:J1")[0]).toEqual([
      "WRO decision",
      "Decided by",
      "Decided on",
      "Decision reason",
      "Decision basis",
      "Owner",
    ]);
    expect(fake.values("Suppliers", "J2:J5").flat()).toEqual(["Ann", "Bob", "Cy", "Di"]);
    expect(asked).toHaveLength(1);
    expect(fake.cell("Suppliers", "E2")?.validation).toEqual({ list: { inCellDropDown: true, source: DECISION_LIST_SOURCE } });
    expect(parseBasisCell(fake.values("Suppliers", "I2")[0][0])?.latest).toMatchObject({
      listingId: "wro-2021-10-21-supermax",
      risk: "lifted",
    });
    expect(fake.values("Suppliers", "I3")[0][0]).toBe(""); // None rows carry no record
    expect(report.decisions?.counts).toMatchObject({ undecided: 2, cleared: 0 });
  });

  test("survive sorting and a dataset update; a re-imposed listing outdates its decision, nothing is rewritten", async () => {
    const fake = setup();
    let screener = new Screener(bundledDataset());
    const controller = new ScreeningController({ run: fake.run, getScreener: () => screener });
    const run = async () => controller.screenColumn({ selection: await controller.describeSelection(), decisions: true });
    await run();

    // The pane's quick decision on row 2, and a decision typed by hand on row 4, with the user's own fill.
    await fake.run((ctx) =>
      setDecisions(ctx, { sheetName: "Suppliers", decisionFirstColumn: 4, rowNumbers: [2], value: "cleared", by: "Ann", on: "2026-12-01" }),
    );
    const sheet = fake.sheet("Suppliers");
    sheet.cellForWrite(3, 4).value = "Escalated";
    sheet.cellForWrite(3, 7).value = "asked legal";
    sheet.cellForWrite(3, 4).fill = "#FFFF00";
    expect(parseBasisCell(fake.values("Suppliers", "I2")[0][0])?.decided).toMatchObject({ value: "cleared", outdated: null });

    // The user sorts the whole list (rows 2..5 reversed), then the dataset is updated and the list re-screened.
    fake.workbook.permuteRows(sheet, 1, [3, 2, 1, 0]);
    const before = fake.values("Suppliers", "A2:H5");
    screener = new Screener(reimposed());
    const report = await run();

    expect(fake.values("Suppliers", "A2:H5").map((r) => [r[0], ...r.slice(4)])).toEqual(before.map((r) => [r[0], ...r.slice(4)]));
    expect(fake.cell("Suppliers", "E3")?.fill).toBe("#FFFF00");
    expect(fake.cell("Suppliers", "E3")?.validation?.list.source).toBe(DECISION_LIST_SOURCE);
    const supermaxRow = fake.values("Suppliers", "A5:I5")[0];
    expect(supermaxRow[0]).toBe(SUPERMAX);
    expect(String(supermaxRow[8])).toMatch(/^Decision outdated: the listing's status is now in force \(was lifted\)/);
    const hoshineRow = fake.values("Suppliers", "A3:I3")[0];
    expect(hoshineRow[0]).toBe(HOSHINE);
    expect(String(hoshineRow[8])).toMatch(/^Decision stands\./);
    expect(report.decisions?.counts).toEqual({ undecided: 1, cleared: 0, confirmed: 0, escalated: 1, outdated: 1 });
    expect(report.decisions?.rows.find((r) => r.rowNumber === 5)).toMatchObject({ state: "outdated", value: "cleared" });
  });
});

describe("setDecisions under a filter", () => {
  test("decides only the rows the user can see: a selection across a filtered list skips the hidden rows", async () => {
    const fake = setup();
    const controller = new ScreeningController({ run: fake.run, getScreener: () => new Screener(bundledDataset()) });
    await controller.screenColumn({ selection: await controller.describeSelection(), decisions: true, confirmInsert: async () => true });
    const sheet = fake.sheet("Suppliers");
    const rect = sheet.autoFilter?.rect ?? { r0: 0, c0: 0, r1: 4, c1: 9 };
    // "Show flagged only" by hand: the None rows 3 and 5 are hidden.
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Suppliers");
      ws.autoFilter.apply(ws.getRange(rectLocal(rect)), 1 - rect.c0, { filterOn: "Values", values: ["High", "Lifted"] });
    });
    expect(sheet.isRowHidden(2)).toBe(true);
    const written = await fake.run((ctx) =>
      setDecisions(ctx, {
        sheetName: "Suppliers",
        decisionFirstColumn: 4,
        rowNumbers: [2, 3, 4],
        value: "cleared",
        by: "Ann",
        on: "2026-12-01",
      }),
    );
    expect(written).toBe(2);
    expect(fake.values("Suppliers", "E2:E4").map((r) => r[0])).toEqual([
      "Cleared – not the listed firm",
      "",
      "Cleared – not the listed firm",
    ]);
  });
});

describe("report sheet", () => {
  test("is written as values with a chart per count table, links back to rows, and re-created in place", async () => {
    const fake = setup();
    const dataset = bundledDataset();
    const controller = new ScreeningController({ run: fake.run, getScreener: () => new Screener(dataset) });
    const run = await controller.screenColumn({ selection: await controller.describeSelection(), decisions: true });
    const make = () =>
      fake.run(async (ctx) => {
        const { rows, counts } = await readDecisionRows(ctx, {
          sheetName: "Suppliers",
          resultsFirstColumn: 1,
          headerRowIndex: 0,
          lastRowIndex: 4,
          decisionFirstColumn: 4,
        });
        const byId = new Map(dataset.listings.map((l) => [l.id, l]));
        const grid = buildReportGrid(
          {
            createdAt: "2026-12-05T10:00:00Z",
            createdBy: "=Ann",
            screened: {
              sheetName: "Suppliers",
              range: "Suppliers!A2:A5",
              supplierColumn: 'A "Supplier"',
              countryColumn: null,
              productColumn: null,
              screenedAt: run.screenedAt,
              rowsScreened: run.rowsScreened,
            },
            dataset: {
              version: dataset.version,
              compiled: dataset.compiled,
              sha256: datasetFingerprint(dataset),
              sources: dataset.sources,
            },
            counts: run.counts,
            decisions: counts,
            rows: rows.map((r) => ({
              rowNumber: r.rowNumber,
              supplier: r.supplier,
              risk: r.riskLabel === "High" ? "high" : r.riskLabel === "Review" ? "review" : r.riskLabel === "Lifted" ? "lifted" : "none",
              match: r.match,
              listing: r.listingId ? (byId.get(r.listingId) ?? null) : null,
              decision: r.value,
              decidedBy: r.decidedBy,
              decidedOn: r.decidedOn,
              reason: r.reason,
              check: r.message,
            })),
          },
          "A",
        );
        return { grid, written: await writeReport(ctx, grid) };
      });
    const first = await make();
    expect(first.written.created).toBe(true);
    const report = fake.sheet(REPORT_SHEET_NAME);
    expect(report.charts.map((c) => [c.chartType, c.title])).toEqual([
      ["ColumnClustered", "Rows by risk"],
      ["ColumnClustered", "Flagged rows by decision"],
    ]);
    const chart = report.charts[0];
    expect(fake.values(REPORT_SHEET_NAME, `A${chart.source.r0 + 1}:B${chart.source.r1 + 1}`)).toEqual([
      ["High", run.counts.high],
      ["Review", run.counts.review],
      ["Lifted", run.counts.lifted],
      ["None", run.counts.none],
    ]);
    const linkRow = first.grid.links[0].row;
    expect(report.cell(linkRow, 0)?.hyperlink?.documentReference).toMatch(/^'Suppliers'!A\d+$/);
    // Nothing on the report is a formula, even text written by a user that starts with "=".
    expect(Object.values(fake.snapshot(REPORT_SHEET_NAME)).every((c) => c.formula === null)).toBe(true);
    expect(fake.values(REPORT_SHEET_NAME, "B3")[0][0]).toBe("'=Ann");

    const sheetsBefore = fake.workbook.sheets.length;
    const second = await make();
    expect(second.written.created).toBe(false);
    expect(fake.workbook.sheets.length).toBe(sheetsBefore);
    expect(report.charts).toHaveLength(2);
  });
});
