import type { Risk } from "../../core/screening/types";
import { shownText } from "../cell-text";
import { columnLetter, OUTPUT_HEADERS } from "../columns";
import { typedCsvValue } from "../csv";
import type { InputTable } from "../read-input";
import { matchLink, sourceLinkIds } from "../report";
import type { ScreenedRow } from "../screen-rows";
import { outputTexts } from "../result-cells";
import { RISK_STYLE } from "./styles-edit";
import { escapeAttr, escapeText, xmlSafe } from "./xml";
import type { XlsxAdditions } from "./additions";
import { writePackage, XlsxPackage } from "./package";

/**
 * The .xlsx output of a CSV input: a new workbook with one sheet, written as a stream into the zip
 * row by row (no workbook model), so a full sheet of 1,048,576 rows fits in bounded memory.
 * Numbers and ISO dates become numbers and dates, as when Excel opens the CSV; the header row is
 * bold and frozen, the result cells are coloured by risk and the match links to its source.
 */

const RISKS: Risk[] = ["high", "review", "lifted", "none"];
const OUTPUT_WIDTHS = [10, 45, 70, 22];
const LINK_COLOUR = "FF0563C1";
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** cellXfs indexes of the styles below. */
const XF = {
  header: 1,
  date: 2,
  dateTime: 3,
  risk: { high: 4, review: 5, lifted: 6, none: 7 },
  link: { high: 8, review: 9, lifted: 10, none: 11 },
};

function stylesXml(): string {
  const font = (extra: string) => `<font>${extra}<sz val="11"/><name val="Calibri"/><family val="2"/></font>`;
  const riskFonts = RISKS.map((r) => font(RISK_STYLE[r].font ? `<color rgb="${RISK_STYLE[r].font}"/>` : ""));
  const linkFonts = RISKS.map((r) => font(`<u/><color rgb="${RISK_STYLE[r].font ?? LINK_COLOUR}"/>`));
  const fonts = [font(""), font("<b/>"), ...riskFonts, ...linkFonts];
  const riskFills = RISKS.filter((r) => RISK_STYLE[r].fill).map(
    (r) => `<fill><patternFill patternType="solid"><fgColor rgb="${RISK_STYLE[r].fill}"/><bgColor indexed="64"/></patternFill></fill>`,
  );
  const fills = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>', ...riskFills];
  const fillOf = (r: Risk) => (RISK_STYLE[r].fill ? 2 + RISKS.filter((x) => RISK_STYLE[x].fill).indexOf(r) : 0);
  const resultXf = (r: Risk, fontId: number) =>
    `<xf numFmtId="49" fontId="${fontId}" fillId="${fillOf(r)}" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="top"/></xf>`;
  const xfs = [
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
    ...RISKS.map((r, k) => resultXf(r, 2 + k)),
    ...RISKS.map((r, k) => resultXf(r, 2 + RISKS.length + k)),
  ];
  return (
    DECL +
    `<styleSheet xmlns="${MAIN_NS}">` +
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm"/></numFmts>' +
    `<fonts count="${fonts.length}">${fonts.join("")}</fonts>` +
    `<fills count="${fills.length}">${fills.join("")}</fills>` +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    "</styleSheet>"
  );
}

/** Excel forbids : \ / ? * [ ] in sheet names and caps them at 31 characters. */
export function sheetNameFor(name: string): string {
  return (
    name
      .replace(/[:\\/?*[\]]/g, " ")
      .slice(0, 31)
      .trim() || "Sheet1"
  );
}

/** Excel's serial day number of a date (UTC). */
function dateSerial(date: Date): number {
  return date.getTime() / 86_400_000 + 25569;
}

