import { parseArgs } from "node:util";
import { UsageError } from "./errors";

export type OutputFormat = "table" | "json" | "csv";

export interface CliOptions {
  input: string;
  sheet?: string;
  column?: string;
  countryColumn?: string;
  productColumn?: string;
  dataset?: string;
  out?: string;
  /** undefined when not given: the default depends on whether --out is given. */
  format?: OutputFormat;
  onlyFlagged: boolean;
  /** --sector / --no-sector; undefined: on when a product column is found. */
  sector?: boolean;
  help: boolean;
}

export const USAGE = `Usage: npm run --silent screen -- INPUT [options]

Screens the supplier names in a spreadsheet against US forced-labour import bans
(CBP Withhold Release Orders and Findings, and the DHS UFLPA Entity List).

INPUT is an .xlsx workbook or a .csv file (comma, semicolon or tab) with the
headers in the first row.

Options:
  --sheet NAME            worksheet to read (default: the first sheet with data)
  -c, --column COL        supplier column: a header text (case-insensitive) or a
                          column letter such as C. Default: the column whose header
                          reads like a supplier (Supplier, Vendor, Manufacturer,
                          Company, Counterparty, Fournisseur, Lieferant, 供应商 …)
  --country-column COL    country column (default: detected when unambiguous)
  --product-column COL    product or category column (default: detected when unambiguous)
  --dataset FILE          screen with this dataset JSON instead of the bundled one
  -o, --out FILE          write a copy of the input (.xlsx or .csv) with three added
                          columns: "WRO risk", "WRO match", "WRO notes". They go after
                          the last used column, or replace those columns from an
                          earlier run. The input file is never changed.
  -f, --format FORMAT     what to print: table (the default), json (JSON lines, one
                          object per row: row, input, risk, entity, listing, score,
                          note) or csv (the same fields). With --out and no --format,
                          only the summary is printed.
  --only-flagged          print only rows whose risk is High, Review or Lifted
  --sector, --no-sector   sector risk from the US Department of Labor's List of Goods
                          (country x product; a separate signal that never changes the
                          WRO risk): on by default when a product column is found.
                          Adds a "sector" field to the JSON lines, the sector sentence to
                          the notes printed, and sector counts to the summary
  -h, --help              show this help

An .xlsx output keeps the other sheets and the formatting of the input, adds an
autofilter and colours the result cells (High red, Review amber, Lifted blue).
A .csv output is RFC 4180 (comma, CRLF, UTF-8 with a byte-order mark). To stop a
spreadsheet from running cell text as a formula (CSV injection), any text cell that
starts with = + - @ (other than a plain number such as -12.5) is written with a
leading single quote; the screener strips that quote again when it reads the file.

Exit status: 0 when the screen ran (whatever it found), 2 for a usage error or an
unreadable input, 1 for an unexpected internal error.
`;

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        sheet: { type: "string" },
        column: { type: "string", short: "c" },
        "country-column": { type: "string" },
        "product-column": { type: "string" },
        dataset: { type: "string" },
        out: { type: "string", short: "o" },
        format: { type: "string", short: "f" },
        "only-flagged": { type: "boolean" },
        sector: { type: "boolean" },
        "no-sector": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    // node's messages ("Unknown option '--colum'") are clear; only the "how to get help" is added.
    throw new UsageError(`${(e as Error).message}. Run with --help for the options.`);
  }
  const { values, positionals } = parsed;
  const help = values.help === true;
  if (help) return { input: "", onlyFlagged: false, help };
  if (positionals.length === 0) throw new UsageError("No INPUT file given. Run with --help for the options.");
  if (positionals.length > 1) {
    throw new UsageError(
      `Expected one INPUT file but got ${positionals.length}: ${positionals.join(", ")}. Quote file names that contain spaces.`,
    );
  }
  if (values.sector === true && values["no-sector"] === true) throw new UsageError("Give --sector or --no-sector, not both.");
  const format = values.format?.toLowerCase();
  if (format !== undefined && format !== "table" && format !== "json" && format !== "csv") {
    throw new UsageError(`--format must be table, json or csv (got "${values.format}").`);
  }
  for (const name of ["sheet", "column", "country-column", "product-column", "dataset", "out"] as const) {
    const value = values[name];
    if (value !== undefined && value.trim() === "") throw new UsageError(`--${name} needs a value.`);
  }
  return {
    input: positionals[0],
    sheet: values.sheet,
    column: values.column,
    countryColumn: values["country-column"],
    productColumn: values["product-column"],
    dataset: values.dataset,
    out: values.out,
    format: format as OutputFormat | undefined,
    onlyFlagged: values["only-flagged"] === true,
    sector: values["no-sector"] === true ? false : values.sector === true ? true : undefined,
    help,
  };
}
