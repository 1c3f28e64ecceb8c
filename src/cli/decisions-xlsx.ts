import { promises as fs } from "node:fs";
import * as path from "node:path";
import { DECISION_LABELS, DECISION_VALUES } from "../core/decisions";
import { REPORT_SHEET_NAME, type ReportGrid } from "../core/report";
import { columnLetter } from "./columns";
import { ALL_DECISION_HEADERS, type DecisionPlan } from "./decisions";
import { addSheet, gridSheetXml } from "./xlsx/add-sheet";
import { relsPartOf, resolveTarget, XlsxPackage } from "./xlsx/package";
import { AFTER_AUTOFILTER_ORDER, editSheetXml, type ResultCells } from "./xlsx/sheet-edit";
import { addRiskStyles } from "./xlsx/styles-edit";
import { eachElement, localName, workbookPart, worksheetParts } from "./xlsx/workbook-info";
import { escapeAttr, escapeText, xmlSafe } from "./xlsx/xml";

/**
 * The .xlsx side of the CLI's decisions and report (issue 13), as edits of the written package, so the
 * writer's lossless copy stays as it is: the decision columns' cells (for a workbook input), the list
 * validation of a new "WRO decision" column, and the "WRO screening report" sheet with its two charts,
 * re-created in place on the next run.
 */

const DECISION_WIDTHS = [34, 18, 12, 40, 60];
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

/** The cellXfs index of a plain Text-format cell (a new entry; existing cells keep theirs). */
function textStyle(pkg: XlsxPackage): number {
  const wb = workbookPart(pkg);
  let styles: string | null = null;
  eachElement(pkg.text(relsPartOf(wb)), (tag) => {
    const a = tag.attributes as Record<string, string>;
    if (localName(tag.name) === "Relationship" && a.Type?.endsWith("/styles")) styles = resolveTarget(wb, a.Target);
  });
  if (!styles || !pkg.has(styles)) throw new Error("The workbook has no styles part.");
  const { xml, xf } = addRiskStyles(pkg.text(styles));
  pkg.setText(styles, xml);
  return xf.none;
}

/**
 * Writes the decision cells into the screened sheet of a workbook input: the headers of new columns, every
 * screened row's "Decision basis", and the four cells of rows a decision was carried to (blank before). The
 * user's existing decision cells are not touched: a column the input already had is edited only in the
 * rows that receive a carried decision.
 */
export function writeDecisionCells(
  pkg: XlsxPackage,
  sheetPart: string,
  plan: DecisionPlan,
  headerRow: number,
  lastResultColumn: number,
): void {
  const xf = textStyle(pkg);
  const styles = { high: xf, review: xf, lifted: xf, none: xf };
  const lastRow = plan.rows.length ? plan.rows[plan.rows.length - 1].rowNumber : headerRow;
  // Pass 1: the new columns and the add-in's basis column, on every screened row.
  const fresh = [0, 1, 2, 3].filter((k) => !plan.existing[k]).concat([4]);
  const results = new Map<number, ResultCells>();
  for (const p of plan.rows) {
    results.set(p.rowNumber, { risk: "none", linkId: null, texts: fresh.map((k) => (k === 4 ? p.basis : (p.carried?.[k] ?? ""))) });
  }
  let xml = editSheetXml(pkg.text(sheetPart), {
    headerRow,
    columns: fresh.map((k) => plan.columns[k]),
    headers: fresh.map((k) => ALL_DECISION_HEADERS[k]),
    lastHeaderColumn: lastResultColumn,
    results,
    xf: styles,
    widths: fresh.map((k) => DECISION_WIDTHS[k]),
    lastRow,
  });
  // Pass 2: columns the input had, only in the rows that receive a carried decision (their cells were blank).
  const kept = [0, 1, 2, 3].filter((k) => plan.existing[k]);
  const carried = plan.rows.filter((p) => p.carried);
  if (kept.length && carried.length) {
    const cells = new Map<number, ResultCells>(
      carried.map((p) => [p.rowNumber, { risk: "none", linkId: null, texts: kept.map((k) => p.carried![k]) }]),
    );
    xml = editSheetXml(xml, {
      // Row 0 does not exist: the user's header cells stay as they are.
      headerRow: 0,
      columns: kept.map((k) => plan.columns[k]),
      headers: kept.map((k) => ALL_DECISION_HEADERS[k]),
      lastHeaderColumn: Math.max(...plan.columns),
      results: cells,
      xf: styles,
      widths: kept.map((k) => DECISION_WIDTHS[k]),
      lastRow,
    });
  }
  if (!plan.existing[0] && lastRow > headerRow) {
    const c = columnLetter(plan.columns[0]);
    xml = addListValidation(xml, `${c}${headerRow + 1}:${c}${lastRow}`);
  }
  pkg.setText(sheetPart, xml);
}

/**
 * Worksheet elements that follow dataValidations, in the schema's order (ECMA-376 CT_Worksheet); extLst, the last,
 * is looked for apart (the last one in the sheet), as nested extLst elements can come earlier.
 */
const AFTER_VALIDATIONS = AFTER_AUTOFILTER_ORDER.slice(
  AFTER_AUTOFILTER_ORDER.indexOf("dataValidations") + 1,
  AFTER_AUTOFILTER_ORDER.indexOf("extLst"),
);

