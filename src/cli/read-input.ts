import { promises as fs } from "node:fs";
import * as path from "node:path";
import { CsvError, detectDelimiter, parseCsv, unguardCsvInjection } from "./csv";
import { shownText } from "./cell-text";
import { decodeInput, utf16WithoutBom, type AnyTextEncoding, type DetectedEncoding } from "./encoding";
import { UsageError } from "./errors";
import { detectHeaderIndex, headerIndexForRow } from "./header-row";
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
  /** Called every ROWS_PER_PROGRESS rows read, for a progress display. */
  onRowRead?: (rows: number) => void;
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
  // Worksheets are parsed from the package as a stream (xlsx/read-sheet.ts), decoded with a
  // streaming TextDecoder so a character that straddles two slices stays whole. A test guards this.
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

/** A CSV is decoded into one string; Node's longest string is about 536 million characters. */
export const CSV_MAX_BYTES = 500 * 1_048_576;

function readCsv(file: string, bytes: Uint8Array, options: ReadOptions): InputTable {
  if (bytes.length > CSV_MAX_BYTES) {
    throw new UsageError(
      `${file} is ${Math.round(bytes.length / 1_048_576).toLocaleString("en-GB")} MB; the screener reads CSV files up to ${CSV_MAX_BYTES / 1_048_576} MB. Split it into smaller files, each with the header row.`,
    );
  }
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
