import { spawnSync } from "node:child_process";
import { promises as fs, readFileSync } from "node:fs";
import * as path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import ExcelJS from "exceljs";
import { bundledDataset } from "../../src/core";
import { formatCsvRecord } from "../../src/cli/csv";
import { shownText } from "../../src/cli/cell-text";
import { readInput, type InputTable } from "../../src/cli/read-input";
import { makeTempDir, run } from "./helpers";

// `--decisions PREVIOUS` end to end with the real screener: decisions made in one month's output are carried to
// next month's file after its rows were re-ordered, inserted and deleted and a column was added, and a
// dataset update that changes a listing's status outdates the decision about it. docs/decisions.md.

const CORPUS = path.join(__dirname, "..", "fixtures", "cli", "workbooks");
const REPORT = "WRO screening report";
let dir: string;
const file = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Rows of a screened file keyed by what they show: supplier and the five decision cells. */
interface Shown {
  supplier: string;
  decision: string;
  by: string;
  on: string;
  reason: string;
  basis: string;
}

function col(table: InputTable, header: string): number {
  const i = table.headers.findIndex((h) => h === header);
  if (i < 0) throw new Error(`no column ${header} in ${table.headers.join(", ")}`);
  return i;
}

async function shown(out: string, supplierHeader = "Supplier"): Promise<Shown[]> {
  const table = await readInput(out, { wantSheet: (h) => h.includes("WRO decision") });
  const at = (h: string) => col(table, h);
  return table.rows.map((r) => ({
    supplier: shownText(r.cells[at(supplierHeader)]),
    decision: shownText(r.cells[at("WRO decision")]),
    by: shownText(r.cells[at("Decided by")]),
    on: shownText(r.cells[at("Decided on")]),
    reason: shownText(r.cells[at("Decision reason")]),
    basis: shownText(r.cells[at("Decision basis")]),
  }));
}

function csv(lines: string[][]): string {
  return lines.map((l) => formatCsvRecord(l)).join("");
}

/**
 * A copy of the bundled dataset in which the (lifted) Supermax order is in force again: a HYPOTHETICAL
 * re-imposition for this test only, written to a temporary folder, never shipped.
 */
async function datasetWithSupermaxReimposed(): Promise<string> {
  const dataset = JSON.parse(JSON.stringify(bundledDataset()));
  dataset.version = "2027-01-10";
  const supermax = dataset.listings.find((l: { id: string }) => l.id === "wro-2021-10-21-supermax");
  supermax.status = "active";
  supermax.statusDate = null;
  supermax.statusText = "Active (hypothetical test data)";
  const out = file("dataset-2027-01-10.json");
  await fs.writeFile(out, JSON.stringify(dataset));
  return out;
}

