/**
 * CSV reading and writing (RFC 4180). Written here rather than taken from a library because
 * the two things that matter most are narrow and easy to get wrong silently: decoding the
 * bytes Excel actually produces, and refusing to emit a cell that a spreadsheet would run.
 */

export class CsvError extends Error {
  override name = "CsvError";
}

/** Decodes CSV bytes the way Excel saves them: UTF-8 (with or without BOM), UTF-16 "Unicode text", or Windows-1252. */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  if (body.includes(0)) throw new CsvError("it contains binary data (NUL bytes), so it is not a text CSV file");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    // Older Excel versions on Windows save "CSV (Comma delimited)" in the ANSI code page.
    return new TextDecoder("windows-1252").decode(body);
  }
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
  let row: string[] = [];
  let field = "";
  let inQuotes = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i++;
        continue;
      }
      // Copy a run of ordinary characters at once: a 32,000-character cell should not be built one char at a time.
      const next = text.indexOf('"', i);
      const end = next === -1 ? n : next;
      field += text.slice(i, end);
      i = end;
      continue;
    }
    if (ch === '"' && field === "") {
      inQuotes = true;
      i++;
    } else if (ch === delimiter) {
      row.push(field);
      field = "";
      i++;
    } else if (ch === "\r" || ch === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  if (inQuotes) throw new CsvError("a quoted field is never closed (an odd number of double quotes)");
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
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

/** Quotes a field when RFC 4180 requires it: it holds a comma, a quote or a line break (or edge spaces, which some readers trim). */
export function quoteCsvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}

/** One CSV record with CRLF, each field guarded and quoted. */
export function formatCsvRecord(fields: readonly string[]): string {
  return fields.map((f) => quoteCsvField(guardCsvInjection(f))).join(",") + "\r\n";
}
