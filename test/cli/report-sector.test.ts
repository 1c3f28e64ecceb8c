import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { makeTempDir, run } from "./helpers";

// The CLI's report sheet carries the sector-risk counts and each row's sector label and note (docs/sector-risk.md).
let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function reportRows(file: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("WRO screening report");
  if (!ws) throw new Error("no report sheet");
  const rows: unknown[][] = [];
  ws.eachRow((r) =>
    rows.push((r.values as unknown[]).slice(1).map((v) => (v && typeof v === "object" && "text" in v ? (v as { text: unknown }).text : v))),
  );
  return rows;
}

describe("CLI report sheet: sector risk", () => {
  const csv = [
    "Supplier,Country,Product",
    "Glove Supplies Sdn Bhd,Malaysia,Nitrile examination gloves",
    "Bright Panels Ltd,China,PV modules 550W",
    "Plain Foods,France,Qwertyzzz widgets",
    "Bag Makers Ltd,India,Laptop bag 15.6in",
  ].join("\n");

  it("counts each label and the unreadable products, and lists each row with a sector risk and its note", async () => {
    const input = path.join(dir, "in.csv");
    await fs.writeFile(input, csv);
    const result = await run([input, "--out", path.join(dir, "out.xlsx")], { real: true });
    expect(result.code).toBe(0);
    const rows = await reportRows(path.join(dir, "out.xlsx"));
    const row = (first: string) => rows.find((r) => r[0] === first);
    expect(row("Forced labour")?.[1]).toBe(1);
    expect(row("Input risk")?.[1]).toBe(1);
    expect(row("Child labour")?.[1]).toBe(0);
    expect(row("Product could not be read")?.[1]).toBe(2);
    expect(row("Rows with a sector risk (2)")).toBeDefined();
    expect(row("in!A2")?.slice(1, 4)).toEqual(["Glove Supplies Sdn Bhd", "Forced labour", "Nitrile examination gloves"]);
    expect(String(row("in!A2")?.[4])).toMatch(
      /^Sector risk: Rubber Gloves from Malaysia \(forced labour\).*not a finding about this supplier/,
    );
    expect(row("in!A3")?.slice(1, 3)).toEqual(["Bright Panels Ltd", "Input risk"]);
    expect(row("in!A5")).toBeUndefined();
  }, 60_000);

  it("has no sector section with --no-sector", async () => {
    const input = path.join(dir, "in2.csv");
    await fs.writeFile(input, csv);
    const result = await run([input, "--no-sector", "--out", path.join(dir, "out2.xlsx")], { real: true });
    expect(result.code).toBe(0);
    const rows = await reportRows(path.join(dir, "out2.xlsx"));
    expect(rows.some((r) => String(r[0]).startsWith("Sector risk"))).toBe(false);
  }, 60_000);
});
