import { columnIndexOf, columnLetter, localAddress, quoteSheetName } from "./address";

/**
 * Result columns are recognised by their header text AND a sheet-scoped defined name that
 * records where they are. A defined name moves with the cells when the user inserts or deletes
 * rows and columns, which a stored column number would not.
 */
export const MARKER_PREFIX = "WRO_Results_";

export interface ResultsMarker {
  /** The defined name, e.g. "WRO_Results_1". */
  name: string;
  firstColumnIndex: number;
  /** 3 ("WRO risk", "WRO match", "WRO notes"), or 4 with "Sector risk". */
  columnCount: number;
  /** 0-based row index of the header row. */
  headerRowIndex: number;
  /** 0-based row index of the last row with results. */
  lastRowIndex: number;
}

/** Reads "=Sheet1!$C$1:$E$101" (or "='My sheet'!C1:E101") into a marker; null if it is not a plain range. */
export function parseMarker(name: string, formula: string): ResultsMarker | null {
  const local = localAddress(formula.replace(/^=/, "")).replace(/\$/g, "");
  const match = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(local);
  if (!match) return null;
  const first = columnIndexOf(match[1]);
  const last = columnIndexOf(match[3] ?? match[1]);
  const top = Number(match[2]) - 1;
  const bottom = Number(match[4] ?? match[2]) - 1;
  return { name, firstColumnIndex: first, columnCount: last - first + 1, headerRowIndex: top, lastRowIndex: bottom };
}

/** "=Sheet1!$C$1:$E$101" for a block of three columns ("…$F$101" with "Sector risk"). */
export function markerFormula(
  sheetName: string,
  firstColumnIndex: number,
  headerRowIndex: number,
  lastRowIndex: number,
  columnCount: 3 | 4 = 3,
): string {
  const a = `$${columnLetter(firstColumnIndex)}$${headerRowIndex + 1}`;
  const b = `$${columnLetter(firstColumnIndex + columnCount - 1)}$${lastRowIndex + 1}`;
  return `=${quoteSheetName(sheetName)}!${a}:${b}`;
}

/** The first free name WRO_Results_1, _2, … */
export function nextMarkerName(existing: string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  for (let i = 1; ; i++) {
    const candidate = `${MARKER_PREFIX}${i}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** Loads the sheet's defined names; call `markersFrom` after the next sync. */
export function loadMarkers(sheet: Excel.Worksheet): Excel.NamedItemCollection {
  const names = sheet.names;
  names.load("items/name,items/formula");
  return names;
}

export function markersFrom(names: Excel.NamedItemCollection): ResultsMarker[] {
  const markers: ResultsMarker[] = [];
  for (const item of names.items) {
    if (!item.name.startsWith(MARKER_PREFIX)) continue;
    const marker = parseMarker(item.name, String(item.formula ?? ""));
    if (marker && (marker.columnCount === 3 || marker.columnCount === 4)) markers.push(marker);
  }
  return markers;
}
