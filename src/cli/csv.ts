/**
 * CSV reading and writing (RFC 4180). Written here rather than taken from a library because
 * the thing that matters most is narrow and easy to get wrong silently: refusing to emit a cell
 * that a spreadsheet would run. Decoding the bytes is encoding.ts's job.
 */

export class CsvError extends Error {
  override name = "CsvError";
}

/**
 * Picks the delimiter from the header line: Excel in many European locales writes ";",
 * and "Unicode text" exports use tabs. Counts only characters outside quotes.
 */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [",", 0],
    [";", 0],
    ["\t", 0],
  ]);
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === "\n" || ch === "\r")) break;
    else if (!inQuotes && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ",";
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter;
  return best;
}

/** Parses CSV text into rows of strings. Quoted fields may hold delimiters, quotes ("") and line breaks. */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): string[][] {
  const rows: string[][] = [];
  new CsvRecordParser(delimiter, (row) => rows.push(row)).push(text, true);
  return rows;
}

/**
 * CSV fed in pieces (parseCsv feeds it the whole text): the rules (quoted fields may hold delimiters, "" and line breaks;
 * a quote opens a quoted field only at its start), with the two places that need the next character
 * (a quote inside quotes, a CR) held back until the next piece arrives.
 */
export class CsvRecordParser {
  private row: string[] = [];
  private field = "";
  private inQuotes = false;
  private carry = "";

  constructor(
    private readonly delimiter: string,
    private readonly onRecord: (cells: string[]) => void,
  ) {}

  push(piece: string, final = false): void {
    const text = this.carry + piece;
    this.carry = "";
    const n = text.length;
    const d = this.delimiter;
    let { row, field, inQuotes } = this;
    let i = 0;
    while (i < n) {
      const ch = text[i];
      if (inQuotes) {
        if (ch === '"') {
          if (i + 1 === n && !final) break;
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          inQuotes = false;
          i++;
          continue;
        }
        const next = text.indexOf('"', i);
        const end = next === -1 ? n : next;
        field += text.slice(i, end);
        i = end;
        continue;
      }
      if (ch === '"') {
        if (field === "") inQuotes = true;
        else field += ch;
        i++;
      } else if (ch === d) {
        row.push(field);
        field = "";
        i++;
      } else if (ch === "\r" || ch === "\n") {
        if (ch === "\r" && i + 1 === n && !final) break;
        row.push(field);
        this.onRecord(row);
        row = [];
        field = "";
        i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
      } else {
        let end = i + 1;
        while (end < n) {
          const c = text[end];
          if (c === d || c === "\r" || c === "\n" || c === '"') break;
          end++;
        }
        field += text.slice(i, end);
        i = end;
      }
    }
    this.carry = i < n ? text.slice(i) : "";
    this.row = row;
    this.field = field;
    this.inQuotes = inQuotes;
    if (final) {
      if (inQuotes) throw new CsvError("a quoted field is never closed (an odd number of double quotes)");
      if (field !== "" || row.length > 0) {
        row.push(field);
        this.onRecord(row);
      }
      this.row = [];
      this.field = "";
    }
  }
}

/** Cells a spreadsheet would treat as a formula when it opens a CSV (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number such as -12.5 or +44 cannot run as a formula, so it is left as it is. */
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Prefixes a single quote to text that starts with = + - @ (or a tab or carriage return),
 * so Excel, LibreOffice and Google Sheets show it as text instead of evaluating it.
 */
export function guardCsvInjection(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? "'" + text : text;
}

/** Undoes guardCsvInjection when reading our own output back, so a second run sees the original text. */
export function unguardCsvInjection(text: string): string {
  return text.length > 1 && text[0] === "'" && FORMULA_START.test(text.slice(1)) && !PLAIN_NUMBER.test(text.slice(1))
    ? text.slice(1)
    : text;
}

/**
 * Quotes a field when RFC 4180 requires it: it holds the delimiter, a quote or a line break (or edge
 * spaces, which some readers trim). In a ";" file a decimal comma ("3,5") stays unquoted, as Excel writes it.
 */
export function quoteCsvField(text: string, delimiter = ","): string {
  const needs = /["\r\n]|^\s|\s$/.test(text) || text.includes(delimiter);
  return needs ? '"' + text.replace(/"/g, '""') + '"' : text;
}

/** One CSV record with CRLF, each field guarded and quoted. */
export function formatCsvRecord(fields: readonly string[], delimiter = ","): string {
  return fields.map((f) => quoteCsvField(guardCsvInjection(f), delimiter)).join(delimiter) + "\r\n";
}

/** A plain number as CSV files hold them: no thousands separators, no leading zero (00123 is a code). */
const CSV_NUMBER = /^-?(0|[1-9]\d{0,14})(\.\d+)?([eE][+-]?\d{1,3})?$/;
/** The same with a decimal comma, as ";"-delimited files from European locales write them. */
const CSV_DECIMAL_COMMA = /^-?(0|[1-9]\d{0,14}),\d+$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * The value a CSV field becomes in a workbook, as Excel does when it opens the file: plain numbers
 * become numbers, ISO dates (2025-03-31, 2025-03-31 14:05) dates; anything else stays text, so
 * codes with leading zeros and long digit strings (IDs, phone numbers) are kept as typed.
 */
export function typedCsvValue(text: string, delimiter = ","): string | number | Date {
  const trimmed = text.trim();
  if (trimmed !== text || trimmed === "") return text;
  if (CSV_NUMBER.test(trimmed)) return Number(trimmed);
  if (delimiter === ";" && CSV_DECIMAL_COMMA.test(trimmed)) return Number(trimmed.replace(",", "."));
  const date = ISO_DATE.exec(trimmed);
  if (date) {
    const [, y, m, d, hh, mm, ss] = date;
    const value = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d), Number(hh ?? 0), Number(mm ?? 0), Number(ss ?? 0)));
    // 2025-02-30 is not a date; keep such text as typed.
    if (value.getUTCMonth() === Number(m) - 1 && value.getUTCDate() === Number(d) && Number(y) >= 1900) return value;
  }
  return text;
}
