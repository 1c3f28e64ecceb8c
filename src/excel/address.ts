/** A1-style helpers. Pure, so the fake host can share them with the adapter. */

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetter(columnIndex: number): string {
  if (!Number.isInteger(columnIndex) || columnIndex < 0) throw new RangeError(`bad column index ${columnIndex}`);
  let n = columnIndex + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "A" -> 0, "AA" -> 26. */
export function columnIndexOf(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) throw new RangeError(`bad column letters "${letters}"`);
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

const MAX_ROW_NUMBER = 1_048_576;
const MAX_COLUMN_INDEX = 16_383;

/**
 * Whether a sheet name must be quoted in a reference. Besides names with spaces, punctuation, apostrophes or a
 * leading digit, Excel quotes names that would otherwise read as a cell reference: A1-style ("FY24", "AB12"),
 * R1C1-style ("R", "C", "R1", "C2", "RC", "R1C1") and the logical constants TRUE and FALSE. Unquoted, =FY24!$C$1
 * is not a reference to the sheet FY24, and adding it as a defined name fails.
 */
export function sheetNameNeedsQuotes(sheetName: string): boolean {
  if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName)) return true;
  const a1 = /^([A-Za-z]{1,3})([0-9]+)$/.exec(sheetName);
  if (a1 && columnIndexOf(a1[1]) <= MAX_COLUMN_INDEX && Number(a1[2]) >= 1 && Number(a1[2]) <= MAX_ROW_NUMBER) return true;
  if (/^[Rr][0-9]*$|^[Cc][0-9]*$|^[Rr][0-9]*[Cc][0-9]*$/.test(sheetName)) return true;
  return /^(true|false)$/i.test(sheetName);
}

/** The sheet name as it must appear before "!" in a reference: quoted when Excel needs it, with ' doubled. */
export function quoteSheetName(sheetName: string): string {
  return sheetNameNeedsQuotes(sheetName) ? `'${sheetName.replace(/'/g, "''")}'` : sheetName;
}

/** A 0-based rectangle of cells. */
export interface CellRect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/**
 * The areas of a RangeAreas address ("S!A5:C5,S!F1:G2", or "'My, sheet'!A1:B1,…") as rectangles.
 * Commas inside a quoted sheet name do not split areas. Entire columns ("C:E") and rows ("3:4") are understood.
 */
export function parseAreas(address: string): CellRect[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  if (current.trim() !== "") parts.push(current);
  const rects: CellRect[] = [];
  for (const part of parts) {
    const [a, b = a] = localAddress(part.trim()).replace(/\$/g, "").toUpperCase().split(":");
    const one = (p: string) => {
      const m = /^([A-Z]*)([0-9]*)$/.exec(p);
      if (!m || (!m[1] && !m[2])) return null;
      return { c: m[1] ? columnIndexOf(m[1]) : null, r: m[2] ? Number(m[2]) - 1 : null };
    };
    const first = one(a);
    const last = one(b);
    if (!first || !last) continue;
    rects.push({
      r0: first.r ?? 0,
      c0: first.c ?? 0,
      r1: last.r ?? MAX_ROW_NUMBER - 1,
      c1: last.c ?? MAX_COLUMN_INDEX,
    });
  }
  return rects;
}

/** Sheet-qualified A1 address of a rectangle given by 0-based indexes. */
export function rectAddress(sheetName: string, row: number, column: number, rowCount: number, columnCount: number): string {
  const topLeft = `${columnLetter(column)}${row + 1}`;
  const bottomRight = `${columnLetter(column + columnCount - 1)}${row + rowCount}`;
  const local = rowCount === 1 && columnCount === 1 ? topLeft : `${topLeft}:${bottomRight}`;
  return `${quoteSheetName(sheetName)}!${local}`;
}

/** The part after "!" of an address, e.g. "B2:B100". */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang < 0 ? address : address.slice(bang + 1);
}
