import * as path from "node:path";
import { DECISION_LABELS, DECISION_VALUES } from "../core/decisions";
import { REPORT_SHEET_NAME, type ReportGrid } from "../core/report";
import { columnLetter } from "./columns";
import { ALL_DECISION_HEADERS, type DecisionPlan } from "./decisions";
import { addSheet, gridSheetPieces, type GridLink } from "./xlsx/add-sheet";
import type { ExtraColumns } from "./xlsx/additions";
import { relsPartOf, resolveTarget, XlsxPackage } from "./xlsx/package";
import { eachElement, localName, worksheetParts } from "./xlsx/workbook-info";
import { escapeAttr, escapeText, xmlSafe } from "./xlsx/xml";

/**
 * The .xlsx side of the CLI's decisions and report (issue 13), worked out before the output is written and
 * handed to the writer (write-output.ts), which adds them in its single pass: the decision columns' cells
 * (for a workbook input) and the list validation of a new "WRO decision" column go into the screened
 * sheet's streamed edit; the "WRO screening report" sheet with its two charts is added to the package (or
 * re-created in place on the next run).
 */

const DECISION_WIDTHS = [34, 18, 12, 40, 60];
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

/**
 * The decision columns of a workbook input, for the screened sheet's edit (sheet-edit.ts), in the same pass
 * as the results: the headers of new columns, every screened row's "Decision basis", and the four cells of
 * rows a decision was carried to (blank before). The user's existing decision cells are not touched: a column
 * the input already had is written only in the rows that receive a carried decision, its header left as it is.
 * (A CSV input's decision cells are put into the table, whose cells the writer copies: applyDecisionsToTable.)
 */
export function decisionColumns(plan: DecisionPlan): ExtraColumns {
  const kept = (k: number) => k < 4 && plan.existing[k];
  return {
    columns: plan.columns,
    headers: ALL_DECISION_HEADERS.map((h, k) => (kept(k) ? null : h)),
    widths: DECISION_WIDTHS,
    texts(index: number) {
      const carried = plan.decision(index).carried;
      return plan.columns.map((_, k) => (k === 4 ? plan.basis(index) : kept(k) ? (carried?.[k] ?? null) : (carried?.[k] ?? "")));
    },
  };
}

/**
 * The "WRO decision" drop-down for a new decision column, over the screened rows: the three decisions (blank
 * allowed; other text is accepted and left alone). Null when the input had the column (its own validation, if
 * any, stays) or no row was screened.
 */
export function decisionValidation(plan: DecisionPlan, headerRow: number): ((prefix: string) => string) | null {
  if (plan.existing[0] || plan.rowCount === 0) return null;
  const c = columnLetter(plan.columns[0]);
  const sqref = `${c}${headerRow + 1}:${c}${plan.lastRowNumber}`;
  const list = DECISION_VALUES.map((v) => DECISION_LABELS[v]).join(",");
  return (p) =>
    `<${p}dataValidation type="list" allowBlank="1" showErrorMessage="0" sqref="${sqref}">` +
    `<${p}formula1>${escapeText(`"${list}"`)}</${p}formula1></${p}dataValidation>`;
}

function partNumber(pkg: XlsxPackage, pattern: (n: number) => string): number {
  let n = 1;
  while (pkg.has(pattern(n))) n++;
  return n;
}

/** Removes a part, its relationships part and its content-type override. */
function removePart(pkg: XlsxPackage, part: string): void {
  pkg.delete(part);
  pkg.delete(relsPartOf(part));
  const types = pkg.text("[Content_Types].xml");
  pkg.setText(
    "[Content_Types].xml",
    types.replace(new RegExp(`<Override PartName="/${part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*/>`), ""),
  );
}

function targetsOf(pkg: XlsxPackage, part: string): string[] {
  const rels = relsPartOf(part);
  if (!pkg.has(rels)) return [];
  const out: string[] = [];
  eachElement(pkg.text(rels), (tag) => {
    const a = tag.attributes as Record<string, string>;
    if (localName(tag.name) === "Relationship" && a.TargetMode !== "External" && a.Target) out.push(resolveTarget(part, a.Target));
  });
  return out;
}

function sheetCell(ref: { row: number; column: number }): string {
  return `${columnLetter(ref.column)}${ref.row + 1}`;
}

