import { ImportError } from "./errors";

export interface CsvRecord {
  /** 1-based line of the text on which the record starts. */
  line: number;
  fields: string[];
}

/**
 * RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks (CBP's Remarks and
 * Entity cells do). Accepts CRLF, LF and lone CR line ends. Every error names the line it starts on,
 * counting line breaks inside quoted fields, so it matches what a text editor shows.
 */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let atFieldStart = true;
  const n = text.length;

  const endRecord = () => {
    fields.push(field);
    // A blank line is not a record; CBP files end with one.
    if (!(fields.length === 1 && fields[0] === "")) records.push({ line: recordLine, fields });
    fields = [];
    field = "";
    atFieldStart = true;
  };

  while (i < n) {
    const c = text[i];
    if (atFieldStart && c === '"') {
      const quoteLine = line;
      i++;
      for (;;) {
        if (i >= n) {
          throw new ImportError("malformed", `The CSV has a quoted field opened on line ${quoteLine} that is never closed.`, quoteLine);
        }
        const q = text[i];
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (q === "\r") {
          field += "\n";
          line++;
          i += text[i + 1] === "\n" ? 2 : 1;
          continue;
        }
        if (q === "\n") line++;
        field += q === "\n" ? "\n" : q;
        i++;
      }
      const next = text[i];
      if (i < n && next !== "," && next !== "\r" && next !== "\n") {
        throw new ImportError(
          "malformed",
          `Line ${line} of the CSV has text right after a closing quote (${JSON.stringify(text.slice(i, i + 12))}); a quote inside a quoted field must be doubled.`,
          line,
        );
      }
      atFieldStart = false;
      continue;
    }
    if (c === ",") {
      fields.push(field);
      field = "";
      atFieldStart = true;
      i++;
      continue;
    }
    if (c === "\r" || c === "\n") {
      endRecord();
      i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    if (c === '"') {
      throw new ImportError(
        "malformed",
        `Line ${line} of the CSV has a quote in the middle of an unquoted field; the file is not valid CSV.`,
        line,
      );
    }
    field += c;
    atFieldStart = false;
    i++;
  }
  if (!atFieldStart || fields.length > 0 || field !== "") endRecord();
  return records;
}
