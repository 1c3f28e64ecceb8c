import { editSheetXml, sheetEditor, sheetLayoutOf, type ResultCells } from "../../src/cli/xlsx/sheet-edit";
import { readSheet, isDateFormat, serialToDate, type WorkbookInfo } from "../../src/cli/xlsx/read-sheet";
import { zipSync, strToU8, unzipSync, strFromU8 } from "fflate";
import { ZipWriter } from "../../src/cli/xlsx/zip-out";
import { Progress } from "../../src/cli/progress";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { makeTempDir, run } from "./helpers";
import { tmpdir } from "node:os";
import { spawnSync } from "node:child_process";
import * as path from "node:path";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
// Row 1 header (with spans), row 2 with an earlier run's result cell in E, row 3 self-closing,
// row 4 with an astral character and CRLF text, an old hyperlink on E2, a table-less sheet.
const SHEET =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet ${NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
  `<dimension ref="A1:E4"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData>` +
  `<row r="1" spans="1:5"><c r="A1" t="s" s="3"><v>0</v></c><c r="B1" t="s" s="3"><v>1</v></c></row>` +
  `<row r="2"><c r="A2" t="inlineStr"><is><t>Top Glove &amp; Co</t></is></c><c r="E2" t="inlineStr"><is><t>old</t></is></c></row>` +
  `<row r="3"/>` +
  `<row r="4"><c r="A4" t="inlineStr"><is><t xml:space="preserve">𠀋 line\r\nbreak</t></is></c><c r="B4"><f>1+1</f><v>2</v></c></row>` +
  `</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
  `<hyperlinks><hyperlink ref="E2" r:id="rIdWro1"/><hyperlink ref="A2" r:id="rId9"/></hyperlinks></worksheet>`;

function results(): Map<number, ResultCells> {
  return new Map<number, ResultCells>([
    [2, { risk: "high", texts: ["High", "TOP GLOVE", "note"], linkId: "rIdWro1" }],
    [3, { risk: "none", texts: ["None", "", ""], linkId: null }],
    [4, { risk: "none", texts: ["None", "", ""], linkId: null }],
  ]);
}
const EDIT = {
  headerRow: 1,
  columns: [4, 5, 6],
  headers: ["WRO risk", "WRO match", "WRO notes"],
  lastHeaderColumn: 1,
  xf: { high: 10, review: 11, lifted: 12, none: 13 },
  widths: [10, 45, 70],
  lastRow: 4,
};

describe("streamed sheet edit", () => {
  it("gives the same XML whatever the size of the pieces it is fed", () => {
    const whole = editSheetXml(SHEET, { ...EDIT, results: results() });
    for (const size of [1, 7, 64, 1000]) {
      const pieces: string[] = [];
      const editor = sheetEditor({ ...EDIT, results: results() }, sheetLayoutOf(SHEET), (t) => pieces.push(t));
      for (let i = 0; i < SHEET.length; i += size) editor.write(SHEET.slice(i, i + size));
      editor.close();
      expect(pieces.join("")).toBe(whole);
    }
  });

  it("copies untouched XML as it was and writes only the changes", () => {
    const xml = editSheetXml(SHEET, { ...EDIT, results: results() });
    // The header row loses its spans hint and gains the result headers in the last header's style.
    expect(xml).toContain('<row r="1"><c r="A1" t="s" s="3"><v>0</v></c><c r="B1" t="s" s="3"><v>1</v></c><c r="E1" s="3" t="inlineStr">');
    // The earlier run's cell and link are replaced, the user's link kept.
    expect(xml).not.toContain(">old<");
    expect(xml).toContain('<hyperlinks><hyperlink ref="A2" r:id="rId9"/><hyperlink ref="F2" r:id="rIdWro1"/></hyperlinks>');
    // A self-closing row becomes an open one holding its result.
    expect(xml).toContain('<row r="3"><c r="E3" s="13" t="inlineStr"><is><t xml:space="preserve">None</t></is></c></row>');
    // Text, entities, line breaks and astral characters are copied byte for byte.
    expect(xml).toContain("<t>Top Glove &amp; Co</t>");
    expect(xml).toContain("𠀋 line\r\nbreak");
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n')).toBe(true);
    expect(xml).toContain('<dimension ref="A1:G4"/>');
    expect(xml).toContain('<autoFilter ref="A1:G4"/><pageMargins');
  });
  it("writes further columns in the same pass, leaving a column's cells and header alone where they have no text", () => {
    // Column D is the input's own (say "WRO decision"): written only in row 3; H is new, headed, written in rows 2 and 3.
    const sheet =
      `<worksheet ${NS}><sheetData><row r="1"><c r="A1" s="3" t="inlineStr"><is><t>Supplier</t></is></c><c r="D1" s="3" t="inlineStr"><is><t>Mine</t></is></c></row>` +
      `<row r="2"><c r="A2" t="inlineStr"><is><t>x</t></is></c><c r="D2" t="inlineStr"><is><t>kept</t></is></c></row>` +
      `<row r="3"><c r="A3" t="inlineStr"><is><t>y</t></is></c></row></sheetData><pageMargins/></worksheet>`;
    const xml = editSheetXml(sheet, {
      headerRow: 1,
      columns: [4, 5, 6, 3, 7],
      headers: ["WRO risk", "WRO match", "WRO notes", null, "Basis"],
      riskStyledColumns: 3,
      lastHeaderColumn: 3,
      results: new Map<number, ResultCells>([
        [2, { risk: "high", texts: ["High", "", "", null, "b2"], linkId: null }],
        [3, { risk: "none", texts: ["None", "", "", "Cleared", "b3"], linkId: null }],
      ]),
      xf: EDIT.xf,
      widths: [10, 45, 70, 34, 60],
      lastRow: 3,
      dataValidation: (p) => `<${p}dataValidation type="list" sqref="D2:D3"/>`,
    });
    expect(xml).toContain('<c r="D1" s="3" t="inlineStr"><is><t>Mine</t></is></c><c r="E1" s="3" t="inlineStr">');
    expect(xml).toContain('<c r="D2" t="inlineStr"><is><t>kept</t></is></c><c r="E2" s="10" t="inlineStr">');
    expect(xml).toContain('<c r="H2" s="13" t="inlineStr"><is><t xml:space="preserve">b2</t></is></c></row>');
    // Cells in column order, whatever the order of the edit's columns.
    expect(xml).toMatch(/<c r="A3"[^]*<c r="D3" s="13"[^]*Cleared[^]*<c r="E3"[^]*<c r="H3"/);
    expect(xml).toContain('<cols><col min="4" max="4" width="34" customWidth="1"/><col min="5" max="5" width="10" customWidth="1"/>');
    expect(xml).toContain(
      '<autoFilter ref="A1:H3"/><dataValidations count="1"><dataValidation type="list" sqref="D2:D3"/></dataValidations><pageMargins/>',
    );
  });
});

describe("streamed sheet reading", () => {
  const info: WorkbookInfo = { sheets: [], sharedStrings: ["Supplier", "Country"], dateStyles: [false, true], date1904: false };
  function rowsOf(xml: string) {
    const bytes = zipSync({ "xl/worksheets/sheet1.xml": strToU8(xml) });
    const rows: Array<{ rowNumber: number; cells: unknown[] }> = [];
    const facts = readSheet(bytes, "xl/worksheets/sheet1.xml", info, (r) => rows.push(r));
    return { rows, facts };
  }

  it("reads shared, inline and rich strings, numbers, dates, booleans, errors and formulas without values", () => {
    const { rows, facts } = rowsOf(
      `<worksheet ${NS}><cols><col min="1" max="3" width="9"/></cols><sheetData>` +
        `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>` +
        `<row r="3"><c r="A3" t="inlineStr"><is><r><t>Hoshine </t></r><r><t>Silicon</t></r><rPh><t>ホ</t></rPh></is></c>` +
        `<c r="B3" s="1"><v>45000</v></c><c r="C3"><v>12.5</v></c><c r="D3" t="b"><v>1</v></c><c r="E3" t="e"><v>#N/A</v></c>` +
        `<c r="F3"><f>UPPER(C9)</f></c><c r="G3" t="str"><f>"a"&amp;"b"</f><v>ab</v></c></row>` +
        `</sheetData><autoFilter ref="A1:C3"/></worksheet>`,
    );
    expect(rows.map((r) => r.rowNumber)).toEqual([1, 3]);
    expect(rows[0].cells).toEqual(["Supplier", undefined, "Country"]);
    expect(rows[1].cells).toEqual([
      "Hoshine Silicon",
      serialToDate(45000, false),
      12.5,
      true,
      { error: "#N/A" },
      { formula: "UPPER(C9)", result: undefined },
      "ab",
    ]);
    expect([...facts.topLevel]).toEqual(["cols", "sheetData", "autoFilter"]);
    expect(facts.maxColCovered).toBe(3);
  });

  it("keeps a character whole when it straddles two slices of the part", () => {
    const name = "合盛硅业".repeat(150_000);
    const { rows } = rowsOf(
      `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${name}</t></is></c></row></sheetData></worksheet>`,
    );
    expect(rows[0].cells[0]).toBe(name);
  });

  it("tells date formats from others", () => {
    expect(isDateFormat("yyyy-mm-dd")).toBe(true);
    expect(isDateFormat("[$-409]d-mmm-yy;@")).toBe(true);
    expect(isDateFormat('#,##0.00 "days"')).toBe(false);
    expect(isDateFormat("[Red]0.00")).toBe(false);
    expect(isDateFormat("General")).toBe(false);
  });
});

