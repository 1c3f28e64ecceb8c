// The "Sector risk" column (issue 14, docs/sector-risk.md) through the adapter, with the real List of Goods and
// product terms, a fake screener for the WRO risk, and the fake Excel host.
import { Screener, bundledDataset } from "../../src/core";
import { readDecisionRows } from "../../src/excel";
import { ScreeningController, type ScreenColumnOptions } from "../../src/taskpane/controller";
import { createDecisionServices } from "../../src/taskpane/decisions/decisions-service";
import { createFakeExcel, type FakeExcelSpec } from "../support/fake-excel";
import { createFakeScreener } from "../support/fake-screener";

const LIST = [
  ["Supplier", "Country", "Product"],
  ["Hoshine Silicon", "China", "Polysilicon"], // High (fake screener); Forced labour
  ["Acme Ltd", "Malaysia", "Nitrile examination gloves"], // Forced labour
  ["Cotton Co", "Turkmenistan", "Raw cotton"], // Review; Forced and child labour
  ["Old Farm", "Peru", "Consulting services"], // Lifted; a service: no sector risk, not unreadable
  ["", "India", "Bricks"], // no supplier: the row stays blank
  ["Globex", "USA", "Widgets"], // unreadable product
  ["Initech", "China", "Solar modules"], // Input risk
];

function setup(spec: FakeExcelSpec, screener = createFakeScreener()) {
  const fake = createFakeExcel(spec);
  const controller = new ScreeningController({ run: fake.run, getScreener: () => screener, now: () => new Date("2026-12-05T12:00:00Z") });
  const screen = async (options: Partial<ScreenColumnOptions> = {}) =>
    controller.screenColumn({ selection: await controller.describeSelection(), ...options });
  return { fake, controller, screen };
}

const markerFormulas = (fake: ReturnType<typeof createFakeExcel>) =>
  fake.workbook
    .allNames()
    .filter((n) => n.name.startsWith("WRO_Results_"))
    .map((n) => n.formula);