function chartXml(grid: ReportGrid, k: number): string {
  const data = grid.charts[k];
  const q = `'${REPORT_SHEET_NAME.replace(/'/g, "''")}'`;
  const c = (col: number) => `$${columnLetter(col)}$`;
  const range = (col: number) => `${q}!${c(col)}${data.firstRow + 1}:${c(col)}${data.firstRow + data.rowCount}`;
  const rows = grid.cells.slice(data.firstRow, data.firstRow + data.rowCount);
  const pts = (values: string[]) => values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeText(xmlSafe(v))}</c:v></c:pt>`).join("");
  const cats = rows.map((r) => String(r[data.column] ?? ""));
  const vals = rows.map((r) => String(Number(r[data.column + 1] ?? 0)));
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}">` +
    `<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeText(data.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>' +
    '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    '<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>Rows</c:v></c:tx>' +
    `<c:cat><c:strRef><c:f>${escapeText(range(data.column))}</c:f><c:strCache><c:ptCount val="${cats.length}"/>${pts(cats)}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeText(range(data.column + 1))}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${vals.length}"/>${pts(vals)}</c:numCache></c:numRef></c:val>` +
    '</c:ser><c:gapWidth val="150"/><c:axId val="5001"/><c:axId val="5002"/></c:barChart>' +
    '<c:catAx><c:axId val="5001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="5002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>' +
    '<c:valAx><c:axId val="5002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="5001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>' +
    '</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>'
  );
}

function drawingXml(grid: ReportGrid, chartIds: string[]): string {
  const col = grid.columnCount + 1;
  const anchors = chartIds
    .map(
      (id, i) =>
        `<xdr:twoCellAnchor><xdr:from><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${1 + i * 18}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
        `<xdr:to><xdr:col>${col + 7}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${16 + i * 18}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeAttr(grid.charts[i].title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
        `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="${id}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`,
    )
    .join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `${anchors}</xdr:wsDr>`
  );
}

function rels(entries: Array<{ id: string; type: string; target: string }>): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<Relationships xmlns="${PKG_REL}">${entries.map((e) => `<Relationship Id="${e.id}" Type="${REL}/${e.type}" Target="${e.target}"/>`).join("")}</Relationships>`
  );
}

/**
 * Adds the "WRO screening report" sheet at the end, or re-creates it in place (same tab, same part) when the
 * workbook has one from an earlier run; its old charts go with it. Values only: text as inline strings
 * (never formulas), numbers as numbers, the "Row" cells as links back to the screened rows, and a clustered
 * column chart for the counts by risk and by decision.
 */
export function putReportSheet(pkg: XlsxPackage, grid: ReportGrid): { part: string; created: boolean } {
  const existing = worksheetParts(pkg).find((s) => s.name.toLowerCase() === REPORT_SHEET_NAME.toLowerCase());
  let part: string;
  if (existing) {
    part = existing.part;
    for (const drawing of targetsOf(pkg, part)) {
      for (const chart of targetsOf(pkg, drawing)) {
        for (const extra of targetsOf(pkg, chart)) removePart(pkg, extra);
        removePart(pkg, chart);
      }
      removePart(pkg, drawing);
    }
    pkg.delete(relsPartOf(part));
  } else {
    part = addSheet(pkg, REPORT_SHEET_NAME, []);
  }
  function* links(): Generator<GridLink> {
    for (const l of grid.links)
      yield { ref: sheetCell(l), location: l.documentReference, display: String(grid.cells[l.row][l.column] ?? "") };
  }
  let drawingId: string | undefined;
  if (grid.charts.length) {
    const drawing = `xl/drawings/drawing${partNumber(pkg, (n) => `xl/drawings/drawing${n}.xml`)}.xml`;
    const chartIds: string[] = [];
    const chartRels: Array<{ id: string; type: string; target: string }> = [];
    const overrides: string[] = [`<Override PartName="/${drawing}" ContentType="${DRAWING_TYPE}"/>`];
    grid.charts.forEach((_, k) => {
      const chart = `xl/charts/chart${partNumber(pkg, (n) => `xl/charts/chart${n}.xml`)}.xml`;
      pkg.setText(chart, chartXml(grid, k));
      chartIds.push(`rId${k + 1}`);
      chartRels.push({ id: `rId${k + 1}`, type: "chart", target: `../charts/${path.posix.basename(chart)}` });
      overrides.push(`<Override PartName="/${chart}" ContentType="${CHART_TYPE}"/>`);
    });
    pkg.setText(drawing, drawingXml(grid, chartIds));
    pkg.setText(relsPartOf(drawing), rels(chartRels));
    pkg.setText(relsPartOf(part), rels([{ id: "rId1", type: "drawing", target: `../drawings/${path.posix.basename(drawing)}` }]));
    drawingId = "rId1";
    const types = pkg.text("[Content_Types].xml");
    pkg.setText("[Content_Types].xml", types.replace("</Types>", `${overrides.join("")}</Types>`));
  }
  // Pieces, not one string: the flagged rows of a full sheet make a report of hundreds of megabytes.
  pkg.setPieces(part, () => gridSheetPieces(grid.cells, grid.columnWidths, { links: links(), drawingId }));
  return { part, created: !existing };
}