describe("ZipWriter", () => {
  it("writes parts added as bytes and as streamed text into a zip that unzips to the same content", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "wro-zip-"));
    try {
      const file = path.join(dir, "out.zip");
      const zip = new ZipWriter(file);
      zip.addBytes("a.xml", strToU8("<a/>"));
      const big: string[] = [];
      await zip.addText("b.xml", async (entry) => {
        for (let i = 0; i < 20_000; i++) {
          const piece = `<r i="${i}">合盛</r>`;
          big.push(piece);
          entry.write(piece);
          if (i % 1000 === 0) await entry.drained();
        }
      });
      zip.addBytes("c.xml", new Uint8Array(0));
      await zip.finish();
      const parts = unzipSync(readFileSync(file));
      expect(Object.keys(parts)).toEqual(["a.xml", "b.xml", "c.xml"]);
      expect(strFromU8(parts["a.xml"])).toBe("<a/>");
      expect(strFromU8(parts["b.xml"])).toBe(big.join(""));
      expect(parts["c.xml"].length).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("Progress", () => {
  const sink = (isTTY: boolean) => {
    const lines: string[] = [];
    return { lines, stream: { isTTY, columns: 100, write: (s: string) => lines.push(s) } };
  };

  it("writes a plain line every tenth of the rows when stderr is not a terminal", () => {
    const { lines, stream } = sink(false);
    const progress = new Progress(stream, true);
    progress.start("Screening", "Screened", 1_000_000);
    for (let n = 10_000; n <= 1_000_000; n += 10_000) progress.update(n);
    progress.end();
    expect(lines).toHaveLength(9);
    expect(lines[0]).toBe("Screened 100,000 of 1,000,000 rows…\n");
    expect(lines[8]).toBe("Screened 900,000 of 1,000,000 rows…\n");
  });

  it("redraws one line with a bar on a terminal and clears it at the end", () => {
    const { lines, stream } = sink(true);
    const progress = new Progress(stream, true);
    progress.start("Writing", "Wrote", 200);
    progress.update(100);
    progress.end();
    expect(lines[0].startsWith("\rWriting    ████████████░░░░░░░░░░░░  50%  100 of 200 rows  ")).toBe(true);
    expect(lines[0].endsWith(" s\x1b[K")).toBe(true);
    expect(lines[1]).toBe("\r\x1b[K");
  });

  it("shows nothing when off", () => {
    const { lines, stream } = sink(true);
    const progress = new Progress(stream, false);
    progress.start("Reading", "Read");
    progress.update(500_000);
    progress.end();
    expect(lines).toEqual([]);
  });
});

describe("limits of an .xlsx output", () => {
  it("refuses a CSV longer than an Excel sheet before screening it", async () => {
    const dir = await makeTempDir();
    try {
      const input = path.join(dir, "long.csv");
      // 1,048,576 blank lines after the header put the one data row on line 1,048,578.
      writeFileSync(input, "Supplier\n" + "\n".repeat(1_048_576) + "Top Glove Bhd\n");
      const refused = await run([input, "--out", path.join(dir, "long.xlsx")]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(
        `Error: ${input} has 1,048,578 rows, more than an Excel sheet holds (1,048,576), so it cannot be written as ${path.join(dir, "long.xlsx")}. Write a CSV instead`,
      );
      expect(refused.screener.calls).toHaveLength(0);
      expect(existsSync(path.join(dir, "long.xlsx"))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("CSV → .xlsx written as a stream", () => {
  it("reads back through the CLI's own reader with its values, types and result columns", async () => {
    const dir = await makeTempDir();
    try {
      const input = path.join(dir, "typed.csv");
      writeFileSync(input, "Supplier;Spend;Due\r\nTop Glove Bhd;3,5;2025-03-31\r\nAcme <&> Ltd;12;2025-03-31 14:05\r\n");
      const out = path.join(dir, "typed.xlsx");
      expect((await run([input, "--out", out])).code).toBe(0);
      const again = await run([out, "--format", "json"]);
      expect(again.code).toBe(0);
      const parts = unzipSync(readFileSync(out));
      const sheet = strFromU8(parts["xl/worksheets/sheet1.xml"]);
      expect(sheet).toContain('<c r="B2"><v>3.5</v></c>');
      expect(sheet).toContain('<c r="C3" s="3"><v>');
      expect(sheet).toContain("Acme &lt;&amp;&gt; Ltd");
      expect(sheet).toContain('<autoFilter ref="A1:F3"/>');
      expect(strFromU8(parts["xl/workbook.xml"])).toContain("'typed'!$A$1:$F$3");
      expect(
        again.stdout
          .trim()
          .split("\n")
          .map((l) => JSON.parse(l).input),
      ).toEqual(["Top Glove Bhd", "Acme <&> Ltd"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// LibreOffice Calc as a real spreadsheet client for the workbook written from a CSV.
const haveSoffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
(haveSoffice ? describe : describe.skip)("LibreOffice opens the .xlsx written from a CSV", () => {
  if (!haveSoffice) console.warn("Skipping: soffice (LibreOffice) is not installed, so the output is not opened by a real client.");
  it("shows the typed values and the results", async () => {
    const dir = await makeTempDir();
    try {
      const input = path.join(dir, "lo.csv");
      writeFileSync(input, "Supplier;Spend;Due\r\nTop Glove Bhd;3,5;2025-03-31\r\nAcme Ltd;12;2025-03-31 14:05\r\n");
      const out = path.join(dir, "lo.xlsx");
      expect((await run([input, "--out", out])).code).toBe(0);
      const result = spawnSync(
        "soffice",
        [
          "--headless",
          `-env:UserInstallation=file://${path.join(dir, "lo-profile")}`,
          "--convert-to",
          "csv",
          "--outdir",
          path.join(dir, "csv"),
          out,
        ],
        { encoding: "utf8", timeout: 120_000 },
      );
      expect(result.status).toBe(0);
      const lines = readFileSync(path.join(dir, "csv", "lo.csv"), "utf8").split(/\r?\n/);
      expect(lines[0]).toBe("Supplier,Spend,Due,WRO risk,WRO match,WRO notes");
      expect(lines[1]).toMatch(/^Top Glove Bhd,3\.5,2025-03-31,\w+,/);
      expect(lines[2]).toMatch(/^Acme Ltd,12,2025-03-31 14:05(:00)?,None,,/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