describe("the Sector risk column", () => {
  test("with a product column, a fourth column beside the results gets the labels; the user's columns move right intact", async () => {
    const { fake, screen } = setup({ sheets: { S: { values: LIST } }, selection: "S!A1" });
    const asked: number[] = [];
    const report = await screen({
      countryColumnIndex: 1,
      productColumnIndex: 2,
      confirmInsert: async (r) => (asked.push(r.columnCount ?? 0), true),
    });

    expect(asked).toEqual([4]);
    expect(fake.values("S", "A1:G1")[0]).toEqual(["Supplier", "WRO risk", "WRO match", "WRO notes", "Sector risk", "Country", "Product"]);
    expect(fake.values("S", "F2:G8")).toEqual(LIST.slice(1).map((r) => [r[1], r[2]]));
    expect(fake.values("S", "E2:E8").flat()).toEqual([
      "Forced labour",
      "Forced labour",
      "Forced and child labour",
      "",
      "",
      "",
      "Input risk",
    ]);
    // Sector risk never changes the WRO risk.
    expect(fake.values("S", "B2:B8").flat()).toEqual(["High", "None", "Review", "Lifted", "", "None", "None"]);
    expect(fake.numberFormats("S", "E2:E3").flat()).toEqual(["@", "@"]);
    expect(String(fake.values("S", "D3")[0][0])).toMatch(
      /Sector risk: Rubber Gloves from Malaysia \(forced labour\) is on the US Department of Labor's List of Goods .*not a finding about this supplier\.$/,
    );
    expect(String(fake.values("S", "D5")[0][0])).toBe("Matches Old Farm Ltd (Peru).");
    expect(String(fake.values("S", "D7")[0][0])).toBe("No match on the lists.");
    expect(report.sector).toEqual({
      "Forced labour": 2,
      "Child labour": 0,
      "Forced and child labour": 1,
      "Input risk": 1,
      unmapped: 1,
    });
    expect(report.counts).toEqual({ high: 1, review: 1, lifted: 1, none: 3 });
    expect(report.placement).toMatchObject({ columnCount: 4, sectorLetter: "E", letters: ["B", "C", "D"] });
    expect(markerFormulas(fake)).toEqual(["=S!$B$1:$E$8"]);
    // Filter buttons reach over the whole list, Sector risk included.
    expect(fake.sheet("S").autoFilter?.rect).toEqual({ r0: 0, c0: 0, r1: 7, c1: 6 });
  });

  test("without a product column there is no Sector risk column and no sector report", async () => {
    const { fake, screen } = setup({ sheets: { S: { values: LIST } }, selection: "S!A1" });
    const report = await screen({ countryColumnIndex: 1 });
    expect(fake.values("S", "A1:F1")[0]).toEqual(["Supplier", "WRO risk", "WRO match", "WRO notes", "Country", "Product"]);
    expect(report.sector).toBeNull();
    expect(report.placement.columnCount).toBe(3);
    expect(markerFormulas(fake)).toEqual(["=S!$B$1:$D$8"]);
  });

  test("a re-run updates the four columns in place: nothing inserted, nothing asked", async () => {
    const { fake, screen } = setup({ sheets: { S: { values: LIST } }, selection: "S!A1" });
    await screen({ countryColumnIndex: 1, productColumnIndex: 2 });
    fake.sheet("S").cellForWrite(2, 5).value = "Turkmenistan"; // Acme's country: F3
    const asked: string[] = [];
    const again = await screen({ countryColumnIndex: 5, productColumnIndex: 6, confirmInsert: async (r) => (asked.push(r.message), true) });
    expect(asked).toEqual([]);
    expect(again.placement.mode).toBe("updated-in-place");
    expect(fake.values("S", "A1:G1")[0]).toEqual(["Supplier", "WRO risk", "WRO match", "WRO notes", "Sector risk", "Country", "Product"]);
    expect(fake.values("S", "E3")[0][0]).toBe(""); // gloves are listed for Malaysia, not Turkmenistan
    expect(markerFormulas(fake)).toEqual(["=S!$B$1:$E$8"]);
  });

  test("a block made without it gains Sector risk by one inserted column; the user's column beside it moves right", async () => {
    const values = LIST.map((r, i) => [r[0], "", "", "", i === 0 ? "Owner" : `owner ${i}`, r[1], r[2]]);
    const { fake, screen } = setup({ sheets: { S: { values } }, selection: "S!A1" });
    await screen({ countryColumnIndex: 5 }); // B:D are empty: results there, 3 wide
    expect(markerFormulas(fake)).toEqual(["=S!$B$1:$D$8"]);
    await screen({ countryColumnIndex: 5 }); // in place
    expect(markerFormulas(fake)).toEqual(["=S!$B$1:$D$8"]);

    const asked: Array<{ count: number | undefined; message: string }> = [];
    const report = await screen({
      countryColumnIndex: 5,
      productColumnIndex: 6,
      confirmInsert: async (r) => (asked.push({ count: r.columnCount, message: r.message }), true),
    });
    expect(asked).toEqual([
      { count: 1, message: expect.stringMatching(/Column E right of "WRO notes" holds your data\. Insert one new column/) },
    ]);
    expect(report.placement).toMatchObject({ mode: "updated-in-place", columnCount: 4 });
    expect(fake.values("S", "A1:H1")[0]).toEqual([
      "Supplier",
      "WRO risk",
      "WRO match",
      "WRO notes",
      "Sector risk",
      "Owner",
      "Country",
      "Product",
    ]);
    expect(fake.values("S", "F2:F8").flat()).toEqual(values.slice(1).map((r) => r[4]));
    expect(fake.values("S", "E2")[0][0]).toBe("Forced labour");
    expect(markerFormulas(fake)).toEqual(["=S!$B$1:$E$8"]);
  });

  test("declining that insert changes nothing", async () => {
    const values = LIST.map((r, i) => [r[0], "", "", "", i === 0 ? "Owner" : `owner ${i}`, r[1], r[2]]);
    const { fake, screen } = setup({ sheets: { S: { values } }, selection: "S!A1" });
    await screen({ countryColumnIndex: 5 });
    const before = fake.snapshot("S");
    await expect(screen({ countryColumnIndex: 5, productColumnIndex: 6, confirmInsert: async () => false })).rejects.toMatchObject({
      code: "insert-declined",
    });
    expect(fake.snapshot("S")).toEqual(before);
    expect(markerFormulas(fake)).toEqual(["=S!$B$1:$D$8"]);
  });

  test("a block that has Sector risk keeps it when re-run without a product column, with its cells blanked", async () => {
    const { fake, screen } = setup({ sheets: { S: { values: LIST } }, selection: "S!A1" });
    await screen({ countryColumnIndex: 1, productColumnIndex: 2 });
    const report = await screen({ countryColumnIndex: 5 });
    expect(report.sector).toBeNull();
    expect(report.placement.columnCount).toBe(4);
    expect(fake.values("S", "E1:E8").flat()).toEqual(["Sector risk", "", "", "", "", "", "", ""]);
    expect(String(fake.values("S", "D3")[0][0])).not.toMatch(/Sector risk/);
  });

  test("in an Excel table the four results are table columns, and Show sector risk uses the table's filter", async () => {
    const { fake, controller, screen } = setup({
      sheets: { S: { values: LIST, tables: [{ name: "T", address: "A1:C8" }] } },
      selection: "S!A1",
    });
    await screen({ countryColumnIndex: 1, productColumnIndex: 2 });
    expect(fake.values("S", "A1:G1")[0]).toEqual(["Supplier", "WRO risk", "WRO match", "WRO notes", "Sector risk", "Country", "Product"]);
    await controller.showSectorRisk("S");
    expect([...fake.workbook.table("T").filters.entries()]).toEqual([
      [4, ["Forced labour", "Child labour", "Forced and child labour", "Input risk"]],
    ]);
    expect([...fake.sheet("S").filteredRows].sort()).toEqual([4, 5, 6]);
  });

  test("a table block made without it gains a Sector risk table column", async () => {
    const { fake, screen } = setup({
      sheets: { S: { values: LIST, tables: [{ name: "T", address: "A1:C8" }] } },
      selection: "S!A1",
    });
    await screen({ countryColumnIndex: 1 });
    await screen({ countryColumnIndex: 4, productColumnIndex: 5 });
    expect(fake.values("S", "A1:G1")[0]).toEqual(["Supplier", "WRO risk", "WRO match", "WRO notes", "Sector risk", "Country", "Product"]);
    expect(fake.values("S", "E2:E3").flat()).toEqual(["Forced labour", "Forced labour"]);
    expect(fake.workbook.tableColumnNames(fake.workbook.table("T"))).toHaveLength(7);
  });
});

