import { ScreeningController } from "../../src/taskpane/controller";
import type { ScreenColumnOptions } from "../../src/taskpane/controller";
import { createFakeExcel, type FakeExcel, type FakeExcelSpec } from "../support/fake-excel";
import { createFakeScreener } from "../support/fake-screener";

const LIST = [
  ["Supplier", "Country"],
  ["Hoshine Silicon", "China"],
  ["Acme Ltd", "USA"],
  ["Cotton Co", "China"],
];

function setup(spec: FakeExcelSpec, screener = createFakeScreener()) {
  const fake = createFakeExcel(spec);
  const controller = new ScreeningController({ run: fake.run, getScreener: () => screener });
  const screen = async (options: Partial<ScreenColumnOptions> = {}) => {
    const selection = await controller.describeSelection();
    return controller.screenColumn({ selection, ...options });
  };
  return { fake, controller, screen };
}

function headerRow(fake: FakeExcel, sheet: string, to = "F1") {
  return fake.values(sheet, `A1:${to}`)[0];
}

describe("result columns", () => {
  test("empty cells to the right are used without inserting anything", async () => {
    const { fake, screen } = setup({ sheets: { S: { values: [["Supplier"], ["Hoshine Silicon"], ["Acme"]] } }, selection: "S!A1" });
    const report = await screen();
    expect(report.placement.mode).toBe("empty-cells");
    expect(fake.values("S", "A1:D3")).toEqual([
      ["Supplier", "WRO risk", "WRO match", "WRO notes"],
      ["Hoshine Silicon", "High", "Hoshine Silicon Industry Co., Ltd. (UFLPA 2023-06-09)", "Matches Hoshine Silicon Industry Co., Ltd.."],
      ["Acme", "None", "", "No match on the lists."],
    ]);
  });

  test("user data to the right is never overwritten: three columns are inserted and the data moves right", async () => {
    const { fake, screen } = setup({ sheets: { S: { values: LIST } }, selection: "S!A2" });
    const report = await screen({ countryColumnIndex: 1 });
    expect(report.placement.mode).toBe("inserted-sheet-columns");
    expect(headerRow(fake, "S", "E1")).toEqual(["Supplier", "WRO risk", "WRO match", "WRO notes", "Country"]);
    expect(fake.values("S", "E2:E4")).toEqual([["China"], ["USA"], ["China"]]);
    // The country column was read from its new place, after the insert.
    expect(fake.values("S", "D2")[0][0]).toBe("Matches Hoshine Silicon Industry Co., Ltd. (China).");
  });

  test("confirmInsert is asked first; answering no changes nothing", async () => {
    const { fake, screen } = setup({ sheets: { S: { values: LIST } }, selection: "S!A1" });
    const before = fake.snapshot("S");
    const confirmInsert = jest.fn(async () => false);
    await expect(screen({ confirmInsert })).rejects.toMatchObject({ code: "insert-declined" });
    expect(confirmInsert).toHaveBeenCalledWith(
      expect.objectContaining({ sheetName: "S", occupiedAddress: "S!B1:B4", occupiedHeaders: ["Country"], action: "insert-sheet-columns" }),
    );
    expect(fake.snapshot("S")).toEqual(before);
    expect(fake.sheet("S").names.size).toBe(0);
  });

  test("confirmInsert answering yes inserts", async () => {
    const { fake, screen } = setup({ sheets: { S: { values: LIST } }, selection: "S!A1" });
    await screen({ confirmInsert: async () => true });
    expect(headerRow(fake, "S", "E1")).toEqual(["Supplier", "WRO risk", "WRO match", "WRO notes", "Country"]);
  });

  test("a re-run updates the add-in's own columns in place instead of adding new ones", async () => {
    const { fake, screen } = setup({ sheets: { S: { values: LIST } }, selection: "S!A1" });
    await screen();
    const confirmInsert = jest.fn(async () => true);
    fake.sheet("S").cellForWrite(2, 0).value = "Old Farm Ltd"; // A3 changes between runs
    const second = await screen({ confirmInsert });
    expect(second.placement.mode).toBe("updated-in-place");
    expect(confirmInsert).not.toHaveBeenCalled();
    expect(headerRow(fake, "S", "F1")).toEqual(["Supplier", "WRO risk", "WRO match", "WRO notes", "Country", ""]);
    expect(fake.values("S", "B3")).toEqual([["Lifted"]]);
    expect(fake.sheet("S").names.size).toBe(1);
  });

  test("re-screening some rows of the list keeps the other rows' results, formats and marker extent", async () => {
    const values = [["Supplier"], ["Hoshine"], ["Acme"], ["Cotton Co"], ["Globex"], ["Old Farm"]];
    const { fake, screen } = setup({ sheets: { S: { values } }, selection: "S!A1" });
    await screen();
    fake.sheet("S").cellForWrite(2, 0).value = "Hoshine again"; // A3
    fake.select("S!A3:A4");
    const report = await screen();
    expect(report.placement.mode).toBe("updated-in-place");
    expect(report.rowsScreened).toBe(2);
    expect(fake.values("S", "B2:B6")).toEqual([["High"], ["High"], ["Review"], ["None"], ["Lifted"]]);
    expect(report.resultsAddress).toBe("S!B1:D6");
    expect(fake.sheet("S").conditionalFormats.map((f) => f.address)).toEqual(["S!B2:B6", "S!B2:B6", "S!B2:B6"]);
    expect([...fake.sheet("S").names.values()].map((n) => n.formula)).toEqual(["=S!$B$1:$D$6"]);
  });

  test("matching header text alone (no marker) is treated as the user's data", async () => {
    const values = [
      ["Supplier", "WRO risk", "WRO match", "WRO notes"],
      ["Acme", "mine", "mine", "mine"],
    ];
    const { fake, screen } = setup({ sheets: { S: { values } }, selection: "S!A1" });
    const report = await screen();
    expect(report.placement.mode).toBe("inserted-sheet-columns");
    expect(fake.values("S", "E2:G2")).toEqual([["mine", "mine", "mine"]]);
  });

  test("a shorter re-run clears the add-in's stale rows below; a longer one never overwrites user data below the old block", async () => {
    const { fake, screen } = setup({ sheets: { S: { values: [["Supplier"], ["Hoshine"], ["Cotton Co"], ["Acme"]] } }, selection: "S!A1" });
    await screen();
    const sheet = fake.sheet("S");
    sheet.deleteCell(3, 0); // A4 removed: the list is now two rows
    await screen();
    expect(fake.values("S", "B4:D4")).toEqual([["", "", ""]]);
    expect(fake.cell("S", "C3")?.hyperlink?.address).toBe("https://www.cbp.gov/wro");

    // The list grows and the user typed a remark next to the new row, inside "WRO notes".
    sheet.cellForWrite(3, 0).value = "New supplier";
    sheet.cellForWrite(3, 3).value = "my remark";
    const report = await screen();
    expect(report.placement.mode).toBe("inserted-sheet-columns");
    expect(fake.values("S", "G4")).toEqual([["my remark"]]);
  });

  test("in an Excel table, the results become table columns right of the supplier column; a re-run reuses them", async () => {
    const { fake, screen } = setup({
      sheets: { S: { values: [...LIST, ["", "outside the table"]], tables: [{ name: "Suppliers", address: "A1:B4" }] } },
      selection: "S!A2",
    });
    const first = await screen({ countryColumnIndex: 1 });
    expect(first.placement).toMatchObject({ mode: "added-table-columns", tableName: "Suppliers", letters: ["B", "C", "D"] });
    const table = fake.workbook.table("Suppliers");
    expect(fake.workbook.tableColumnNames(table)).toEqual(["Supplier", "WRO risk", "WRO match", "WRO notes", "Country"]);
    expect(fake.values("S", "B2:B4")).toEqual([["High"], ["None"], ["Review"]]);
    // Cells below the table were not moved.
    expect(fake.values("S", "B5")).toEqual([["outside the table"]]);

    const second = await screen({ countryColumnIndex: 4 });
    expect(second.placement.mode).toBe("updated-in-place");
    expect(fake.workbook.tableColumnNames(table)).toHaveLength(5);
  });

  test("a table that already has columns with the result names gets distinct names, not an error", async () => {
    const values = [
      ["Supplier", "WRO risk"],
      ["Acme", "user's own"],
    ];
    const { fake, screen } = setup({ sheets: { S: { values, tables: [{ name: "T", address: "A1:B2" }] } }, selection: "S!A1" });
    await screen();
    expect(fake.workbook.tableColumnNames(fake.workbook.table("T"))).toEqual([
      "Supplier",
      "WRO risk 2",
      "WRO match",
      "WRO notes",
      "WRO risk",
    ]);
    expect(fake.values("S", "E2")).toEqual([["user's own"]]);
  });

  test("notes and matches that look like formulas are written as text, never evaluated", async () => {
    const screener = createFakeScreener({ note: (name) => (name.startsWith("Acme") ? '=HYPERLINK("http://evil","x")' : "+1 555 0100") });
    const values = [["Supplier"], ["Acme"], ["@SUM(A1)"], ["-Hoshine"]];
    const { fake, screen } = setup({ sheets: { S: { values } }, selection: "S!A1" }, screener);
    await screen();
    expect(
      fake
        .formulas("S", "B1:D4")
        .flat()
        .filter((f) => f !== null),
    ).toEqual([]);
    expect(fake.values("S", "D2:D4")).toEqual([['=HYPERLINK("http://evil","x")'], ["+1 555 0100"], ["+1 555 0100"]]);
    expect(fake.numberFormats("S", "B2:D2")).toEqual([["@", "@", "@"]]);
  });

  test("the listing's verifyUrl becomes the hyperlink on the match cell of flagged rows only", async () => {
    const values = [["Supplier"], ["Hoshine"], ["Acme"], ["Cotton Co"], ["Old Farm"]];
    const { fake, screen } = setup({ sheets: { S: { values } }, selection: "S!A1" });
    await screen();
    expect(fake.cell("S", "C2")?.hyperlink).toEqual({
      address: "https://www.dhs.gov/uflpa-entity-list",
      textToDisplay: "Hoshine Silicon Industry Co., Ltd. (UFLPA 2023-06-09)",
      screenTip: "Open the source (www.dhs.gov)",
    });
    expect(fake.cell("S", "C3")?.hyperlink ?? null).toBeNull();
    expect(fake.cell("S", "C4")?.hyperlink?.address).toBe("https://www.cbp.gov/wro");
    // Old Farm's only source is not a URL, but its verifyUrl is the official page to check it on.
    expect(fake.cell("S", "C5")?.hyperlink?.address).toBe("https://www.cbp.gov/document/stats/withhold-release-orders-findings");
    expect(fake.values("S", "C5")[0][0]).toMatch(/^Old Farm Ltd/);
  });

  test("a protected sheet gives a clear error and nothing is written", async () => {
    const { fake, screen } = setup({ sheets: { S: { values: LIST, protected: true } }, selection: "S!A1" });
    const before = fake.snapshot("S");
    const error = await screen().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "protected-sheet" });
    expect((error as Error).message).toContain('"S" is protected');
    expect(fake.snapshot("S")).toEqual(before);
  });

  test("merged cells in the supplier or result cells give a clear error and nothing is written", async () => {
    const values = [["Supplier"], ["Hoshine Silicon"], ["Acme"]];
    const { fake, screen } = setup({ sheets: { S: { values, merged: ["C2:D2"] } }, selection: "S!A1" });
    const before = fake.snapshot("S");
    const error = await screen().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "merged-cells", details: { address: "S!C2:D2" } });
    expect(fake.snapshot("S")).toEqual(before);
    expect(fake.sheet("S").names.size).toBe(0);
  });
});
