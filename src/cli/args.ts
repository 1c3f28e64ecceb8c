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
  /** The sheet row holding the headers (1-based); undefined: detected among the first rows. */
  headerRow?: number;
  /** Screen the text of formulas that have no saved value instead of refusing them. */
  formulasAsText?: boolean;
  /** The CSV input's encoding, instead of detecting it from the bytes. */
  encoding?: string;
  /** The CSV output's encoding (default: the input's, or UTF-8 with a byte-order mark). */
  outEncoding?: string;
  /** --decisions FILE: an earlier screened file whose decisions are carried forward (docs/decisions.md). */
  decisions?: string;
  /** --decision-columns: add the (empty) decision columns to the output even without --decisions. */
  decisionColumns?: boolean;
  /** --no-report: no "WRO screening report" sheet in an .xlsx output (default: added). */
  report?: boolean;
}

/** The long options, for --help and for "did you mean" on a typo. */
export const OPTION_NAMES = [
  "sheet",
  "column",
  "country-column",
  "product-column",
  "header-row",
  "dataset",
  "out",
  "format",
  "only-flagged",
  "sector",
  "no-sector",
  "formulas-as-text",
  "encoding",
  "out-encoding",
  "decisions",
  "decision-columns",
  "no-report",
  "help",
] as const;

/** Edit distance (insertions, deletions, substitutions), for suggesting the option a typo meant. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** The option a mistyped one most likely meant: a prefix of it, or within two edits; null if none is close. */
export function nearestOption(typed: string, names: readonly string[] = OPTION_NAMES): string | null {
  const bare = typed.replace(/^-+/, "").split("=")[0].toLowerCase();
  if (bare === "") return null;
  const prefixed = names.filter((n) => n.startsWith(bare));
  if (prefixed.length === 1) return prefixed[0];
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const name of names) {
    const d = editDistance(bare, name);
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(1, Math.min(3, Math.floor(bare.length / 3))) ? best : null;
}

