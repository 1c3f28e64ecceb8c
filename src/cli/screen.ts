import { promises as fs } from "node:fs";
import * as path from "node:path";
import { parseCliArgs, USAGE, type CliOptions, type OutputFormat } from "./args";
import { columnLetter, describeHeaders, detectColumn, resolveColumn, type ColumnRole } from "./columns";
import { shownText } from "./cell-text";
import { UsageError } from "./errors";
import { readInput, type InputTable } from "./read-input";
import { sectorRows, sectorSummary, sectorWanted } from "./sector";
import { CSV_REPORT_HEADERS, csvReportRecord, jsonLine, summaryLine, tableHeader, tableLayout, tableRow } from "./report";
import { screenRows, type ChosenColumns, type ScreenedRow, type ScreenerLike } from "./screen-rows";
import { writeCsvOutput, writeXlsxOutput } from "./write-output";

export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  /** Injected by tests; defaults to core's Screener over the bundled or --dataset dataset. */
  loadScreener?: (datasetPath?: string) => Promise<ScreenerLike>;
}

/** Files above this size get progress lines on stderr even when stderr is not a terminal. */
const PROGRESS_ROW_THRESHOLD = 5_000;
/** Inputs above this size get a "Reading …" line, since loading them takes a noticeable time. */
const BIG_FILE_BYTES = 2 * 1_048_576;
const DEFAULT_TABLE_WIDTH = 120;
/** Stdout is written in batches: one write per line is slow for 100,000 rows. */
const WRITE_BATCH = 2_000;

function roleOption(role: ColumnRole): string {
  return role === "supplier" ? "--column" : `--${role}-column`;
}

function chooseColumns(table: InputTable, options: CliOptions, stderr: OutputStream): ChosenColumns {
  const { headers } = table;
  let supplier: number;
  if (options.column !== undefined) {
    supplier = resolveColumn(options.column, headers, "--column");
  } else {
    const found = detectColumn(headers, "supplier");
    if (found.kind === "none") {
      throw new UsageError(
        `No supplier column found in the header row (row ${table.headerRowNumber}) of "${table.sheetName}". Name it with --column (a header or a letter). The headers are: ${describeHeaders(headers)}.`,
      );
    }
    if (found.kind === "ambiguous") {
      const names = found.candidates.map((i) => `${columnLetter(i)} "${headers[i]}"`).join(" and ");
      throw new UsageError(
        `More than one column could hold the supplier name: ${names}. Choose one with --column. The headers are: ${describeHeaders(headers)}.`,
      );
    }
    supplier = found.index;
    stderr.write(`Screening column ${columnLetter(supplier)} "${headers[supplier]}" (detected; use --column to choose another).\n`);
  }

  const optional = (role: "country" | "product", spec: string | undefined, exclude: number[]): number | null => {
    if (spec !== undefined) return resolveColumn(spec, headers, roleOption(role));
    const found = detectColumn(headers, role, exclude);
    if (found.kind === "found") {
      stderr.write(
        `Using column ${columnLetter(found.index)} "${headers[found.index]}" as the ${role} (detected; use ${roleOption(role)} to change).\n`,
      );
      return found.index;
    }
    if (found.kind === "ambiguous") {
      const names = found.candidates.map((i) => `${columnLetter(i)} "${headers[i]}"`).join(", ");
      stderr.write(`Not using a ${role} column: ${names} could each be it; name one with ${roleOption(role)}.\n`);
    }
    return null;
  };
  if (table.rows.length > 0 && table.rows.every((row) => shownText(row.cells[supplier]).trim() === "")) {
    const label = headers[supplier] ? ` "${headers[supplier]}"` : "";
    stderr.write(`Warning: column ${columnLetter(supplier)}${label} is blank in every row; check --column.\n`);
  }
  const country = optional("country", options.countryColumn, [supplier]);
  const product = optional("product", options.productColumn, country === null ? [supplier] : [supplier, country]);
  return { supplier, country, product };
}

async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    // Catches symlinks, hard links and case-insensitive file systems, which path comparison misses.
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

async function checkOutPath(options: CliOptions): Promise<"xlsx" | "csv" | null> {
  if (options.out === undefined) return null;
  const ext = path.extname(options.out).toLowerCase();
  if (ext !== ".xlsx" && ext !== ".csv") throw new UsageError(`--out must end in .xlsx or .csv (got "${options.out}").`);
  if (await sameFile(options.input, options.out)) {
    throw new UsageError(`--out ${options.out} is the input file; choose another name. The input is never overwritten.`);
  }
  const folder = path.dirname(path.resolve(options.out));
  const folderIsDirectory = await fs.stat(folder).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!folderIsDirectory) throw new UsageError(`Cannot write ${options.out}: the folder ${folder} does not exist.`);
  if (
    await fs.stat(options.out).then(
      (s) => s.isDirectory(),
      () => false,
    )
  ) {
    throw new UsageError(`Cannot write ${options.out}: it is a folder.`);
  }
  return ext === ".xlsx" ? "xlsx" : "csv";
}

