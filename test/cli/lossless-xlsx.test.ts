import { spawnSync } from "node:child_process";
import { promises as fs, readFileSync } from "node:fs";
import * as path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { makeTempDir, run } from "./helpers";

// The workbook corpus (test/fixtures/cli/workbooks, see make-workbooks.ts there): the .xlsx output
// must change only the screened sheet, the styles and the sheet's relationships; every other part
// of the package comes back byte for byte.
const CORPUS = path.join(__dirname, "..", "fixtures", "cli", "workbooks");
const MAY_CHANGE = new Set(["xl/worksheets/sheet2.xml", "xl/styles.xml", "xl/worksheets/_rels/sheet2.xml.rels"]);

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function parts(file: string): Record<string, Uint8Array> {
  return unzipSync(readFileSync(file));
}

/** The sheet part LibreOffice or Excel gave the "Register" sheet. */
function registerPart(files: Record<string, Uint8Array>): string {
  return sheetPart(files, "Register");
}

function sheetPart(files: Record<string, Uint8Array>, name: string): string {
  const workbook = strFromU8(files["xl/workbook.xml"]);
  const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="(\\w+)"`).exec(workbook)![1];
  const rels = strFromU8(files["xl/_rels/workbook.xml.rels"]);
  const target =
    new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels) ??
    new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels);
  return "xl/" + target![1].replace(/^\/?xl\//, "");
}

describe.each([
  ["register.xlsx", "out.xlsx"],
  ["register.xlsm", "out.xlsm"],
  ["register-libreoffice.xlsx", "out-lo.xlsx"],
])("%s → .xlsx output by editing the package", (name, outName) => {
  const input = path.join(CORPUS, name);
  let out: string;
  let before: Record<string, Uint8Array>;
  let after: Record<string, Uint8Array>;
  let sheet: string;

  beforeAll(async () => {
    out = path.join(dir, `${name}-${outName}`);
    const result = await run([input, "--out", out]);
    expect(result.code).toBe(0);
    before = parts(input);
    after = parts(out);
    sheet = strFromU8(after[registerPart(after)]);
  });

  it("copies every part except the screened sheet, the styles and the sheet's relationships byte for byte", () => {
    const target = registerPart(before);
    // The "WRO screening report" sheet (docs/decisions.md) adds one entry each to the workbook, its
    // relationships and the content types, and its own parts (the sheet, its drawing and two charts).
    const withReport = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml"];
    const mayChange = new Set([target, relsOf(target), ...withReport, ...[...MAY_CHANGE].filter((p) => p.endsWith("styles.xml"))]);
    for (const part of Object.keys(before)) {
      expect(Object.keys(after)).toContain(part);
      if (!mayChange.has(part))
        expect({ part, same: Buffer.compare(Buffer.from(before[part]), Buffer.from(after[part])) === 0 }).toEqual({ part, same: true });
    }
    const added = Object.keys(after).filter((p) => !(p in before));
    const reportPart = sheetPart(after, "WRO screening report");
    const reportParts = (p: string) =>
      p === reportPart || p === relsOf(reportPart) || /^xl\/(drawings|charts)\/(_rels\/)?(drawing|chart)\d+\.xml(\.rels)?$/.test(p);
    expect(added.filter((p) => !mayChange.has(p) && !reportParts(p))).toEqual([]);
    expect(added.filter((p) => p.startsWith("xl/charts/chart"))).toHaveLength(2);
  });

  it("adds the result columns on the header row and keeps filters, hidden rows, merges, formulas and sparklines", () => {
    expect(sheet).toMatch(/<c r="G3"[^>]*t="inlineStr"><is><t xml:space="preserve">WRO risk<\/t>/);
    expect(sheet).toMatch(/<c r="G4" s="\d+" t="inlineStr"><is><t xml:space="preserve">High<\/t>/);
    expect(sheet).toMatch(/<autoFilter ref="A3:I8">\s*<filterColumn colId="2"/);
    expect(sheet).toMatch(/<row [^>]*r="5"[^>]*hidden="(1|true)"|<row [^>]*hidden="(1|true)"[^>]*r="5"/);
    expect(sheet).toMatch(/<mergeCell ref="A1:E1"\/>/);
    expect(sheet).toContain("D4*Rate");
    if (!name.includes("libreoffice")) expect(sheet).toContain("<x14:sparkline><xm:f>Register!D4:E4</xm:f>");
    // The title row gets nothing.
    expect(sheet).not.toMatch(/<c r="G1"/);
  });

  it("keeps the defined names, the constant included, and the macros", () => {
    const workbook = strFromU8(after["xl/workbook.xml"]);
    expect(workbook).toMatch(/<definedName [^>]*name="Rate"[^>]*>0\.2<\/definedName>/);
    expect(workbook).toContain("_xlnm._FilterDatabase");
    if (name.endsWith(".xlsm")) expect(Buffer.from(after["xl/vbaProject.bin"])).toEqual(Buffer.from(before["xl/vbaProject.bin"]));
  });
});

function relsOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

describe("the workbook corpus screens as expected", () => {
  it("register.xlsx: the cover sheet and the title row are passed over", async () => {
    const { code, stdout, stderr } = await run([path.join(CORPUS, "register.xlsx"), "--format", "json"]);
    expect(code).toBe(0);
    expect(stderr).toContain('Screening the sheet "Register": "Cover" has no supplier column');
    expect(stderr).toContain("Using row 3 as the header row");
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.row, l.input, l.risk])).toEqual([
      [4, "Top Glove Corporation Bhd", "High"],
      [5, "Acme Widgets Ltd", "None"],
      [6, "Hoshine Silicon Industry", "Review"],
      [7, "Old Lifted Order Ltd", "Lifted"],
      [8, "Top Glove Bhd", "High"],
    ]);
  });

  it("register-uncalculated.xlsx: the formula without a saved value is reported", async () => {
    const { code, stderr } = await run([path.join(CORPUS, "register-uncalculated.xlsx")]);
    expect(code).toBe(2);
    expect(stderr).toContain('A formula has no saved value in "Register"');
    expect(stderr).toContain("(B8)");
    const asText = await run([path.join(CORPUS, "register-uncalculated.xlsx"), "--formulas-as-text", "--format", "json"]);
    expect(
      asText.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).risk),
    ).toEqual(["High", "None", "Review", "Lifted", "High"]);
  });

  it("refuses an .xlsm to .xlsx (Excel would refuse the file) and an .xlsx to .xlsm", async () => {
    const xlsm = await run([path.join(CORPUS, "register.xlsm"), "--out", path.join(dir, "macro.xlsx")]);
    expect(xlsm.stderr).toContain("is a macro-enabled workbook; name the output .xlsm");
    const xlsx = await run([path.join(CORPUS, "register.xlsx"), "--out", path.join(dir, "plain.xlsm")]);
    expect(xlsx.stderr).toContain("has no macros; name the output .xlsx");
  });

  it("re-running on the output replaces its own columns instead of adding more", async () => {
    const first = path.join(dir, "rerun1.xlsx");
    const second = path.join(dir, "rerun2.xlsx");
    expect((await run([path.join(CORPUS, "register.xlsx"), "--out", first])).code).toBe(0);
    expect((await run([first, "--out", second])).code).toBe(0);
    const sheet = strFromU8(parts(second)["xl/worksheets/sheet2.xml"]);
    expect(sheet.match(/WRO risk/g)).toHaveLength(1);
    expect(sheet).not.toMatch(/<c r="J/);
    expect(sheet.match(/<c r="G4"/g)).toHaveLength(1);
  });
});

// LibreOffice Calc as a real spreadsheet client: the output must open and show the results.
const soffice = spawnSync("soffice", ["--version"], { encoding: "utf8" });
const haveSoffice = soffice.status === 0;
(haveSoffice ? describe : describe.skip)("LibreOffice opens the output", () => {
  if (!haveSoffice) console.warn("Skipping: soffice (LibreOffice) is not installed, so the output is not opened by a real client.");
  it("converts the screened workbook's Register sheet to CSV with the results in it", async () => {
    const out = path.join(dir, "lo-check.xlsx");
    expect((await run([path.join(CORPUS, "register.xlsx"), "--out", out])).code).toBe(0);
    const outDir = path.join(dir, "lo-csv");
    const result = spawnSync(
      "soffice",
      [
        "--headless",
        `-env:UserInstallation=file://${path.join(dir, "lo-profile")}`,
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        "--outdir",
        outDir,
        out,
      ],
      { encoding: "utf8", timeout: 120_000 },
    );
    expect(result.status).toBe(0);
    const csv = await fs.readFile(path.join(outDir, "lo-check-Register.csv"), "utf8");
    const lines = csv.split(/\r?\n/);
    expect(lines[2]).toBe("Vendor code,Supplier Name,Country,Spend,Spend x Rate,Trend,WRO risk,WRO match,WRO notes");
    expect(lines[3]).toMatch(/^V-100,Top Glove Corporation Bhd,Malaysia,1200,240,,High,Top Glove Corporation Bhd \(CBP WRO 2020-07-15\),/);
  }, 150_000);
});