export const USAGE = `Usage: npm run --silent screen -- INPUT [options]

Screens the supplier names in a spreadsheet against US forced-labour import bans
(CBP Withhold Release Orders and Findings, and the DHS UFLPA Entity List).

INPUT is an .xlsx or .xlsm workbook or a .csv file (comma, semicolon or tab).
Relative paths are taken from the folder the command was typed in. The header
row is found among the first rows (title rows above it are skipped); the
screener says which row it used.

Options:
  --sheet NAME            worksheet to read (default: the first sheet with data)
  -c, --column COL        supplier column: a header text (case-insensitive) or a
                          column letter such as C. Default: the column whose header
                          reads like a supplier (Supplier, Vendor, Manufacturer,
                          Company, Counterparty, Fournisseur, Lieferant, 供应商 …)
  --country-column COL    country column (default: detected when unambiguous)
  --product-column COL    product or category column (default: detected when unambiguous)
  --header-row N          the sheet row that holds the headers (default: detected:
                          the first row of text headers above rows of data)
  --formulas-as-text      screen the text of formulas that have no saved value
                          (files written by tools that do not calculate); without
                          it such cells are refused with a message
  --encoding NAME         the CSV input's encoding (default: detected from the
                          bytes): utf-8, utf-16le, utf-16be, gb18030 (gbk), big5,
                          shift_jis, windows-1252
  --out-encoding NAME     the CSV output's encoding (default: the input's; UTF-8
                          with a byte-order mark for .xlsx input)
  --dataset FILE          screen with this dataset JSON instead of the bundled one
  -o, --out FILE          write a copy of the input (.xlsx or .csv) with three added
                          columns: "WRO risk", "WRO match", "WRO notes". They go after
                          the last used column, or replace those columns from an
                          earlier run. The input file is never changed.
  -f, --format FORMAT     what to print: table (the default), json (JSON lines, one
                          object per row: row, input, risk, entity, listing, score,
                          note) or csv (the same fields). risk is "High", "Review",
                          "Lifted" or "None" as in the sheet, and "" for a blank
                          supplier cell. With --out and no --format, only the
                          summary is printed.
  --decisions FILE        carry the decisions of an earlier screened file (.xlsx or
                          .csv, e.g. last month's --out) forward: each goes to the
                          row of the same supplier, wherever it now is, and stands
                          only while the match, its listing's status and the risk
                          are unchanged; otherwise the row says "Decision outdated:
                          <what changed>" and counts as undecided. Writes the
                          decision columns "WRO decision", "Decided by", "Decided
                          on", "Decision reason" and "Decision basis" in --out. A
                          decision already in a row of INPUT stays and wins
  --decision-columns      add the (empty) decision columns to --out, for a first run
  --no-report             no "WRO screening report" sheet in an .xlsx --out
  --only-flagged          print only rows whose risk is High, Review or Lifted
  --sector, --no-sector   sector risk from the US Department of Labor's List of Goods
                          (country x product; a separate signal that never changes the
                          WRO risk): on by default when a product column is found.
                          Adds a "sector" field to the JSON lines, the sector sentence to
                          the notes printed, and sector counts to the summary
  -h, --help              show this help

An .xlsx output keeps the other sheets and the formatting of the input, adds an
autofilter and colours the result cells (High red, Review amber, Lifted blue),
and adds the sheet "WRO screening report" (what was screened, with which dataset,
counts by risk and by decision with a chart each, every flagged row with its
decision and a link back, and the method), re-created in place on the next run.
An input that already has decision columns keeps them: its decisions are checked
against the new results, and the summary counts them.
A .csv output keeps the input's delimiter and encoding (CRLF line ends; an .xlsx
input gives comma-separated UTF-8 with a byte-order mark). A blank supplier cell
gets empty result cells and is counted apart from None. To stop a
spreadsheet from running cell text as a formula (CSV injection), any text cell that
starts with = + - @ (other than a plain number such as -12.5) is written with a
leading single quote; the screener strips that quote again when it reads the file.

Large files are read and written as streams, with progress on stderr. An .xlsx
output holds at most Excel's 1,048,576 rows (a longer CSV is refused before
screening; write a .csv instead); a CSV input may be up to 500 MB.

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
        "header-row": { type: "string" },
        "formulas-as-text": { type: "boolean" },
        encoding: { type: "string" },
        "out-encoding": { type: "string" },
        decisions: { type: "string" },
        "decision-columns": { type: "boolean" },
        "no-report": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    const error = e as Error & { code?: string };
    const unknown = /Unknown option '([^']+)'/.exec(error.message);
    if (unknown) {
      // Node's own message ends with advice about "--" that only confuses a user who mistyped an option.
      const near = nearestOption(unknown[1]);
      throw new UsageError(`Unknown option ${unknown[1]}.${near ? ` Did you mean --${near}?` : ""} Run with --help for the options.`);
    }
    throw new UsageError(`${error.message.replace(/\.$/, "")}. Run with --help for the options.`);
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
  for (const name of [
    "sheet",
    "column",
    "country-column",
    "product-column",
    "dataset",
    "out",
    "header-row",
    "encoding",
    "out-encoding",
    "decisions",
  ] as const) {
    const value = values[name];
    if (value !== undefined && value.trim() === "") throw new UsageError(`--${name} needs a value.`);
  }
  let headerRow: number | undefined;
  if (values["header-row"] !== undefined) {
    const text = values["header-row"].trim();
    headerRow = /^\d{1,7}$/.test(text) ? Number(text) : NaN;
    if (!(headerRow >= 1 && headerRow <= 1_048_576)) {
      throw new UsageError(`--header-row must be a row number from 1 to 1048576 (got "${values["header-row"]}").`);
    }
  }
  return {
    headerRow,
    formulasAsText: values["formulas-as-text"] === true,
    encoding: values.encoding,
    outEncoding: values["out-encoding"],
    decisions: values.decisions,
    decisionColumns: values["decision-columns"] === true,
    report: values["no-report"] === true ? false : undefined,
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
