import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { makeTempDir, run } from "./helpers";

// Shapes of real registers that used to give wrong results with exit code 0: title rows above the
// header, cover sheets, blank supplier cells, formulas saved without a value, semicolon files.
let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});
const file = (name: string) => path.join(dir, name);

function jsonLines(stdout: string): Array<Record<string, unknown>> {
  return stdout
    .trim()
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l));
}

/** A register with a title that mentions "Supplier" and an "exported" line above the real header. */
async function titledWorkbook(name: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Register");
  sheet.getCell("A1").value = "Supplier register 2025";
  sheet.mergeCells("A1:D1");
  sheet.getCell("A2").value = "Exported from SAP on";
  sheet.getCell("B2").value = new Date(Date.UTC(2025, 0, 3));
  sheet.getRow(4).values = ["Vendor code", "Supplier Name", "Country", "Spend"];
  sheet.getRow(5).values = ["V-100", "Top Glove Corporation Bhd", "Malaysia", 1200];
  sheet.getRow(6).values = ["V-101", "Acme Ltd", "UK", 30];
  sheet.getRow(7).values = ["V-102", "Hoshine Silicon", "China", 5];
  sheet.getRow(8).values = ["V-103", null, "UK", 7];
  await workbook.xlsx.writeFile(file(name));
  return file(name);
}

describe("header rows", () => {
  it("skips title rows, says which row it used, and screens the supplier names", async () => {
    const input = await titledWorkbook("titled.xlsx");
    const { code, stdout, stderr } = await run([input, "--format", "json"]);
    expect(code).toBe(0);
    expect(stderr).toContain("Using row 4 as the header row; the 2 rows above it look like a title (use --header-row to choose another).");
    expect(stderr).toContain('Screening column B "Supplier Name"');
    const lines = jsonLines(stdout);
    expect(lines.map((l) => [l.row, l.input, l.risk])).toEqual([
      [5, "Top Glove Corporation Bhd", "High"],
      [6, "Acme Ltd", "None"],
      [7, "Hoshine Silicon", "Review"],
      [8, "", ""],
    ]);
  });

  it("takes --column as that row's header text and puts the result columns and the filter on it", async () => {
    const input = await titledWorkbook("titled2.xlsx");
    const out = file("titled2-out.xlsx");
    const { code } = await run([input, "--column", "Supplier Name", "--out", out]);
    expect(code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet("Register")!;
    expect([sheet.getCell("E4").value, sheet.getCell("F4").value, sheet.getCell("G4").value]).toEqual([
      "WRO risk",
      "WRO match",
      "WRO notes",
    ]);
    expect(sheet.getCell("E1").value).toBeNull();
    expect(sheet.getCell("A1").value).toBe("Supplier register 2025");
    expect(sheet.autoFilter).toBe("A4:G8");
    expect(sheet.getCell("E5").value).toBe("High");
    expect(sheet.getCell("E8").value).toBeNull();
  });

  it("takes --header-row N, and refuses a blank or missing row", async () => {
    const csv = "Report,,\nSupplier,Country,Spend\nTop Glove Bhd,MY,1\n";
    await fs.writeFile(file("hr.csv"), csv);
    const byOption = await run([file("hr.csv"), "--header-row", "2", "--format", "json"]);
    expect(byOption.code).toBe(0);
    expect(jsonLines(byOption.stdout)).toMatchObject([{ row: 3, risk: "High" }]);
    expect((await run([file("hr.csv"), "--header-row", "9"])).stderr).toContain("--header-row 9 is below the last row with data (row 3)");
    await fs.writeFile(file("hr-blank.csv"), "Supplier\n\nTop Glove\n");
    expect((await run([file("hr-blank.csv"), "--header-row", "2"])).stderr).toContain("--header-row 2 is a blank row");
  });

  it("keeps the title rows of a CSV in the CSV output", async () => {
    await fs.writeFile(file("title.csv"), "Supplier register,,\r\nSupplier,Country,Spend\r\nTop Glove Bhd,MY,1\r\n");
    const out = file("title-out.csv");
    expect((await run([file("title.csv"), "--out", out])).code).toBe(0);
    const text = await fs.readFile(out, "utf8");
    expect(text.split("\r\n").slice(0, 3)).toEqual([
      "\uFEFFSupplier register,,,,,",
      "Supplier,Country,Spend,WRO risk,WRO match,WRO notes",
      expect.stringMatching(/^Top Glove Bhd,MY,1,High,/),
    ]);
  });
});

describe("blank supplier cells", () => {
  const csv = "Supplier,Country\r\nTop Glove Bhd,MY\r\n,UK\r\n  ,FR\r\nAcme Ltd,UK\r\n";

  it("get an empty result in every format and are counted apart from None", async () => {
    await fs.writeFile(file("blanks.csv"), csv);
    const json = await run([file("blanks.csv"), "--format", "json"]);
    expect(jsonLines(json.stdout).map((l) => [l.row, l.risk, l.note, l.entity])).toEqual([
      [2, "High", expect.any(String), "Top Glove Corporation Bhd"],
      [3, "", "", null],
      [4, "", "", null],
      [5, "None", "No match on the lists.", null],
    ]);
    expect(json.stderr).toContain(
      "4 rows screened: 1 High, 0 Review, 0 Lifted, 1 None; 2 with a blank supplier cell, left without a result. Dataset fake-1.",
    );
    const csvReport = await run([file("blanks.csv"), "--format", "csv"]);
    expect(csvReport.stdout.split("\r\n")[2]).toBe("3,,,,,0,");
    const table = await run([file("blanks.csv")]);
    expect(table.stdout.split("\n")[2]).toMatch(/^\s*3\s*$/);

    const outCsv = file("blanks-out.csv");
    await run([file("blanks.csv"), "--out", outCsv]);
    expect((await fs.readFile(outCsv, "utf8")).split("\r\n")[2]).toBe(",UK,,,");
    const outXlsx = file("blanks-out.xlsx");
    await run([file("blanks.csv"), "--out", outXlsx]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(outXlsx);
    const sheet = workbook.worksheets[0];
    expect([sheet.getCell("C3").value, sheet.getCell("D3").value, sheet.getCell("E3").value]).toEqual([null, null, null]);
    expect(sheet.getCell("C5").value).toBe("None");
  });
});

describe("formulas saved without a value", () => {
  async function uncalculated(name: string): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Suppliers");
    sheet.addRow(["Supplier", "Country"]);
    sheet.addRow([{ formula: '"Top Glove"&" Bhd"' }, "MY"]);
    sheet.addRow([{ formula: "UPPER(C9)" }, "UK"]);
    sheet.addRow(["Acme Ltd", "UK"]);
    await workbook.xlsx.writeFile(file(name));
    return file(name);
  }

  it("are refused with a message naming the cells and what to do, never read as blank", async () => {
    const input = await uncalculated("nocache.xlsx");
    const { code, stderr } = await run([input]);
    expect(code).toBe(2);
    expect(stderr).toContain(
      `Error: 2 formulas have no saved value in "Suppliers" of ${input} (A2, A3): the file was written by a tool that does not calculate formulas. ` +
        "Open and save the file in Excel (or LibreOffice), or pass --formulas-as-text to screen the formula text.\n",
    );
  });

  it("are screened as their text with --formulas-as-text", async () => {
    const input = await uncalculated("nocache2.xlsx");
    const { code, stdout } = await run([input, "--formulas-as-text", "--format", "json"]);
    expect(code).toBe(0);
    expect(jsonLines(stdout).map((l) => [l.input, l.risk])).toEqual([
      ["Top Glove Bhd", "High"],
      ["=UPPER(C9)", "None"],
      ["Acme Ltd", "None"],
    ]);
  });
});

describe("cover sheets", () => {
  it("screens the first sheet that has a supplier column and names the sheets passed over", async () => {
    const workbook = new ExcelJS.Workbook();
    const cover = workbook.addWorksheet("Instructions");
    cover.addRow(["How to use this register"]);
    cover.addRow(["Fill in one row per contract.", "Owner: procurement"]);
    const register = workbook.addWorksheet("Register");
    register.addRow(["ID", "Supplier", "Country"]);
    register.addRow(["1", "Top Glove Bhd", "MY"]);
    await workbook.xlsx.writeFile(file("cover.xlsx"));
    const { code, stdout, stderr } = await run([file("cover.xlsx"), "--format", "json"]);
    expect(code).toBe(0);
    expect(stderr).toContain('Screening the sheet "Register": "Instructions" has no supplier column (use --sheet to choose).');
    expect(jsonLines(stdout)).toMatchObject([{ row: 2, risk: "High" }]);
  });

  it("names the other sheets when none has a supplier column", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Instructions").addRow(["Read me", "now"]);
    workbook.addWorksheet("Data").addRow(["Code", "Amount"]);
    await workbook.xlsx.writeFile(file("nosupplier.xlsx"));
    const { code, stderr } = await run([file("nosupplier.xlsx")]);
    expect(code).toBe(2);
    expect(stderr).toContain('No supplier column found in the header row (row 1) of "Instructions"');
    expect(stderr).toContain('No other sheet has one either ("Data"); choose the sheet with --sheet and the column with --column.');
  });
});

