import { cellText, DEFAULT_CHUNK_ROWS, planChunks, sync } from "./io";
import { loadMarkers, markersFrom, type ResultsMarker } from "./marker";
import { RESULT_HEADERS, type ExcelRun } from "./types";

/** One screened row as the sheet shows it now, for working out what a new dataset would change. */
export interface LastResultRow {
  /** The supplier cell, as text ("" when blank). */
  name: string;
  /**
   * Country and product of the row. Never filled in today: neither the marker (a defined name over the three
   * result columns) nor the audit record (sheet, supplier column letter, counts) stores which country/product
   * columns the last run used, so only the supplier column is read. Kept optional for when a run records them.
   */
  country?: string;
  product?: string;
  /** The "WRO risk" cell, trimmed: "High", "Review", "Lifted", "None", or "" (blank supplier, unscreened row). */
  currentLabel: string;
  /**
   * True when the "WRO match" cell names a region/product rule rather than a matched name
   * ("… ; region/product rule)"): the row's risk may rest on its country/product cells, which are not read.
   */
  ruleOnly?: boolean;
}

export interface ReadLastResultsOptions {
  /** Rows per read (default 5,000, as a run reads names). */
  chunkRows?: number;
}

const RULE_ONLY = /region\/product rule\)\s*$/;

/**
 * The add-in's own results on the active sheet (the newest `WRO_Results_n` block), read back with the supplier
 * cell of each row: 1 sync for the sheet's defined names, then one sync per chunk of rows. Each chunk is one
 * range over supplier, "WRO risk" and "WRO match" (the supplier column is the one left of the block, as a run
 * places it). No marker, or a marker whose header no longer reads "WRO risk" (the user typed over it): [].
 */
export function readLastResults(run: ExcelRun, options: ReadLastResultsOptions = {}): Promise<LastResultRow[]> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    const names = loadMarkers(sheet);
    await sync(context);
    const marker = newest(markersFrom(names));
    if (!marker || marker.firstColumnIndex < 1) return [];

    const supplierColumn = marker.firstColumnIndex - 1;
    const rowCount = marker.lastRowIndex - marker.headerRowIndex;
    const rows: LastResultRow[] = [];
    // The header row rides along with the first chunk, so checking it costs no round trip of its own.
    const chunks = planChunks(rowCount + 1, options.chunkRows ?? DEFAULT_CHUNK_ROWS);
    for (const [k, chunk] of chunks.entries()) {
      const range = sheet.getRangeByIndexes(marker.headerRowIndex + chunk.offset, supplierColumn, chunk.count, 3);
      range.load("values");
      await sync(context);
      let values = range.values;
      if (k === 0) {
        // In a table the header is the table column's name, which may carry a suffix ("WRO risk 2").
        if (!cellText(values[0][1]).trim().startsWith(RESULT_HEADERS[0])) return [];
        values = values.slice(1);
      }
      for (const [name, risk, match] of values) {
        const row: LastResultRow = { name: cellText(name), currentLabel: cellText(risk).trim() };
        if (RULE_ONLY.test(cellText(match))) row.ruleOnly = true;
        rows.push(row);
      }
    }
    return rows;
  });
}

/** The block written last: the highest WRO_Results_n (a re-run of another column on the sheet adds a new one). */
function newest(markers: ResultsMarker[]): ResultsMarker | undefined {
  const number = (m: ResultsMarker) => Number(/(\d+)$/.exec(m.name)?.[1] ?? 0);
  return markers.reduce<ResultsMarker | undefined>((best, m) => (!best || number(m) > number(best) ? m : best), undefined);
}
