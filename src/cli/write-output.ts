import { createReadStream, createWriteStream, promises as fs, type WriteStream } from "node:fs";
import { once } from "node:events";
import * as path from "node:path";
import { shownText } from "./cell-text";
import { normaliseHeader, OUTPUT_HEADERS } from "./columns";
import { formatCsvRecord } from "./csv";
import { decodedPieces } from "./csv-stream";
import { canEncode, encodeText, ENCODING_NAMES, type AnyTextEncoding } from "./encoding";
import type { InputTable } from "./read-input";
import { outputHeaders, outputTexts } from "./result-cells";
import { writeScreenedPackage } from "./xlsx/lossless";
import { sheetNameFor, writeCsvAsWorkbook } from "./xlsx/new-workbook";
import type { XlsxAdditions } from "./xlsx/additions";
import type { ReportGrid } from "../core/report";
import type { DecisionPlan } from "./decisions";
import { decisionColumns, decisionValidation, putReportSheet } from "./decisions-xlsx";
import type { ScreenedRow } from "./screen-rows";

/**
 * Where the three result columns go: where an earlier run put them (matched by header), else
 * right after the last column holding any value, so no input data is ever overwritten.
 */
export function outputColumnIndexes(table: InputTable, headers: readonly string[] = OUTPUT_HEADERS): number[] {
  const folded = table.headers.map(normaliseHeader);
  const existing = headers.map((h) => folded.indexOf(normaliseHeader(h)));
  let lastUsed = table.headers.reduce((last, h, i) => (h.trim() !== "" ? i : last), -1);
  // A streamed input's rows are not all here; its first pass found the last column used.
  if (table.streamed) lastUsed = Math.max(lastUsed, table.streamed.lastUsedColumn);
  for (const row of table.rows) {
    for (let i = row.cells.length - 1; i > lastUsed; i--) {
      if (shownText(row.cells[i]).trim() !== "") {
        lastUsed = i;
        break;
      }
    }
  }
  let next = lastUsed + 1;
  return existing.map((index) => (index !== -1 ? index : next++)) as [number, number, number];
}

/** Same directory, so the final rename is atomic and a failed write never leaves a half file at --out. */
async function writeAtomically(outPath: string, write: (tempPath: string) => Promise<void>): Promise<void> {
  const temp = path.join(path.dirname(outPath), `.${path.basename(outPath)}.${process.pid}.tmp`);
  try {
    await write(temp);
    await fs.rename(temp, outPath);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw e;
  }
}

export interface CsvOutputFormat {
  delimiter: string;
  encoding: AnyTextEncoding;
  bom: boolean;
  sepLine: boolean;
}

/**
 * The output keeps the input's delimiter, encoding, byte-order mark and "sep=" line, so it opens in
 * the same Excel the input came from; --out-encoding overrides the encoding. An .xlsx input gives
 * comma-separated UTF-8 with a byte-order mark (without it Excel shows UTF-8 as mojibake).
 */
export function csvOutputFormat(table: InputTable, outEncoding?: AnyTextEncoding): CsvOutputFormat {
  const input = table.csv;
  const encoding = outEncoding ?? input?.encoding.encoding ?? "utf-8";
  const keepsInputEncoding = input !== undefined && encoding === input.encoding.encoding;
  const bom =
    encoding === "utf-8" || encoding.startsWith("utf-16")
      ? keepsInputEncoding
        ? input.encoding.bom || encoding === "utf-8"
        : true
      : false;
  return { delimiter: input?.delimiter ?? ",", encoding, bom, sepLine: input?.sepLine ?? false };
}

/** Text is handed to the file in pieces of about this many characters. */
const CHUNK_CHARS = 32 * 1024;

/** Called with the number of rows written so far, now and then. */
export type WriteProgress = (rowsWritten: number) => void;

/**
 * The CSV records of the output, built as the rows come: the lines above the header and the header
 * first, then each screened row, with a blank record for each blank line of the input between rows
 * (the output keeps the input's row numbers).
 */
