import { spawnSync } from "node:child_process";
import { promises as fs, readFileSync } from "node:fs";
import * as path from "node:path";
import { strFromU8 } from "fflate";
import ExcelJS from "exceljs";
import { addSheet } from "../../src/cli/xlsx/add-sheet";
import { XlsxPackage } from "../../src/cli/xlsx/package";
import { worksheetParts } from "../../src/cli/xlsx/workbook-info";
import { makeTempDir } from "./helpers";

const REGISTER = path.join(__dirname, "..", "fixtures", "cli", "workbooks", "register.xlsx");

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("addSheet", () => {
  it("adds a sheet from a cell grid and changes only the workbook, its rels and the content types", async () => {
    const before = XlsxPackage.read(readFileSync(REGISTER));
    const pkg = XlsxPackage.read(readFileSync(REGISTER));
    const part = addSheet(pkg, "WRO screening report", [
      ["Screened", "2026-12-05"],
      ["High", 2],
      ["Note", "A & B <c>"],
    ]);
    expect(part).toBe("xl/worksheets/sheet3.xml");
    for (const [name, bytes] of before.parts) {
      if (["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml"].includes(name)) continue;
      expect(Buffer.compare(Buffer.from(bytes), Buffer.from(pkg.parts.get(name)!))).toBe(0);
    }
    expect(worksheetParts(pkg).map((s) => s.name)).toEqual(["Cover", "Register", "WRO screening report"]);
    const file = path.join(dir, "with-report.xlsx");
    await fs.writeFile(file, pkg.toBytes());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet("WRO screening report")!;
    expect(sheet.getCell("B2").value).toBe(2);
    expect(sheet.getCell("B3").value).toBe("A & B <c>");
    expect(strFromU8(pkg.parts.get("xl/workbook.xml")!)).toContain('<definedName name="Rate">0.2</definedName>');
  });

  it("refuses a duplicate or invalid sheet name", () => {
    const pkg = XlsxPackage.read(readFileSync(REGISTER));
    expect(() => addSheet(pkg, "register", [])).toThrow(/already has a sheet named/);
    expect(() => addSheet(pkg, "a/b", [])).toThrow(/not a valid sheet name/);
  });

  const haveSoffice = spawnSync("soffice", ["--version"]).status === 0;
  (haveSoffice ? it : it.skip)(
    "opens in LibreOffice (skipped without soffice)",
    async () => {
      const pkg = XlsxPackage.read(readFileSync(REGISTER));
      addSheet(pkg, "Report", [["Total", 5]]);
      const file = path.join(dir, "report-lo.xlsx");
      await fs.writeFile(file, pkg.toBytes());
      const outDir = path.join(dir, "lo");
      const result = spawnSync(
        "soffice",
        [
          "--headless",
          `-env:UserInstallation=file://${path.join(dir, "lo-profile")}`,
          "--convert-to",
          "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
          "--outdir",
          outDir,
          file,
        ],
        { encoding: "utf8", timeout: 120_000 },
      );
      expect(result.status).toBe(0);
      expect((await fs.readFile(path.join(outDir, "report-lo-Report.csv"), "utf8")).trim()).toBe("Total,5");
    },
    150_000,
  );
});
