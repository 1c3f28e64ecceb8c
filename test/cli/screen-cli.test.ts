import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
// jszip ships with exceljs; it is used here only to look at the raw sheet XML exceljs wrote.
import JSZip from "jszip";
import { makeTempDir, run } from "./helpers";

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const file = (name: string) => path.join(dir, name);

async function writeCsv(name: string, text: string): Promise<string> {
  await fs.writeFile(file(name), text, "utf8");
  return file(name);
}

const LONG_NAME = "Long Supplier ".repeat(2300).slice(0, 32_000);

/** A register as people really keep them: odd cell types, a styled header, a second sheet. */
async function makeWorkbook(name: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Register", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(["Contract ID", "Supplier", "Country", "Value"]);
  sheet.getRow(1).font = { bold: true, color: { argb: "FFFFFFFF" } };
  sheet.getRow(1).eachCell((c) => (c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF305496" } }));
  sheet.getColumn(2).width = 38;
  sheet.addRow(["C-1", "Top Glove Corp Bhd", "Malaysia", 1200.5]); // 2
  sheet.addRow(["C-2", { richText: [{ text: "Hoshine " }, { text: "Silicon", font: { italic: true } }] }, "China", 10]); // 3
  sheet.addRow(["C-3", { formula: '"Old Lifted"&" Order"', result: "Old Lifted Order" }, "UK", 5]); // 4
  sheet.addRow(["C-4", { text: "Top Glove (link)", hyperlink: "https://topglove.example" }, "MY", 7]); // 5
  sheet.addRow(["C-5", { error: "#N/A" }, "", 0]); // 6
  sheet.addRow(["C-6", 123456, "", 0]); // 7
  sheet.addRow(["C-7", "=cmd|' /C calc'!A0", "", 0]); // 8: text that looks like a formula
  sheet.addRow(["C-8", LONG_NAME, "", 0]); // 9
  sheet.addRow([]); // 10: blank row inside the table
  sheet.addRow(["C-9", "Acme Widgets Ltd", "UK", { formula: "D2*2", result: 2401 }]); // 11
  sheet.getCell("D2").numFmt = '"£"#,##0.00';
  sheet.getCell("C2").dataValidation = { type: "list", allowBlank: true, formulae: ['"Malaysia,China,UK"'] };
  sheet.getCell("A2").note = "Renewal due";
  sheet.mergeCells("A12:B12");
  sheet.getCell("A12").value = "Register closed for 2025";
  const notes = workbook.addWorksheet("Notes");
  notes.getCell("A1").value = "Read me";
  notes.getCell("A1").font = { bold: true, size: 14 };
  notes.getCell("A2").value = "Second sheet that must survive the write.";
  notes.getCell("A2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  notes.getColumn(1).width = 60;
  await workbook.xlsx.writeFile(file(name));
  return file(name);
}

async function sheetXml(xlsxPath: string, sheetIndex = 1): Promise<string> {
  const zip = await JSZip.loadAsync(await fs.readFile(xlsxPath));
  return zip.file(`xl/worksheets/sheet${sheetIndex}.xml`)!.async("string");
}

describe("screen CLI on CSV", () => {
  const csv = "Contract ID,Supplier,Country\nC-1,Top Glove Corp Bhd,Malaysia\nC-2,Acme Widgets Ltd,UK\n\nC-4,Hoshine Silicon,China\n";

  it("prints a table with a summary and says which column it detected", async () => {
    const input = await writeCsv("register.csv", csv);
    const { code, stdout, stderr, screener } = await run([input]);
    expect(code).toBe(0);
    expect(stderr).toContain('Screening column B "Supplier" (detected');
    expect(stderr).toContain('Using column C "Country" as the country');
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^Row\s+Risk\s+Supplier\s+Match$/);
    expect(lines[1]).toMatch(/^\s*2\s+High\s+Top Glove Corp Bhd\s+Top Glove Corporation Bhd \(CBP WRO 2020-07-15\)$/);
    expect(lines[3]).toMatch(/^\s*5\s+Review\s+Hoshine Silicon/);
    expect(lines.at(-1)).toBe("3 rows screened: 1 High, 1 Review, 0 Lifted, 1 None. Dataset fake-1.");
    expect(screener.calls.map((c) => c.country)).toEqual(["Malaysia", "UK", "China"]);
  });

  it("prints JSON lines with the sheet row number, the listing and a 3-decimal score", async () => {
    const input = await writeCsv("register-json.csv", csv);
    const { code, stdout, stderr } = await run([input, "--format", "json", "--only-flagged"]);
    expect(code).toBe(0);
    const objects = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(objects).toEqual([
      {
        row: 2,
        input: "Top Glove Corp Bhd",
        risk: "High",
        entity: "Top Glove Corporation Bhd",
        listing: "wro-top-glove",
        score: 0.97,
        note: expect.stringContaining("Top Glove"),
      },
      {
        row: 5,
        input: "Hoshine Silicon",
        risk: "Review",
        entity: "Hoshine Silicon Industry (Shanshan) Co., Ltd",
        listing: "uflpa-hoshine",
        score: 0.812,
        note: expect.any(String),
      },
    ]);
    expect(stderr).toContain("3 rows screened");
  });

  it("gives null entity and listing for clean rows in JSON", async () => {
    const input = await writeCsv("register-json2.csv", csv);
    const { stdout } = await run([input, "--format", "json"]);
    expect(JSON.parse(stdout.trim().split("\n")[1])).toEqual({
      row: 3,
      input: "Acme Widgets Ltd",
      risk: "None",
      entity: null,
      listing: null,
      score: 0,
      note: "No match on the lists.",
    });
  });

  it("writes a CSV copy with the three columns, BOM, CRLF and injection guard, and updates it in place on a second run", async () => {
    const input = await writeCsv("inj.csv", "Supplier,Comment,,Extra\nTop Glove Bhd,=1+1,,keep me\n@Acme,-5,,\n");
    const out = file("inj-out.csv");
    const first = await run([input, "--out", out]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/2 rows screened: 1 High.*Wrote .*inj-out\.csv\./);
    const text = await fs.readFile(out, "utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const records = text.slice(1).split("\r\n");
    // Column C is blank throughout but D is not, so the results go after D.
    expect(records[0]).toBe("Supplier,Comment,,Extra,WRO risk,WRO match,WRO notes");
    expect(records[1]).toMatch(/^Top Glove Bhd,'=1\+1,,keep me,High,Top Glove Corporation Bhd \(CBP WRO 2020-07-15\),Matches/);
    expect(records[2]).toMatch(/^'@Acme,-5,,,None,,No match on the lists\.$/);

    const again = file("inj-out-2.csv");
    const second = await run([out, "--out", again]);
    expect(second.code).toBe(0);
    // The screener saw the original text, not the guarded one, and the columns were reused, not repeated.
    expect(second.screener.calls.map((c) => c.name)).toEqual(["Top Glove Bhd", "@Acme"]);
    expect((await fs.readFile(again, "utf8")).slice(1).split("\r\n")[0]).toBe("Supplier,Comment,,Extra,WRO risk,WRO match,WRO notes");
    expect(await fs.readFile(again, "utf8")).toBe(text);
  });

  it("places the results after data that sits under a blank header", async () => {
    const input = await writeCsv("blank-header.csv", "Supplier,Country\nAcme,UK,stray note\n");
    const out = file("blank-header-out.csv");
    expect((await run([input, "--out", out])).code).toBe(0);
    const [header, row] = (await fs.readFile(out, "utf8")).slice(1).split("\r\n");
    expect(header).toBe("Supplier,Country,,WRO risk,WRO match,WRO notes");
    expect(row.startsWith("Acme,UK,stray note,None,")).toBe(true);
  });

  it("honours Excel's sep= line and numbers rows as Excel shows them", async () => {
    const input = await writeCsv("sep.csv", "sep=;\r\nLieferant;Land\r\nTop Glove, Bhd;Malaysia\r\n");
    const { code, stdout } = await run([input, "--format", "json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ row: 2, input: "Top Glove, Bhd", risk: "High" });
  });

  it("says so when nothing is flagged or there are no data rows", async () => {
    const clean = await writeCsv("clean.csv", "Supplier\nAcme Ltd\n");
    expect((await run([clean, "--only-flagged"])).stdout).toBe(
      "No row is flagged.\n1 row screened: 0 High, 0 Review, 0 Lifted, 1 None. Dataset fake-1.\n",
    );
    const headerOnly = await writeCsv("header-only.csv", "Supplier,Country\n");
    const result = await run([headerOnly]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("No data rows below the header.\n0 rows screened: 0 High, 0 Review, 0 Lifted, 0 None. Dataset fake-1.\n");
  });

  it("prints CSV on stdout with --format csv", async () => {
    const input = await writeCsv("fmt.csv", csv);
    const { stdout } = await run([input, "--format", "csv", "--only-flagged"]);
    expect(stdout.split("\r\n")[0]).toBe("row,input,risk,entity,listing,score,note");
    expect(stdout.split("\r\n")[1]).toMatch(/^2,Top Glove Corp Bhd,High,Top Glove Corporation Bhd,wro-top-glove,0\.97,/);
  });

  it("fits the table to a narrow terminal", async () => {
    const input = await writeCsv("wide.csv", `Supplier\n${"Top Glove " + "very long name ".repeat(20)}\n`);
    const { stdout } = await run([input], { stdoutTTY: true, columns: 60 });
    const lines = stdout.trimEnd().split("\n").slice(0, -1); // all but the summary line
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(60);
    expect(lines[1]).toContain("…");
  });

  it("reports progress on stderr for large files", async () => {
    const rows = Array.from({ length: 12_000 }, (_, i) => `Supplier ${i % 500}`).join("\n");
    const input = await writeCsv("big.csv", `Supplier\n${rows}\n`);
    const { code, stderr, stdout, screener } = await run([input, "--format", "json"]);
    expect(code).toBe(0);
    expect(stderr).toContain("Screened 10,000 of 12,000 rows");
    expect(stdout.trim().split("\n")).toHaveLength(12_000);
    // Repeated names are screened once.
    expect(screener.calls).toHaveLength(500);
  });
});

describe("screen CLI on XLSX", () => {
  it("converts every cell kind to what Excel shows before screening", async () => {
    const input = await makeWorkbook("kinds.xlsx");
    const { code, stdout, screener } = await run([input, "--format", "json"]);
    expect(code).toBe(0);
    expect(screener.calls.map((c) => c.name)).toEqual([
      "Top Glove Corp Bhd",
      "Hoshine Silicon",
      "Old Lifted Order",
      "Top Glove (link)",
      "#N/A",
      123456,
      "=cmd|' /C calc'!A0",
      LONG_NAME,
      "Acme Widgets Ltd",
      null,
    ]);
    const rows = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(rows.map((r) => [r.row, r.risk])).toEqual([
      [2, "High"],
      [3, "Review"],
      [4, "Lifted"],
      [5, "High"],
      [6, "None"],
      [7, "None"],
      [8, "None"],
      [9, "None"],
      [11, "None"],
      [12, ""], // blank supplier cell: an empty result, not None
    ]);
    // Row 12 is a note merged across A:B; the hidden half of the merge is blank, as in Excel.
    expect(rows.at(-1).input).toBe("");
  });

  it("writes an .xlsx that keeps the other sheet and formatting, and adds the columns, fills, links and autofilter", async () => {
    const input = await makeWorkbook("keep.xlsx");
    const before = await fs.readFile(input);
    const out = file("keep-out.xlsx");
    const { code } = await run([input, "--out", out, "--column", "supplier"]);
    expect(code).toBe(0);
    expect(await fs.readFile(input)).toEqual(before);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    // The report sheet (docs/decisions.md) comes after the input's sheets.
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Register", "Notes", "WRO screening report"]);
    const notes = workbook.getWorksheet("Notes")!;
    expect(notes.getCell("A1").value).toBe("Read me");
    expect(notes.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    expect(notes.getCell("A2").fill).toMatchObject({ fgColor: { argb: "FFFFFF00" } });
    expect(notes.getColumn(1).width).toBe(60);

    const sheet = workbook.getWorksheet("Register")!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getColumn(2).width).toBe(38);
    expect(sheet.getCell("A1").fill).toMatchObject({ fgColor: { argb: "FF305496" } });
    expect(sheet.getCell("D2").numFmt).toBe('"£"#,##0.00');
    expect(sheet.getCell("D11").value).toEqual({ formula: "D2*2", result: 2401 });
    expect(sheet.getCell("B5").value).toEqual({ text: "Top Glove (link)", hyperlink: "https://topglove.example" });
    expect(sheet.getCell("C2").dataValidation).toMatchObject({ type: "list", formulae: ['"Malaysia,China,UK"'] });
    expect(sheet.getCell("A2").note).toBe("Renewal due");
    expect(sheet.getCell("B12").isMerged).toBe(true);
    expect(["E1", "F1", "G1"].map((a) => sheet.getCell(a).value)).toEqual(["WRO risk", "WRO match", "WRO notes"]);
    expect(sheet.getCell("E1").font?.bold).toBe(true);
    expect(sheet.autoFilter).toBe("A1:G12");

    expect(sheet.getCell("E2").value).toBe("High");
    expect(sheet.getCell("E2").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFFFC7CE" } });
    expect(sheet.getCell("E3").fill).toMatchObject({ fgColor: { argb: "FFFFEB9C" } });
    expect(sheet.getCell("E4").value).toBe("Lifted");
    expect(sheet.getCell("E4").fill).toMatchObject({ fgColor: { argb: "FFDDEBF7" } });
    expect(sheet.getCell("E11").value).toBe("None");
    expect((sheet.getCell("E11").fill as ExcelJS.FillPattern | undefined)?.pattern ?? "none").toBe("none");
    expect(sheet.getCell("F2").value).toEqual({
      text: "Top Glove Corporation Bhd (CBP WRO 2020-07-15)",
      hyperlink: "https://www.cbp.gov/newsroom/top-glove",
    });
    // No https source on the Hoshine fake listing, so plain text.
    // Every listing has an official page to check it on (verifyUrl), even when no source is an address.
    expect(sheet.getCell("F3").value).toEqual({
      text: "Hoshine Silicon Industry (Shanshan) Co., Ltd (UFLPA 2020-07-15)",
      hyperlink: "https://www.dhs.gov/uflpa-entity-list",
    });
    expect(sheet.getCell("E10").value).toBeNull();
    expect(sheet.getCell("B8").value).toBe("=cmd|' /C calc'!A0");
    expect(String(sheet.getCell("B9").value)).toHaveLength(32_000);

    // Only the input's own formulas (B4 and D11) are formulas in the output; nothing written became one.
    const xml = await sheetXml(out);
    expect(xml.match(/<f>/g)).toHaveLength(2);
  });

  it("updates its own columns in place when run on its output", async () => {
    const input = await makeWorkbook("rerun.xlsx");
    const first = file("rerun-1.xlsx");
    const second = file("rerun-2.xlsx");
    expect((await run([input, "--out", first])).code).toBe(0);
    expect((await run([first, "--out", second])).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(second);
    const sheet = workbook.getWorksheet("Register")!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      "Contract ID",
      "Supplier",
      "Country",
      "Value",
      "WRO risk",
      "WRO match",
      "WRO notes",
    ]);
    expect(sheet.getCell("H1").value).toBeNull();
    expect(sheet.getCell("E2").value).toBe("High");
  });

  it("turns a CSV into a styled .xlsx", async () => {
    const input = await writeCsv("to-xlsx.csv", "Vendor,Country\nTop Glove Bhd,Malaysia\nAcme,UK\n");
    const out = file("to-xlsx.xlsx");
    expect((await run([input, "--out", out])).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe("to-xlsx");
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(["Vendor", "Country", "WRO risk", "WRO match", "WRO notes"]);
    expect(sheet.getCell("A1").font?.bold).toBe(true);
    expect(sheet.getCell("C2").fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
    expect(sheet.autoFilter).toBe("A1:E3");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  it("reads the sheet named by --sheet and skips empty ones by default", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Cover");
    const data = workbook.addWorksheet("Data");
    data.addRow(["Supplier name"]);
    data.addRow(["Top Glove"]);
    await workbook.xlsx.writeFile(file("sheets.xlsx"));
    const byDefault = await run([file("sheets.xlsx"), "--format", "json"]);
    expect(byDefault.code).toBe(0);
    expect(JSON.parse(byDefault.stdout).risk).toBe("High");
    const empty = await run([file("sheets.xlsx"), "--sheet", "cover"]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe('Error: The worksheet "Cover" in ' + file("sheets.xlsx") + " is empty.\n");
    const blankBook = new ExcelJS.Workbook();
    blankBook.addWorksheet("One");
    blankBook.addWorksheet("Two").getCell("C3").value = "   ";
    await blankBook.xlsx.writeFile(file("blank-book.xlsx"));
    const allEmpty = await run([file("blank-book.xlsx")]);
    expect(allEmpty.code).toBe(2);
    expect(allEmpty.stderr).toContain('has no data: every worksheet ("One", "Two") is empty.');
    const unknown = await run([file("sheets.xlsx"), "--sheet", "Suppliers"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no worksheet named "Suppliers". Its sheets are: "Cover", "Data".');
  });
});

describe("screen CLI refuses bad input with exit code 2 and a clear message", () => {
  it("names the headers when no supplier column can be found", async () => {
    const input = await writeCsv("nocol.csv", "Date,Amount\n2025-01-01,5\n");
    const { code, stderr, stdout } = await run([input]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/No supplier column found in the header row \(row 1\) of "nocol".*--column.*A "Date", B "Amount"/);
  });

  it("names both candidates when the supplier column is ambiguous", async () => {
    const input = await writeCsv("ambiguous.csv", "Supplier,Manufacturer\nA,B\n");
    const { code, stderr } = await run([input]);
    expect(code).toBe(2);
    expect(stderr).toContain('More than one column could hold the supplier name: A "Supplier" and B "Manufacturer"');
  });

  it("warns when the chosen column is blank in every row", async () => {
    const input = await writeCsv("blank-col.csv", "Supplier,Notes\nAcme,x\n");
    const { code, stderr } = await run([input, "--column", "F"]);
    expect(code).toBe(0);
    expect(stderr).toContain("Warning: column F is blank in every row; check --column.");
  });

  it("rejects a --column that matches nothing", async () => {
    const input = await writeCsv("missing.csv", "Supplier\nA\n");
    const { code, stderr } = await run([input, "--column", "Vendor name"]);
    expect(code).toBe(2);
    expect(stderr).toContain('--column "Vendor name" matches no header');
  });

  it.each([
    ["report.xlsx", Buffer.from("%PDF-1.7\n1 0 obj\n"), /is not a spreadsheet: it is a PDF document/],
    ["text.xlsx", Buffer.from("Supplier,Country\nA,B\n"), /named \.xlsx but holds plain text/],
    ["legacy.xls", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /Excel 97-2003/],
    ["image.csv", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), /binary data/],
    ["broken.xlsx", Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), /zip archive that is damaged or holds no Excel workbook/],
    ["empty.csv", Buffer.alloc(0), /is empty \(0 bytes\)/],
    ["export.xls", Buffer.from("\uFEFF <html><body><table><tr><td>Supplier</td></tr></table>"), /is a web page \(HTML or XML/],
    ["meta.csv", Buffer.from('<meta charset="utf-8"><table><tr><td>Supplier</td></tr></table>'), /is a web page \(HTML or XML/],
    [
      "signin.xlsx",
      Buffer.from("<!DOCTYPE html><html><head><title>Sign in</title></head><body><form><input type=password></form></body></html>"),
      /named \.xlsx but is a web page \(HTML\), often a sign-in or error page saved instead of the workbook; download the workbook again/,
    ],
    [
      "binary.xlsb",
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from("xl/workbook.bin")]),
      /Excel binary workbook \(\.xlsb\), which this tool cannot read; open it in Excel and save it as \.xlsx/,
    ],
    [
      "letter.xlsx",
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from("word/document.xml")]),
      /is a Word document/,
    ],
    [
      "spreadsheet.ods",
      Buffer.concat([
        Buffer.from([0x50, 0x4b, 0x03, 0x04]),
        Buffer.alloc(26),
        Buffer.from("mimetypeapplication/vnd.oasis.opendocument.spreadsheet"),
      ]),
      /it is an OpenDocument spreadsheet \(\.ods\); open it in LibreOffice or Excel and save it as \.xlsx or \.csv/,
    ],
    ["blank.csv", Buffer.from("\n\n ,\n"), /has no data/],
  ])("%s", async (name, bytes, message) => {
    await fs.writeFile(file(name), bytes);
    const { code, stderr } = await run([file(name)]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it("reports a missing file", async () => {
    const { code, stderr } = await run([file("nope.csv")]);
    expect(code).toBe(2);
    expect(stderr).toBe(`Error: Cannot find the input file ${file("nope.csv")}. Check the name, or give the full path.\n`);
  });

  it("takes relative paths from the folder the command was typed in (npm's INIT_CWD) and says where it looked", async () => {
    await writeCsv("here.csv", "Supplier\nTop Glove Bhd\n");
    const { code, stdout } = await run(["here.csv", "--out", "here-out.csv"], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toContain(`Wrote here-out.csv (${file("here-out.csv")}).`);
    expect(await fs.readFile(file("here-out.csv"), "utf8")).toContain("High");
    const missing = await run(["not-here.csv"], { cwd: dir });
    expect(missing.stderr).toBe(
      `Error: Cannot find the input file not-here.csv (looked for ${file("not-here.csv")}). Check the name, or give the full path.\n`,
    );
  });

  it("refuses --out equal to the input, however it is spelled, and leaves the input alone", async () => {
    const input = await writeCsv("same.csv", "Supplier\nTop Glove\n");
    const spelled = path.join(dir, ".", "sub", "..", "same.csv");
    for (const out of [input, spelled]) {
      const { code, stderr } = await run([input, "--out", out]);
      expect(code).toBe(2);
      expect(stderr).toContain("is the input file");
    }
    await fs.symlink(input, file("link.csv"));
    expect((await run([file("link.csv"), "--out", input])).code).toBe(2);
    expect(await fs.readFile(input, "utf8")).toBe("Supplier\nTop Glove\n");
  });

  it("rejects bad options", async () => {
    const input = await writeCsv("opts.csv", "Supplier\nA\n");
    expect((await run([input, "--format", "xml"])).stderr).toContain("--format must be table, json or csv");
    expect((await run([input, "--out", file("x.txt")])).stderr).toContain("--out must end in .xlsx, .xlsm or .csv");
    expect((await run([input, "--out", path.join(dir, "no-such-dir", "x.csv")])).stderr).toContain("does not exist");
    expect((await run([input, "--colum", "A"])).stderr).toBe(
      "Error: Unknown option --colum. Did you mean --column? Run with --help for the options.\n",
    );
    expect((await run([input, "--only-flaged"])).stderr).toContain("Did you mean --only-flagged?");
    expect((await run([input, "--formulas-as-txt"])).stderr).toContain("Did you mean --formulas-as-text?");
    expect((await run([input, "--zzzzzz"])).stderr).toBe("Error: Unknown option --zzzzzz. Run with --help for the options.\n");
    expect((await run([input, "--header-row", "0"])).stderr).toContain("--header-row must be a row number");
    expect((await run([input, "--encoding", "ebcdic"])).stderr).toContain('--encoding "ebcdic" is not an encoding this tool reads');
    expect((await run([input, "--sheet", "S"])).stderr).toContain("--sheet applies to .xlsx workbooks only");
    await fs.mkdir(file("folder.csv"));
    expect((await run([input, "--out", file("folder.csv")])).stderr).toContain("it is a folder");
    expect((await run([])).code).toBe(2);
  });

  it("prints usage with --help", async () => {
    const { code, stdout } = await run(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: npm run --silent screen -- INPUT [options]");
    expect(stdout).toContain("--only-flagged");
  });
});

describe("reading .xlsx", () => {
  it("keeps parts it does not understand (a chart) byte for byte, without a warning", async () => {
    const input = await makeWorkbook("with-chart.xlsx");
    const zip = await JSZip.loadAsync(await fs.readFile(input));
    zip.file("xl/charts/chart1.xml", "<c:chartSpace/>");
    await fs.writeFile(input, await zip.generateAsync({ type: "nodebuffer" }));
    const toXlsx = await run([input, "--out", file("with-chart-out.xlsx")]);
    expect(toXlsx.code).toBe(0);
    expect(toXlsx.stderr).not.toContain("Warning");
    const out = await JSZip.loadAsync(await fs.readFile(file("with-chart-out.xlsx")));
    expect(await out.file("xl/charts/chart1.xml")!.async("string")).toBe("<c:chartSpace/>");
  });

  it("keeps Chinese names intact in a large workbook", async () => {
    // exceljs's streaming reader garbles a multi-byte character that straddles two zip chunks;
    // this needs shared strings well past one 64 KB chunk to catch that regression.
    const { readInput } = await import("../../src/cli/read-input");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("供应商");
    sheet.addRow(["供应商名称"]);
    const names = Array.from({ length: 6000 }, (_, i) => `合盛硅业股份有限公司第${i}分公司`);
    names.forEach((n) => sheet.addRow([n]));
    await workbook.xlsx.writeFile(file("cjk.xlsx"));
    const table = await readInput(file("cjk.xlsx"));
    expect(table.rows.map((r) => r.cells[0])).toEqual(names);
  });

  it("follows the tab order, not the file order, to find the first sheet with data", async () => {
    const workbook = new ExcelJS.Workbook();
    const later = workbook.addWorksheet("Later");
    later.addRow(["Supplier"]);
    later.addRow(["Acme"]);
    const first = workbook.addWorksheet("First");
    first.addRow(["Vendor"]);
    first.addRow(["Top Glove"]);
    // Move "First" to the front of the tabs; its sheet id stays 2.
    (first as unknown as { orderNo: number }).orderNo = -1;
    await workbook.xlsx.writeFile(file("tabs.xlsx"));
    const { readInput } = await import("../../src/cli/read-input");
    expect((await readInput(file("tabs.xlsx"))).sheetName).toBe("First");
  });
});

describe("the report sheet's name", () => {
  it("refuses to screen a sheet named like the report into an .xlsx with a report (it would be replaced)", async () => {
    await fs.writeFile(file("WRO screening report.csv"), "Supplier\r\nAcme Widgets Ltd\r\n");
    const refused = await run([file("WRO screening report.csv"), "--out", file("named-like-report.xlsx")]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('would be named "WRO screening report", like the report sheet');
    await expect(fs.stat(file("named-like-report.xlsx"))).rejects.toThrow();
    const without = await run([file("WRO screening report.csv"), "--out", file("named-like-report.xlsx"), "--no-report"]);
    expect(without.code).toBe(0);
  });
});
