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

/** Sheet names need quotes in addresses when they hold anything but letters, digits and underscores. */
export function quoteSheetName(sheetName: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName) ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
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
