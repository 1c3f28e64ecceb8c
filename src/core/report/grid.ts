import { formatDate } from "../notes/dates";
import { listKindLabel } from "../notes/note";
import type { Listing } from "../dataset/schema";
import { RISK_LABELS, type Risk } from "../screening/types";
import { DECISION_LABELS, DECISION_VALUES, type DecisionValue } from "../decisions/values";
import type { DecisionCounts } from "../decisions/counts";
import { STATUS_WORDS } from "../decisions/subject";
import { METHOD_LINES } from "./method";
import { SECTOR_LABELS, type SectorLabel } from "../sector/schema";
import type { SectorCounts } from "../sector/row";

/** The name of the report sheet, in Excel and in .xlsx output. */
export const REPORT_SHEET_NAME = "WRO screening report";

/** A value for one cell. Text is always data: see `safeText`. */
export type ReportCell = string | number | null;

/** Everything the report states. Built by the shells from their run and the dataset in use. */
export interface ReportInput {
  /** ISO 8601 time the report was made. */
  createdAt: string;
  /** Who made it ("" when unknown). */
  createdBy: string;
  /** What was screened. */
  screened: {
    sheetName: string;
    /** Sheet-qualified address of the supplier cells, e.g. "Suppliers!B2:B240". */
    range: string;
    /** e.g. 'B "Supplier"'. */
    supplierColumn: string;
    countryColumn: string | null;
    productColumn: string | null;
    /** ISO 8601 time of the screening run, when recorded. */
    screenedAt: string | null;
    rowsScreened: number;
  };
  dataset: {
    version: string;
    compiled: string;
    sha256: string;
    sources: Array<{ name: string; address: string; retrieved: string | null }>;
  };
  counts: Record<Risk, number>;
  decisions: DecisionCounts;
  rows: ReportRow[];
  /**
   * Sector risk (US DOL List of Goods; docs/sector-risk.md), when the run had it (a product column was chosen):
   * counts by label, the rows whose product could not be read, and every row with a sector risk. Absent or null:
   * the report has no sector section.
   */
  sector?: ReportSector | null;
}

/** The sector-risk part of the report: a separate signal, never a finding about the supplier. */
export interface ReportSector {
  /** The List's name and edition, e.g. "US DOL List of Goods Produced by Child Labor or Forced Labor, 2022 edition". */
  list: string;
  /** `unmapped` is null when not known (results read back from a sheet do not record unreadable products). */
  counts: Omit<SectorCounts, "unmapped"> & { unmapped: number | null };
  rows: ReportSectorRow[];
}

/** One row of the screened sheet with a sector-risk label. */
export interface ReportSectorRow {
  rowNumber: number;
  supplier: string;
  /** The row's "Sector risk" label. */
  label: SectorLabel;
  /** The product cell as written. */
  product: string;
  /** The sector sentence of the row's note. */
  note: string;
}

/** One flagged row of the screened sheet. */
export interface ReportRow {
  /** 1-based row number on the screened sheet. */
  rowNumber: number;
  supplier: string;
  risk: Risk;
  /** The "WRO match" text. */
  match: string;
  /** The listing the result is about (from the dataset), when known. */
  listing: Listing | null;
  decision: DecisionValue | null;
  decidedBy: string;
  decidedOn: string;
  reason: string;
  /** "Decision outdated: …", text the decision cell held that is not a decision, or "". */
  check: string;
}

export interface ReportLink {
  row: number;
  column: number;
  /** An in-workbook reference such as "'Suppliers'!B12" (Office.js `documentReference`, .xlsx "#…"). */
  documentReference: string;
}

/** Where the chart's data sits in the grid: categories in `column`, counts in `column + 1`. */
export interface ReportChartData {
  title: string;
  firstRow: number;
  rowCount: number;
  column: number;
}

export interface ReportGrid {
  /** Rectangular: every row has `columnCount` cells. */
  cells: ReportCell[][];
  columnCount: number;
  /** Rows to show bold: the title and section headings. */
  headingRows: number[];
  /** Header rows of the small tables (bold, filled). */
  tableHeaderRows: number[];
  links: ReportLink[];
  /** Counts by risk and counts by decision, for a native chart each. */
  charts: ReportChartData[];
  /** Suggested widths in characters, per column. */
  columnWidths: number[];
  /** Index of the header row of the flagged rows table. */
  flaggedHeaderRow: number;
}

/** Text never starts with = + - @ (or a tab/CR that Excel strips): such text gets a leading apostrophe, as in CSV output. */
export function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

const FLAGGED_HEADERS = [
  "Row",
  "Supplier",
  "Risk",
  "Match",
  "List",
  "Order date",
  "Status",
  "Decision",
  "Decided by",
  "Decided on",
  "Decision reason",
  "Decision check",
];

