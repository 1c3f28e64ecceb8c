import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { CsvError, decodeCsvBytes, parseCsv, unguardCsvInjection } from "./csv";
import { shownText } from "./cell-text";
import { UsageError } from "./errors";

export type InputFormat = "csv" | "xlsx";

export interface InputRow {
  /** The spreadsheet row number (the header is usually row 1). */
  rowNumber: number;
  /** Raw cell values, index 0 = column A: exceljs values for .xlsx, strings for .csv. */
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
  /** Header text per column, index 0 = column A; "" for a blank header cell. */
  headers: string[];
  /** Rows below the header that hold at least one value; blank rows are left out. */
  rows: InputRow[];
  /** For .xlsx: the loaded workbook and sheet, so an .xlsx output can modify them and keep the rest. */
  workbook?: ExcelJS.Workbook;
  worksheet?: ExcelJS.Worksheet;
  /** Parts of the workbook that exceljs cannot write back, e.g. ["charts", "pivot tables"]. */
  unkeptParts?: string[];
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
  const utf16 = startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff);
  return !utf16 && head.includes(0) ? "binary" : "text";
}

function notASpreadsheet(file: string, found: string): UsageError {
  return new UsageError(`${file} is not a spreadsheet: ${found}. Give an .xlsx workbook or a .csv file.`);
}

function isBlank(value: unknown): boolean {
  return shownText(value).trim() === "";
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new UsageError(`${file} is a folder, not a spreadsheet file.`);
    return await fs.readFile(file);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UsageError(`Cannot find the input file ${file}.`);
    if (code === "EACCES" || code === "EPERM") throw new UsageError(`Cannot read ${file}: permission denied.`);
    throw new UsageError(`Cannot read ${file}: ${(e as Error).message}`);
  }
}

export interface ReadOptions {
  sheet?: string;
}

/** Reads an .xlsx or .csv file into a table, or throws UsageError with a message a user can act on. */
export async function readInput(file: string, options: ReadOptions = {}): Promise<InputTable> {
  const bytes = await readBytes(file);
  if (bytes.length === 0) throw new UsageError(`${file} is empty (0 bytes).`);
  const kind = sniffFormat(bytes);
  const ext = path.extname(file).toLowerCase();
  if (kind === "pdf") throw notASpreadsheet(file, "it is a PDF document");
  if (kind === "ole") {
    throw notASpreadsheet(
      file,
      "it is an old-format Excel 97-2003 (.xls) file or a password-protected workbook; open it in Excel and save it as .xlsx (without a password) or .csv",
    );
  }
  // The content decides, not the extension: a workbook saved with a .csv name is still read correctly.
  // The whole workbook is loaded even when no .xlsx is written back: exceljs's streaming reader
  // (4.4.0) decodes each zip chunk to text on its own, so a Chinese character that straddles two
  // chunks turns into "���" and a listed name is missed. A test guards this.
  if (kind === "zip") return readXlsx(file, bytes, options.sheet);
  if (kind === "binary") throw notASpreadsheet(file, "it holds binary data that is neither an .xlsx workbook nor text");
  if (ext === ".xlsx" || ext === ".xlsm") {
    throw notASpreadsheet(file, `it is named ${ext} but holds plain text (if it is comma-separated, rename it to .csv)`);
  }
  // Many systems "export to Excel" as an HTML table with an .xls name; reading it as CSV would only confuse.
  const start = new TextDecoder("utf-8")
    .decode(bytes.subarray(0, 2048))
    .replace(/^\uFEFF/, "")
    .trimStart()
    .toLowerCase();
  if (/^<(!doctype html|html|table|\?xml)/.test(start)) {
    throw notASpreadsheet(
      file,
      "it is an HTML or XML page (some systems save these with an .xls name); open it in Excel and save it as .xlsx or .csv",
    );
  }
  if (options.sheet !== undefined) throw new UsageError(`--sheet applies to .xlsx workbooks only; ${file} is a CSV file.`);
  return readCsv(file, bytes);
}

function readCsv(file: string, bytes: Uint8Array): InputTable {
  let records: string[][];
  try {
    let text = decodeCsvBytes(bytes);
    // Excel writes and honours a first line "sep=;" naming the delimiter; it shows the next line as row 1.
    const hint = /^sep=(.)\r?\n/i.exec(text);
    if (hint) text = text.slice(hint[0].length);
    records = hint ? parseCsv(text, hint[1]) : parseCsv(text);
  } catch (e) {
    if (e instanceof CsvError) throw notASpreadsheet(file, e.message);
    throw e;
  }
  const sheetName = path.basename(file, path.extname(file));
  const headerIndex = records.findIndex((r) => r.some((c) => c.trim() !== ""));
  if (headerIndex === -1) throw new UsageError(`${file} has no data: every line is blank.`);
  const headers = records[headerIndex].map((h) => h.trim());
  const rows: InputRow[] = [];
  for (let i = headerIndex + 1; i < records.length; i++) {
    const cells = records[i].map(unguardCsvInjection);
    if (cells.every((c) => c.trim() === "")) continue;
    rows.push({ rowNumber: i + 1, cells });
  }
  return { format: "csv", path: file, sheetName, sheetNames: [sheetName], headerRowNumber: headerIndex + 1, headers, rows };
}

