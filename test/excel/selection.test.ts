import { describeSelection, type ColumnSelection } from "../../src/excel";
import { ScreeningController } from "../../src/taskpane/controller";
import { createFakeExcel, type FakeExcelSpec } from "../support/fake-excel";
import { createFakeScreener } from "../support/fake-screener";

const LIST = [
  ["Supplier", "Country", "Product"],
  ["Hoshine Silicon", "China", "Silicon"],
  ["Acme Ltd", "USA", "Widgets"],
  ["Cotton Co", "China", "Cotton"],
];

async function describe_(spec: FakeExcelSpec): Promise<{ selection: ColumnSelection; syncs: number }> {
  const fake = createFakeExcel(spec);
  const selection = await fake.run((context) => describeSelection(context));
  return { selection, syncs: fake.syncCount() };
}

async function describeError(spec: FakeExcelSpec): Promise<unknown> {
  const fake = createFakeExcel(spec);
  return fake
    .run((context) => describeSelection(context))
    .then(
      () => {
        throw new Error("expected an error");
      },
      (error: unknown) => error,
    );
}

describe("describeSelection", () => {
  test("one cell in a list: the column below the header, with the header list and guessed columns", async () => {
    const { selection, syncs } = await describe_({ sheets: { Suppliers: { values: LIST } }, selection: "Suppliers!A3" });
    expect(selection).toMatchObject({
      sheetName: "Suppliers",
      columnLetter: "A",
      header: "Supplier",
      headerRowIndex: 0,
      firstRowNumber: 2,
      lastRowNumber: 4,
      rowCount: 3,
      address: "Suppliers!A2:A4",
      table: null,
      suggested: { countryColumnIndex: 1, productColumnIndex: 2 },
      exceedsRowLimit: false,
      hasPreviousResults: false,
    });
    expect(selection.headers.map((h) => `${h.letter}:${h.text}`)).toEqual(["A:Supplier", "B:Country", "C:Product"]);
    expect(syncs).toBe(2);
  });

  test("a whole column (A:A, 1,048,576 rows) is clipped to the used rows", async () => {
    const values = [["Supplier"], ...Array.from({ length: 500 }, (_, i) => [`Supplier ${i}`])];
    const { selection } = await describe_({ sheets: { S: { values } }, selection: "S!A:A" });
    expect(selection.rowCount).toBe(500);
    expect(selection.address).toBe("S!A2:A501");
  });

  test("the column's own last used cell ends the rows, even when other columns run longer", async () => {
    const values = [
      ["Supplier", "Notes"],
      ["A", "x"],
      ["B", "x"],
      ["", "x"],
      ["", "x"],
    ];
    const { selection } = await describe_({ sheets: { S: { values } }, selection: "S!A1" });
    expect(selection.lastRowNumber).toBe(3);
  });

  test("a list that starts lower on the sheet: the header is the column's first used cell", async () => {
    const { selection } = await describe_({ sheets: { S: { values: LIST, at: "C5" } }, selection: "S!C9" });
    expect(selection).toMatchObject({ header: "Supplier", columnLetter: "C", headerRowIndex: 4, firstRowNumber: 6, lastRowNumber: 8 });
    expect(selection.headers.map((h) => h.letter)).toEqual(["C", "D", "E"]);
  });

  test("a title row above a gap is not mistaken for the header", async () => {
    const values = [["Approved suppliers, Q3 2026"], [], ...LIST];
    const { selection } = await describe_({ sheets: { S: { values } }, selection: "S!A5" });
    expect(selection).toMatchObject({ header: "Supplier", headerRowIndex: 2, firstRowNumber: 4, lastRowNumber: 6 });
    expect(selection.headers.map((h) => h.text)).toEqual(["Supplier", "Country", "Product"]);
  });

  test("a blank row inside a one-column list does not move the header", async () => {
    const values = [["Supplier"], ["Acme"], [], ["Globex"]];
    const { selection } = await describe_({ sheets: { S: { values } }, selection: "S!A1" });
    expect(selection).toMatchObject({ header: "Supplier", firstRowNumber: 2, lastRowNumber: 4 });
  });

  test("several rows selected: only those rows (the header is never screened)", async () => {
    const { selection } = await describe_({ sheets: { S: { values: LIST } }, selection: "S!A1:A3" });
    expect(selection).toMatchObject({ firstRowNumber: 2, lastRowNumber: 3, rowCount: 2, header: "Supplier" });
  });

  test("a cell in an Excel table: the table column's data rows", async () => {
    const { selection } = await describe_({
      sheets: { S: { values: [["Title"], [], ...LIST], tables: [{ name: "Suppliers", address: "A3:C6" }] } },
      selection: "S!B4",
    });
    expect(selection).toMatchObject({
      header: "Country",
      columnLetter: "B",
      headerRowIndex: 2,
      firstRowNumber: 4,
      lastRowNumber: 6,
      table: { name: "Suppliers", columnIndexInTable: 1 },
    });
    expect(selection.headers.map((h) => h.text)).toEqual(["Supplier", "Country", "Product"]);
  });

  test("a cell in the add-in's own result columns describes the supplier column they belong to", async () => {
    const fake = createFakeExcel({ sheets: { S: { values: LIST } }, selection: "S!A1" });
    const controller = new ScreeningController({ run: fake.run, getScreener: () => createFakeScreener() });
    await controller.screenColumn({ selection: await controller.describeSelection() });
    fake.select("S!C3");
    const selection = await controller.describeSelection();
    expect(selection).toMatchObject({ columnLetter: "A", header: "Supplier", rowCount: 3, hasPreviousResults: true });
    expect(selection.headers.map((h) => h.text)).toEqual(["Supplier", "Country", "Product"]);
  });

  test("hidden rows are part of the count", async () => {
    const { selection } = await describe_({ sheets: { S: { values: LIST, hiddenRows: [2, 3] } }, selection: "S!A1" });
    expect(selection.rowCount).toBe(3);
  });

  test("above the row limit the selection is marked, not silently cut", async () => {
    const fake = createFakeExcel({ sheets: { S: { values: LIST } }, selection: "S!A1" });
    const selection = await fake.run((context) => describeSelection(context, { rowLimit: 2 }));
    expect(selection.exceedsRowLimit).toBe(true);
    expect(selection.rowCount).toBe(3);
  });

  test.each([
    ["nothing selected", { sheets: { S: { values: LIST } }, selection: null }, "no-selection"],
    ["several areas", { sheets: { S: { values: LIST } }, selection: "S!A1:A2,S!C1:C2" }, "several-areas"],
    ["several columns", { sheets: { S: { values: LIST } }, selection: "S!A1:B4" }, "several-columns"],
    ["an empty column", { sheets: { S: { values: LIST } }, selection: "S!F1" }, "empty-column"],
    ["a header with no rows under it", { sheets: { S: { values: [["Supplier"]] } }, selection: "S!A1" }, "empty-column"],
    ["rows below the data", { sheets: { S: { values: LIST } }, selection: "S!A10:A20" }, "empty-column"],
  ] as Array<[string, FakeExcelSpec, string]>)("%s gives a clear error (%s)", async (_label, spec, code) => {
    const error = await describeError(spec);
    expect(error).toMatchObject({ name: "ExcelAdapterError", code });
    expect((error as Error).message).toMatch(/[A-Z].*\.$/);
  });
});
