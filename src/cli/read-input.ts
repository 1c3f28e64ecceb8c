import { promises as fs } from "node:fs";
import * as path from "node:path";
import { byteOrderMark } from "../core/importers/decode";
import { CsvError, unguardCsvInjection } from "./csv";
import { csvRecordBatches, fileSource, type ByteSource, type CsvLayout } from "./csv-stream";
import { shownText } from "./cell-text";
import { detectEncodingOf, utf16WithoutBom, type AnyTextEncoding, type DetectedEncoding } from "./encoding";
import { UsageError } from "./errors";
import { detectHeaderIndex, HEADER_SAMPLE_ROWS, headerIndexForRow } from "./header-row";
import { readPackageHead, readSheet, readWorkbookInfo, type SheetFacts, type WorkbookInfo, type WorksheetEntry } from "./xlsx/read-sheet";

export type InputFormat = "csv" | "xlsx";

/** How often reading reports progress. */
export const ROWS_PER_PROGRESS = 50_000;

export interface InputRow {
  /** The spreadsheet row number (the header is usually row 1). */
  rowNumber: number;
  /** Raw cell values, index 0 = column A: XlsxCell values for .xlsx (xlsx/read-sheet.ts), strings for .csv. */
  cells: unknown[];
}

export interface InputTable {
  format: InputFormat;
  path: string;
  /** The worksheet read; for CSV, the file name without extension. */
  sheetName: string;
  /** Every worksheet in tab order (one for CSV), for messages. */
  sheetNames: string[];
  headerRowNumber: number;
  /** How the header row was chosen, for the line that says so. */
  headerChosen: "first row" | "detected" | "--header-row";
  /** Header text per column, index 0 = column A; "" for a blank header cell. */
  headers: string[];
  /** Non-blank rows above the header (titles, "exported on" lines): kept in a CSV output. */
  preamble: InputRow[];
  /** Rows below the header that hold at least one value; blank rows are left out. */
  rows: InputRow[];
  /** For CSV: the delimiter, the encoding read, and whether Excel's "sep=" line was there. */
  csv?: { delimiter: string; encoding: DetectedEncoding; sepLine: boolean };
  /** Things the user should know about the input that do not stop the screen. */
  warnings: string[];
  /** For .xlsx: the sheets skipped before this one because they have no supplier column (cover sheets). */
  skippedSheets?: string[];
  /** For .xlsx: the screened sheet's part and what its XML holds besides the rows (for the streamed .xlsx output). */
  xlsxSheet?: { part: string; facts: SheetFacts };
  /** Parts of the workbook that exceljs cannot write back, e.g. ["charts", "pivot tables"]. */
  unkeptParts?: string[];
  /** For .xlsx: the file's bytes, which the .xlsx output edits (only the screened sheet and the styles change). */
  sourceBytes?: Uint8Array;
  /**
   * For a CSV read as a stream (ReadOptions.stream): then rows holds only the data rows among the first
   * rows read (the header search), and the whole file's facts are here; dataRows() reads every data row
   * again, in batches, so the rows are never all in memory.
   */
  streamed?: StreamedRows;
}

export interface StreamedRows {
  /** Non-blank rows below the header. */
  dataRowCount: number;
  /** The row number of the last non-blank row (the header's when there is no data). */
  lastRowNumber: number;
  /** The index of the last column with a value in any data row (-1 when none). */
  lastUsedColumn: number;
  /** Per column index: true when some data row has a value there. */
  filledColumns: boolean[];
  /** Every non-blank row below the header, in file order, in batches. */
  dataRows: () => AsyncGenerator<InputRow[]>;
}

/**
 * exceljs round-trips cells, styles, merges, validation, conditional formats, images and comments,
 * but drops these. Zip entry names are stored uncompressed, so a byte search finds them.
 */
const UNKEPT_PARTS: Array<[string, string]> = [
  ["xl/charts/", "charts"],
  ["xl/pivotTables/", "pivot tables"],
  ["xl/slicers/", "slicers"],
  ["xl/vbaProject.bin", "macros"],
  ["xl/threadedComments/", "threaded comments"],
];