describe("Show sector risk and the summary", () => {
  test("filters the Sector risk column to its labels with the sheet AutoFilter; Clear filter shows every row", async () => {
    const { fake, controller, screen } = setup({ sheets: { S: { values: LIST } }, selection: "S!A1" });
    await screen({ countryColumnIndex: 1, productColumnIndex: 2 });
    await controller.showSectorRisk("S");
    const sheet = fake.sheet("S");
    expect([...sheet.autoFilter!.criteria.keys()]).toEqual([4]);
    expect([...sheet.filteredRows].sort()).toEqual([4, 5, 6]); // service, blank and unreadable rows hidden
    // With Show flagged only as well, both criteria hold: flagged rows with a sector risk.
    await controller.showFlaggedOnly("S");
    expect([...sheet.filteredRows].sort()).toEqual([2, 4, 5, 6, 7]); // shown: Hoshine (High) and Cotton Co (Review)
    await controller.clearFilter("S");
    expect(sheet.filteredRows.size).toBe(0);
  });

  test("keeps the user's own criterion on another column", async () => {
    const { fake, controller, screen } = setup({ sheets: { S: { values: LIST } }, selection: "S!A1" });
    await screen({ countryColumnIndex: 1, productColumnIndex: 2 });
    const sheet = fake.sheet("S");
    sheet.autoFilter = { rect: { r0: 0, c0: 0, r1: 7, c1: 6 }, criteria: new Map([[5, ["China"]]]) };
    await controller.showSectorRisk("S");
    expect([...sheet.autoFilter.criteria.keys()].sort()).toEqual([4, 5]);
    expect([...sheet.filteredRows].sort()).toEqual([2, 3, 4, 5, 6]); // China with a sector risk: rows 2 and 8
  });

  test("without a Sector risk column it says how to get one and changes nothing", async () => {
    const { fake, controller, screen } = setup({ sheets: { S: { values: LIST } }, selection: "S!A1" });
    await screen({ countryColumnIndex: 1 });
    const filterBefore = structuredClone(fake.sheet("S").autoFilter);
    await expect(controller.showSectorRisk("S")).rejects.toMatchObject({
      code: "no-results",
      message: expect.stringMatching(/no "Sector risk" column\. Choose a Product column and screen again/),
    });
    expect(fake.sheet("S").autoFilter).toEqual(filterBefore);
  });

  test("the summary read back from the sheet counts the Sector risk labels (or says there is no such column)", async () => {
    const { controller, screen } = setup({ sheets: { S: { values: LIST } }, selection: "S!A1" });
    await screen({ countryColumnIndex: 1 });
    expect((await controller.readSummary("S")).sector).toBeNull();
    await screen({ countryColumnIndex: 4, productColumnIndex: 5 });
    const summary = await controller.readSummary("S");
    expect(summary.sector).toEqual({ "Forced labour": 2, "Child labour": 0, "Forced and child labour": 1, "Input risk": 1 });
    expect(summary.counts).toEqual({ high: 1, review: 1, lifted: 1, none: 3 });
    expect(summary.resultsAddress).toBe("S!B1:E8");
  });
});

