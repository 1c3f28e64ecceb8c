import { AUDIT_SETTING_KEY, formatAuditLine, RISK_STYLES, type AuditRecord } from "../../src/excel";
import { ScreeningController } from "../../src/taskpane/controller";
import { createFakeExcel, FakeOfficeError, type FakeExcelSpec } from "../support/fake-excel";
import { createFakeScreener } from "../support/fake-screener";

const LIST = [
  ["Supplier", "Country"],
  ["Hoshine Silicon", "China"],
  ["Acme Ltd", "USA"],
  ["Cotton Co", "China"],
  ["Old Farm", "Peru"],
  ["Globex", "USA"],
];

async function screened(spec: FakeExcelSpec) {
  const fake = createFakeExcel(spec);
  const controller = new ScreeningController({
    run: fake.run,
    getScreener: () => createFakeScreener({ version: "2026-11-26" }),
    now: () => new Date("2026-11-26T14:02:00Z"),
  });
  const selection = await controller.describeSelection();
  const report = await controller.screenColumn({ selection });
  return { fake, controller, report };
}

describe("reviewing results", () => {
  test("conditional formats colour High, Review and Lifted on the screened risk cells only", async () => {
    const { fake } = await screened({ sheets: { S: { values: LIST } }, selection: "S!A1" });
    const formats = fake.sheet("S").conditionalFormats;
    expect(formats.map((f) => [f.address, f.rule.formula1, f.fill])).toEqual([
      ["S!B2:B6", '="High"', RISK_STYLES.high.fill],
      ["S!B2:B6", '="Review"', RISK_STYLES.review.fill],
      ["S!B2:B6", '="Lifted"', RISK_STYLES.lifted.fill],
    ]);
  });

  test("re-running replaces the formats rather than piling them up", async () => {
    const { fake, controller } = await screened({ sheets: { S: { values: LIST } }, selection: "S!A1" });
    await controller.screenColumn({ selection: await controller.describeSelection() });
    expect(fake.sheet("S").conditionalFormats).toHaveLength(3);
  });

  test("screening adds filter buttons over the list, unless the sheet already has an AutoFilter", async () => {
    const { fake } = await screened({ sheets: { S: { values: LIST } }, selection: "S!A1" });
    expect(fake.sheet("S").autoFilter).toMatchObject({ rect: { r0: 0, c0: 0, r1: 5, c1: 4 } });
    expect(fake.sheet("S").filteredRows.size).toBe(0);

    const other = createFakeExcel({ sheets: { S: { values: [...LIST, [], ["Totals", 5]] } }, selection: "S!A1" });
    other.sheet("S").autoFilter = { rect: { r0: 7, c0: 0, r1: 8, c1: 1 }, criteria: new Map() };
    const controller = new ScreeningController({ run: other.run, getScreener: () => createFakeScreener() });
    await controller.screenColumn({ selection: await controller.describeSelection() });
    expect(other.sheet("S").autoFilter?.rect).toEqual({ r0: 7, c0: 0, r1: 8, c1: 4 });
  });

  test("when Excel refuses the filter buttons, the run still completes with every result written", async () => {
    const fake = createFakeExcel({ sheets: { S: { values: LIST } }, selection: "S!A1" });
    fake.failSync((info) =>
      info.operations.includes("AutoFilter.apply") ? new FakeOfficeError("InvalidOperation", "A table is in the way") : null,
    );
    const controller = new ScreeningController({ run: fake.run, getScreener: () => createFakeScreener() });
    const report = await controller.screenColumn({ selection: await controller.describeSelection() });
    expect(report.status).toBe("complete");
    expect(report.written).toEqual({ first: 2, last: 6 });
    expect(fake.sheet("S").autoFilter).toBeNull();
    expect(fake.sheet("S").conditionalFormats).toHaveLength(3);
  });

  test("Show flagged only filters the risk column to High/Review/Lifted; Clear filter shows every row", async () => {
    const { fake, controller } = await screened({ sheets: { S: { values: LIST } }, selection: "S!A1" });
    await controller.showFlaggedOnly("S");
    const sheet = fake.sheet("S");
    expect(sheet.autoFilter?.rect).toEqual({ r0: 0, c0: 0, r1: 5, c1: 4 });
    expect([...sheet.filteredRows].sort()).toEqual([2, 5]); // Acme (row 3) and Globex (row 6)
    await controller.clearFilter("S");
    expect(sheet.filteredRows.size).toBe(0);
    expect(sheet.autoFilter).not.toBeNull();
  });

  test("an existing autofilter over the list is kept and only gains the risk criterion", async () => {
    const { fake, controller } = await screened({ sheets: { S: { values: LIST } }, selection: "S!A1" });
    const sheet = fake.sheet("S");
    sheet.autoFilter = { rect: { r0: 0, c0: 0, r1: 5, c1: 4 }, criteria: new Map([[4, ["China"]]]) };
    await controller.showFlaggedOnly("S");
    expect([...sheet.autoFilter.criteria.keys()].sort()).toEqual([1, 4]);
    expect([...sheet.filteredRows].sort()).toEqual([2, 4, 5]);
  });

  test("in a table, the table column's filter is used", async () => {
    const { fake, controller } = await screened({
      sheets: { S: { values: LIST, tables: [{ name: "T", address: "A1:B6" }] } },
      selection: "S!A1",
    });
    await controller.showFlaggedOnly("S");
    const table = fake.workbook.table("T");
    expect([...table.filters.entries()]).toEqual([[1, ["High", "Review", "Lifted"]]]);
    expect([...fake.sheet("S").filteredRows].sort()).toEqual([2, 5]);
    await controller.clearFilter("S");
    expect(fake.sheet("S").filteredRows.size).toBe(0);
  });

  test("filtering a sheet that was protected after screening gives the protected-sheet message", async () => {
    const { fake, controller } = await screened({ sheets: { S: { values: LIST } }, selection: "S!A1" });
    fake.sheet("S").protected = true;
    await expect(controller.showFlaggedOnly("S")).rejects.toMatchObject({ code: "protected-sheet" });
    expect(fake.sheet("S").filteredRows.size).toBe(0);
  });

  test("the summary is read back from the sheet: counts by risk and flagged rows with row numbers", async () => {
    const { controller, report } = await screened({ sheets: { S: { values: LIST } }, selection: "S!A1" });
    const summary = await controller.readSummary("S");
    expect(summary.counts).toEqual({ high: 1, review: 1, lifted: 1, none: 2 });
    expect(summary.counts).toEqual(report.counts);
    expect(summary.total).toBe(5);
    expect(summary.resultsAddress).toBe("S!B1:D6");
    expect(summary.flagged.map((f) => [f.rowNumber, f.supplier, f.risk])).toEqual([
      [2, "Hoshine Silicon", "high"],
      [4, "Cotton Co", "review"],
      [5, "Old Farm", "lifted"],
    ]);
    expect(summary.flagged.map((f) => f.rowNumber)).toEqual(report.flagged.map((f) => f.rowNumber));
  });

  test("the summary of a long list reads flagged rows in batches, a few syncs in all", async () => {
    const values = [["Supplier"], ...Array.from({ length: 6_000 }, (_, i) => [i % 2 === 0 ? `Hoshine ${i}` : `Acme ${i}`])];
    const { fake, controller } = await screened({ sheets: { S: { values } }, selection: "S!A1" });
    const before = fake.syncCount();
    const summary = await controller.readSummary("S");
    expect(summary.counts).toEqual({ high: 3_000, review: 0, lifted: 0, none: 3_000 });
    expect(summary.flagged).toHaveLength(3_000);
    expect(summary.flagged[2_999]).toMatchObject({ rowNumber: 6_000, supplier: "Hoshine 5998", risk: "high" });
    expect(fake.syncCount() - before).toBe(2 + 1 + Math.ceil(3_000 / 2_000));
  });

  test("selecting a flagged row activates its sheet and selects the supplier cell", async () => {
    const { fake, controller } = await screened({ sheets: { Other: {}, S: { values: LIST } }, selection: "S!A1" });
    fake.select("Other!A1");
    await controller.selectRow("S", 4);
    expect(fake.workbook.activeSheet?.name).toBe("S");
    expect(fake.workbook.selection?.areas).toEqual([{ r0: 3, c0: 0, r1: 3, c1: 0 }]);
  });

  test("without results, review actions say so plainly", async () => {
    const fake = createFakeExcel({ sheets: { S: { values: LIST } } });
    const controller = new ScreeningController({ run: fake.run, getScreener: () => createFakeScreener() });
    await expect(controller.showFlaggedOnly("S")).rejects.toMatchObject({ code: "no-results" });
    await expect(controller.readAudit()).resolves.toBeNull();
  });
});