describe("CSV dialects", () => {
  it("writes a semicolon file for a semicolon input, with the same encoding", async () => {
    const input = file("semi.csv");
    await fs.writeFile(input, iconv.encode("Lieferant;Land;Betrag\r\nTop Glove Bhd;MY;1.200,50\r\nMüller GmbH;DE;3,5\r\n", "win1252"));
    const out = file("semi-out.csv");
    const { code, stderr } = await run([input, "--out", out]);
    expect(code).toBe(0);
    expect(stderr).toContain(`Read ${input} as Windows-1252 (Western European) (detected; use --encoding to change), delimited by ";".`);
    const text = iconv.decode(await fs.readFile(out), "win1252");
    expect(text.split("\r\n")[0]).toBe("Lieferant;Land;Betrag;WRO risk;WRO match;WRO notes");
    expect(text.split("\r\n")[2]).toBe("Müller GmbH;DE;3,5;None;;No match on the lists.");
  });

  it("keeps numbers and dates as numbers and dates when a CSV becomes an .xlsx", async () => {
    await fs.writeFile(file("typed.csv"), "Supplier,Spend,Due,Code,Phone\r\nAcme Ltd,1200.5,2025-03-31,00123,+44 20 7946 0000\r\n");
    const out = file("typed.xlsx");
    expect((await run([file("typed.csv"), "--out", out])).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell("B2").value).toBe(1200.5);
    expect(sheet.getCell("C2").value).toEqual(new Date(Date.UTC(2025, 2, 31)));
    expect(sheet.getCell("C2").numFmt).toBe("yyyy-mm-dd");
    expect(sheet.getCell("D2").value).toBe("00123");
    expect(sheet.getCell("E2").value).toBe("+44 20 7946 0000");
  });
});