/** What a zip archive holds, from its entry names (stored uncompressed, so a byte search finds them). */
export function zipKind(bytes: Uint8Array): "xlsx" | "xlsb" | "ods" | "docx" | "pptx" | "other" {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.subarray(0, 200).includes("application/vnd.oasis.opendocument")) return "ods";
  if (buffer.includes("xl/workbook.bin")) return "xlsb";
  if (buffer.includes("xl/workbook.xml")) return "xlsx";
  if (buffer.includes("word/document.xml")) return "docx";
  if (buffer.includes("ppt/presentation.xml")) return "pptx";
  return "other";
}

export function findUnkeptParts(bytes: Uint8Array): string[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return UNKEPT_PARTS.filter(([entry]) => buffer.includes(entry)).map(([, label]) => label);
}

function startsWith(bytes: Uint8Array, ...prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Names what the bytes really are, so "not a spreadsheet" messages can say what was found instead. */
export function sniffFormat(bytes: Uint8Array): "zip" | "ole" | "pdf" | "text" | "binary" {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return "zip";
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return "ole";
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return "pdf";
  const head = bytes.subarray(0, 4096);
  const utf16 = startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff) || utf16WithoutBom(bytes) !== null;
  return !utf16 && head.includes(0) ? "binary" : "text";
}

function notASpreadsheet(file: string, found: string): UsageError {
  return new UsageError(`${file} is not a spreadsheet: ${found}. Give an .xlsx workbook or a .csv file.`);
}

function isBlank(value: unknown): boolean {
  return shownText(value).trim() === "";
}

/** Bytes looked at to tell a workbook from a text file (and a web page, a PDF, …). */
const SNIFF_BYTES = 64 * 1024;

function readError(e: unknown, file: string, shown: string): never {
  if (e instanceof UsageError) throw e;
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") {
    const where = shown === file ? "" : ` (looked for ${file})`;
    throw new UsageError(`Cannot find the input file ${shown}${where}. Check the name, or give the full path.`);
  }
  if (code === "EACCES" || code === "EPERM") throw new UsageError(`Cannot read ${shown}: permission denied.`);
  throw new UsageError(`Cannot read ${shown}: ${(e as Error).message}`);
}

/** The first bytes of the file. file is the resolved path; shown is what the user typed, used in messages. */
async function readHead(file: string, shown: string): Promise<Uint8Array> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new UsageError(`${shown} is a folder, not a spreadsheet file.`);
    const handle = await fs.open(file, "r");
    try {
      const buffer = Buffer.alloc(Math.min(SNIFF_BYTES, stat.size));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (e) {
    readError(e, file, shown);
  }
}

async function readBytes(file: string, shown: string): Promise<Uint8Array> {
  try {
    return await fs.readFile(file);
  } catch (e) {
    readError(e, file, shown);
  }
}

export interface ReadOptions {
  sheet?: string;
  /** --header-row N */
  headerRow?: number;
  /** --encoding for CSV */
  encoding?: AnyTextEncoding;
  /**
   * Without --sheet: true for a sheet whose header row has a supplier column. The first sheet with
   * data for which it holds is read, so a cover or instructions sheet in front is passed over.
   */
  wantSheet?: (headers: readonly string[]) => boolean;
  /** Called every ROWS_PER_PROGRESS rows read, for a progress display. */
  onRowRead?: (rows: number) => void;
  /**
   * For a CSV: keep only the first rows and hand the rest out through table.streamed (memory that does
   * not grow with the file). Without it the rows are all read into table.rows.
   */
  stream?: boolean;
}

/** A web page: what a browser saves instead of a file behind a sign-in, or what "export to Excel" often is. */
export function looksLikeWebPage(bytes: Uint8Array): boolean {
  const start = new TextDecoder("utf-8")
    .decode(bytes.subarray(0, 2048))
    .replace(/^\uFEFF/, "")
    .trimStart()
    .toLowerCase();
  return /^<(!doctype html|html|head|body|meta|title|link|script|style|table|div|!--|\?xml)/.test(start);
}