function dateTime(iso: string | null): string {
  if (!iso) return "not recorded";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${formatDate(d.toISOString().slice(0, 10))} ${d.toISOString().slice(11, 16)} UTC`;
}

/**
 * The "WRO screening report" as a grid of values: what was screened, with which dataset, counts by risk and by
 * decision, every flagged row with its decision and a link back to it, and the method in plain words. Pure, so
 * the Excel adapter and the CLI's .xlsx writer print the same report.
 */
export function buildReportGrid(input: ReportInput, supplierColumnLetter: string): ReportGrid {
  const width = FLAGGED_HEADERS.length;
  const cells: ReportCell[][] = [];
  const headingRows: number[] = [];
  const tableHeaderRows: number[] = [];
  const links: ReportLink[] = [];
  const charts: ReportChartData[] = [];
  const push = (...values: ReportCell[]) => {
    const row = values.map((v) => (typeof v === "string" ? safeText(v) : v));
    while (row.length < width) row.push(null);
    cells.push(row);
    return cells.length - 1;
  };
  const heading = (text: string) => headingRows.push(push(text));
  const blank = () => push();

  heading("WRO screening report");
  push("Created", dateTime(input.createdAt));
  push("Created by", input.createdBy || "not given");
  blank();
  heading("What was screened");
  push("Sheet", input.screened.sheetName);
  push("Range", input.screened.range);
  push("Supplier column", input.screened.supplierColumn);
  push("Country column", input.screened.countryColumn ?? "none");
  push("Product column", input.screened.productColumn ?? "none");
  push("Screened", dateTime(input.screened.screenedAt));
  push("Rows screened", input.screened.rowsScreened);
  blank();
  heading("Dataset");
  push("Version", input.dataset.version);
  push("Compiled", input.dataset.compiled);
  push("SHA-256", input.dataset.sha256);
  tableHeaderRows.push(push("Source", "Address", "Retrieved"));
  for (const s of input.dataset.sources) push(s.name, s.address, s.retrieved ?? "not recorded");
  blank();

  heading("Counts by risk");
  tableHeaderRows.push(push("Risk", "Rows"));
  const riskFirst = cells.length;
  for (const risk of ["high", "review", "lifted", "none"] as const) push(RISK_LABELS[risk], input.counts[risk]);
  charts.push({ title: "Rows by risk", firstRow: riskFirst, rowCount: 4, column: 0 });
  blank();

  heading("Counts by decision (flagged rows)");
  tableHeaderRows.push(push("Decision", "Rows"));
  const decisionFirst = cells.length;
  for (const value of DECISION_VALUES) push(DECISION_LABELS[value], input.decisions[value]);
  push("Undecided", input.decisions.undecided);
  charts.push({ title: "Flagged rows by decision", firstRow: decisionFirst, rowCount: 4, column: 0 });
  push("of which outdated decisions", input.decisions.outdated);
  blank();

  heading(`Flagged rows (${input.rows.length})`);
  const flaggedHeaderRow = push(...FLAGGED_HEADERS);
  tableHeaderRows.push(flaggedHeaderRow);
  const sheet = quoteSheet(input.screened.sheetName);
  for (const r of input.rows) {
    const listing = r.listing;
    const at = push(
      `${input.screened.sheetName}!${supplierColumnLetter}${r.rowNumber}`,
      r.supplier,
      RISK_LABELS[r.risk],
      r.match,
      listing ? listKindLabel(listing) : "",
      listing?.dateIssued ?? "",
      listing
        ? `${STATUS_WORDS[listing.status]}${listing.status === "inactive" && listing.statusDate ? ` since ${listing.statusDate}` : ""}`
        : "",
      r.decision ? DECISION_LABELS[r.decision] : "",
      r.decidedBy,
      r.decidedOn,
      r.reason,
      r.check,
    );
    links.push({ row: at, column: 0, documentReference: `${sheet}!${supplierColumnLetter}${r.rowNumber}` });
  }
  if (input.rows.length === 0) push("No flagged rows.");
  blank();

  if (input.sector) {
    const sector = input.sector;
    heading("Sector risk (a separate signal: not a finding about any supplier)");
    push("List", sector.list);
    tableHeaderRows.push(push("Sector risk", "Rows"));
    for (const label of SECTOR_LABELS) push(label, sector.counts[label]);
    push("Product could not be read", sector.counts.unmapped ?? "not recorded");
    blank();
    heading(`Rows with a sector risk (${sector.rows.length})`);
    tableHeaderRows.push(push("Row", "Supplier", "Sector risk", "Product", "Sector note"));
    for (const r of sector.rows) {
      const at = push(`${input.screened.sheetName}!${supplierColumnLetter}${r.rowNumber}`, r.supplier, r.label, r.product, r.note);
      links.push({ row: at, column: 0, documentReference: `${sheet}!${supplierColumnLetter}${r.rowNumber}` });
    }
    if (sector.rows.length === 0) push("No rows with a sector risk.");
    blank();
  }

  heading("Method");
  for (const [term, text] of METHOD_LINES) push(term, text);

  return {
    cells,
    columnCount: width,
    headingRows,
    tableHeaderRows,
    links,
    charts,
    columnWidths: [26, 32, 9, 48, 28, 12, 16, 28, 16, 12, 32, 48],
    flaggedHeaderRow,
  };
}
