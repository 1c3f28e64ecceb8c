import { matchLabel } from "../core";
import { RISK_LABELS, type Risk, type ScreenResult, type Listing } from "../core/screening/types";
import { guardCsvInjection, quoteCsvField } from "./csv";
import type { ScreenedRow } from "./screen-rows";
import { noteWith, sectorJson, type SectorJson } from "./sector";
import type { DecisionJson } from "./decisions";

export const RISK_ORDER: Risk[] = ["high", "review", "lifted", "none"];

/** The listing behind a result: the name match, or else the first region/product rule that fired. */
export function resultListing(result: ScreenResult): Listing | null {
  return result.match?.listing ?? result.ruleHits[0]?.listing ?? null;
}

/** "Top Glove Corporation Bhd (CBP WRO 2020-07-15)": the same text the add-in writes in its "WRO match" column. */
export function matchText(result: ScreenResult): string {
  return matchLabel(result.match, result.ruleHits);
}

/** The official page where the listing can be checked today (verifyUrl), for the hyperlink on the match cell. */
export function matchLink(result: ScreenResult): string | null {
  return resultListing(result)?.verifyUrl ?? null;
}

/**
 * One relationship id ("rIdWro1", …) per distinct source link of the match cells, for the .xlsx writers.
 * Rows with the same supplier share one result object, so each result is looked at once.
 */
export function sourceLinkIds(screened: readonly ScreenedRow[]): Map<string, string> {
  const linkIds = new Map<string, string>();
  const seen = new Set<ScreenResult>();
  for (const { result } of screened) {
    if (seen.has(result)) continue;
    seen.add(result);
    const url = resultTexts(result)[1] === "" ? null : matchLink(result);
    if (url && !linkIds.has(url)) linkIds.set(url, `rIdWro${linkIds.size + 1}`);
  }
  return linkIds;
}

/** A blank supplier cell: it gets empty result cells in every format and is counted apart from None. */
export function isBlankSupplier(result: ScreenResult): boolean {
  return result.skipped === "empty";
}

/** The risk as written in every output: "High", "Review", "Lifted", "None", or "" for a blank supplier cell. */
export function riskText(result: ScreenResult): string {
  return isBlankSupplier(result) ? "" : RISK_LABELS[result.risk];
}

/** The three texts of the "WRO risk", "WRO match" and "WRO notes" columns ("" each for a blank supplier cell). */
export function resultTexts(result: ScreenResult): [string, string, string] {
  if (isBlankSupplier(result)) return ["", "", ""];
  return [RISK_LABELS[result.risk], matchText(result), result.note];
}

/**
 * One JSON line per row (--format json). Documented in the README: risk uses the sheet's words.
 * Later stages add fields here (and to CSV_REPORT_HEADERS) so that every format carries them.
 */
export interface JsonLine {
  row: number;
  input: string;
  /** "High" | "Review" | "Lifted" | "None", or "" for a blank supplier cell. */
  risk: string;
  entity: string | null;
  listing: string | null;
  score: number;
  note: string;
  /** Sector risk (src/cli/sector.ts); present when the sector signal is on. */
  sector?: SectorJson;
  /** The row's decision (src/cli/decisions.ts); present when the run has decision columns. */
  decision?: DecisionJson;
}

export function jsonLine(screened: ScreenedRow): JsonLine {
  const { result } = screened;
  const blank = isBlankSupplier(result);
  const listing = blank ? null : resultListing(result);
  return {
    row: screened.row.rowNumber,
    input: screened.input,
    risk: riskText(result),
    entity: listing?.name ?? null,
    listing: listing?.id ?? null,
    score: blank ? 0 : Math.round(result.score * 1000) / 1000,
    note: blank ? "" : noteWith(screened, screened.sector),
    ...(screened.sector ? { sector: sectorJson(screened.sector) } : {}),
    ...(screened.decision ? { decision: screened.decision } : {}),
  };
}

/** Which optional field groups a run prints (--format csv has one column per field, so it is fixed up front). */
export interface ReportFields {
  /** Sector risk is on: `sector` (the label) and `sector_goods`. */
  sector: boolean;
  /** The run has decision columns: the decision fields below. */
  decisions: boolean;
}

const CSV_BASE_HEADERS = ["row", "input", "risk", "entity", "listing", "score", "note"];
const CSV_SECTOR_HEADERS = ["sector", "sector_goods"];
const CSV_DECISION_HEADERS = [
  "decision",
  "decision_state",
  "decided_by",
  "decided_on",
  "decision_reason",
  "decision_basis",
  "decision_check",
];

/** The header of --format csv: the JSON fields, with the nested sector and decision fields flattened. */
export function csvReportHeaders(fields: ReportFields): string[] {
  return [...CSV_BASE_HEADERS, ...(fields.sector ? CSV_SECTOR_HEADERS : []), ...(fields.decisions ? CSV_DECISION_HEADERS : [])];
}