describe("--decisions carries an earlier file's decisions forward", () => {
  let prev: string;
  let changedDataset: string;
  let next: { code: number; stdout: string; stderr: string };

  beforeAll(async () => {
    // Month 1: screen, with empty decision columns, and decide three flagged rows.
    await fs.writeFile(
      file("month1.csv"),
      csv([
        ["Supplier", "Country"],
        ["Top Glove Corporation Bhd", "Malaysia"],
        ["Acme Widgets Ltd", "United Kingdom"],
        ["Supermax Corporation Berhad", "Malaysia"],
        ["Hoshine Silicon Industry Co Ltd", "China"],
      ]),
    );
    const first = await run([file("month1.csv"), "--out", file("month1-out.csv"), "--decision-columns"], { real: true });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Decisions: 0 Cleared, 0 Confirmed, 0 Escalated, 3 undecided.");
    const table = await readInput(file("month1-out.csv"));
    expect(table.headers.slice(2)).toEqual([
      "WRO risk",
      "WRO match",
      "WRO notes",
      "WRO decision",
      "Decided by",
      "Decided on",
      "Decision reason",
      "Decision basis",
    ]);
    const decide = (row: number, cells: string[]) => table.rows[row - 2].cells.splice(5, 4, ...cells);
    decide(2, ["Cleared – not the listed firm", "Ann", "2026-12-01", "other address"]);
    decide(4, ["Escalated", "Bo", "2026-12-02", "ask legal"]);
    decide(5, ["Confirmed", "Cy", "2026-12-03", "same firm"]);
    prev = file("month1-decided.csv");
    await fs.writeFile(prev, csv([table.headers, ...table.rows.map((r) => r.cells.map((c) => shownText(c)))]));

    // Month 2: a column inserted before the supplier, rows re-ordered, Top Glove deleted, two rows added (one
    // of them a second row of a decided supplier), and a dataset in which the Supermax order is in force.
    await fs.writeFile(
      file("month2.csv"),
      csv([
        ["Code", "Supplier", "Country"],
        ["N-1", "New Firm Ltd", "Norway"],
        ["H-1", "Hoshine Silicon Industry Co Ltd", "China"],
        ["A-1", "Acme Widgets Ltd", "United Kingdom"],
        ["S-1", "supermax corporation  berhad", "Malaysia"],
        ["H-2", "Hoshine Silicon Industry Co Ltd", "China"],
      ]),
    );
    changedDataset = await datasetWithSupermaxReimposed();
    next = await run([file("month2.csv"), "--decisions", prev, "--dataset", changedDataset, "--out", file("month2.xlsx")], { real: true });
  }, 60_000);

  it("puts each decision on its supplier's row wherever it moved, and never on another supplier", async () => {
    expect(next.code).toBe(0);
    const rows = await shown(file("month2.xlsx"));
    expect(rows.map((r) => [r.supplier, r.decision, r.by, r.on, r.reason])).toEqual([
      ["New Firm Ltd", "", "", "", ""],
      ["Hoshine Silicon Industry Co Ltd", "Confirmed – act on it", "Cy", "2026-12-03", "same firm"],
      ["Acme Widgets Ltd", "", "", "", ""],
      ["supermax corporation  berhad", "Escalated", "Bo", "2026-12-02", "ask legal"],
      // One decision, placed once: the second row of the same supplier is undecided.
      ["Hoshine Silicon Industry Co Ltd", "", "", "", ""],
    ]);
  });

  it("keeps a decision whose match is unchanged and outdates one whose listing changed status", async () => {
    const rows = await shown(file("month2.xlsx"));
    expect(rows[1].basis).toMatch(/^Decision stands\. Made about: High · listing wro-2021-06-24-hoshine/);
    expect(rows[3].basis).toMatch(/^Decision outdated: .*in force \(was lifted\).*risk is now High \(was Lifted\)/);
    expect(rows[3].basis).toContain("2027-01-10");
    // Flagged rows without a decision get the record a later decision is pinned to; None rows get nothing.
    expect(rows[4].basis).toMatch(/^Result: High · listing wro-2021-06-24-hoshine/);
    expect(rows[0].basis).toBe("");
  });

  it("reports the decision whose supplier is gone, and counts by decision in the summary", () => {
    expect(next.stderr).toContain("3 decisions carried forward: 1 kept, 1 outdated; 1 had no row in this file (earlier row 2).");
    expect(next.stderr).toContain('Not placed: row 2 "Top Glove Corporation Bhd" – Cleared – not the listed firm by Ann on 2026-12-01');
    expect(next.stdout).toContain("Decisions: 0 Cleared, 1 Confirmed, 0 Escalated, 2 undecided (1 outdated).");
  });

  it("prints each row's decision in --format json and csv, the same as the sheet holds", async () => {
    const args = [file("month2.csv"), "--decisions", prev, "--dataset", changedDataset];
    const json = await run([...args, "--format", "json"], { real: true });
    expect(json.code).toBe(0);
    const lines = json.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.input, l.decision.decision, l.decision.state, l.decision.by, l.decision.carried])).toEqual([
      ["New Firm Ltd", null, "undecided", "", false],
      ["Hoshine Silicon Industry Co Ltd", "confirmed", "current", "Cy", true],
      ["Acme Widgets Ltd", null, "undecided", "", false],
      ["supermax corporation  berhad", "escalated", "outdated", "Bo", true],
      ["Hoshine Silicon Industry Co Ltd", null, "undecided", "", false],
    ]);
    const sheet = await shown(file("month2.xlsx"));
    expect(lines.map((l) => l.decision.basis)).toEqual(sheet.map((r) => r.basis));
    expect(lines[3].decision.check).toMatch(/^Decision outdated: /);

    const csvRun = await run([...args, "--format", "csv", "--only-flagged"], { real: true });
    expect(csvRun.code).toBe(0);
    const [header, ...records] = csvRun.stdout.trim().split("\r\n");
    expect(header.split(",").slice(7)).toEqual([
      "decision",
      "decision_state",
      "decided_by",
      "decided_on",
      "decision_reason",
      "decision_basis",
      "decision_check",
    ]);
    expect(records).toHaveLength(3);
    expect(records[0]).toMatch(/^3,Hoshine Silicon Industry Co Ltd,High,.*,confirmed,current,Cy,2026-12-03,same firm,"Decision stands\./);
  }, 60_000);

  it("prints no decision fields when the run has no decision columns", async () => {
    const { code, stdout } = await run([file("month2.csv"), "--format", "csv"], { real: true });
    expect(code).toBe(0);
    expect(stdout.split("\r\n")[0]).toBe("row,input,risk,entity,listing,score,note");
  }, 60_000);

  it("gives the new 'WRO decision' column its drop-down list", () => {
    const sheet = strFromU8(unzipSync(readFileSync(file("month2.xlsx")))["xl/worksheets/sheet1.xml"]);
    expect(sheet).toMatch(
      /<dataValidation type="list"[^>]*sqref="G2:G6"><formula1>"Cleared – not the listed firm,Confirmed – act on it,Escalated"/,
    );
  });

  it("adds the report sheet: values only, counts by risk and by decision with a chart each, flagged rows with links", async () => {
    const parts = unzipSync(readFileSync(file("month2.xlsx")));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file("month2.xlsx"));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["month2", REPORT]);
    const report = workbook.getWorksheet(REPORT)!;
    const rows: string[][] = [];
    report.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => shownText(v))));
    const find = (first: string) => rows.find((r) => r[0] === first);
    expect(find("Version")?.[1]).toBe("2027-01-10");
    expect(find("Escalated")?.[1]).toBe("0");
    expect(find("Undecided")?.[1]).toBe("2");
    expect(find("of which outdated decisions")?.[1]).toBe("1");
    expect(find("High")?.[1]).toBe("3");
    expect(rows.find((r) => r[0] === "Flagged rows (3)")).toBeDefined();
    const supermax = rows.find((r) => r[1] === "supermax corporation  berhad")!;
    expect(supermax[0]).toBe("month2!B5");
    expect(supermax.slice(7, 10)).toEqual(["Escalated", "Bo", "2026-12-02"]);
    expect(supermax[11]).toMatch(/^Decision outdated: /);
    const reportXml = Object.entries(parts).find(
      ([name, bytes]) => name.startsWith("xl/worksheets/sheet") && strFromU8(bytes).includes("Flagged rows (3)"),
    )!;
    expect(strFromU8(reportXml[1])).not.toMatch(/<f[ >]/);
    expect(strFromU8(reportXml[1])).toContain(`location="'month2'!B5"`);
    expect(Object.keys(parts).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))).toHaveLength(2);
  });

  it("a re-run on that output keeps every decision in place and re-creates the report in place", async () => {
    const again = await run([file("month2.xlsx"), "--dataset", changedDataset, "--out", file("month2-again.xlsx")], { real: true });
    expect(again.code).toBe(0);
    const before = await shown(file("month2.xlsx"));
    const after = await shown(file("month2-again.xlsx"));
    expect(after.map((r) => [r.supplier, r.decision, r.by, r.on, r.reason])).toEqual(
      before.map((r) => [r.supplier, r.decision, r.by, r.on, r.reason]),
    );
    expect(after[3].basis).toMatch(/^Decision outdated: /);
    expect(again.stdout).toContain("Decisions: 0 Cleared, 1 Confirmed, 0 Escalated, 2 undecided (1 outdated).");
    const parts = unzipSync(readFileSync(file("month2-again.xlsx")));
    expect(strFromU8(parts["xl/workbook.xml"]).match(/name="WRO screening report"/g)).toHaveLength(1);
    expect(Object.keys(parts).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))).toHaveLength(2);
    const sheet = Object.entries(parts).find(([n]) => n === "xl/worksheets/sheet1.xml")![1];
    expect(strFromU8(sheet).match(/<dataValidation /g)).toHaveLength(1);
  }, 30_000);

  it("a decision already in a row of the input wins over the earlier file's", async () => {
    // The user changed their mind about Hoshine in month 2's output; --decisions month 1 must not undo it.
    const table = await readInput(file("month2-again.xlsx"));
    const at = (h: string) => col(table, h);
    const lines = [table.headers, ...table.rows.map((r) => r.cells.map((c) => shownText(c)))];
    lines[2][at("WRO decision")] = "Escalated";
    lines[2][at("Decided by")] = "Dee";
    lines[2][at("Decided on")] = "2027-01-12";
    await fs.writeFile(file("month2-edited.csv"), csv(lines));
    const result = await run([file("month2-edited.csv"), "--decisions", prev, "--dataset", changedDataset, "--out", file("month3.csv")], {
      real: true,
    });
    expect(result.code).toBe(0);
    const rows = await shown(file("month3.csv"));
    expect(rows[1]).toMatchObject({ supplier: "Hoshine Silicon Industry Co Ltd", decision: "Escalated", by: "Dee", on: "2027-01-12" });
    expect(rows[3]).toMatchObject({ decision: "Escalated", by: "Bo" });
    expect(result.stderr).toContain("not carried: the supplier's rows in this file hold decisions of their own");
  }, 30_000);

  it("refuses an earlier file without decision columns, naming what is missing", async () => {
    const result = await run([file("month2.csv"), "--decisions", file("month1.csv"), "--out", file("x.csv")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('has no "WRO risk" column');
  });
});

