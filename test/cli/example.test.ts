import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
// jszip ships with exceljs; it is used here only to look at the raw sheet XML exceljs wrote.
import JSZip from "jszip";
import { bundledDataset } from "../../src/core";
import { buildExample, LISTED_ROWS, RULE_ROWS } from "../../scripts/make-example";
import { makeTempDir, run } from "./helpers";

// These tests use the real Screener and the bundled dataset: they check the example register
// means what it says (listed rows flagged, ordinary suppliers clean) and that --dataset works.

const ROOT = path.join(__dirname, "..", "..");
const EXAMPLE_XLSX = path.join(ROOT, "examples", "contracts.xlsx");
const EXAMPLE_CSV = path.join(ROOT, "examples", "contracts.csv");

interface Line {
  row: number;
  input: string;
  risk: string;
  entity: string | null;
  listing: string | null;
  score: number;
  note: string;
}

const parseLines = (stdout: string): Line[] =>
  stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("examples/contracts", () => {
  let lines: Line[];
  beforeAll(async () => {
    const result = await run([EXAMPLE_XLSX, "--format", "json"], { real: true });
    expect(result.code).toBe(0);
    lines = parseLines(result.stdout);
  });

  it("is what scripts/make-example.ts builds today", async () => {
    const built = await buildExample();
    expect(built.xlsx.equals(await fs.readFile(EXAMPLE_XLSX))).toBe(true);
    expect(built.csv).toBe(await fs.readFile(EXAMPLE_CSV, "utf8"));
  });

  it("flags every listed supplier, however it is spelled", () => {
    expect(lines.length).toBeGreaterThanOrEqual(200);
    for (const listed of LISTED_ROWS) {
      const line = lines.find((l) => l.input === listed.name);
      expect(line).toBeDefined();
      expect({ name: listed.name, risk: line!.risk }).toEqual({ name: listed.name, risk: expect.stringMatching(/^(High|Review|Lifted)$/) });
      expect(line!.listing).not.toBeNull();
    }
  });

  it("raises the region and product rule rows for review", () => {
    for (const rule of RULE_ROWS) {
      const line = lines.find((l) => l.input === rule.name)!;
      expect({ name: rule.name, risk: line.risk }).toEqual({ name: rule.name, risk: "Review" });
    }
  });

  it("leaves every other supplier clean", () => {
    const intended = new Set([...LISTED_ROWS, ...RULE_ROWS].map((r) => r.name));
    const falsePositives = lines.filter((l) => !intended.has(l.input) && l.risk !== "None").map((l) => `${l.input}: ${l.risk}`);
    expect(falsePositives).toEqual([]);
  });

  it("gives the same answers from the CSV copy", async () => {
    const result = await run([EXAMPLE_CSV, "--format", "json"], { real: true });
    expect(result.code).toBe(0);
    expect(parseLines(result.stdout)).toEqual(lines);
  });

  it("writes a screened workbook that keeps the Notes sheet, its merged title and the register's formats", async () => {
    const out = path.join(dir, "screened.xlsx");
    const result = await run([EXAMPLE_XLSX, "--out", out], { real: true });
    expect(result.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const notes = workbook.getWorksheet("Notes")!;
    expect(notes.getCell("A1").value).toBe("Contracts register: example data");
    expect(notes.getCell("B1").isMerged).toBe(true);
    expect(notes.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    const sheet = workbook.getWorksheet("Contracts")!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getColumn(2).width).toBe(42);
    expect(sheet.getCell("A1").font).toMatchObject({ bold: true, color: { argb: "FFFFFFFF" } });
    expect(sheet.getCell("A1").fill).toMatchObject({ fgColor: { argb: "FF1F4E78" } });
    expect(sheet.getCell("E2").numFmt).toBe('"£"#,##0.00');
    expect(sheet.getCell("F2").numFmt).toBe("dd/mm/yyyy");
    expect(sheet.getCell("F2").value).toBeInstanceOf(Date);
    // The register has a product column, so sector risk is on: "Sector risk" follows the notes.
    expect(["I1", "J1", "K1", "L1"].map((a) => sheet.getCell(a).value)).toEqual(["WRO risk", "WRO match", "WRO notes", "Sector risk"]);
    expect(sheet.autoFilter).toBe(`A1:L${lines.at(-1)!.row}`);
    const high = lines.find((l) => l.risk === "High")!;
    expect(sheet.getCell(`I${high.row}`).value).toBe("High");
    expect(sheet.getCell(`I${high.row}`).fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
    // Notes are the screener's own words, written as text.
    expect(sheet.getCell(`K${high.row}`).value).toBe(high.note);
  });
});

describe("hostile cells with the real screener", () => {
  it("screens formula-like, error, numeric, blank and 32,000-character cells without a formula or a crash", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Suppliers");
    const cells: unknown[] = [
      '=HYPERLINK("https://evil.example","Top Glove")',
      "+Top Glove Corporation Bhd",
      "-2+3",
      "@SUM(1,2)",
      { error: "#N/A" },
      { formula: "1/0", result: { error: "#DIV/0!" } },
      98765,
      "   ",
      "Top Glove ".repeat(3200),
      { richText: [{ text: "Hoshine " }, { text: "Silicon Industry Co., Ltd." }] },
    ];
    sheet.addRow(["Supplier"]);
    cells.forEach((c) => sheet.addRow([c]));
    const input = path.join(dir, "hostile.xlsx");
    await workbook.xlsx.writeFile(input);

    const out = path.join(dir, "hostile-out.xlsx");
    const csvOut = path.join(dir, "hostile-out.csv");
    const json = await run([input, "--format", "json", "--out", out], { real: true });
    expect(json.code).toBe(0);
    expect((await run([input, "--out", csvOut], { real: true })).code).toBe(0);
    const lines = parseLines(json.stdout);
    // Row 9 holds only spaces, so like an empty row it is not a data row and gets no result.
    expect(lines.map((l) => l.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 10, 11]);
    for (const line of lines) expect(line.note).not.toMatch(/^[=+\-@]/);
    expect(lines.at(-1)!.risk).toBe("High");

    const result = new ExcelJS.Workbook();
    await result.xlsx.readFile(out);
    const screened = result.getWorksheet("Suppliers")!;
    expect(screened.getCell("B9").value).toBeNull();
    for (const row of [2, 3, 4, 5, 6, 7, 8, 10, 11]) {
      for (const col of ["B", "C", "D"]) {
        const cell = screened.getCell(`${col}${row}`);
        expect([ExcelJS.ValueType.String, ExcelJS.ValueType.Hyperlink, ExcelJS.ValueType.Null]).toContain(cell.type);
      }
    }
    expect(screened.getCell("A2").value).toBe(cells[0]);
    expect(screened.getCell("A10").value).toHaveLength(32_000);
    const zip = await JSZip.loadAsync(await fs.readFile(out));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    // One formula in, one formula out: the 1/0 cell. Nothing written became a formula.
    expect(xml.match(/<f>/g)).toHaveLength(1);

    const csv = (await fs.readFile(csvOut, "utf8")).split("\r\n");
    expect(csv[1].startsWith(`"'=HYPERLINK(""https://evil.example"",""Top Glove"")",`)).toBe(true);
    expect(csv[2].startsWith("'+Top Glove Corporation Bhd,")).toBe(true);
    expect(csv[3].startsWith("'-2+3,")).toBe(true);
  });
});

describe("--dataset", () => {
  it("screens with another dataset", async () => {
    const dataset = structuredClone(bundledDataset());
    dataset.version = "custom-test";
    dataset.listings[0] = {
      ...dataset.listings[0],
      name: "Quixotic Zebra Holdings Ltd",
      names: [{ name: "Quixotic Zebra Holdings Ltd", kind: "primary" }],
      matchBy: "name",
      status: "active",
    };
    const file = path.join(dir, "custom.json");
    await fs.writeFile(file, JSON.stringify(dataset));
    const input = path.join(dir, "zebra.csv");
    await fs.writeFile(input, "Supplier\nQuixotic Zebra Holdings Ltd\n");
    const result = await run([input, "--dataset", file, "--format", "json"], { real: true });
    expect(result.code).toBe(0);
    expect(parseLines(result.stdout)[0]).toMatchObject({ risk: "High", listing: dataset.listings[0].id });
    expect(result.stderr).toContain("Dataset custom-test.");
    const bundled = await run([input, "--format", "json"], { real: true });
    expect(parseLines(bundled.stdout)[0].risk).toBe("None");
  });

  it("names the bad fields of an invalid dataset and exits 2", async () => {
    const dataset = structuredClone(bundledDataset()) as unknown as { listings: Array<Record<string, unknown>> };
    dataset.listings[2].status = "maybe";
    const file = path.join(dir, "bad.json");
    await fs.writeFile(file, JSON.stringify(dataset));
    const input = path.join(dir, "any.csv");
    await fs.writeFile(input, "Supplier\nAcme\n");
    const result = await run([input, "--dataset", file], { real: true });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/bad\.json is not a usable dataset:\n\s+listings\[2\]\.status:/);

    await fs.writeFile(file, "{ not json");
    const notJson = await run([input, "--dataset", file], { real: true });
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain("not valid JSON");

    const missing = await run([input, "--dataset", path.join(dir, "nope.json")], { real: true });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("Cannot find the dataset file");
  });
});
