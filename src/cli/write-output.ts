import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Risk } from "../core/screening/types";
import { shownText } from "./cell-text";
import { columnLetter, normaliseHeader, OUTPUT_HEADERS } from "./columns";
import { formatCsvRecord, typedCsvValue } from "./csv";
import { canEncode, encodeText, ENCODING_NAMES, type AnyTextEncoding } from "./encoding";
import type { InputTable } from "./read-input";
import { matchLink } from "./report";
import { outputHeaders, outputTexts } from "./result-cells";
import { screenedPackage } from "./xlsx/lossless";
import type { ScreenedRow } from "./screen-rows";

/** Fills in the spirit of Excel's "Bad" and "Neutral" cell styles, so they read as familiar. */
const RISK_STYLE: Record<Risk, { fill?: string; font?: string }> = {
  high: { fill: "FFFFC7CE", font: "FF9C0006" },
  review: { fill: "FFFFEB9C", font: "FF9C5700" },
  lifted: { fill: "FFDDEBF7", font: "FF1F4E78" },
  none: {},
};

const OUTPUT_WIDTHS = [10, 45, 70, 22];

/**
 * Where the result columns go (the three, or four with "Sector risk"): where an earlier run put them (matched
 * by header), else right after the last column holding any value, so no input data is ever overwritten.
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
  return existing.map((index) => (index !== -1 ? index : next++));
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

/** The CSV text of the output (without the byte-order mark), one record per input line. */
export function csvOutputText(table: InputTable, screened: readonly ScreenedRow[], delimiter: string, sepLine: boolean): string {
  const headers = outputHeaders(table, screened);
  const columns = outputColumnIndexes(table, headers);
  const width = Math.max(table.headers.length, ...columns.map((c) => c + 1));
  const byRow = new Map(screened.map((s) => [s.row.rowNumber, s]));
  const rowsByNumber = new Map([...table.preamble, ...table.rows].map((r) => [r.rowNumber, r]));
  const lastRow = table.rows.length ? table.rows[table.rows.length - 1].rowNumber : table.headerRowNumber;

  const record = (cells: readonly unknown[], results?: readonly string[]): string => {
    const fields = Array.from({ length: width }, (_, i) => shownText(cells[i]));
    if (results) columns.forEach((c, k) => (fields[c] = results[k]));
    return formatCsvRecord(fields, delimiter);
  };

  const chunks: string[] = sepLine ? [`sep=${delimiter}\r\n`] : [];
  for (let n = 1; n < table.headerRowNumber; n++) chunks.push(record(rowsByNumber.get(n)?.cells ?? []));
  chunks.push(record(table.headers, headers));
  for (let n = table.headerRowNumber + 1; n <= lastRow; n++) {
    const row = rowsByNumber.get(n);
    const screenedRow = byRow.get(n);
    const texts = screenedRow ? outputTexts(screenedRow, headers.length) : undefined;
    chunks.push(row ? record(row.cells, texts) : record([]));
  }
  return chunks.join("");
}

/**
 * Writes the CSV output. Returns a warning when the input's encoding cannot hold the text (say, a
 * Chinese listing name in a Windows-1252 file): then the output is UTF-8 with a byte-order mark instead.
 */
export async function writeCsvOutput(
  table: InputTable,
  screened: readonly ScreenedRow[],
  outPath: string,
  format: CsvOutputFormat = csvOutputFormat(table),
): Promise<string | null> {
  const text = csvOutputText(table, screened, format.delimiter, format.sepLine);
  let { encoding, bom } = format;
  let warning: string | null = null;
  if (!canEncode(text, encoding)) {
    warning = `the output holds characters that ${ENCODING_NAMES[encoding]} cannot store, so it is written as UTF-8 with a byte-order mark (Excel opens that correctly).`;
    encoding = "utf-8";
    bom = true;
  }
  await writeAtomically(outPath, (temp) => fs.writeFile(temp, encodeText(text, encoding, bom)));
  return warning;
}

/**
 * One style object per (risk, link, row font) rather than one per cell: 100,000 rows would otherwise
 * hold 300,000 style objects. Shared objects are safe because nothing mutates a cell's style after
 * assigning it here.
 */
class ResultStyles {
  private readonly cache = new Map<string, Partial<ExcelJS.Style>>();

  get(risk: Risk, linked: boolean, rowFont: Partial<ExcelJS.Font> | undefined): Partial<ExcelJS.Style> {
    const key = `${risk}|${linked}|${rowFont ? JSON.stringify(rowFont) : ""}`;
    let style = this.cache.get(key);
    if (!style) {
      const colours = RISK_STYLE[risk];
      const colour = colours.font ?? (linked ? "FF0563C1" : undefined);
      style = {
        font: { ...(rowFont ?? {}), color: colour ? { argb: colour } : undefined, underline: linked ? true : undefined },
        fill: colours.fill ? { type: "pattern", pattern: "solid", fgColor: { argb: colours.fill } } : { type: "pattern", pattern: "none" },
        alignment: { vertical: "top", wrapText: false },
        // Text format, so anything typed into these cells later is not turned into a formula or a date.
        numFmt: "@",
      };
      this.cache.set(key, style);
    }
    return style;
  }
}