/** The "WRO decision" drop-down: the three decisions (blank allowed; other text is accepted and left alone). */
export function addListValidation(xml: string, sqref: string): string {
  const list = DECISION_VALUES.map((v) => DECISION_LABELS[v]).join(",");
  const root = /<(\w+:)?worksheet[\s>]/.exec(xml);
  const p = root?.[1] ?? "";
  const rule =
    `<${p}dataValidation type="list" allowBlank="1" showErrorMessage="0" sqref="${sqref}">` +
    `<${p}formula1>${escapeText(`"${list}"`)}</${p}formula1></${p}dataValidation>`;
  const end = xml.indexOf(`</${p}dataValidations>`);
  if (end !== -1) {
    const withCount = xml.replace(
      new RegExp(`<${p}dataValidations([^>]*?)count="(\\d+)"`),
      (_m, a: string, n: string) => `<${p}dataValidations${a}count="${Number(n) + 1}"`,
    );
    const at = withCount.indexOf(`</${p}dataValidations>`);
    return withCount.slice(0, at) + rule + withCount.slice(at);
  }
  const block = `<${p}dataValidations count="1">${rule}</${p}dataValidations>`;
  const afterData = Math.max(xml.indexOf(`</${p}sheetData>`), xml.indexOf(`<${p}sheetData/>`));
  let at = -1;
  for (const name of AFTER_VALIDATIONS) {
    const m = new RegExp(`<${p}${name}[\\s/>]`).exec(xml.slice(afterData));
    if (m) {
      at = afterData + m.index;
      break;
    }
  }
  if (at === -1) {
    const ext = xml.lastIndexOf(`<${p}extLst`);
    at = ext > afterData ? ext : xml.lastIndexOf(`</${p}worksheet>`);
  }
  return xml.slice(0, at) + block + xml.slice(at);
}

function partNumber(pkg: XlsxPackage, pattern: (n: number) => string): number {
  let n = 1;
  while (pkg.has(pattern(n))) n++;
  return n;
}

/** Removes a part, its relationships part and its content-type override. */
function removePart(pkg: XlsxPackage, part: string): void {
  pkg.parts.delete(part);
  pkg.parts.delete(relsPartOf(part));
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
    pkg.parts.delete(relsPartOf(part));
  } else {
    part = addSheet(pkg, REPORT_SHEET_NAME, []);
  }
  let xml = gridSheetXml(grid.cells, grid.columnWidths);
  const links = grid.links
    .map((l) => {
      const text = String(grid.cells[l.row][l.column] ?? "");
      return `<hyperlink ref="${sheetCell(l)}" location="${escapeAttr(l.documentReference)}" display="${escapeAttr(xmlSafe(text))}"/>`;
    })
    .join("");
  // A function, not a replacement string: sheet names may hold "$'" or "$&", which a replacement string expands.
  if (links) xml = xml.replace("<pageMargins", () => `<hyperlinks>${links}</hyperlinks><pageMargins`);

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
    xml = xml.replace("</worksheet>", '<drawing r:id="rId1"/></worksheet>');
    const types = pkg.text("[Content_Types].xml");
    pkg.setText("[Content_Types].xml", types.replace("</Types>", `${overrides.join("")}</Types>`));
  }
  pkg.setText(part, xml);
  return { part, created: !existing };
}

export interface XlsxFinish {
  /** The screened sheet's name in the written workbook (the input's, or the one a CSV input was given). */
  sheetName: string;
  decisions: { plan: DecisionPlan; headerRow: number; lastResultColumn: number; cellsInPackage: boolean } | null;
  /** Builds the report once the sheet name is known. */
  report: ((sheetName: string) => ReportGrid) | null;
}

/**
 * Edits the .xlsx the writer has just written: decision cells (workbook input) or only the list validation
 * (CSV input, whose cells the writer copied from the table), then the report sheet. Written to a temporary
 * file in the same folder and renamed, so a failure leaves the writer's output as it was.
 */
export async function finishXlsxOutput(outPath: string, finish: (pkg: XlsxPackage) => XlsxFinish): Promise<void> {
  const pkg = XlsxPackage.read(await fs.readFile(outPath));
  const { sheetName, decisions, report } = finish(pkg);
  const sheets = worksheetParts(pkg);
  const sheet = sheets.find((s) => s.name === sheetName) ?? sheets.find((s) => s.name !== REPORT_SHEET_NAME);
  if (!sheet) throw new Error(`${outPath} has no worksheet to add the decisions to.`);
  if (decisions) {
    if (decisions.cellsInPackage) {
      writeDecisionCells(pkg, sheet.part, decisions.plan, decisions.headerRow, decisions.lastResultColumn);
    } else if (!decisions.plan.existing[0] && decisions.plan.rows.length) {
      const c = columnLetter(decisions.plan.columns[0]);
      const last = decisions.plan.rows[decisions.plan.rows.length - 1].rowNumber;
      pkg.setText(sheet.part, addListValidation(pkg.text(sheet.part), `${c}${decisions.headerRow + 1}:${c}${last}`));
    }
  }
  if (report) putReportSheet(pkg, report(sheet.name));
  const temp = path.join(path.dirname(outPath), `.${path.basename(outPath)}.${process.pid}.report.tmp`);
  try {
    await fs.writeFile(temp, pkg.toBytes());
    await fs.rename(temp, outPath);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw e;
  }
}
