import { bundledDataset, Screener } from "../../src/core";
import { readLastResults } from "../../src/excel";
import { ScreeningController } from "../../src/taskpane/controller";
import { countSheetImpact } from "../../src/taskpane/sheet-impact";
import { createFakeExcel, type FakeExcelSpec } from "../support/fake-excel";
import { createFakeScreener } from "../support/fake-screener";

const LIST = [
  ["Supplier", "Country"],
  ["Hoshine Silicon", "China"],
  ["Acme Ltd", "USA"],
  ["", "Peru"],
  ["Cotton Co", "China"],
  ["Old Farm", "Peru"],
  ["Globex", "USA"],
];

async function screened(spec: FakeExcelSpec) {
  const fake = createFakeExcel(spec);
  const controller = new ScreeningController({ run: fake.run, getScreener: () => createFakeScreener() });
  await controller.screenColumn({ selection: await controller.describeSelection() });
  fake.resetSyncCount();
  return fake;
}

describe("reading the last results back for a dataset update", () => {
  test("results present: each row's supplier and current risk label, 1 sync for the names + 1 per chunk", async () => {
    const fake = await screened({ sheets: { S: { values: LIST } }, selection: "S!A1" });
    const before = fake.snapshot("S");
    const rows = await readLastResults(fake.run);
    expect(rows).toEqual([
      { name: "Hoshine Silicon", currentLabel: "High" },
      { name: "Acme Ltd", currentLabel: "None" },
      { name: "", currentLabel: "" },
      { name: "Cotton Co", currentLabel: "Review" },
      { name: "Old Farm", currentLabel: "Lifted" },
      { name: "Globex", currentLabel: "None" },
    ]);
    expect(fake.syncCount()).toBe(2);
    expect(fake.snapshot("S")).toEqual(before);
  });

  test("a long list is read in chunks, one sync each, the header riding with the first", async () => {
    const values = [["Supplier"], ...Array.from({ length: 12_000 }, (_, i) => [i % 3 === 0 ? `Hoshine ${i}` : `Acme ${i}`])];
    const fake = await screened({ sheets: { S: { values } }, selection: "S!A1" });
    const rows = await readLastResults(fake.run);
    expect(rows).toHaveLength(12_000);
    expect(rows[11_999]).toEqual({ name: "Acme 11999", currentLabel: "None" });
    expect(rows[9_999]).toEqual({ name: "Hoshine 9999", currentLabel: "High" });
    expect(fake.syncCount()).toBe(1 + Math.ceil(12_001 / 5_000));

    fake.resetSyncCount();
    expect(await readLastResults(fake.run, { chunkRows: 1_000 })).toEqual(rows);
    expect(fake.syncCount()).toBe(1 + 13);
  });

  test("a Review resting on a region/product rule is marked, since the country/product cells are not read", async () => {
    const fake = await screened({ sheets: { S: { values: LIST } }, selection: "S!A1" });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("B3:C3").values = [["Review", "Cotton region (CBP WRO; region/product rule)"]];
    });
    fake.resetSyncCount();
    const rows = await readLastResults(fake.run);
    expect(rows[1]).toEqual({ name: "Acme Ltd", currentLabel: "Review", ruleOnly: true });
    expect(rows.filter((r) => r.ruleOnly)).toHaveLength(1);
  });

  test("no results on the active sheet: an empty list, no error, one sync", async () => {
    const fake = await screened({
      sheets: { S: { values: LIST }, Other: { values: [["Supplier"], ["Hoshine Silicon"]] } },
      selection: "S!A1",
    });
    fake.select("Other!A1");
    await expect(readLastResults(fake.run)).resolves.toEqual([]);
    expect(fake.syncCount()).toBe(1);

    const empty = createFakeExcel({ sheets: { Blank: {} } });
    await expect(readLastResults(empty.run)).resolves.toEqual([]);
  });

  test("a sheet with user data only, even headed like the results, gives an empty list", async () => {
    const fake = createFakeExcel({
      sheets: {
        S: {
          values: [
            ["Supplier", "WRO risk", "WRO match", "WRO notes"],
            ["Hoshine Silicon", "High", "x", "y"],
            ["Acme Ltd", "None", "", ""],
          ],
        },
      },
      selection: "S!A1",
    });
    await expect(readLastResults(fake.run)).resolves.toEqual([]);
    expect(fake.syncCount()).toBe(1);
  });

  test("a marker whose header the user has typed over is not the add-in's any more: empty", async () => {
    const fake = await screened({ sheets: { S: { values: LIST } }, selection: "S!A1" });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("B1").values = [["My notes"]];
    });
    await expect(readLastResults(fake.run)).resolves.toEqual([]);
  });

  test("with the real engine: a listing dropped from the dataset changes exactly its row", async () => {
    const bundled = bundledDataset();
    const fake = createFakeExcel({
      sheets: {
        S: {
          values: [["Supplier"], ["Lop County Meixin Hair Products Co., Ltd."], ["Acme Ltd"], [""], ["Hoshine Silicon Industry Co. Ltd."]],
        },
      },
      selection: "S!A1",
    });
    const controller = new ScreeningController({ run: fake.run, getScreener: () => new Screener(bundled) });
    await controller.screenColumn({ selection: await controller.describeSelection() });

    const rows = await readLastResults(fake.run);
    expect(rows.map((r) => r.currentLabel)).toEqual(["High", "None", "", "High"]);
    expect(countSheetImpact(rows, new Screener(bundled))).toEqual({ changed: 0, examples: [] });
    const withoutMeixin = { ...bundled, listings: bundled.listings.filter((l) => !/meixin/i.test(l.name)) };
    expect(countSheetImpact(rows, new Screener(withoutMeixin))).toEqual({
      changed: 1,
      examples: ["Lop County Meixin Hair Products Co., Ltd."],
    });
  });
});