/** Copies a CSV table into a new workbook so the CSV → .xlsx case gets the same layout as a workbook input. */
function workbookFromCsv(table: InputTable): { workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet } {
  const workbook = new ExcelJS.Workbook();
  // Excel forbids : \ / ? * [ ] in sheet names and caps them at 31 characters.
  const name =
    table.sheetName
      .replace(/[:\\/?*[\]]/g, " ")
      .slice(0, 31)
      .trim() || "Sheet1";
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: table.headerRowNumber }] });
  const header = sheet.getRow(table.headerRowNumber);
  table.headers.forEach((h, i) => (header.getCell(i + 1).value = h));
  header.font = { bold: true };
  const delimiter = table.csv?.delimiter ?? ",";
  for (const row of [...table.preamble, ...table.rows]) {
    const target = sheet.getRow(row.rowNumber);
    row.cells.forEach((value, i) => {
      const text = shownText(value);
      if (text === "") return;
      // Numbers and dates stay numbers and dates, as when Excel opens the CSV itself.
      const typed = typedCsvValue(text, delimiter);
      const cell = target.getCell(i + 1);
      cell.value = typed;
      if (typed instanceof Date) cell.numFmt = typed.getUTCHours() || typed.getUTCMinutes() ? "yyyy-mm-dd hh:mm" : "yyyy-mm-dd";
    });
  }
  table.headers.forEach((h, i) => (sheet.getColumn(i + 1).width = Math.min(50, Math.max(10, h.length + 2))));
  return { workbook, sheet };
}

export async function writeXlsxOutput(table: InputTable, screened: readonly ScreenedRow[], outPath: string): Promise<void> {
  if (table.sourceBytes) {
    // A workbook input: edit its package, so everything the results do not touch stays as it was.
    const headers = outputHeaders(table, screened);
    const pkg = screenedPackage(table.sourceBytes, table, screened, outputColumnIndexes(table, headers), headers);
    await writeAtomically(outPath, (temp) => fs.writeFile(temp, pkg.toBytes()));
    return;
  }
  const { workbook, sheet } =
    table.workbook && table.worksheet ? { workbook: table.workbook, sheet: table.worksheet } : workbookFromCsv(table);
  const headers = outputHeaders(table, screened);
  const columns = outputColumnIndexes(table, headers);
  const headerRow = sheet.getRow(table.headerRowNumber);
  const lastInputHeader = headerRow.getCell(Math.max(1, table.headers.length));

  columns.forEach((c, k) => {
    const cell = headerRow.getCell(c + 1);
    const base = lastInputHeader.style ?? {};
    cell.value = headers[k];
    cell.style = {
      font: { ...(base.font ?? {}), bold: true },
      fill: base.fill,
      border: base.border,
      alignment: base.alignment,
    };
    const column = sheet.getColumn(c + 1);
    if (!column.width) column.width = OUTPUT_WIDTHS[k];
  });

  const styles = new ResultStyles();
  for (const screenedRow of screened) {
    const { row, result } = screenedRow;
    const target = sheet.getRow(row.rowNumber);
    const [riskCell, matchCell, noteCell, sectorCell] = columns.map((c) => target.getCell(c + 1));
    // The row's own font (name, size) from column A, so the result cells match the table.
    const rowFont = target.getCell(1).style?.font;
    // Every value written is a plain string or a hyperlink object: exceljs only writes a formula
    // for a {formula} value, so a note or name beginning with "=" stays text.
    const [risk, text, note, sector] = outputTexts(screenedRow, headers.length);
    riskCell.value = risk === "" ? null : risk;
    const link = text === "" ? null : matchLink(result);
    matchCell.value = text === "" ? null : link ? { text, hyperlink: link, tooltip: "Open the source for this listing" } : text;
    noteCell.value = note === "" ? null : note;
    riskCell.style = styles.get(result.risk, false, rowFont);
    noteCell.style = riskCell.style;
    matchCell.style = styles.get(result.risk, link !== null, rowFont);
    if (sectorCell) {
      // A separate signal: plain text, never the WRO risk's colours.
      sectorCell.value = sector === "" ? null : sector;
      sectorCell.style = styles.get("none", false, rowFont);
    }
  }

  const lastColumn = Math.max(table.headers.length, ...columns.map((c) => c + 1));
  const lastRow = table.rows.length ? table.rows[table.rows.length - 1].rowNumber : table.headerRowNumber;
  // Excel refuses a sheet where an autofilter overlaps a table (ListObject): tables carry their own filter.
  if (sheet.getTables().length === 0) {
    sheet.autoFilter = `A${table.headerRowNumber}:${columnLetter(lastColumn - 1)}${lastRow}`;
  }
  await writeAtomically(outPath, (temp) => workbook.xlsx.writeFile(temp));
}