function hasData(sheet: ExcelJS.Worksheet): boolean {
  let found = false;
  sheet.eachRow((row) => {
    if (!found && Array.isArray(row.values) && row.values.some((v) => !isBlank(v))) found = true;
  });
  return found;
}

interface SheetRows {
  name: string;
  state: string | undefined;
  headerRowNumber: number;
  headers: string[];
  rows: InputRow[];
}

/**
 * The row's cells as Excel holds them, index 0 = column A. The hidden cells of a merged range are
 * blank in Excel (=B12 gives 0), though exceljs repeats the master's value in them; a title merged
 * across "Supplier" must not be screened as a supplier name.
 */
function rowCells(row: ExcelJS.Row): unknown[] {
  const cells: unknown[] = [];
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    cells[column - 1] = cell.type === ExcelJS.ValueType.Merge ? null : cell.value;
  });
  return cells;
}

/** Adds one worksheet row: the first non-blank row is the header, blank rows are dropped. */
function collectRow(target: SheetRows, rowNumber: number, values: unknown[]): void {
  if (values.every(isBlank)) return;
  if (target.headerRowNumber === 0) {
    target.headerRowNumber = rowNumber;
    target.headers = Array.from(values, (v) => shownText(v).trim());
    return;
  }
  target.rows.push({ rowNumber, cells: values });
}

/**
 * Chooses the worksheet: the one named by --sheet (exact name first, then ignoring case), or the
 * first one in tab order that has data, preferring visible sheets (hidden ones are usually lookups).
 */
function chooseSheet<T extends { name: string; state?: string }>(
  file: string,
  sheets: T[],
  wanted: string | undefined,
  hasData: (s: T) => boolean,
): T {
  const names = sheets.map((s) => `"${s.name}"`).join(", ");
  if (wanted !== undefined) {
    const sheet = sheets.find((s) => s.name === wanted) ?? sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
    if (!sheet) throw new UsageError(`${file} has no worksheet named "${wanted}". Its sheets are: ${names}.`);
    if (!hasData(sheet)) throw new UsageError(`The worksheet "${sheet.name}" in ${file} is empty.`);
    return sheet;
  }
  const withData = sheets.filter(hasData);
  const sheet = withData.find((s) => s.state === "visible" || s.state === undefined) ?? withData[0];
  if (!sheet) throw new UsageError(`${file} has no data: every worksheet (${names}) is empty.`);
  return sheet;
}

async function readXlsx(file: string, bytes: Uint8Array, sheetWanted: string | undefined): Promise<InputTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (e) {
    if (Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 200)).includes("application/vnd.oasis.opendocument")) {
      throw notASpreadsheet(file, "it is an OpenDocument file (.ods); open it and save it as .xlsx or .csv");
    }
    throw notASpreadsheet(file, `it is a zip archive that could not be read as an Excel workbook (${(e as Error).message})`);
  }
  // workbook.worksheets follows sheet ids, which drift from the tab order as sheets are added and moved.
  const tabOrder = (s: ExcelJS.Worksheet) => (s as unknown as { orderNo?: number }).orderNo ?? 0;
  const sheets = [...workbook.worksheets].sort((a, b) => tabOrder(a) - tabOrder(b));
  if (sheets.length === 0) throw notASpreadsheet(file, "it is a zip archive with no worksheets (perhaps a Word or PowerPoint file)");
  const sheet = chooseSheet(file, sheets, sheetWanted, hasData);
  const sheetRows: SheetRows = { name: sheet.name, state: sheet.state, headerRowNumber: 0, headers: [], rows: [] };
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => collectRow(sheetRows, rowNumber, rowCells(row)));
  const { headerRowNumber, headers, rows } = sheetRows;
  const sheetNames = sheets.map((s) => s.name);
  const unkeptParts = findUnkeptParts(bytes);
  return {
    format: "xlsx",
    path: file,
    sheetName: sheet.name,
    sheetNames,
    headerRowNumber,
    headers,
    rows,
    workbook,
    worksheet: sheet,
    unkeptParts,
  };
}
