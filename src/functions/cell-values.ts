/**
 * Excel argument values as custom functions receive them, turned into what the screener understands.
 *
 * Facts this relies on (office-js issues #4702, #5262, #1951): an empty cell arrives as null on the web but
 * as 0 on Windows desktop; an omitted optional argument arrives as null; with allowErrorForDataTypeAny the
 * functions also receive error cells, as objects rather than text. Rich values (data types) carry a
 * display text or basicValue.
 */

/** The error literals Excel shows in cells, so error objects can be passed on as the text the screener knows. */
const EXCEL_ERROR_TEXT: Record<string, string> = {
  Div0: "#DIV/0!",
  NotAvailable: "#N/A",
  Name: "#NAME?",
  Null: "#NULL!",
  Num: "#NUM!",
  Ref: "#REF!",
  Value: "#VALUE!",
  Spill: "#SPILL!",
  Calc: "#CALC!",
  Busy: "#BUSY!",
  Connect: "#CONNECT!",
  Field: "#FIELD!",
  GettingData: "#GETTING_DATA",
  Blocked: "#BLOCKED!",
};

/**
 * One argument cell as a plain value: string, number, boolean or null.
 * Error values become their Excel text ("#N/A"); a nested array (never expected for a scalar parameter) gives its first cell.
 */
export function plainCellValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object") return value;
  if (Array.isArray(value)) return value.length > 0 ? plainCellValue(value[0]) : null;
  const record = value as Record<string, unknown>;
  // CustomFunctions.Error: { code: "#N/A", message? }
  if (typeof record.code === "string" && record.code.startsWith("#")) return record.code;
  if (record.type === "Error") {
    if (typeof record.basicValue === "string") return record.basicValue;
    if (typeof record.errorType === "string") return EXCEL_ERROR_TEXT[record.errorType] ?? "#VALUE!";
    return "#VALUE!";
  }
  // Entity and other rich values: the text shown in the cell is the best stand-in for a supplier name.
  if (typeof record.text === "string") return record.text;
  if (record.basicValue !== undefined && typeof record.basicValue !== "object") return record.basicValue;
  return String(value);
}

/**
 * True for an ordinary blank: null, empty or white-space text, and the 0 that Excel desktop passes for an
 * empty cell. A supplier cell holding the number 0 is therefore treated as blank too; it cannot be told apart.
 */
export function isBlankCell(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") return value.trim() === "";
  if (typeof value === "number") return value === 0;
  return false;
}

/** An optional argument as the screener wants it: absent (undefined) when blank or omitted. */
export function optionalCellValue(value: unknown): unknown {
  const plain = plainCellValue(value);
  return isBlankCell(plain) ? undefined : plain;
}