describe("audit trail", () => {
  test("the workbook records when and with which dataset it was screened, and the pane can read it back", async () => {
    const { fake, controller } = await screened({ sheets: { S: { values: LIST } }, selection: "S!A1" });
    expect(fake.workbook.settings.has(AUDIT_SETTING_KEY)).toBe(true);
    const audit = await controller.readAudit();
    expect(audit).toMatchObject({
      screenedAt: "2026-11-26T14:02:00.000Z",
      datasetVersion: "2026-11-26",
      sheetName: "S",
      supplierColumn: "Supplier",
      resultsAddress: "S!B1:D6",
      rowsScreened: 5,
      complete: true,
    });
    expect(formatAuditLine(audit as AuditRecord, "UTC")).toBe("Screened 26 Nov 2026 14:02 with dataset 2026-11-26");
    expect(formatAuditLine(audit as AuditRecord, "Asia/Tokyo")).toBe("Screened 26 Nov 2026 23:02 with dataset 2026-11-26");
  });

  test("an incomplete run says so; an unreadable record reads as none", async () => {
    const record: AuditRecord = {
      screenedAt: "2026-01-05T09:07:00Z",
      datasetVersion: "2026-01-01",
      sheetName: "S",
      supplierColumn: "A",
      resultsAddress: "S!B1:D2",
      rowsScreened: 1,
      counts: { high: 0, review: 0, lifted: 0, none: 1 },
      complete: false,
    };
    expect(formatAuditLine(record, "UTC")).toBe("Screened 5 Jan 2026 09:07 with dataset 2026-01-01 (incomplete: re-run to finish)");
    const fake = createFakeExcel({ sheets: { S: {} } });
    fake.workbook.settings.set(AUDIT_SETTING_KEY, "{not json");
    const controller = new ScreeningController({ run: fake.run, getScreener: () => createFakeScreener() });
    await expect(controller.readAudit()).resolves.toBeNull();
  });
});
