import { promises as fs } from "node:fs";
import * as path from "node:path";
import { parseCliArgs, USAGE, type CliOptions, type OutputFormat } from "./args";
import { columnLetter, describeHeaders, detectColumn, resolveColumn, type ColumnRole } from "./columns";
import { formulaAsText, formulaWithoutValue, shownText } from "./cell-text";
import { encodingOption, ENCODING_NAMES } from "./encoding";
import { UsageError } from "./errors";
import { OUTPUT_HEADERS } from "./columns";
import { outputHeaders, SECTOR_OUTPUT_HEADER } from "./result-cells";
import { materialise, readInput, type InputTable } from "./read-input";
import { emptyTotals, ResultPrinter, screenStreamed } from "./screen-stream";
import { sectorRows, sectorSummary, sectorWanted } from "./sector";
import { isBlankSupplier, summaryLine, type ReportFields } from "./report";
import { screenRows, type ChosenColumns, type ScreenedRow, type ScreenerLike } from "./screen-rows";
import { csvOutputFormat, outputColumnIndexes, writeCsvOutput, writeCsvPieces, writeXlsxOutput, xlsxSheetName } from "./write-output";
import {
  applyDecisionsToTable,
  decisionJson,
  decisionSummary,
  hasDecisionColumn,
  planDecisions,
  readPriorDecisions,
  reportDataset,
  reportGridOf,
} from "./decisions";
import { XlsxPackage } from "./xlsx/package";
import { Progress } from "./progress";
import { isMacroEnabled } from "./xlsx/workbook-info";
import { REPORT_SHEET_NAME } from "../core/report";

export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  /** The folder relative paths are taken from: npm's INIT_CWD (where the command was typed) for the real CLI. */
  cwd?: string;
  /** Injected by tests; defaults to core's Screener over the bundled or --dataset dataset. */
  loadScreener?: (datasetPath?: string) => Promise<ScreenerLike>;
}

