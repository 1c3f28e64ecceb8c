import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { CsvError, detectDelimiter, parseCsv, unguardCsvInjection } from "./csv";
import { shownText } from "./cell-text";
import { decodeInput, utf16WithoutBom, type AnyTextEncoding, type DetectedEncoding } from "./encoding";
import { UsageError } from "./errors";
import { detectHeaderIndex, headerIndexForRow } from "./header-row";

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
  /** For .xlsx: the loaded workbook and sheet, so an .xlsx output can modify them and keep the rest. */
  workbook?: ExcelJS.Workbook;
  worksheet?: ExcelJS.Worksheet;
  /** Parts of the workbook that exceljs cannot write back, e.g. ["charts", "pivot tables"]. */
  unkeptParts?: string[];
  /** For .xlsx: the file's bytes, which the .xlsx output edits (only the screened sheet and the styles change). */
  sourceBytes?: Uint8Array;
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

/** file is the resolved path; shown is what the user typed, used in messages. */
async function readBytes(file: string, shown: string): Promise<Uint8Array> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new UsageError(`${shown} is a folder, not a spreadsheet file.`);
    return await fs.readFile(file);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") {
      const where = shown === file ? "" : ` (looked for ${file})`;
      throw new UsageError(`Cannot find the input file ${shown}${where}. Check the name, or give the full path.`);
    }
    if (code === "EACCES" || code === "EPERM") throw new UsageError(`Cannot read ${shown}: permission denied.`);
    throw new UsageError(`Cannot read ${shown}: ${(e as Error).message}`);
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
  const bytes = await readBytes(file, shownName);
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
  // The whole workbook is loaded even when no .xlsx is written back: exceljs's streaming reader
  // (4.4.0) decodes each zip chunk to text on its own, so a Chinese character that straddles two
  // chunks turns into "���" and a listed name is missed. A test guards this.
  if (kind === "zip") {
    const what = zipKind(bytes);
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
    return readXlsx(shownName, bytes, options);
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
  return readCsv(shownName, bytes, options);
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

function readCsv(file: string, bytes: Uint8Array, options: ReadOptions): InputTable {
  let records: string[][];
  const { text: decoded, detected } = decodeInput(bytes, options.encoding);
  let delimiter: string;
  let sepLine = false;
  try {
    if (decoded.includes("\u0000")) throw new CsvError("it contains binary data (NUL bytes), so it is not a text CSV file");
    let text = decoded;
    // Excel writes and honours a first line "sep=;" naming the delimiter; it shows the next line as row 1.
    const hint = /^sep=(.)\r?\n/i.exec(text);
    if (hint) {
      text = text.slice(hint[0].length);
      sepLine = true;
    }
    delimiter = hint ? hint[1] : detectDelimiter(text);
    records = parseCsv(text, delimiter);
  } catch (e) {
    if (e instanceof CsvError) throw notASpreadsheet(file, e.message);
    throw e;
  }
  const sheetName = path.basename(file, path.extname(file));
  const all: InputRow[] = [];
  for (let i = 0; i < records.length; i++) {
    const cells = records[i].map(unguardCsvInjection);
    if (cells.every((c) => c.trim() === "")) continue;
    all.push({ rowNumber: i + 1, cells });
  }
  if (all.length === 0) throw new UsageError(`${file} has no data: every line is blank.`);
  const warnings: string[] = [];
  if (detected.strayOffsets.length > 0) {
    const bad = all.filter((r) => r.cells.some((c) => (c as string).includes("\uFFFD"))).map((r) => r.rowNumber);
    const shown = bad.slice(0, 5).join(", ") + (bad.length > 5 ? ` and ${bad.length - 5} more` : "");
    warnings.push(
      `${file} is UTF-8 except for ${detected.strayOffsets.length === 1 ? "one byte" : `${detected.strayOffsets.length} bytes`} that ${detected.strayOffsets.length === 1 ? "is" : "are"} not` +
        (bad.length ? ` (row ${shown})` : "") +
        `; ${detected.strayOffsets.length === 1 ? "it shows" : "they show"} as \uFFFD. The rest is read as UTF-8; if the file is in another encoding, pass --encoding.`,
    );
  }
  return {
    format: "csv",
    path: file,
    sheetName,
    sheetNames: [sheetName],
    ...splitAtHeader(all, options.headerRow, file),
    csv: { delimiter, encoding: detected, sepLine },
    warnings,
  };
}

function hasData(sheet: ExcelJS.Worksheet): boolean {
  let found = false;
  sheet.eachRow((row) => {
    if (!found && Array.isArray(row.values) && row.values.some((v) => !isBlank(v))) found = true;
  });
  return found;
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

function sheetRows(sheet: ExcelJS.Worksheet): InputRow[] {
  const rows: InputRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells = rowCells(row);
    if (!cells.every(isBlank)) rows.push({ rowNumber, cells });
  });
  return rows;
}

function isVisible(state: string | undefined): boolean {
  return state === "visible" || state === undefined;
}

async function readXlsx(file: string, bytes: Uint8Array, options: ReadOptions): Promise<InputTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw notASpreadsheet(file, `it is a zip archive that could not be read as an Excel workbook (${(e as Error).message})`);
  }
  // workbook.worksheets follows sheet ids, which drift from the tab order as sheets are added and moved.
  const tabOrder = (s: ExcelJS.Worksheet) => (s as unknown as { orderNo?: number }).orderNo ?? 0;
  const sheets = [...workbook.worksheets].sort((a, b) => tabOrder(a) - tabOrder(b));
  if (sheets.length === 0) throw notASpreadsheet(file, "it is a workbook with no worksheets (only chart sheets or macro sheets)");
  const names = sheets.map((s) => `"${s.name}"`).join(", ");
  const where = (name: string) => `the worksheet "${name}" of ${file}`;
  const tableOf = (sheet: ExcelJS.Worksheet, rows: InputRow[]): InputTable => ({
    format: "xlsx",
    path: file,
    sheetName: sheet.name,
    sheetNames: sheets.map((s) => s.name),
    ...splitAtHeader(rows, options.headerRow, where(sheet.name)),
    warnings: [],
    workbook,
    worksheet: sheet,
    unkeptParts: findUnkeptParts(bytes),
    sourceBytes: bytes,
  });

  if (options.sheet !== undefined) {
    const wanted = options.sheet;
    const sheet = sheets.find((s) => s.name === wanted) ?? sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
    if (!sheet) throw new UsageError(`${file} has no worksheet named "${wanted}". Its sheets are: ${names}.`);
    const rows = sheetRows(sheet);
    if (rows.length === 0) throw new UsageError(`The worksheet "${sheet.name}" in ${file} is empty.`);
    return tableOf(sheet, rows);
  }
  // Visible sheets first, in tab order: hidden ones are usually lookups.
  const ordered = [...sheets.filter((s) => isVisible(s.state)), ...sheets.filter((s) => !isVisible(s.state))].filter(hasData);
  if (ordered.length === 0) throw new UsageError(`${file} has no data: every worksheet (${names}) is empty.`);
  const skipped: string[] = [];
  for (const sheet of ordered) {
    const table = tableOf(sheet, sheetRows(sheet));
    if (!options.wantSheet || options.wantSheet(table.headers)) return { ...table, skippedSheets: skipped };
    skipped.push(sheet.name);
  }
  // No sheet has a supplier column: read the first, and the column choice says what is missing.
  return { ...tableOf(ordered[0], sheetRows(ordered[0])), skippedSheets: [] };
}