export class CsvOutputRecords {
  private readonly headers: string[];
  private readonly columns: number[];
  private readonly width: number;
  private nextRow: number;

  constructor(
    private readonly table: InputTable,
    headers: readonly string[],
    private readonly delimiter: string,
    private readonly sepLine: boolean,
  ) {
    this.headers = [...headers];
    this.columns = outputColumnIndexes(table, headers);
    this.width = Math.max(table.headers.length, ...this.columns.map((c) => c + 1));
    this.nextRow = table.headerRowNumber + 1;
  }

  private record(cells: readonly unknown[], results?: readonly string[]): string {
    const fields = new Array<string>(this.width);
    for (let i = 0; i < this.width; i++) fields[i] = shownText(cells[i]);
    if (results) this.columns.forEach((c, k) => (fields[c] = results[k]));
    return formatCsvRecord(fields, this.delimiter);
  }

  /** The "sep=" line, the preamble (blank lines kept) and the header record. */
  start(): string {
    const { table } = this;
    let text = this.sepLine ? `sep=${this.delimiter}\r\n` : "";
    let p = 0;
    for (let n = 1; n < table.headerRowNumber; n++) {
      const row = table.preamble[p]?.rowNumber === n ? table.preamble[p++] : undefined;
      text += this.record(row?.cells ?? []);
    }
    return text + this.record(table.headers, this.headers);
  }

  /** One screened row, after blank records for the blank lines before it. */
  row(screened: ScreenedRow): string {
    let text = "";
    const r = screened.row.rowNumber;
    for (; this.nextRow < r; this.nextRow++) text += this.record([]);
    this.nextRow = r + 1;
    // The note carries the sector sentence, "Sector risk" the label, when sector risk is on (result-cells.ts).
    return text + this.record(screened.row.cells, outputTexts(screened, this.headers.length));
  }
}

/**
 * The CSV text of the output (without the byte-order mark), one record per input line, in pieces of
 * about 32,000 characters: a full sheet is never held as one string.
 */
export function* csvOutputChunks(
  table: InputTable,
  screened: readonly ScreenedRow[],
  delimiter: string,
  sepLine: boolean,
  onProgress?: WriteProgress,
): Generator<string> {
  const records = new CsvOutputRecords(table, outputHeaders(table, screened), delimiter, sepLine);
  let chunk = records.start();
  // screened[i] is the result of table.rows[i].
  for (let i = 0; i < screened.length; i++) {
    chunk += records.row(screened[i]);
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = "";
      onProgress?.(i + 1);
    }
  }
  if (chunk) yield chunk;
  onProgress?.(screened.length);
}

/** The whole CSV text of the output (for small tables and tests). */
export function csvOutputText(table: InputTable, screened: readonly ScreenedRow[], delimiter: string, sepLine: boolean): string {
  return [...csvOutputChunks(table, screened, delimiter, sepLine)].join("");
}

/**
 * A text file written in an encoding, piece by piece, waiting when the disk is behind. When a piece
 * holds characters the encoding cannot store (say, a Chinese listing name in a Windows-1252 file),
 * what was written so far is converted to UTF-8 with a byte-order mark (it decodes exactly: every piece
 * in it was storable) and the rest follows in UTF-8; warning then says so.
 */
export class EncodedTextFile {
  private out: WriteStream;
  private failed: Promise<never>;
  private first = true;
  warning: string | null = null;

  constructor(
    private readonly file: string,
    private encoding: AnyTextEncoding,
    private bom: boolean,
  ) {
    [this.out, this.failed] = this.open(file);
  }

  private open(file: string): [WriteStream, Promise<never>] {
    const out = createWriteStream(file);
    const failed = new Promise<never>((_, reject) => out.on("error", reject));
    failed.catch(() => undefined);
    return [out, failed];
  }

  async write(text: string): Promise<void> {
    if (!canEncode(text, this.encoding)) await this.switchToUtf8();
    const bytes = encodeText(text, this.encoding, this.bom && this.first);
    this.first = false;
    if (!this.out.write(bytes)) await Promise.race([once(this.out, "drain"), this.failed]);
  }

