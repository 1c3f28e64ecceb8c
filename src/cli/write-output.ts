import { createWriteStream, promises as fs } from "node:fs";
import { once } from "node:events";
import * as path from "node:path";
import { shownText } from "./cell-text";
import { normaliseHeader, OUTPUT_HEADERS } from "./columns";
import { formatCsvRecord } from "./csv";
import { canEncode, encodeText, ENCODING_NAMES, type AnyTextEncoding } from "./encoding";
import type { InputTable } from "./read-input";
import { outputHeaders, outputTexts } from "./result-cells";
import { writeScreenedPackage } from "./xlsx/lossless";
import { writeCsvAsWorkbook } from "./xlsx/new-workbook";
import type { ScreenedRow } from "./screen-rows";

/**
 * Where the three result columns go: where an earlier run put them (matched by header), else
 * right after the last column holding any value, so no input data is ever overwritten.
 */
export function outputColumnIndexes(table: InputTable, headers: readonly string[] = OUTPUT_HEADERS): number[] {
  const folded = table.headers.map(normaliseHeader);
  const existing = headers.map((h) => folded.indexOf(normaliseHeader(h)));
  let lastUsed = table.headers.reduce((last, h, i) => (h.trim() !== "" ? i : last), -1);
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
  const headers = outputHeaders(table, screened);
  const columns = outputColumnIndexes(table, headers);
  const width = Math.max(table.headers.length, ...columns.map((c) => c + 1));
  const lastRow = table.rows.length ? table.rows[table.rows.length - 1].rowNumber : table.headerRowNumber;
  const record = (cells: readonly unknown[], results?: readonly string[]): string => {
    const fields = new Array<string>(width);
    for (let i = 0; i < width; i++) fields[i] = shownText(cells[i]);
    if (results) columns.forEach((c, k) => (fields[c] = results[k]));
    return formatCsvRecord(fields, delimiter);
  };

  let chunk = sepLine ? `sep=${delimiter}\r\n` : "";
  // Preamble and data rows are in row order; a blank line in the input is a blank record here.
  let p = 0;
  for (let n = 1; n < table.headerRowNumber; n++) {
    const row = table.preamble[p]?.rowNumber === n ? table.preamble[p++] : undefined;
    chunk += record(row?.cells ?? []);
  }
  chunk += record(table.headers, headers);
  // screened[i] is the result of table.rows[i].
  let i = 0;
  for (let n = table.headerRowNumber + 1; n <= lastRow; n++) {
    const row = table.rows[i]?.rowNumber === n ? table.rows[i] : undefined;
    const screenedRow = row ? screened[i++] : undefined;
    // The note carries the sector sentence, "Sector risk" the label, when sector risk is on (result-cells.ts).
    const texts = screenedRow ? outputTexts(screenedRow, headers.length) : undefined;
    chunk += row ? record(row.cells, texts) : record([]);
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = "";
      onProgress?.(i);
    }
  }
  if (chunk) yield chunk;
  onProgress?.(i);
}

/** The whole CSV text of the output (for small tables and tests). */
export function csvOutputText(table: InputTable, screened: readonly ScreenedRow[], delimiter: string, sepLine: boolean): string {
  return [...csvOutputChunks(table, screened, delimiter, sepLine)].join("");
}

class CannotEncode extends Error {}

/** Writes pieces of text to a file in the encoding, waiting when the disk is behind. */
async function writeEncoded(file: string, chunks: Iterable<string>, encoding: AnyTextEncoding, bom: boolean): Promise<void> {
  const out = createWriteStream(file);
  const failed = new Promise<never>((_, reject) => out.on("error", reject));
  failed.catch(() => undefined);
  try {
    let first = true;
    for (const text of chunks) {
      if (!canEncode(text, encoding)) throw new CannotEncode();
      const bytes = encodeText(text, encoding, bom && first);
      first = false;
      if (!out.write(bytes)) await Promise.race([once(out, "drain"), failed]);
    }
    if (first && bom) out.write(encodeText("", encoding, true));
  } finally {
    await Promise.race([new Promise<void>((resolve) => out.end(() => resolve())), failed]);
  }
}

/**
 * Writes the CSV output as it is built. Returns a warning when the input's encoding cannot hold the
 * text (say, a Chinese listing name in a Windows-1252 file): then the output is UTF-8 with a
 * byte-order mark instead, written again from the start.
 */
export async function writeCsvOutput(
  table: InputTable,
  screened: readonly ScreenedRow[],
  outPath: string,
  format: CsvOutputFormat = csvOutputFormat(table),
  onProgress?: WriteProgress,
): Promise<string | null> {
  let warning: string | null = null;
  await writeAtomically(outPath, async (temp) => {
    try {
      await writeEncoded(temp, csvOutputChunks(table, screened, format.delimiter, format.sepLine, onProgress), format.encoding, format.bom);
    } catch (e) {
      if (!(e instanceof CannotEncode)) throw e;
      warning = `the output holds characters that ${ENCODING_NAMES[format.encoding]} cannot store, so it is written as UTF-8 with a byte-order mark (Excel opens that correctly).`;
      await writeEncoded(temp, csvOutputChunks(table, screened, format.delimiter, format.sepLine, onProgress), "utf-8", true);
    }
  });
  return warning;
}

export async function writeXlsxOutput(
  table: InputTable,
  screened: readonly ScreenedRow[],
  outPath: string,
  onProgress?: WriteProgress,
): Promise<void> {
  if (table.sourceBytes) {
    // A workbook input: edit its package, so everything the results do not touch stays as it was.
    const bytes = table.sourceBytes;
    const headers = outputHeaders(table, screened);
    const columns = outputColumnIndexes(table, headers);
    await writeAtomically(outPath, (temp) => writeScreenedPackage(bytes, table, screened, columns, temp, onProgress, headers));
    return;
  }
  // A CSV input: a new workbook, written as a stream.
  const headers = outputHeaders(table, screened);
  const columns = outputColumnIndexes(table, headers);
  await writeAtomically(outPath, (temp) => writeCsvAsWorkbook(table, screened, columns, temp, onProgress, headers));
}