describe("Sector risk and the decision columns", () => {
  const SUPERMAX = "Supermax Corporation Berhad";
  const rows = [
    ["Supplier", "Country", "Product"],
    [SUPERMAX, "Malaysia", "Nitrile gloves"],
    ["Acme Widgets Ltd", "China", "Polysilicon"],
  ];

  test("decisions go right of Sector risk, and are found there by the pane's decision services", async () => {
    const fake = createFakeExcel({ sheets: { S: { values: rows } }, selection: "S!A1" });
    const controller = new ScreeningController({ run: fake.run, getScreener: () => new Screener(bundledDataset()) });
    const report = await controller.screenColumn({
      selection: await controller.describeSelection(),
      countryColumnIndex: 1,
      productColumnIndex: 2,
      decisions: true,
    });
    expect(fake.values("S", "A1:K1")[0]).toEqual([
      "Supplier",
      "WRO risk",
      "WRO match",
      "WRO notes",
      "Sector risk",
      "WRO decision",
      "Decided by",
      "Decided on",
      "Decision reason",
      "Decision basis",
      "Country",
    ]);
    expect(report.decisions).toBeDefined();
    const services = createDecisionServices(fake.run, () => bundledDataset());
    const read = await services.readDecisions();
    expect(read?.rows.map((r) => [r.rowNumber, r.riskLabel])).toEqual([[2, "Lifted"]]);
  });

  test("decision columns made before Sector risk keep every decision: one column is inserted before them", async () => {
    const fake = createFakeExcel({ sheets: { S: { values: rows } }, selection: "S!A1" });
    const controller = new ScreeningController({ run: fake.run, getScreener: () => new Screener(bundledDataset()) });
    await controller.screenColumn({ selection: await controller.describeSelection(), countryColumnIndex: 1, decisions: true });
    expect(fake.values("S", "E1")[0][0]).toBe("WRO decision");
    fake.sheet("S").cellForWrite(1, 4).value = "Cleared";
    fake.sheet("S").cellForWrite(1, 5).value = "Ann";
    fake.sheet("S").cellForWrite(1, 7).value = "audited 2026";

    const asked: string[] = [];
    const report = await controller.screenColumn({
      selection: await controller.describeSelection(),
      countryColumnIndex: 9,
      productColumnIndex: 10,
      decisions: true,
      confirmInsert: async (r) => (asked.push(r.message), true),
    });
    expect(asked).toEqual([expect.stringMatching(/Column E right of "WRO notes".*"Sector risk"/)]);
    expect(fake.values("S", "A1:J1")[0].slice(3, 6)).toEqual(["WRO notes", "Sector risk", "WRO decision"]);
    expect(fake.values("S", "E2:I2")[0].slice(0, 3)).toEqual(["Forced labour", "Cleared", "Ann"]);
    expect(fake.values("S", "I2")[0][0]).toBe("audited 2026");
    expect(report.decisions?.counts.cleared).toBe(1);
    const { rows: decided } = await fake.run((ctx) =>
      readDecisionRows(ctx, { sheetName: "S", resultsFirstColumn: 1, headerRowIndex: 0, lastRowIndex: 2, decisionFirstColumn: 5 }),
    );
    expect(decided[0]).toMatchObject({ rowNumber: 2, value: "cleared", decidedBy: "Ann", reason: "audited 2026" });
  });
});
