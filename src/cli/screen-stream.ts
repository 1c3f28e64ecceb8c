/**
 * The screen of a CSV read as a stream (read-input.ts, table.streamed): the data rows come in batches
 * as the file is parsed, each batch is screened, counted, printed and written to the CSV output before
 * the next is read, so memory does not grow with the number of rows. Only the first rows (for the
 * header search) and one batch are held at a time.
 */
import type { OutputFormat } from "./args";
import {
  countResult,
  csvReportHeaders,
  csvReportRecord,
  emptyCounts,
  isBlankSupplier,
  jsonLine,
  tableHeader,
  tableLayout,
  tableRow,
  type ReportFields,
  type RiskCounts,
} from "./report";
import { outputHeadersFor } from "./result-cells";
import { screenBatch, STREAM_SHARED_RESULTS, type ChosenColumns, type ScreenedRow, type ScreenerLike } from "./screen-rows";
import { sectorRows } from "./sector";
import { countSector, emptySectorCounts, type SectorCounts } from "../core/sector/row";
import type { ScreenResult } from "../core/screening/types";
import type { InputTable } from "./read-input";
import { CsvOutputRecords, type CsvOutputFormat } from "./write-output";

export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

const DEFAULT_TABLE_WIDTH = 120;
/** Stdout is written in batches: one write per line is slow for 100,000 rows. */
const WRITE_BATCH = 2_000;
/** CSV output text is handed to the file in pieces of about this many characters. */
const CSV_PIECE_CHARS = 32 * 1024;

/**
 * Prints results on stdout as they come (--format table, json or csv). The table's row-number
 * column is as wide as maxRowNumber needs.
 */
export class ResultPrinter {
  private batch: string[] = [];
  private printed = 0;
  private readonly layout;

  constructor(
    private readonly format: OutputFormat,
    private readonly stdout: OutputStream,
    private readonly onlyFlagged: boolean,
    maxRowNumber: number,
    private readonly fields: ReportFields,
  ) {
    const width = stdout.isTTY && stdout.columns ? Math.min(stdout.columns, DEFAULT_TABLE_WIDTH) : DEFAULT_TABLE_WIDTH;
    this.layout = tableLayout(width, maxRowNumber);
    if (format === "csv") this.push(csvReportHeaders(fields).join(",") + "\r\n");
  }

  private push(line: string): void {
    this.batch.push(line);
    if (this.batch.length >= WRITE_BATCH) this.flush();
  }

  private flush(): void {
    if (this.batch.length) this.stdout.write(this.batch.join(""));
    this.batch = [];
  }

  rows(rows: readonly ScreenedRow[]): void {
    for (const row of rows) {
      if (this.onlyFlagged && (row.result.risk === "none" || isBlankSupplier(row.result))) continue;
      if (this.format === "json") this.push(JSON.stringify(jsonLine(row)) + "\n");
      else if (this.format === "csv") this.push(csvReportRecord(row, this.fields));
      else {
        if (this.printed === 0) this.push(tableHeader(this.layout) + "\n");
        this.push(tableRow(this.layout, row) + "\n");
      }
      this.printed++;
    }
  }

  end(): void {
    if (this.format === "table" && this.printed === 0) {
      this.push(this.onlyFlagged ? "No row is flagged.\n" : "No data rows below the header.\n");
    }
    this.flush();
  }
}

export interface StreamedTotals {
  rows: number;
  counts: RiskCounts;
  /** Sector counts when sector risk is on. */
  sector: SectorCounts | null;
}

/**
 * Screens a streamed table batch by batch. Each batch is handed to onBatch (printing) and,
 * when csv is given, its output records are yielded as text (the "sep=" line, preamble and header first).
 * The totals are complete once the generator is done.
 */
export async function* screenStreamed(
  table: InputTable,
  columns: ChosenColumns,
  screener: ScreenerLike,
  withSector: boolean,
  totals: StreamedTotals,
  onBatch: (rows: readonly ScreenedRow[]) => void,
  csv?: CsvOutputFormat,
  onProgress?: (rowsScreened: number) => void,
): AsyncGenerator<string> {
  const streamed = table.streamed;
  if (!streamed) throw new Error("screenStreamed needs a table read with { stream: true }");
  const records = csv
    ? new CsvOutputRecords(table, outputHeadersFor(table, withSector && streamed.dataRowCount > 0), csv.delimiter, csv.sepLine)
    : null;
  if (records) yield records.start();
  const results = new Map<string, ScreenResult>();
  for await (const batch of streamed.dataRows()) {
    const before = totals.rows;
    const progress = onProgress && ((done: number) => onProgress(before + done));
    const screened = screenBatch(batch, columns, screener, results, progress, STREAM_SHARED_RESULTS);
    if (withSector) {
      totals.sector ??= emptySectorCounts();
      sectorRows({ rows: batch }, columns).forEach((sector, i) => {
        screened[i].sector = sector;
        countSector(totals.sector!, sector);
      });
    }
    for (const { result } of screened) countResult(totals.counts, result);
    totals.rows += screened.length;
    onBatch(screened);
    if (!records) continue;
    let text = "";
    for (const row of screened) {
      text += records.row(row);
      if (text.length >= CSV_PIECE_CHARS) {
        yield text;
        text = "";
      }
    }
    if (text) yield text;
  }
}

export function emptyTotals(withSector: boolean): StreamedTotals {
  return { rows: 0, counts: emptyCounts(), sector: withSector ? emptySectorCounts() : null };
}