/** Reads an .xlsx or .csv file into a table, or throws UsageError with a message a user can act on. */
export async function readInput(file: string, options: ReadOptions = {}, shownName = file): Promise<InputTable> {
  const bytes = await readHead(file, shownName);
  if (bytes.length === 0) throw new UsageError(`${shownName} is empty (0 bytes).`);
  const kind = sniffFormat(bytes);
  const ext = path.extname(file).toLowerCase();
  if (kind === "pdf") throw notASpreadsheet(shownName, "it is a PDF document");
  if (kind === "ole") {
    throw notASpreadsheet(
      shownName,
      "it is an old-format Excel 97-2003 (.xls) file or a password-protected workbook; open it in Excel and save it as .xlsx (without a password) or .csv",
    );
  }
  // The content decides, not the extension: a workbook saved with a .csv name is still read correctly.
  // Worksheets are parsed from the package as a stream (xlsx/read-sheet.ts), decoded with a
  // streaming TextDecoder so a character that straddles two slices stays whole. A test guards this.
  if (kind === "zip") {
    // The zip's directory is at its end: a workbook is read whole (the package is edited from these bytes).
    const whole = await readBytes(file, shownName);
    const what = zipKind(whole);
    if (what === "ods")
      throw notASpreadsheet(
        shownName,
        "it is an OpenDocument spreadsheet (.ods); open it in LibreOffice or Excel and save it as .xlsx or .csv",
      );
    if (what === "xlsb")
      throw notASpreadsheet(
        shownName,
        "it is an Excel binary workbook (.xlsb), which this tool cannot read; open it in Excel and save it as .xlsx (Excel Workbook) or .csv",
      );
    if (what === "docx") throw notASpreadsheet(shownName, "it is a Word document");
    if (what === "pptx") throw notASpreadsheet(shownName, "it is a PowerPoint presentation");
    if (what === "other") throw notASpreadsheet(shownName, "it is a zip archive that is damaged or holds no Excel workbook");
    return readXlsx(shownName, whole, options);
  }
  if (kind === "binary") throw notASpreadsheet(shownName, "it holds binary data that is neither an .xlsx workbook nor text");
  if (looksLikeWebPage(bytes)) {
    throw notASpreadsheet(
      shownName,
      ext === ".xlsx" || ext === ".xlsm"
        ? `it is named ${ext} but is a web page (HTML), often a sign-in or error page saved instead of the workbook; download the workbook again, or open the real file in Excel and save it as .xlsx`
        : 'it is a web page (HTML or XML; some systems "export to Excel" this way with an .xls name); open it in Excel and save it as .xlsx or .csv',
    );
  }
  if (ext === ".xlsx" || ext === ".xlsm") {
    throw notASpreadsheet(shownName, `it is named ${ext} but holds plain text (if it is comma-separated, rename it to .csv)`);
  }
  if (options.sheet !== undefined) throw new UsageError(`--sheet applies to .xlsx workbooks only; ${shownName} is a CSV file.`);
  const table = await readCsv(shownName, bytes, fileSource(file), options);
  return options.stream ? table : materialise(table);
}

/** Reads a streamed table's rows into table.rows, for the steps that need them all (decisions, the .xlsx output). */
export async function materialise(table: InputTable): Promise<InputTable> {
  const streamed = table.streamed;
  if (!streamed) return table;
  const rows: InputRow[] = [];
  for await (const batch of streamed.dataRows()) for (const row of batch) rows.push(row);
  return { ...table, rows, streamed: undefined };
}

/** Splits non-blank rows into the preamble, the header and the data, by --header-row or detection. */
function splitAtHeader(
  rows: InputRow[],
  headerRow: number | undefined,
  where: string,
): Pick<InputTable, "headerRowNumber" | "headerChosen" | "headers" | "preamble" | "rows"> {
  const index = headerRow !== undefined ? headerIndexForRow(rows, headerRow, where) : detectHeaderIndex(rows);
  const header = rows[index];
  return {
    headerRowNumber: header.rowNumber,
    headerChosen: headerRow !== undefined ? "--header-row" : index === 0 ? "first row" : "detected",
    headers: Array.from(header.cells, (v) => shownText(v).trim()),
    preamble: rows.slice(0, index),
    rows: rows.slice(index + 1),
  };
}