function printResults(rows: readonly ScreenedRow[], format: OutputFormat, stdout: OutputStream, onlyFlagged: boolean): void {
  let batch: string[] = [];
  const flush = () => {
    if (batch.length) stdout.write(batch.join(""));
    batch = [];
  };
  const push = (line: string) => {
    batch.push(line);
    if (batch.length >= WRITE_BATCH) flush();
  };
  if (format === "json") {
    for (const row of rows) push(JSON.stringify(jsonLine(row)) + "\n");
  } else if (format === "csv") {
    push(CSV_REPORT_HEADERS.join(",") + "\r\n");
    for (const row of rows) push(csvReportRecord(row));
  } else {
    const width = stdout.isTTY && stdout.columns ? Math.min(stdout.columns, DEFAULT_TABLE_WIDTH) : DEFAULT_TABLE_WIDTH;
    const maxRow = rows.reduce((m, r) => Math.max(m, r.row.rowNumber), 0);
    const layout = tableLayout(width, maxRow);
    if (rows.length === 0) {
      push(onlyFlagged ? "No row is flagged.\n" : "No data rows below the header.\n");
    } else {
      push(tableHeader(layout) + "\n");
      for (const row of rows) push(tableRow(layout, row) + "\n");
    }
  }
  flush();
}

/** Runs the CLI and returns the exit code. Never calls process.exit, so tests can run it in-process. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const { stdout, stderr } = io;
  try {
    const options = parseCliArgs(argv);
    if (options.help) {
      stdout.write(USAGE);
      return 0;
    }
    const outKind = await checkOutPath(options);
    // The dataset first: a broken --dataset should fail before a large workbook takes seconds to load.
    const screener = await (io.loadScreener ?? (await import("./engine")).loadScreener)(options.dataset);
    // Loading a large workbook takes seconds before the first row is screened; say what is happening.
    const inputBytes = await fs.stat(options.input).then(
      (s) => s.size,
      () => 0,
    );
    const bigFile = inputBytes > BIG_FILE_BYTES;
    if (bigFile) stderr.write(`Reading ${options.input} (${(inputBytes / 1_048_576).toFixed(1)} MB)…\n`);
    const table = await readInput(options.input, { sheet: options.sheet });
    const columns = chooseColumns(table, options, stderr);

    const total = table.rows.length;
    const showProgress = stderr.isTTY === true || total > PROGRESS_ROW_THRESHOLD;
    const started = Date.now();
    const screened = screenRows(table, columns, screener, (done) => {
      if (showProgress) stderr.write(`Screened ${done.toLocaleString("en-GB")} of ${total.toLocaleString("en-GB")} rows…\n`);
    });
    const withSector = sectorWanted(options.sector, columns);
    if (withSector) sectorRows(table, columns).forEach((sector, i) => (screened[i].sector = sector));
    if (showProgress && total > PROGRESS_ROW_THRESHOLD) {
      stderr.write(`Screened ${total.toLocaleString("en-GB")} rows in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
    }

    if (options.out !== undefined && outKind !== null) {
      if (outKind === "xlsx" && table.unkeptParts?.length) {
        stderr.write(
          `Warning: ${options.input} has ${table.unkeptParts.join(", ")}, which the .xlsx writer (exceljs) cannot carry over; ` +
            `${options.out} will not have them. The input file is unchanged; to keep them, copy the three WRO columns into it by hand, or use --out with a .csv name.\n`,
        );
      }
      if (bigFile || total > PROGRESS_ROW_THRESHOLD) stderr.write(`Writing ${options.out}…\n`);
      try {
        if (outKind === "xlsx") await writeXlsxOutput(table, screened, options.out);
        else await writeCsvOutput(table, screened, options.out);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === undefined) throw e;
        // A full disk or a read-only folder is the user's to fix, and nothing was half-written.
        throw new UsageError(`Cannot write ${options.out}: ${(e as Error).message}`);
      }
    }

    const format = options.format ?? (options.out === undefined ? "table" : null);
    const shown = options.onlyFlagged ? screened.filter((s) => s.result.risk !== "none") : screened;
    if (format !== null) printResults(shown, format, stdout, options.onlyFlagged);
    // JSON and CSV on stdout are for machines, so the summary goes to stderr there.
    const sectorText = withSector ? sectorSummary(screened.map((s) => s.sector!)) : "";
    const summary = summaryLine(screened, screener.version) + sectorText + (options.out ? ` Wrote ${options.out}.` : "") + "\n";
    if (format === "table" || format === null) stdout.write(summary);
    else stderr.write(summary);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      stderr.write(`Error: ${e.message}\n`);
      return 2;
    }
    stderr.write(`Unexpected error: ${(e as Error)?.stack ?? String(e)}\n`);
    return 1;
  }
}

if (require.main === module) {
  // Piping into `head` closes stdout early; that is the reader's choice, not an error.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0);
    throw e;
  });
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then((code) => {
    process.exitCode = code;
  });
}
