import { matchLabel } from "../core";
import { RISK_LABELS, type Risk, type ScreenResult, type Listing } from "../core/screening/types";
import { guardCsvInjection, quoteCsvField } from "./csv";
import type { ScreenedRow } from "./screen-rows";
import { noteWith, sectorJson, type SectorJson } from "./sector";

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

export interface JsonLine {
  row: number;
  input: string;
  risk: Risk;
  entity: string | null;
  listing: string | null;
  score: number;
  note: string;
  /** Sector risk (src/cli/sector.ts); present when the sector signal is on. */
  sector?: SectorJson;
}

export function jsonLine(screened: ScreenedRow): JsonLine {
  const { result } = screened;
  const listing = resultListing(result);
  return {
    row: screened.row.rowNumber,
    input: screened.input,
    risk: result.risk,
    entity: listing?.name ?? null,
    listing: listing?.id ?? null,
    score: Math.round(result.score * 1000) / 1000,
    note: noteWith(screened, screened.sector),
    ...(screened.sector ? { sector: sectorJson(screened.sector) } : {}),
  };
}

export const CSV_REPORT_HEADERS = ["row", "input", "risk", "entity", "listing", "score", "note"];

export function csvReportRecord(screened: ScreenedRow): string {
  const line = jsonLine(screened);
  const fields = [
    String(line.row),
    line.input,
    RISK_LABELS[line.risk],
    line.entity ?? "",
    line.listing ?? "",
    String(line.score),
    line.note,
  ];
  return fields.map((f) => quoteCsvField(guardCsvInjection(f))).join(",") + "\r\n";
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
  return formatTableLine(layout, String(screened.row.rowNumber), RISK_LABELS[result.risk], screened.input, matchText(result));
}

export function countByRisk(rows: readonly ScreenedRow[]): Record<Risk, number> {
  const counts: Record<Risk, number> = { high: 0, review: 0, lifted: 0, none: 0 };
  for (const { result } of rows) counts[result.risk]++;
  return counts;
}

/** "212 rows screened: 18 High, 4 Review, 1 Lifted, 189 None (3 with no supplier name). Dataset 2026-11-26." */
export function summaryLine(rows: readonly ScreenedRow[], datasetVersion: string): string {
  const counts = countByRisk(rows);
  const parts = RISK_ORDER.map((r) => `${counts[r].toLocaleString("en-GB")} ${RISK_LABELS[r]}`).join(", ");
  const skipped = rows.filter((r) => r.result.skipped !== null).length;
  const skippedText = skipped ? ` (${skipped.toLocaleString("en-GB")} not screened: blank, placeholder or not a name)` : "";
  const noun = rows.length === 1 ? "row" : "rows";
  return `${rows.length.toLocaleString("en-GB")} ${noun} screened: ${parts}${skippedText}. Dataset ${datasetVersion}.`;
}