/**
 * Reads a CSV in two passes over the file, each a stream: the first finds the encoding (encoding.ts),
 * the delimiter and the header (among the first rows, which are the only ones kept) and the facts the
 * output needs before its first row (the last column used, the last row); the second, dataRows(), hands
 * out the data rows in batches as they are parsed. head: the first bytes of the file.
 */
export async function readCsv(file: string, head: Uint8Array, source: ByteSource, options: ReadOptions): Promise<InputTable> {
  const given = options.encoding;
  const detected: DetectedEncoding = given
    ? { encoding: given, bom: byteOrderMark(head)?.encoding === given, how: "given with --encoding", strayOffsets: [] }
    : await detectEncodingOf(source());
  let layout: CsvLayout = { delimiter: ",", sepLine: false };
  const first: InputRow[] = [];
  let nonBlank = 0;
  let lastRowNumber = 0;
  let lastUsedBeyond = -1;
  const filledBeyond: boolean[] = [];
  const strayRows: number[] = [];
  let strayRowCount = 0;
  let seen = 0;
  const keepsFirst = (rowNumber: number) =>
    first.length < HEADER_SAMPLE_ROWS || (options.headerRow !== undefined && rowNumber <= options.headerRow);
  try {
    for await (const batch of csvRecordBatches(source, detected.encoding, (l) => (layout = l))) {
      const { records, firstRecord } = batch;
      for (let k = 0; k < records.length; k++) {
        const record = records[k];
        if (options.onRowRead && ++seen % ROWS_PER_PROGRESS === 0) options.onRowRead(seen);
        const rowNumber = firstRecord + k;
        const keep = keepsFirst(rowNumber);
        let last = -1;
        for (let c = 0; c < record.length; c++) {
          if (record[c].trim() === "") continue;
          last = c;
          if (!keep) filledBeyond[c] = true;
        }
        if (last === -1) continue;
        nonBlank++;
        lastRowNumber = rowNumber;
        if (detected.strayOffsets.length > 0 && record.some((c) => c.includes("\uFFFD"))) {
          if (strayRows.length < 5) strayRows.push(rowNumber);
          strayRowCount++;
        }
        if (keep) first.push({ rowNumber, cells: record.map(unguardCsvInjection) });
        else if (last > lastUsedBeyond) lastUsedBeyond = last;
      }
    }
  } catch (e) {
    if (e instanceof CsvError) throw notASpreadsheet(file, e.message);
    throw e;
  }
  if (nonBlank === 0) throw new UsageError(`${file} has no data: every line is blank.`);
  const warnings: string[] = [];
  if (detected.strayOffsets.length > 0) {
    const shown = strayRows.join(", ") + (strayRowCount > strayRows.length ? ` and ${strayRowCount - strayRows.length} more` : "");
    const n = detected.strayOffsets.length;
    warnings.push(
      `${file} is UTF-8 except for ${n === 1 ? "one byte" : `${n} bytes`} that ${n === 1 ? "is" : "are"} not` +
        (strayRowCount ? ` (row ${shown})` : "") +
        `; ${n === 1 ? "it shows" : "they show"} as \uFFFD. The rest is read as UTF-8; if the file is in another encoding, pass --encoding.`,
    );
  }
  const split = splitAtHeader(first, options.headerRow, file);
  let lastUsedColumn = lastUsedBeyond;
  const filledColumns = filledBeyond;
  for (const row of split.rows) {
    row.cells.forEach((c, i) => {
      if ((c as string).trim() === "") return;
      filledColumns[i] = true;
      if (i > lastUsedColumn) lastUsedColumn = i;
    });
  }
  const headerRowNumber = split.headerRowNumber;
  const { encoding } = detected;
  const sheetName = path.basename(file, path.extname(file));
  async function* dataRows(): AsyncGenerator<InputRow[]> {
    try {
      for await (const { records, firstRecord } of csvRecordBatches(source, encoding)) {
        const rows: InputRow[] = [];
        for (let k = 0; k < records.length; k++) {
          const rowNumber = firstRecord + k;
          if (rowNumber <= headerRowNumber) continue;
          const record = records[k];
          if (record.every((c) => c.trim() === "")) continue;
          rows.push({ rowNumber, cells: record.map(unguardCsvInjection) });
        }
        if (rows.length) yield rows;
      }
    } catch (e) {
      if (e instanceof CsvError) throw notASpreadsheet(file, e.message);
      throw e;
    }
  }
  return {
    format: "csv",
    path: file,
    sheetName,
    sheetNames: [sheetName],
    ...split,
    csv: { delimiter: layout.delimiter, encoding: detected, sepLine: layout.sepLine },
    warnings,
    streamed: {
      dataRowCount: nonBlank - split.preamble.length - 1,
      lastRowNumber: Math.max(lastRowNumber, headerRowNumber),
      lastUsedColumn,
      filledColumns,
      dataRows,
    },
  };
}