  private async switchToUtf8(): Promise<void> {
    const from = this.encoding;
    await this.close();
    const earlier = `${this.file}.part`;
    await fs.rename(this.file, earlier);
    try {
      [this.out, this.failed] = this.open(this.file);
      this.encoding = "utf-8";
      this.bom = true;
      this.first = true;
      for await (const text of decodedPieces(() => createReadStream(earlier), from)) await this.write(text);
    } finally {
      await fs.rm(earlier, { force: true });
    }
    this.warning = `the output holds characters that ${ENCODING_NAMES[from]} cannot store, so it is written as UTF-8 with a byte-order mark (Excel opens that correctly).`;
  }

  async close(): Promise<void> {
    if (this.first && this.bom) {
      this.out.write(encodeText("", this.encoding, true));
      this.first = false;
    }
    await Promise.race([new Promise<void>((resolve) => this.out.end(() => resolve())), this.failed]);
  }
}

/**
 * Writes the CSV output as it is built (through writeAtomically: a failed write leaves no half file).
 * Returns a warning when the input's encoding cannot hold the text: then the output is UTF-8 with a
 * byte-order mark instead.
 */
export async function writeCsvOutput(
  table: InputTable,
  screened: readonly ScreenedRow[],
  outPath: string,
  format: CsvOutputFormat = csvOutputFormat(table),
  onProgress?: WriteProgress,
): Promise<string | null> {
  return writeCsvPieces(outPath, format, csvOutputChunks(table, screened, format.delimiter, format.sepLine, onProgress));
}

/** Writes pieces of CSV text (from a table, or as a streamed screen produces them) to outPath. */
export async function writeCsvPieces(
  outPath: string,
  format: CsvOutputFormat,
  pieces: Iterable<string> | AsyncIterable<string>,
): Promise<string | null> {
  let warning: string | null = null;
  await writeAtomically(outPath, async (temp) => {
    const file = new EncodedTextFile(temp, format.encoding, format.bom);
    try {
      for await (const text of pieces) await file.write(text);
    } finally {
      await file.close();
    }
    warning = file.warning;
  });
  return warning;
}

/** What an .xlsx output holds besides the results: decisions (docs/decisions.md) and the report sheet. */
export interface XlsxOutputExtras {
  decisions?: DecisionPlan | null;
  report?: ReportGrid | null;
}

/**
 * Writes the .xlsx output in one pass (through writeAtomically: a failed write leaves no half file): the
 * result columns, the decision columns and their list validation, and the report sheet.
 */
export async function writeXlsxOutput(
  table: InputTable,
  screened: readonly ScreenedRow[],
  outPath: string,
  onProgress?: WriteProgress,
  extras: XlsxOutputExtras = {},
): Promise<void> {
  const headers = outputHeaders(table, screened);
  const columns = outputColumnIndexes(table, headers);
  const { decisions, report } = extras;
  const additions: XlsxAdditions = {
    dataValidation: decisions ? decisionValidation(decisions, table.headerRowNumber) : null,
    addParts: report ? (pkg) => void putReportSheet(pkg, report) : null,
  };
  if (table.sourceBytes) {
    // A workbook input: edit its package, so everything the results do not touch stays as it was.
    const bytes = table.sourceBytes;
    additions.columns = decisions ? decisionColumns(decisions) : null;
    await writeAtomically(outPath, (temp) => writeScreenedPackage(bytes, table, screened, columns, temp, onProgress, headers, additions));
    return;
  }
  // A CSV input: a new workbook, written as a stream (its decision cells are in the table: applyDecisionsToTable).
  await writeAtomically(outPath, (temp) => writeCsvAsWorkbook(table, screened, columns, temp, onProgress, headers, additions));
}

/** The screened sheet's name in the .xlsx output: the input's, or the one a CSV input is given. */
export function xlsxSheetName(table: InputTable): string {
  return table.sourceBytes ? table.sheetName : sheetNameFor(table.sheetName);
}