/** Files above this size get progress lines on stderr even when stderr is not a terminal. */
const PROGRESS_ROW_THRESHOLD = 5_000;
/** Inputs above this size get a "Reading …" line, since loading them takes a noticeable time. */
const BIG_FILE_BYTES = 2 * 1_048_576;

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
      const others = table.sheetNames.filter((n) => n !== table.sheetName);
      const sheetsHint =
        table.format === "xlsx" && others.length
          ? ` No other sheet has one either (${others.map((n) => `"${n}"`).join(", ")}); choose the sheet with --sheet and the column with --column.`
          : " Name it with --column (a header or a letter), or the header row with --header-row.";
      throw new UsageError(
        `No supplier column found in the header row (row ${table.headerRowNumber}) of "${table.sheetName}" in ${table.path}.${sheetsHint} The headers are: ${describeHeaders(headers)}.`,
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
  const allBlank = table.streamed
    ? table.streamed.dataRowCount > 0 && !table.streamed.filledColumns[supplier]
    : table.rows.length > 0 && table.rows.every((row) => shownText(row.cells[supplier]).trim() === "");
  if (allBlank) {
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

interface Paths {
  input: string;
  out?: string;
  dataset?: string;
}

/** Relative paths are taken from the folder the command was typed in, not from the package root npm runs in. */
function resolvePaths(options: CliOptions, cwd: string): Paths {
  const at = (p: string | undefined) => (p === undefined ? undefined : path.resolve(cwd, p));
  return { input: at(options.input)!, out: at(options.out), dataset: at(options.dataset) };
}

async function checkOutPath(options: CliOptions, paths: Paths): Promise<"xlsx" | "csv" | null> {
  if (options.out === undefined || paths.out === undefined) return null;
  const ext = path.extname(options.out).toLowerCase();
  if (ext !== ".xlsx" && ext !== ".xlsm" && ext !== ".csv") {
    throw new UsageError(`--out must end in .xlsx, .xlsm or .csv (got "${options.out}").`);
  }
  if (await sameFile(paths.input, paths.out)) {
    throw new UsageError(`--out ${options.out} is the input file; choose another name. The input is never overwritten.`);
  }
  const folder = path.dirname(paths.out);
  const folderIsDirectory = await fs.stat(folder).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!folderIsDirectory) throw new UsageError(`Cannot write ${options.out}: the folder ${folder} does not exist.`);
  if (
    await fs.stat(paths.out).then(
      (s) => s.isDirectory(),
      () => false,
    )
  ) {
    throw new UsageError(`Cannot write ${options.out}: it is a folder.`);
  }
  return ext === ".csv" ? "csv" : "xlsx";
}

/**
 * Excel refuses to open a macro workbook named .xlsx and a plain one named .xlsm, so the output
 * keeps the input's kind: .xlsm in, .xlsm out (with its macros).
 */
function checkWorkbookKind(table: InputTable, out: string): void {
  const outExt = path.extname(out).toLowerCase();
  const macros =
    table.sourceBytes !== undefined && isMacroEnabled(XlsxPackage.read(table.sourceBytes, (name) => name === "[Content_Types].xml"));
  if (macros && outExt !== ".xlsm") {
    throw new UsageError(
      `${table.path} is a macro-enabled workbook; name the output .xlsm (not ${outExt}) so Excel opens it with its macros.`,
    );
  }
  if (!macros && outExt === ".xlsm") {
    throw new UsageError(`${table.path} has no macros; name the output .xlsx (Excel refuses a workbook without macros named .xlsm).`);
  }
}

/** Excel's sheet size: an .xlsx output beyond it would not open, so it is refused before any work. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

function checkSheetLimits(table: InputTable, options: CliOptions): void {
  const lastRow = table.rows.length ? table.rows[table.rows.length - 1].rowNumber : table.headerRowNumber;
  if (lastRow > EXCEL_MAX_ROWS) {
    throw new UsageError(
      `${options.input} has ${lastRow.toLocaleString("en-GB")} rows, more than an Excel sheet holds (${EXCEL_MAX_ROWS.toLocaleString("en-GB")}), so it cannot be written as ${options.out}. ` +
        `Write a CSV instead (--out with a .csv name), or split the file.`,
    );
  }
  const width = Math.max(...outputColumnIndexes(table, [...OUTPUT_HEADERS, SECTOR_OUTPUT_HEADER])) + 1;
  if (width > EXCEL_MAX_COLUMNS) {
    throw new UsageError(
      `${options.input} needs ${width.toLocaleString("en-GB")} columns with the result columns, more than an Excel sheet holds (${EXCEL_MAX_COLUMNS.toLocaleString("en-GB")}), so it cannot be written as ${options.out}. Write a CSV instead (--out with a .csv name).`,
    );
  }
}

/**
 * The report sheet is re-created on every run, so a screened sheet of that name (an earlier run's report chosen
 * with --sheet, or a CSV named like it, whose sheet takes the file's name) would be replaced and its results lost.
 */
function checkNotReportSheet(table: InputTable): void {
  const name = xlsxSheetName(table);
  if (name.toLowerCase() !== REPORT_SHEET_NAME.toLowerCase()) return;
  throw new UsageError(
    table.sourceBytes !== undefined
      ? `"${name}" is the report sheet of an earlier run, which this run re-creates; choose the screened sheet with --sheet, or pass --no-report.`
      : `The sheet written from ${table.path} would be named "${name}", like the report sheet; rename the file, or pass --no-report.`,
  );
}

/**
 * Formulas saved without their value (by tools that write workbooks without calculating them) are
 * refused rather than screened as blanks; --formulas-as-text screens their text instead.
 */
function checkFormulas(table: InputTable, columns: ChosenColumns, formulasAsText: boolean): void {
  const used = [columns.supplier, columns.country, columns.product].filter((c): c is number => c !== null);
  const cells: string[] = [];
  for (const row of table.rows) {
    for (const c of used) {
      const formula = formulaWithoutValue(row.cells[c]);
      if (formula === null) continue;
      if (formulasAsText) row.cells[c] = formulaAsText(formula);
      else cells.push(`${columnLetter(c)}${row.rowNumber}`);
    }
  }
  if (cells.length === 0) return;
  const shown = cells.slice(0, 5).join(", ") + (cells.length > 5 ? ` and ${(cells.length - 5).toLocaleString("en-GB")} more` : "");
  throw new UsageError(
    `${cells.length === 1 ? "A formula has" : `${cells.length.toLocaleString("en-GB")} formulas have`} no saved value in "${table.sheetName}" of ${table.path} (${shown}): ` +
      `the file was written by a tool that does not calculate formulas. Open and save the file in Excel (or LibreOffice), or pass --formulas-as-text to screen the formula text.`,
  );
}

function printResults(
  rows: readonly ScreenedRow[],
  format: OutputFormat,
  stdout: OutputStream,
  onlyFlagged: boolean,
  fields: ReportFields,
): void {
  // rows are already filtered by --only-flagged (filtering again changes nothing); the flag picks the message.
  const printer = new ResultPrinter(
    format,
    stdout,
    onlyFlagged,
    rows.reduce((m, r) => Math.max(m, r.row.rowNumber), 0),
    fields,
  );
  printer.rows(rows);
  printer.end();
}

/** The screen of a streamed CSV (screen-stream.ts): screened, written and printed batch by batch. */
async function screenAsStream(
  table: InputTable,
  columns: ChosenColumns,
  screener: ScreenerLike,
  options: CliOptions,
  paths: Paths,
  io: CliIo,
  outEncoding: ReturnType<typeof encodingOption> | undefined,
): Promise<number> {
  const { stdout, stderr } = io;
  const streamed = table.streamed!;
  const total = streamed.dataRowCount;
  const big = total > PROGRESS_ROW_THRESHOLD;
  const withSector = sectorWanted(options.sector, columns);
  const format = options.format ?? (options.out === undefined ? "table" : null);
  const printer =
    format === null
      ? null
      : new ResultPrinter(format, stdout, options.onlyFlagged, streamed.lastRowNumber, { sector: withSector, decisions: false });
  const totals = emptyTotals(withSector);
  if (options.out !== undefined && big) stderr.write(`Screening ${options.input} into ${options.out}…\n`);
  const screening = new Progress(stderr, stderr.isTTY === true || big);
  screening.start("Screening", "Screened", total);
  const started = Date.now();
  const csvFormat = options.out === undefined ? undefined : csvOutputFormat(table, outEncoding);
  const pieces = screenStreamed(
    table,
    columns,
    screener,
    withSector,
    totals,
    (rows) => printer?.rows(rows),
    csvFormat,
    (done) => screening.update(done),
  );
  try {
    if (csvFormat) {
      const warning = await writeCsvPieces(paths.out!, csvFormat, pieces);
      if (warning) stderr.write(`Warning: ${options.out}: ${warning}\n`);
    } else {
      for await (const piece of pieces) void piece;
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === undefined || options.out === undefined) throw e;
    throw new UsageError(`Cannot write ${options.out}: ${(e as Error).message}`);
  } finally {
    screening.end();
  }
  printer?.end();
  if (big) stderr.write(`Screened ${totals.rows.toLocaleString("en-GB")} rows in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
  const sectorText = totals.sector ? sectorSummary(totals.sector) : "";
  const wrote = options.out === undefined ? "" : ` Wrote ${options.out}${path.isAbsolute(options.out) ? "" : ` (${paths.out})`}.`;
  const summary = summaryLine(totals.counts, screener.version) + sectorText + wrote + "\n";
  if (format === "table" || format === null) stdout.write(summary);
  else stderr.write(summary);
  return 0;
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
    const paths = resolvePaths(options, io.cwd ?? process.cwd());
    const outKind = await checkOutPath(options, paths);
    const encoding = options.encoding === undefined ? undefined : encodingOption(options.encoding, "--encoding");
    const outEncoding = options.outEncoding === undefined ? undefined : encodingOption(options.outEncoding, "--out-encoding");
    // The dataset first: a broken --dataset should fail before a large workbook takes seconds to load.
    const screener = await (io.loadScreener ?? (await import("./engine")).loadScreener)(paths.dataset);
    // Loading a large workbook takes seconds before the first row is screened; say what is happening.
    const inputBytes = await fs.stat(paths.input).then(
      (s) => s.size,
      () => 0,
    );
    const bigFile = inputBytes > BIG_FILE_BYTES;
    if (bigFile) stderr.write(`Reading ${options.input} (${(inputBytes / 1_048_576).toFixed(1)} MB)…\n`);
    // Without --sheet and --column, a cover or instructions sheet in front is passed over for the
    // first sheet whose header row has a supplier column.
    const wantSheet =
      options.sheet === undefined && options.column === undefined
        ? (headers: readonly string[]) => detectColumn(headers, "supplier").kind !== "none"
        : undefined;
    const reading = new Progress(stderr, bigFile);
    reading.start("Reading", "Read");
    // A CSV screened to CSV (or to the screen) is read, screened and written as a stream; decisions and the
    // .xlsx output still need every row (docs/cli.md).
    const stream = outKind !== "xlsx" && options.decisions === undefined && !options.decisionColumns;
    let table: InputTable = await readInput(
      paths.input,
      { sheet: options.sheet, headerRow: options.headerRow, encoding, wantSheet, onRowRead: (n) => reading.update(n), stream },
      options.input,
    ).finally(() => reading.end());
    if (table.streamed && hasDecisionColumn(table.headers)) table = await materialise(table);
    if (outKind === "xlsx") checkSheetLimits(table, options);
    if (outKind === "xlsx" && options.report !== false) checkNotReportSheet(table);
    if (table.skippedSheets?.length) {
      stderr.write(
        `Screening the sheet "${table.sheetName}": ${table.skippedSheets.map((n) => `"${n}"`).join(", ")} ${table.skippedSheets.length === 1 ? "has" : "have"} no supplier column (use --sheet to choose).\n`,
      );
    }
    if (table.csv) {
      const { encoding: read } = table.csv;
      const how = read.how === "detected" ? "detected; use --encoding to change" : read.how;
      const delimiter = table.csv.delimiter === "\t" ? "tab" : `"${table.csv.delimiter}"`;
      stderr.write(`Read ${options.input} as ${ENCODING_NAMES[read.encoding]} (${how}), delimited by ${delimiter}.\n`);
    }
    for (const warning of table.warnings) stderr.write(`Warning: ${warning}\n`);
    if (table.headerChosen === "detected") {
      stderr.write(
        `Using row ${table.headerRowNumber} as the header row; the ${table.preamble.length === 1 ? "row" : `${table.preamble.length} rows`} above it ${table.preamble.length === 1 ? "looks" : "look"} like a title (use --header-row to choose another).\n`,
      );
    }
    const columns = chooseColumns(table, options, stderr);
    checkFormulas(table, columns, options.formulasAsText === true);
    // Decisions (docs/decisions.md): an earlier file's are read before the screen, so a wrong file fails fast.
    const prior =
      options.decisions === undefined
        ? null
        : await readPriorDecisions(
            path.resolve(io.cwd ?? process.cwd(), options.decisions),
            options.decisions,
            table.headers[columns.supplier] ?? "",
          );

    if (table.streamed) return await screenAsStream(table, columns, screener, options, paths, io, outEncoding);

    const total = table.rows.length;
    const big = total > PROGRESS_ROW_THRESHOLD;
    const screening = new Progress(stderr, stderr.isTTY === true || big);
    screening.start("Screening", "Screened", total);
    const started = Date.now();
    const screened = screenRows(table, columns, screener, (done) => screening.update(done));
    const withSector = sectorWanted(options.sector, columns);
    if (withSector) sectorRows(table, columns).forEach((sector, i) => (screened[i].sector = sector));
    screening.end();
    if (big) stderr.write(`Screened ${total.toLocaleString("en-GB")} rows in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
    // The decision columns go after the whole result block ("Sector risk" included when it is written).
    const resultColumns = outputColumnIndexes(table, outputHeaders(table, screened));
    const decisions =
      prior !== null || options.decisionColumns || hasDecisionColumn(table.headers)
        ? planDecisions(table, screened, resultColumns, prior)
        : null;
    for (const line of decisions?.messages ?? []) stderr.write(line + "\n");
    // --format json and csv print each row's decision beside its result (the plan is per screened row, in order);
    // only then, as a million rows' decision objects are worth not holding for a run that prints none.
    if (options.format === "json" || options.format === "csv") {
      if (decisions) screened.forEach((s, i) => (s.decision = decisionJson(decisions.row(i))));
    }

    if (options.out !== undefined && outKind !== null) {
      if (outKind === "xlsx") checkWorkbookKind(table, options.out);
      if (bigFile || big) stderr.write(`Writing ${options.out}…\n`);
      const writing = new Progress(stderr, stderr.isTTY === true || bigFile || big);
      writing.start("Writing", "Wrote", total);
      try {
        // The writers copy the table's cells, so the decision cells go into it, except for a workbook
        // input, whose sheet edit writes them (decisions-xlsx.ts).
        if (decisions && (outKind === "csv" || !table.sourceBytes)) applyDecisionsToTable(table, decisions, resultColumns);
        if (outKind === "xlsx") {
          // The report is worked out before writing, so the writer adds it in its one pass over the sheet.
          const report =
            options.report === false
              ? null
              : reportGridOf(table, xlsxSheetName(table), screened, columns, decisions, await reportDataset(paths.dataset));
          await writeXlsxOutput(table, screened, paths.out!, (n) => writing.update(n), { decisions, report });
          writing.end();
        } else {
          const warning = await writeCsvOutput(table, screened, paths.out!, csvOutputFormat(table, outEncoding), (n) => writing.update(n));
          writing.end();
          if (warning) stderr.write(`Warning: ${options.out}: ${warning}\n`);
        }
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === undefined) throw e;
        // A full disk or a read-only folder is the user's to fix, and nothing was half-written.
        throw new UsageError(`Cannot write ${options.out}: ${(e as Error).message}`);
      } finally {
        writing.end();
      }
    }

    const format = options.format ?? (options.out === undefined ? "table" : null);
    const shown = options.onlyFlagged ? screened.filter((s) => s.result.risk !== "none" && !isBlankSupplier(s.result)) : screened;
    if (format !== null) printResults(shown, format, stdout, options.onlyFlagged, { sector: withSector, decisions: decisions !== null });
    // JSON and CSV on stdout are for machines, so the summary goes to stderr there.
    const sectorText = withSector ? sectorSummary(screened.map((s) => s.sector!)) : "";
    const wrote = options.out === undefined ? "" : ` Wrote ${options.out}${path.isAbsolute(options.out) ? "" : ` (${paths.out})`}.`;
    const decisionText = decisions ? decisionSummary(decisions.counts) : "";
    const summary = summaryLine(screened, screener.version) + sectorText + decisionText + wrote + "\n";
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
  // npm runs scripts in the package root and passes the folder the command was typed in as INIT_CWD.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd }).then((code) => {
    process.exitCode = code;
  });
}