export function csvReportRecord(screened: ScreenedRow, fields: ReportFields): string {
  const line = jsonLine(screened);
  const values = [String(line.row), line.input, line.risk, line.entity ?? "", line.listing ?? "", String(line.score), line.note];
  if (fields.sector) values.push(line.sector?.label ?? "", line.sector?.goods.join("; ") ?? "");
  if (fields.decisions) {
    const d = line.decision;
    values.push(d?.decision ?? "", d?.state ?? "", d?.by ?? "", d?.on ?? "", d?.reason ?? "", d?.basis ?? "", d?.check ?? "");
  }
  return values.map((f) => quoteCsvField(guardCsvInjection(f))).join(",") + "\r\n";
}

/** Terminal columns a character takes: CJK and full-width forms take two. */
function charWidth(codePoint: number): number {
  if (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

/**
 * Fits text into a terminal cell: control characters become spaces (a cell holding an ANSI
 * escape must not repaint the user's terminal), long text ends in "…", short text is padded.
 */
export function fitCell(text: string, width: number): string {
  const clean = text.replace(/[\p{Cc}\u2028\u2029]+/gu, " ");
  let out = "";
  let used = 0;
  for (const ch of clean) {
    const w = charWidth(ch.codePointAt(0)!);
    if (used + w > width) {
      while (used + 1 > width && out.length > 0) {
        const last = [...out].pop()!;
        out = out.slice(0, out.length - last.length);
        used -= charWidth(last.codePointAt(0)!);
      }
      return out + "…" + " ".repeat(Math.max(0, width - used - 1));
    }
    out += ch;
    used += w;
  }
  return out + " ".repeat(width - used);
}

export interface TableLayout {
  rowWidth: number;
  riskWidth: number;
  supplierWidth: number;
  matchWidth: number;
}

export function tableLayout(totalWidth: number, maxRowNumber: number): TableLayout {
  const rowWidth = Math.max(3, String(maxRowNumber).length);
  const riskWidth = 6;
  const gaps = 6; // two spaces between each of the four columns
  const rest = Math.max(20, totalWidth - rowWidth - riskWidth - gaps);
  const supplierWidth = Math.floor(rest * 0.45);
  return { rowWidth, riskWidth, supplierWidth, matchWidth: rest - supplierWidth };
}

export function tableHeader(layout: TableLayout): string {
  return formatTableLine(layout, "Row", "Risk", "Supplier", "Match");
}

function formatTableLine(layout: TableLayout, row: string, risk: string, supplier: string, match: string): string {
  return [
    row.padStart(layout.rowWidth),
    fitCell(risk, layout.riskWidth),
    fitCell(supplier, layout.supplierWidth),
    fitCell(match, layout.matchWidth),
  ]
    .join("  ")
    .trimEnd();
}

export function tableRow(layout: TableLayout, screened: ScreenedRow): string {
  const { result } = screened;
  const [risk, match] = resultTexts(result);
  return formatTableLine(layout, String(screened.row.rowNumber), risk, screened.input, match);
}

export interface RiskCounts extends Record<Risk, number> {
  /** Rows whose supplier cell is blank: no result, not counted as None. */
  blank: number;
  /** None rows whose cell was not screened as a name (a placeholder such as "N/A", a number, an error). */
  notAName: number;
}

export function emptyCounts(): RiskCounts {
  return { high: 0, review: 0, lifted: 0, none: 0, blank: 0, notAName: 0 };
}

export function countResult(counts: RiskCounts, result: ScreenResult): void {
  if (isBlankSupplier(result)) counts.blank++;
  else {
    counts[result.risk]++;
    if (result.skipped !== null) counts.notAName++;
  }
}

export function countByRisk(rows: readonly ScreenedRow[]): RiskCounts {
  const counts = emptyCounts();
  for (const { result } of rows) countResult(counts, result);
  return counts;
}

/**
 * "212 rows screened: 18 High, 4 Review, 1 Lifted, 186 None (2 not a name); 3 with a blank supplier
 * cell, left without a result. Dataset 2026-11-26."
 */
export function summaryLine(rows: readonly ScreenedRow[] | RiskCounts, datasetVersion: string): string {
  const counts = Array.isArray(rows) ? countByRisk(rows) : (rows as RiskCounts);
  const total = RISK_ORDER.reduce((n, r) => n + counts[r], 0) + counts.blank;
  const fmt = (n: number) => n.toLocaleString("en-GB");
  const parts = RISK_ORDER.map((r) => `${fmt(counts[r])} ${RISK_LABELS[r]}`).join(", ");
  const notAName = counts.notAName ? ` (${fmt(counts.notAName)} not screened: a placeholder or not a name)` : "";
  const blank = counts.blank ? `; ${fmt(counts.blank)} with a blank supplier cell, left without a result` : "";
  const noun = total === 1 ? "row" : "rows";
  return `${fmt(total)} ${noun} screened: ${parts}${notAName}${blank}. Dataset ${datasetVersion}.`;
}
