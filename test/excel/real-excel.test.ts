// Behaviours of real Excel that the adapter must handle, each modelled in test/support/fake-excel.ts from the
// Office.js docs or an office-js issue (cited there). Every test here failed before the adapter handled it.
import { ScreeningController, type ScreenColumnOptions } from "../../src/taskpane/controller";
import { createFakeExcel, FakeOfficeError, type FakeExcelSpec } from "../support/fake-excel";
import { createFakeScreener } from "../support/fake-screener";

function setup(spec: FakeExcelSpec) {
  const fake = createFakeExcel(spec);
  let screener = createFakeScreener();
  const controller = new ScreeningController({ run: fake.run, getScreener: () => screener });
  const screen = async (options: Partial<ScreenColumnOptions> = {}) => {
    const selection = await controller.describeSelection();
    return controller.screenColumn({ selection, ...options });
  };
  return { fake, controller, screen, useScreener: (next: typeof screener) => (screener = next) };
}

const LIST = [
  ["Code", "Supplier", "Country"],
  ["1", "Hoshine Silicon", "China"],
  ["2", "Acme Ltd", "USA"],
  ["3", "Cotton Co", "China"],
  ["4", "Old Farm", "Peru"],
  ["5", "Globex", "USA"],
];

describe("merged cells (office-js#3611: only merges whose top-left cell is in the range are reported)", () => {
  test("a merge reaching into the result columns from the left is found before anything is written", async () => {
    const values = LIST.map((r) => r.slice(0, 2));
    const { fake, screen } = setup({ sheets: { S: { values, merged: ["A5:C5"] } }, selection: "S!B1" });
    const before = fake.snapshot("S");
    const error = await screen().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "merged-cells", details: { address: "S!A5:C5" } });
    expect((error as Error).message).toContain("S!A5:C5");
    expect(fake.snapshot("S")).toEqual(before);
    expect(fake.sheet("S").names.size).toBe(0);
  });

  test("a merge across the place where columns would be inserted is named, and nothing is inserted", async () => {
    const { fake, screen } = setup({ sheets: { S: { values: LIST, merged: ["A8:D8"] } }, selection: "S!B1" });
    fake.sheet("S").cellForWrite(7, 0).value = "Totals";
    const before = fake.snapshot("S");
    const error = await screen().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "insert-conflict", details: { address: "S!A8:D8" } });
    expect((error as Error).message).toContain("merged cells S!A8:D8");
    expect(fake.snapshot("S")).toEqual(before);
  });

  test("a merge entirely right of the supplier column just moves with the inserted columns", async () => {
    const { fake, screen } = setup({ sheets: { S: { values: LIST, merged: ["C8:D8"] } }, selection: "S!B1" });
    const report = await screen();
    expect(report.placement.mode).toBe("inserted-sheet-columns");
    expect(fake.sheet("S").merged).toEqual([{ r0: 7, c0: 5, r1: 7, c1: 6 }]);
  });
});

describe("insert conflicts (InsertDeleteConflict)", () => {
  test("a table elsewhere on the sheet that whole-column inserts would split is named first", async () => {
    const values = [...LIST, [], [], ["Item", "Budget", "Owner"], ["a", 1, "x"], ["b", 2, "y"]];
    const { fake, screen } = setup({
      sheets: { S: { values, tables: [{ name: "Budget2026", address: "A9:C11" }] } },
      selection: "S!B1:B6",
    });
    const before = fake.snapshot("S");
    const error = await screen().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "insert-conflict" });
    expect((error as Error).message).toContain('the table "Budget2026"');
    expect(fake.snapshot("S")).toEqual(before);
  });

  test("a merge beside a table that reaches below it is named before table columns are added", async () => {
    // table.columns.add shifts only the table's rows (1-6): E6:E7 would be torn apart, and Excel refuses.
    const { fake, screen } = setup({
      sheets: { S: { values: LIST, tables: [{ name: "Suppliers", address: "A1:C6" }], merged: ["E6:E7"] } },
      selection: "S!B2",
    });
    const before = fake.snapshot("S");
    const error = await screen().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "insert-conflict", details: { address: "S!E6:E7" } });
    expect((error as Error).message).toContain("the merged cells S!E6:E7");
    expect(fake.snapshot("S")).toEqual(before);
    expect(fake.workbook.table("Suppliers").rect).toEqual({ r0: 0, c0: 0, r1: 5, c1: 2 });
  });

  test("a merge beside a table within its rows moves with the new table columns", async () => {
    const { fake, screen } = setup({
      sheets: { S: { values: LIST, tables: [{ name: "Suppliers", address: "A1:C6" }], merged: ["E2:E3"] } },
      selection: "S!B2",
    });
    await screen();
    expect(fake.sheet("S").merged).toEqual([{ r0: 1, c0: 7, r1: 2, c1: 7 }]);
  });
});