function isVisible(state: string): boolean {
  return state === "visible";
}

async function readXlsx(file: string, bytes: Uint8Array, options: ReadOptions): Promise<InputTable> {
  let info: WorkbookInfo;
  try {
    info = readWorkbookInfo(readPackageHead(bytes));
  } catch (e) {
    throw notASpreadsheet(file, `it is a zip archive that could not be read as an Excel workbook (${(e as Error).message})`);
  }
  const sheets = info.sheets;
  if (sheets.length === 0) throw notASpreadsheet(file, "it is a workbook with no worksheets (only chart sheets or macro sheets)");
  const names = sheets.map((s) => `"${s.name}"`).join(", ");
  const where = (name: string) => `the worksheet "${name}" of ${file}`;
  const read = new Map<WorksheetEntry, { rows: InputRow[]; facts: SheetFacts }>();
  const rowsOf = (sheet: WorksheetEntry) => {
    let got = read.get(sheet);
    if (!got) {
      const rows: InputRow[] = [];
      let seen = 0;
      let facts: SheetFacts;
      try {
        facts = readSheet(bytes, sheet.part, info, (row) => {
          if (!row.cells.every(isBlank)) rows.push(row);
          if (options.onRowRead && ++seen % ROWS_PER_PROGRESS === 0) options.onRowRead(seen);
        });
      } catch (e) {
        throw notASpreadsheet(file, `its worksheet "${sheet.name}" could not be read (${(e as Error).message})`);
      }
      got = { rows, facts };
      read.set(sheet, got);
    }
    return got;
  };
  const tableOf = (sheet: WorksheetEntry): InputTable => {
    const { rows, facts } = rowsOf(sheet);
    return {
      format: "xlsx",
      path: file,
      sheetName: sheet.name,
      sheetNames: sheets.map((s) => s.name),
      ...splitAtHeader(rows, options.headerRow, where(sheet.name)),
      warnings: [],
      unkeptParts: findUnkeptParts(bytes),
      sourceBytes: bytes,
      xlsxSheet: { part: sheet.part, facts },
    };
  };

  if (options.sheet !== undefined) {
    const wanted = options.sheet;
    const sheet = sheets.find((s) => s.name === wanted) ?? sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
    if (!sheet) throw new UsageError(`${file} has no worksheet named "${wanted}". Its sheets are: ${names}.`);
    if (rowsOf(sheet).rows.length === 0) throw new UsageError(`The worksheet "${sheet.name}" in ${file} is empty.`);
    return tableOf(sheet);
  }
  // Visible sheets first, in tab order: hidden ones are usually lookups.
  const ordered = [...sheets.filter((s) => isVisible(s.state)), ...sheets.filter((s) => !isVisible(s.state))];
  const skipped: string[] = [];
  let first: WorksheetEntry | undefined;
  for (const sheet of ordered) {
    if (rowsOf(sheet).rows.length === 0) continue;
    first ??= sheet;
    const table = tableOf(sheet);
    if (!options.wantSheet || options.wantSheet(table.headers)) return { ...table, skippedSheets: skipped };
    skipped.push(sheet.name);
    // Only the chosen sheet's rows are kept.
    read.set(sheet, { rows: [], facts: rowsOf(sheet).facts });
  }
  if (first === undefined) throw new UsageError(`${file} has no data: every worksheet (${names}) is empty.`);
  // No sheet has a supplier column: read the first, and the column choice says what is missing.
  read.delete(first);
  return { ...tableOf(first), skippedSheets: [] };
}