function textCell(ref: string, style: number, text: string): string {
  const s = style ? ` s="${style}"` : "";
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeText(xmlSafe(text))}</t></is></c>`;
}

/** A CSV field as a cell: a number, a date, or text. */
function inputCell(ref: string, text: string, delimiter: string, style = 0): string {
  if (text === "") return "";
  const typed = typedCsvValue(text, delimiter);
  if (typeof typed === "number") return `<c r="${ref}"${style ? ` s="${style}"` : ""}><v>${typed}</v></c>`;
  if (typed instanceof Date) {
    const xf = typed.getUTCHours() || typed.getUTCMinutes() ? XF.dateTime : XF.date;
    return `<c r="${ref}" s="${xf}"><v>${dateSerial(typed)}</v></c>`;
  }
  return textCell(ref, style, typed);
}

const SHEET = "xl/worksheets/sheet1.xml";
/** Text is handed to the compressor in pieces of about this many characters. */
const PIECE_CHARS = 32 * 1024;

/**
 * Writes the .xlsx output of a CSV table to outPath. columns: the result columns (0-based). The additions'
 * validation goes into the sheet as it is written, their parts (the report sheet) into the package.
 */
export async function writeCsvAsWorkbook(
  table: InputTable,
  screened: readonly ScreenedRow[],
  columns: readonly number[],
  outPath: string,
  onProgress?: (rowsWritten: number) => void,
  headers: readonly string[] = OUTPUT_HEADERS,
  additions: XlsxAdditions = {},
): Promise<void> {
  const name = sheetNameFor(table.sheetName);
  const delimiter = table.csv?.delimiter ?? ",";
  const header = table.headerRowNumber;
  const width = Math.max(table.headers.length, ...columns.map((c) => c + 1));
  const letters = Array.from({ length: width }, (_, i) => columnLetter(i));
  const resultAt = new Map(columns.map((c, k) => [c, k]));
  const lastRow = table.rows.length ? table.rows[table.rows.length - 1].rowNumber : header;
  const filterRef = `A${header}:${letters[width - 1]}${lastRow}`;
  const quotedName = `'${name.replace(/'/g, "''")}'`;
  const absoluteFilter = `${quotedName}!$A$${header}:$${letters[width - 1]}$${lastRow}`;

  // One external relationship per distinct source link, shared by every match cell that cites it.
  const linkIds = sourceLinkIds(screened);

  const pkg = new XlsxPackage(new Map());
  pkg.setText(
    "[Content_Types].xml",
    DECL +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      "</Types>",
  );
  pkg.setText(
    "_rels/.rels",
    DECL +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  pkg.setText(
    "xl/workbook.xml",
    DECL +
      `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews>` +
      `<sheets><sheet name="${escapeAttr(name)}" sheetId="1" r:id="rId1"/></sheets>` +
      `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">${escapeText(absoluteFilter)}</definedName></definedNames>` +
      "</workbook>",
  );
  pkg.setText(
    "xl/_rels/workbook.xml.rels",
    DECL +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
  );
  pkg.setText("xl/styles.xml", stylesXml());

  pkg.setPieces(SHEET, function* () {
    const links: string[] = [];
    const widths = letters.map((_, i) => {
      const k = resultAt.get(i);
      return k !== undefined ? OUTPUT_WIDTHS[k] : Math.min(50, Math.max(10, (table.headers[i] ?? "").length + 2));
    });
    let piece =
      DECL +
      `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><dimension ref="A1:${letters[width - 1]}${lastRow}"/>` +
      `<sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="${header}" topLeftCell="A${header + 1}" activePane="bottomLeft" state="frozen"/>` +
      '<selection pane="bottomLeft"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>' +
      `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols><sheetData>`;
    for (const row of table.preamble) {
      piece += `<row r="${row.rowNumber}">${row.cells.map((v, i) => inputCell(letters[i] + row.rowNumber, shownText(v), delimiter)).join("")}</row>`;
    }
    let cells = "";
    for (let i = 0; i < width; i++) {
      const k = resultAt.get(i);
      const text = k !== undefined ? headers[k] : (table.headers[i] ?? "");
      if (text !== "") cells += textCell(letters[i] + header, XF.header, text);
    }
    piece += `<row r="${header}">${cells}</row>`;

    for (let n = 0; n < screened.length; n++) {
      const screenedRow = screened[n];
      const { row, result } = screenedRow;
      // The note carries the sector sentence, "Sector risk" the label, when sector risk is on (result-cells.ts).
      const texts = outputTexts(screenedRow, headers.length);
      const url = texts[1] === "" ? null : matchLink(result);
      const r = row.rowNumber;
      piece += `<row r="${r}">`;
      for (let i = 0; i < width; i++) {
        const k = resultAt.get(i);
        if (k === undefined) {
          piece += inputCell(letters[i] + r, shownText(row.cells[i]), delimiter);
        } else if (texts[k] !== "") {
          const linked = k === 1 && url !== null;
          // "Sector risk" (after the three WRO columns) is plain text, not in the WRO risk's colours.
          const risk = k < OUTPUT_HEADERS.length ? result.risk : "none";
          piece += textCell(letters[i] + r, (linked ? XF.link : XF.risk)[risk], texts[k]);
          if (linked) links.push(`<hyperlink ref="${letters[i]}${r}" r:id="${linkIds.get(url)}"/>`);
        }
      }
      piece += "</row>";
      if (piece.length >= PIECE_CHARS) {
        yield piece;
        piece = "";
      }
      if ((n + 1) % 50_000 === 0) onProgress?.(n + 1);
    }
    piece += `</sheetData><autoFilter ref="${filterRef}"/>`;
    if (additions.dataValidation) piece += `<dataValidations count="1">${additions.dataValidation("")}</dataValidations>`;
    if (links.length) piece += `<hyperlinks>${links.join("")}</hyperlinks>`;
    yield piece + '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
  });
  if (linkIds.size) {
    pkg.setText(
      "xl/worksheets/_rels/sheet1.xml.rels",
      DECL +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        [...linkIds]
          .map(([url, id]) => `<Relationship Id="${id}" Type="${REL_NS}/hyperlink" Target="${escapeAttr(url)}" TargetMode="External"/>`)
          .join("") +
        "</Relationships>",
    );
  }
  additions.addParts?.(pkg);
  await writePackage(pkg, outPath, [
    "[Content_Types].xml",
    "_rels/.rels",
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
    "xl/styles.xml",
    SHEET,
  ]);
  onProgress?.(screened.length);
}
