// Decision columns and the report sheet with the real core, the real Screener and the fake Excel host.
import { bundledDataset, datasetFingerprint, Screener, type Dataset } from "../../src/core";
import { parseBasisCell } from "../../src/core/decisions";
import { buildReportGrid, REPORT_SHEET_NAME } from "../../src/core/report";
import { DECISION_LIST_SOURCE, readDecisionRows, setDecisions, showFlaggedOnly, writeReport } from "../../src/excel";
import { DECISION_COLUMN_HEADERS, prepareDecisionColumns } from "../../src/excel/decisions";
import { ScreeningController } from "../../src/taskpane/controller";
import { createFakeExcel, FakeOfficeError, rectLocal } from "../support/fake-excel";

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

describe("Excel's filter buttons over the decision columns", () => {
  // A list whose last column is the supplier's: the run's buttons cover Owner..WRO notes (A1:E5), and the decision
  // columns F:J come right of them (a list with columns right of the results is different: the decision columns
  // are inserted inside its buttons' range, which Excel widens).
  const listFake = () =>
    createFakeExcel({
      sheets: {
        Suppliers: {
          values: [
            ["Owner", "Supplier"],
            ["Ann", SUPERMAX],
            ["Bob", "Acme Widgets Ltd"],
            ["Cy", HOSHINE],
            ["Di", "Nordic Timber AB"],
          ],
        },
      },
      selection: "Suppliers!B1",
    });
  type Fake = ReturnType<typeof listFake>;
  const FLAGGED = ["High", "Lifted"];
  const BUTTONS = { r0: 0, c0: 0, r1: 4, c1: 4 }; // A1:E5
  const WIDENED = { r0: 0, c0: 0, r1: 4, c1: 9 }; // A1:J5, through "Decision basis"
  const screen = async (fake: Fake, options: { decisions: boolean; applyFormatting?: boolean }) => {
    const controller = new ScreeningController({ run: fake.run, getScreener: () => new Screener(bundledDataset()) });
    return controller.screenColumn({ selection: await controller.describeSelection(), confirmInsert: async () => true, ...options });
  };
  /** What a user does with Excel's own buttons: a criterion on one column of the sheet's AutoFilter. */
  const filterBy = (fake: Fake, columnIndex: number, values: string[]) =>
    fake.run(async (ctx) => {
      const filter = ctx.workbook.worksheets.getItem("Suppliers").autoFilter;
      filter.apply(filter.getRange(), columnIndex, { filterOn: "Values", values });
    });
  const hidden = (fake: Fake) => [1, 2, 3, 4].filter((r) => fake.sheet("Suppliers").isRowHidden(r));

  test("are widened when decision columns are added; a criterion on WRO risk keeps its column and its rows", async () => {
    const fake = listFake();
    await screen(fake, { decisions: false });
    const sheet = fake.sheet("Suppliers");
    expect(sheet.autoFilter?.rect).toEqual(BUTTONS);
    await filterBy(fake, 2, FLAGGED);
    expect(hidden(fake)).toEqual([2, 4]); // Acme and Nordic (None)
    // Before the decision columns, Excel's buttons cannot reach column F.
    await expect(filterBy(fake, 5, [""])).rejects.toMatchObject({ code: "InvalidArgument" });

    await screen(fake, { decisions: true });
    expect(fake.values("Suppliers", "F1:J1")[0]).toEqual([...DECISION_COLUMN_HEADERS]);
    expect(sheet.autoFilter?.rect).toEqual(WIDENED);
    expect([...sheet.autoFilter!.criteria]).toEqual([[2, FLAGGED]]);
    expect(hidden(fake)).toEqual([2, 4]);
    // The basis records were written with the filter off, beside their own suppliers.
    expect(parseBasisCell(fake.values("Suppliers", "J4")[0][0])?.latest?.supplier).toBe(HOSHINE);

    // A manager now filters the flagged rows by decision with Excel's own button on "WRO decision".
    await fake.run((ctx) =>
      setDecisions(ctx, { sheetName: "Suppliers", decisionFirstColumn: 5, rowNumbers: [2], value: "cleared", by: "Ann", on: "2026-12-01" }),
    );
    await filterBy(fake, 5, ["Cleared – not the listed firm"]);
    expect(hidden(fake)).toEqual([2, 3, 4]);
    expect([...sheet.autoFilter!.criteria.keys()]).toEqual([2, 5]);
  });

  test("a re-run keeps the widened filter and both criteria; widening adds one sync of its own", async () => {
    const fake = listFake();
    await screen(fake, { decisions: true }); // buttons set, then widened, in one run
    const sheet = fake.sheet("Suppliers");
    expect(sheet.autoFilter?.rect).toEqual(WIDENED);
    await filterBy(fake, 2, FLAGGED);
    await filterBy(fake, 5, [""]); // undecided flagged rows
    expect(hidden(fake)).toEqual([2, 4]);

    const again = await screen(fake, { decisions: true });
    expect(sheet.autoFilter?.rect).toEqual(WIDENED);
    expect(new Map(sheet.autoFilter!.criteria)).toEqual(
      new Map([
        [2, FLAGGED],
        [5, [""]],
      ]),
    );
    expect(hidden(fake)).toEqual([2, 4]);

    // The same re-run on a sheet whose buttons still end at "WRO notes" (made before the widening existed).
    const old = listFake();
    await screen(old, { decisions: true });
    old.sheet("Suppliers").autoFilter = { rect: { ...BUTTONS }, criteria: new Map([[2, FLAGGED]]) };
    const widened = await screen(old, { decisions: true });
    expect(old.sheet("Suppliers").autoFilter).toEqual({ rect: WIDENED, criteria: new Map([[2, FLAGGED]]) });
    expect(hidden(old)).toEqual([2, 4]);
    // The widening is sent in a sync of its own, so that a refusal is the filter's alone (see the tests below).
    expect(widened.syncs).toBe(again.syncs + 1);
  });

  /** Excel refuses the `apply` that puts the buttons on the wider range, after the `remove` before it was done. */
  const refuseWidening = (fake: Fake, options: { alsoTheRestore?: boolean } = {}) => {
    let removed = false;
    return fake.refuseOperation((op, info) => {
      if (op.name === "AutoFilter.remove") removed = true;
      const widening = info.operations[op.index - 1] === "AutoFilter.remove";
      return op.name === "AutoFilter.apply" && (widening || (options.alsoTheRestore && removed))
        ? new FakeOfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.")
        : null;
    });
  };

  test("a refused widening: the user's filter is put back (range and criteria), the run finishes and says so", async () => {
    const fake = listFake();
    await screen(fake, { decisions: false });
    const sheet = fake.sheet("Suppliers");
    await filterBy(fake, 2, FLAGGED);
    refuseWidening(fake);
    const report = await screen(fake, { decisions: true });
    expect(sheet.autoFilter).toEqual({ rect: BUTTONS, criteria: new Map([[2, FLAGGED]]) });
    expect(hidden(fake)).toEqual([2, 4]);
    expect(report.filterNotice).toMatch(/not widened over the decision columns \(Excel refused it: The argument is invalid/);
    expect(report.filterNotice).toContain("Your filter on Suppliers!A1:E5 is as it was, still filtering column C (High, Lifted).");
    // The decision columns and their basis records are there all the same.
    expect(fake.values("Suppliers", "F1:J1")[0]).toEqual([...DECISION_COLUMN_HEADERS]);
    expect(report.decisions?.counts).toBeDefined();
    expect(parseBasisCell(fake.values("Suppliers", "J4")[0][0])?.latest?.supplier).toBe(HOSHINE);
  });

  test("when Excel will not put the filter back either, the notice says where it was and what it filtered", async () => {
    const fake = listFake();
    await screen(fake, { decisions: false });
    await filterBy(fake, 2, FLAGGED);
    refuseWidening(fake, { alsoTheRestore: true });
    const report = await screen(fake, { decisions: true });
    expect(fake.sheet("Suppliers").autoFilter).toBeNull();
    expect(report.filterNotice).toContain("Excel would not put your filter back either");
    expect(report.filterNotice).toContain("It was on Suppliers!A1:E5, filtering column C (High, Lifted): set it again with Data > Filter.");
    expect(parseBasisCell(fake.values("Suppliers", "J4")[0][0])?.latest?.supplier).toBe(HOSHINE);
  });

  test("a sheet protected since the run began: Excel refuses to remove its AutoFilter, which stays as it was", async () => {
    const fake = listFake();
    await screen(fake, { decisions: true });
    const sheet = fake.sheet("Suppliers");
    // Buttons from before the widening existed, filtered by the user, then the sheet protected with "Use AutoFilter".
    sheet.autoFilter = { rect: { ...BUTTONS }, criteria: new Map([[2, FLAGGED]]) };
    sheet.protected = true;
    sheet.allowAutoFilter = true;
    const block = { sheetName: "Suppliers", resultsFirstColumn: 2, resultColumnCount: 3, headerRowIndex: 0, lastRowIndex: 4 };
    const prepared = await fake.run((ctx) => prepareDecisionColumns(ctx, block));
    expect(prepared).toMatchObject({ firstColumnIndex: 5, mode: "existing", filterExtended: false });
    expect(prepared.filterNotice).toContain("(the sheet is protected). Your filter on Suppliers!A1:E5 is as it was");
    expect(sheet.autoFilter).toEqual({ rect: BUTTONS, criteria: new Map([[2, FLAGGED]]) });
  });

  test("a user's own AutoFilter over another range is left as it is", async () => {
    const fake = listFake();
    const sheet = fake.sheet("Suppliers");
    await screen(fake, { decisions: false });
    // The user replaces the buttons with their own over Supplier and WRO risk only.
    sheet.autoFilter = { rect: { r0: 0, c0: 1, r1: 4, c1: 2 }, criteria: new Map([[1, FLAGGED]]) };
    const report = await screen(fake, { decisions: true });
    expect(report.decisions).toBeDefined();
    expect(sheet.autoFilter).toEqual({ rect: { r0: 0, c0: 1, r1: 4, c1: 2 }, criteria: new Map([[1, FLAGGED]]) });
    expect(hidden(fake)).toEqual([2, 4]);
  });

  test("no AutoFilter: none is added with the decision columns", async () => {
    const fake = listFake();
    const report = await screen(fake, { decisions: true, applyFormatting: false });
    expect(report.decisions).toBeDefined();
    expect(fake.values("Suppliers", "F1:J1")[0]).toEqual([...DECISION_COLUMN_HEADERS]);
    expect(fake.sheet("Suppliers").autoFilter).toBeNull();
  });

  test("a table in the decision columns' cells stops the widening: the list's buttons stay as they were", async () => {
    const fake = createFakeExcel({
      sheets: { Suppliers: { values: [[""], [""], ["Owner", "Supplier"], ["Ann", SUPERMAX], ["Bob", "Acme Widgets Ltd"]] } },
      selection: "Suppliers!B3",
    });
    await screen(fake, { decisions: false });
    const sheet = fake.sheet("Suppliers");
    const buttons = { r0: 2, c0: 0, r1: 4, c1: 4 }; // A3:E5
    expect(sheet.autoFilter?.rect).toEqual(buttons);
    // Then the user adds a table H1:H4 whose header is above the list and whose empty body reaches into its rows:
    // the decision cells F3:J5 hold no values (no insert), but a sheet AutoFilter over them would overlap the table.
    sheet.cellForWrite(0, 7).value = "Plan";
    fake.workbook.tables.push({ name: "Plan", sheet, rect: { r0: 0, c0: 7, r1: 3, c1: 7 }, filters: new Map() });
    const report = await screen(fake, { decisions: true });
    expect(report.decisions).toBeDefined();
    expect(fake.values("Suppliers", "F3:J3")[0]).toEqual([...DECISION_COLUMN_HEADERS]);
    expect(sheet.autoFilter?.rect).toEqual(buttons);
  });

  test("a list in a table gets no decision columns, and its table filter is left as it is", async () => {
    const fake = createFakeExcel({
      sheets: {
        Suppliers: {
          values: [["Supplier"], [SUPERMAX], ["Acme Widgets Ltd"], [HOSHINE], ["Nordic Timber AB"]],
          tables: [{ name: "List", address: "A1:A5" }],
        },
      },
      selection: "Suppliers!A1",
    });
    await screen(fake, { decisions: false });
    await fake.run((ctx) => showFlaggedOnly(ctx, "Suppliers"));
    const table = fake.workbook.tables.find((t) => t.name === "List")!;
    const before = { rect: { ...table.rect }, filters: new Map(table.filters) };
    expect(before.filters.size).toBe(1);
    const report = await screen(fake, { decisions: true });
    expect(report.decisions).toBeUndefined();
    expect(fake.values("Suppliers", "A1:I1")[0]).not.toContain("WRO decision");
    expect({ rect: table.rect, filters: table.filters }).toEqual(before);
    expect(fake.sheet("Suppliers").autoFilter).toBeNull();
  });
});
