// The CLI's sector risk (src/cli/sector.ts): on by default when a product column is found, a `sector` field in
// JSON lines, the sentence in the note, counts in the summary; it never changes the WRO risk.
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { makeTempDir, run } from "./helpers";

async function csvFile(text: string): Promise<string> {
  const file = path.join(await makeTempDir(), "register.csv");
  await fs.writeFile(file, text, "utf8");
  return file;
}

const REGISTER =
  "Supplier,Country,Product\nAcme Gloves Sdn Bhd,Malaysia,Nitrile examination gloves\nBolt Co,China,Fasteners\nSun Co,China,PV modules\nWexford Ltd,UK,Uniforms\n";

describe("screen --sector", () => {
  test("on by default with a product column: JSON lines carry a sector field and the note its sentence", async () => {
    const { code, stdout, stderr } = await run([await csvFile(REGISTER), "--format", "json"]);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.sector.label)).toEqual(["Forced labour", "", "Input risk", ""]);
    expect(lines.map((l) => l.sector.product)).toEqual(["goods", "unmapped", "goods", "goods"]);
    expect(lines[0].sector.goods).toEqual(["Rubber Gloves (MY)"]);
    expect(lines[0].note).toContain("Sector risk: Rubber Gloves from Malaysia (forced labour)");
    expect(lines[0].note).toContain("not a finding about this supplier");
    expect(lines[1].note).not.toContain("Sector risk");
    expect(stderr).toContain(
      "1 Forced labour, 0 Child labour, 0 Forced and child labour, 1 Input risk; 1 row whose product matched no List good.",
    );
  });

  test("--format csv flattens the sector field into sector and sector_goods columns", async () => {
    const file = await csvFile(REGISTER);
    const on = await run([file, "--format", "csv"]);
    expect(on.code).toBe(0);
    const [header, first, second] = on.stdout.split("\r\n");
    expect(header).toBe("row,input,risk,entity,listing,score,note,sector,sector_goods");
    expect(first).toMatch(/,Forced labour,Rubber Gloves \(MY\)$/);
    expect(second).toMatch(/,,$/);
    const off = await run([file, "--format", "csv", "--no-sector"]);
    expect(off.stdout.split("\r\n")[0]).toBe("row,input,risk,entity,listing,score,note");
  });

  test("the WRO risk is the same with and without the sector signal", async () => {
    const file = await csvFile(REGISTER);
    const on = await run([file, "--format", "json"], { real: true });
    const off = await run([file, "--format", "json", "--no-sector"], { real: true });
    const risks = (s: string) =>
      s
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).risk);
    expect(risks(on.stdout)).toEqual(risks(off.stdout));
    expect(off.stdout).not.toContain('"sector"');
    expect(off.stderr).not.toContain("Sector risk");
  });

  test("--sector without a product column is a usage error; without one the default is off", async () => {
    const file = await csvFile("Supplier,Country\nAcme,China\n");
    const asked = await run([file, "--sector"]);
    expect(asked.code).toBe(2);
    expect(asked.stderr).toMatch(/--sector needs a product column/);
    const plain = await run([file, "--format", "json"]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).not.toContain('"sector"');
    const both = await run([file, "--sector", "--no-sector"]);
    expect(both.code).toBe(2);
  });

  test("--out writes the sector sentence into the notes column", async () => {
    const file = await csvFile(REGISTER);
    const out = path.join(path.dirname(file), "out.csv");
    const { code } = await run([file, "--out", out]);
    expect(code).toBe(0);
    expect(await fs.readFile(out, "utf8")).toContain("Sector risk: Rubber Gloves from Malaysia (forced labour)");
  });
});

describe('--out with sector risk: a "Sector risk" column beside the results', () => {
  const HEADERS = ["Supplier", "Country", "Product", "WRO risk", "WRO match", "WRO notes", "Sector risk"];
  const LABELS = ["Forced labour", "", "Input risk", ""];

  const csvRows = async (file: string) =>
    (await fs.readFile(file, "utf8"))
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/)
      .map((l) => l.split(","));

  test("CSV: the column after the notes holds the labels; --no-sector leaves it out; a re-run rewrites it in place", async () => {
    const file = await csvFile(REGISTER);
    const out = path.join(path.dirname(file), "out.csv");
    expect((await run([file, "--out", out])).code).toBe(0);
    const rows = await csvRows(out);
    expect(rows[0]).toEqual(HEADERS);
    expect(rows.slice(1).map((r) => r[r.length - 1])).toEqual(LABELS);

    const plain = path.join(path.dirname(file), "plain.csv");
    expect((await run([file, "--out", plain, "--no-sector"])).code).toBe(0);
    expect((await csvRows(plain))[0]).toEqual(HEADERS.slice(0, 6));

    // The output screened again (the country of the first row changed): same columns, new labels, nothing added.
    await fs.writeFile(out, (await fs.readFile(out, "utf8")).replace("Malaysia", "Peru"));
    const again = path.join(path.dirname(file), "again.csv");
    expect((await run([out, "--out", again])).code).toBe(0);
    const rerun = await csvRows(again);
    expect(rerun[0]).toEqual(HEADERS);
    expect(rerun[1][6]).toBe("");
    // Without sector risk, an earlier "Sector risk" column is blanked rather than left with stale labels.
    const off = path.join(path.dirname(file), "off.csv");
    expect((await run([out, "--out", off, "--no-sector"])).code).toBe(0);
    const blanked = await csvRows(off);
    expect(blanked[0]).toEqual(HEADERS);
    expect(blanked.slice(1).map((r) => r[6] ?? "")).toEqual(["", "", "", ""]);
  });

  test("xlsx input (lossless writer) and CSV input to .xlsx: the labels as plain text, not in the risk's colours", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const dir = await makeTempDir();
    const input = path.join(dir, "register.xlsx");
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Register");
    // Top Glove is High in the fake screener: its risk cell is red, its "Sector risk" cell must not be.
    const register = `${REGISTER}Top Glove Sdn Bhd,Malaysia,Nitrile gloves\n`;
    register
      .trim()
      .split("\n")
      .forEach((line) => sheet.addRow(line.split(",")));
    await book.xlsx.writeFile(input);
    const csvInput = await csvFile(register);

    for (const [source, out] of [
      [input, path.join(dir, "out.xlsx")],
      [csvInput, path.join(dir, "from-csv.xlsx")],
    ]) {
      const { code, stderr } = await run([source, "--out", out]);
      expect({ out, code, stderr: code === 0 ? "" : stderr }).toEqual({ out, code: 0, stderr: "" });
      const read = new ExcelJS.Workbook();
      await read.xlsx.readFile(out);
      const ws = read.worksheets[0];
      expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
      expect([2, 3, 4, 5, 6].map((r) => ws.getCell(r, 7).text)).toEqual([...LABELS, "Forced labour"]);
      expect(ws.getCell(2, 6).text).toContain("Sector risk: Rubber Gloves from Malaysia (forced labour)");
      const fill = (c: number) => (ws.getCell(6, c).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
      expect([ws.getCell(6, 4).text, fill(4)]).toEqual(["High", "FFFFC7CE"]);
      expect(fill(7)).not.toBe("FFFFC7CE");
    }
  });

  test("the summary counts the rows whose product could not be read", async () => {
    const file = await csvFile(REGISTER);
    const { stdout } = await run([file, "--out", path.join(path.dirname(file), "o.csv")]);
    expect(stdout).toContain("1 row whose product matched no List good");
  });
});
