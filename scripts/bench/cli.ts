// npm run bench:cli -- [--rows N] [--only csv-csv,csv-xlsx,xlsx-xlsx,xlsx-csv] [--with "--decision-columns"]
// Times the command-line screener on a generated register of N data rows (default 1,048,575: with
// the header, Excel's 1,048,576-row limit) for each input → output pair, and prints wall time, CPU
// time (user + system), rows per second and peak resident memory (from /usr/bin/time) against the
// targets of 60 s and 1.5 GB. A run that fails (out of memory, a refusal) is printed with its exit
// code and the last line it wrote. Not a test: wall time varies with the load of the machine; the
// CPU time says what the run itself cost. --with passes further options to every run (space-separated).
import { spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const ROWS = Number(arg("--rows") ?? 1_048_575);
const ONLY = (arg("--only") ?? "csv-csv,csv-xlsx,xlsx-xlsx,xlsx-csv").split(",");
const WITH = (arg("--with") ?? "").split(" ").filter((a) => a !== "");
const TARGET_SECONDS = 60;
const TARGET_MB = 1536;
const ROOT = path.join(__dirname, "..", "..");

const NAMES = [
  "Acme Widgets Ltd",
  "Top Glove Corporation Bhd",
  "Hartalega Holdings Berhad",
  "Müller Metallbau GmbH",
  "合盛硅业股份有限公司",
  "Kestrel Data Services LLP",
  "Société Générale Textiles",
  "Ahal Cotton Yarn Trading LLC",
];
const COUNTRIES = ["UK", "Malaysia", "Germany", "China", "France", "Turkmenistan"];

function row(i: number): [string, string, string, number] {
  return [`C-${i}`, `${NAMES[i % NAMES.length]}${i % 3 === 0 ? "" : ` ${i % 997}`}`, COUNTRIES[i % COUNTRIES.length], (i * 37) % 10_000];
}

async function makeCsv(file: string): Promise<void> {
  const out = createWriteStream(file);
  out.write("\uFEFFContract ID,Supplier,Country,Spend\r\n");
  let batch = "";
  for (let i = 1; i <= ROWS; i++) {
    const [a, b, c, d] = row(i);
    batch += `${a},${b},${c},${d}\r\n`;
    if (batch.length > 1 << 20) {
      if (!out.write(batch)) await new Promise<void>((r) => out.once("drain", () => r()));
      batch = "";
    }
  }
  out.write(batch);
  await new Promise<void>((r) => out.end(() => r()));
}

async function makeXlsx(file: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = workbook.addWorksheet("Register");
  sheet.addRow(["Contract ID", "Supplier", "Country", "Spend"]).commit();
  for (let i = 1; i <= ROWS; i++) sheet.addRow(row(i)).commit();
  sheet.commit();
  await workbook.commit();
}

interface Measured {
  seconds: number;
  cpuSeconds: number;
  peakMb: number;
  code: number | null;
  last: string;
}

function measure(input: string, out: string): Measured {
  // node --import tsx runs the CLI in this one process (the tsx launcher would add a second).
  const result = spawnSync(
    "/usr/bin/time",
    ["-f", "TIME %e %U %S %M", process.execPath, "--import", "tsx", "src/cli/screen.ts", input, "--out", out, ...WITH],
    {
      cwd: ROOT,
      encoding: "utf8",
      maxBuffer: 1 << 28,
      env: { ...process.env, INIT_CWD: ROOT },
    },
  );
  const m = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(result.stderr);
  const lines = (result.stderr + result.stdout)
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("TIME") && !l.includes("Command exited"));
  return {
    seconds: m ? Number(m[1]) : NaN,
    cpuSeconds: m ? Number(m[2]) + Number(m[3]) : NaN,
    peakMb: m ? Number(m[4]) / 1024 : NaN,
    code: result.status,
    last: lines.at(-1) ?? "",
  };
}

async function main(): Promise<void> {
  if (!existsSync("/usr/bin/time")) throw new Error("/usr/bin/time is needed to measure peak memory (apt-get install time).");
  const dir = mkdtempSync(path.join(tmpdir(), "wro-bench-cli-"));
  try {
    const csv = path.join(dir, "register.csv");
    const xlsx = path.join(dir, "register.xlsx");
    console.log(
      `Generating ${ROWS.toLocaleString("en-GB")} data rows… (load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(", ")} on ${cpus().length} cores)`,
    );
    if (ONLY.some((p) => p.startsWith("csv"))) await makeCsv(csv);
    if (ONLY.some((p) => p.startsWith("xlsx"))) await makeXlsx(xlsx);
    const figures: Record<string, number | string> = { rows: ROWS, ...(WITH.length ? { with: WITH.join(" ") } : {}) };
    for (const pair of ONLY) {
      const [from, to] = pair.split("-");
      const input = from === "csv" ? csv : xlsx;
      const r = measure(input, path.join(dir, `out-${pair}.${to}`));
      const ok = r.code === 0 && r.seconds <= TARGET_SECONDS && r.peakMb <= TARGET_MB;
      console.log(
        `${pair.padEnd(10)} input ${(statSync(input).size / 1_048_576).toFixed(1)} MB: ${r.seconds.toFixed(1)} s wall (${Math.round(ROWS / r.seconds).toLocaleString("en-GB")} rows/s), ` +
          `${r.cpuSeconds.toFixed(1)} s CPU, peak ${Math.round(r.peakMb)} MB, exit ${r.code}` +
          ` — target ≤ ${TARGET_SECONDS} s and ≤ ${TARGET_MB} MB: ${ok ? "met" : "NOT met"}${r.code === 0 ? "" : ` (last line: ${r.last.slice(0, 200)})`}`,
      );
      figures[`${pair}_s`] = r.seconds;
      figures[`${pair}_cpu_s`] = Math.round(r.cpuSeconds * 10) / 10;
      figures[`${pair}_rows_per_s`] = Math.round(ROWS / r.seconds);
      figures[`${pair}_peak_mb`] = Math.round(r.peakMb);
      figures[`${pair}_exit`] = r.code ?? -1;
    }
    console.log(JSON.stringify(figures));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