describe("defined-name marker: sheet names quoted as Excel requires", () => {
  test.each(["R1", "C2", "RC", "R1C1", "TRUE", "FY24", "My sheet", "O'Brien's list", "2026"])(
    "sheet %s: the marker is added, and a re-run finds it and updates in place",
    async (sheetName) => {
      const { fake, screen } = setup({
        sheets: { [sheetName]: { values: LIST.map((r) => r.slice(0, 2)) } },
        selection: `'${sheetName.replace(/'/g, "''")}'!B1`,
      });
      const first = await screen();
      expect(first.placement.mode).toBe("empty-cells");
      const [marker] = fake.sheet(sheetName).names.values();
      expect(marker.ref).toMatchObject({ rect: { c0: 2, c1: 4, r0: 0, r1: 5 } });
      const second = await screen();
      expect(second.placement.mode).toBe("updated-in-place");
      expect(fake.sheet(sheetName).names.size).toBe(1);
    },
  );

  test("when the marker cannot be added, the inserted columns are taken out again", async () => {
    const { fake, screen } = setup({ sheets: { S: { values: LIST } }, selection: "S!B1" });
    fake.failSync((info) =>
      info.operations.includes("NamedItemCollection.add") ? new FakeOfficeError("InvalidArgument", "The name is not valid.") : null,
    );
    const before = fake.snapshot("S");
    const error = await screen().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "write-failed", details: { written: null } });
    expect((error as Error).message).toContain("were removed again");
    expect(fake.snapshot("S")).toEqual(before);
    expect(fake.values("S", "A1:F1")).toEqual([["Code", "Supplier", "Country", "", "", ""]]);
  });

  test("in a table, the added table columns are taken out again", async () => {
    const { fake, screen } = setup({
      sheets: { S: { values: LIST, tables: [{ name: "Suppliers", address: "A1:C6" }] } },
      selection: "S!B2",
    });
    fake.failSync((info) =>
      info.operations.includes("NamedItemCollection.add") ? new FakeOfficeError("InvalidArgument", "The name is not valid.") : null,
    );
    const before = fake.snapshot("S");
    await expect(screen()).rejects.toMatchObject({ code: "write-failed" });
    expect(fake.snapshot("S")).toEqual(before);
    expect(fake.workbook.table("Suppliers").rect).toEqual({ r0: 0, c0: 0, r1: 5, c1: 2 });
  });
});

describe("filters while writing (office-js#224)", () => {
  test("a re-screen after a dataset update, with Show flagged only on, writes every row in place and filters on the new risks", async () => {
    const { fake, controller, screen, useScreener } = setup({
      sheets: { S: { values: LIST.map((r) => r.slice(0, 2)) } },
      selection: "S!B1",
    });
    await screen();
    await controller.showFlaggedOnly("S");
    const sheet = fake.sheet("S");
    expect([...sheet.filteredRows].sort()).toEqual([2, 5]); // Acme, Globex hidden
    // The new dataset flags Globex too (its note tells them apart), and nothing else changes.
    useScreener(createFakeScreener({ version: "2026-12-01" }));
    fake.sheet("S").cellForWrite(5, 1).value = "Hoshine Globex";
    fake.select("S!B1");
    await screen();
    expect(fake.values("S", "B2:C6").map((r) => r[1])).toEqual(["High", "None", "Review", "Lifted", "High"]);
    expect([...sheet.filteredRows].sort()).toEqual([2]);
    expect(sheet.autoFilter?.criteria.get(2)).toEqual(expect.arrayContaining(["High", "Review", "Lifted"]));
  });

  test("a filtered table is unfiltered for the writes and filtered again after", async () => {
    const { fake, screen } = setup({
      sheets: { S: { values: LIST, tables: [{ name: "Suppliers", address: "A1:C6" }] } },
      selection: "S!B2",
    });
    const table = fake.workbook.table("Suppliers");
    table.filters.set(2, ["China"]);
    for (const r of [2, 4, 5]) fake.sheet("S").filteredRows.add(r);
    await screen();
    expect(fake.values("S", "C2:C6")).toEqual([["High"], ["None"], ["Review"], ["Lifted"], ["None"]]);
    // The Country column moved right by the three result columns; its criterion followed it.
    expect([...table.filters.entries()]).toEqual([[5, ["China"]]]);
    expect([...fake.sheet("S").filteredRows].sort()).toEqual([2, 4, 5]);
  });
});

describe("AutoFilter beside tables", () => {
  test("Show flagged only stops the list's filter at a table beside it", async () => {
    const values = LIST.map((r) => [...r.slice(0, 2), "", "", "", "Price", "Unit"]);
    values.slice(1).forEach((r, i) => ((r[5] = String(i)), (r[6] = "kg")));
    const { fake, controller, screen } = setup({
      sheets: { S: { values, tables: [{ name: "Prices", address: "F1:G6" }] } },
      selection: "S!B1",
    });
    await screen();
    await controller.showFlaggedOnly("S");
    expect(fake.sheet("S").autoFilter?.rect).toEqual({ r0: 0, c0: 0, r1: 5, c1: 4 });
  });

  test("when only a sheet filter over a table would do, the user's own filter is left as it was", async () => {
    const values = LIST.map((r) => r.slice(0, 2));
    const { fake, controller, screen } = setup({ sheets: { S: { values } }, selection: "S!B1" });
    await screen();
    // The user then adds a table over the notes column, and keeps a filter of their own elsewhere.
    const sheet = fake.sheet("S");
    fake.workbook.tables.push({ name: "Notes", sheet, rect: { r0: 0, c0: 4, r1: 5, c1: 5 }, filters: new Map() });
    sheet.autoFilter = { rect: { r0: 10, c0: 0, r1: 12, c1: 1 }, criteria: new Map([[1, ["x"]]]) };
    const error = await controller.showFlaggedOnly("S").catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "filter-conflict" });
    expect((error as Error).message).toContain('"Notes"');
    expect(sheet.autoFilter).toEqual({ rect: { r0: 10, c0: 0, r1: 12, c1: 1 }, criteria: new Map([[1, ["x"]]]) });
  });
});