describe("--decisions into a workbook input (the package is edited, the user's cells kept)", () => {
  const soffice = spawnSync("soffice", ["--version"], { encoding: "utf8" });
  let out: string;

  beforeAll(async () => {
    // An earlier file (any screened file: here a CSV export) with a decision typed beside its results.
    await fs.writeFile(
      file("register-decided.csv"),
      csv([
        ["Supplier Name", "WRO risk", "WRO match", "WRO decision", "Decided by", "Decided on"],
        ["Top Glove Corporation Bhd", "High", "Top Glove Corporation Bhd (CBP WRO 2020-07-15)", "Cleared", "Ann", "2026-12-01"],
        ["Hoshine Silicon Industry", "Review", "Somebody else (UFLPA 2022-06-21)", "Escalated", "Bo", "2026-12-02"],
      ]),
    );
    out = file("register-out.xlsx");
    const result = await run([path.join(CORPUS, "register.xlsx"), "--decisions", file("register-decided.csv"), "--out", out]);
    expect(result.code).toBe(0);
  });

  it("writes the decision columns after the results, carried decisions in their rows", async () => {
    const rows = await shown(out, "Supplier Name");
    expect(rows.map((r) => [r.supplier, r.decision, r.by])).toEqual([
      ["Top Glove Corporation Bhd", "Cleared – not the listed firm", "Ann"],
      ["Acme Widgets Ltd", "", ""],
      ["Hoshine Silicon Industry", "Escalated", "Bo"],
      ["Old Lifted Order Ltd", "", ""],
      ["Top Glove Bhd", "", ""],
    ]);
    expect(rows[0].basis).toMatch(/^Decision stands\./);
    // The earlier file named another match for Hoshine: the decision is placed and outdated.
    expect(rows[2].basis).toMatch(/^Decision outdated: /);
    const sheet = strFromU8(unzipSync(readFileSync(out))["xl/worksheets/sheet2.xml"]);
    expect(sheet).toMatch(/<c r="J3"[^>]*t="inlineStr"><is><t xml:space="preserve">WRO decision<\/t>/);
    expect(sheet).toContain("D4*Rate");
  });

  (soffice.status === 0 ? it : it.skip)(
    "opens in LibreOffice with the decisions and the report sheet (skipped without soffice)",
    async () => {
      const outDir = file("lo-decisions");
      const result = spawnSync(
        "soffice",
        [
          "--headless",
          `-env:UserInstallation=file://${file("lo-profile")}`,
          "--convert-to",
          "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
          "--outdir",
          outDir,
          out,
        ],
        { encoding: "utf8", timeout: 120_000 },
      );
      expect(result.status).toBe(0);
      const register = (await fs.readFile(path.join(outDir, "register-out-Register.csv"), "utf8")).split(/\r?\n/);
      expect(register[2]).toBe(
        "Vendor code,Supplier Name,Country,Spend,Spend x Rate,Trend,WRO risk,WRO match,WRO notes,WRO decision,Decided by,Decided on,Decision reason,Decision basis",
      );
      expect(register[3]).toMatch(/,Cleared – not the listed firm,Ann,2026-12-01,,"?Decision stands\./);
      const report = await fs.readFile(path.join(outDir, `register-out-${REPORT}.csv`), "utf8");
      expect(report).toMatch(/^WRO screening report/);
      expect(report).toContain("Flagged rows (4)");
    },
    150_000,
  );
});
