import { columnLetter } from "../columns";
import { XlsxPackage, relsPartOf } from "./package";
import { workbookPart, worksheetParts } from "./workbook-info";
import { escapeAttr, escapeText, xmlSafe } from "./xml";

/** A cell of a sheet built from a grid: text, a number, a date (written as an ISO date text), or empty. */
export type GridCell = string | number | boolean | null | undefined;

const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const WORKSHEET_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";

function cellXml(value: GridCell, ref: string): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "number") return Number.isFinite(value) ? `<c r="${ref}"><v>${value}</v></c>` : "";
  if (typeof value === "boolean") return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeText(xmlSafe(value))}</t></is></c>`;
}

/** A link from a cell of a grid sheet to a place in the workbook. */
export interface GridLink {
  /** The cell, such as "A40". */
  ref: string;
  /** Where it leads, such as "'Register'!B12". */
  location: string;
  display: string;
}

/** Text is handed on in pieces of about this many characters. */
const PIECE_CHARS = 32 * 1024;

/**
 * The XML of a worksheet holding the grid from A1, text as inline strings (sharedStrings.xml is untouched), in
 * pieces of about 32,000 characters: a grid of hundreds of thousands of rows is never one string. links become
 * the sheet's hyperlinks; drawingId, the relationship id of its drawing (charts).
 */
export function* gridSheetPieces(
  rows: readonly (readonly GridCell[])[],
  widths: readonly number[] = [],
  extras: { links?: Iterable<GridLink>; drawingId?: string } = {},
): Generator<string> {
  const cols = widths.length
    ? `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`
    : "";
  let piece =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `${cols}<sheetData>`;
  for (let r = 0; r < rows.length; r++) {
    piece += `<row r="${r + 1}">${rows[r].map((v, c) => cellXml(v, `${columnLetter(c)}${r + 1}`)).join("")}</row>`;
    if (piece.length >= PIECE_CHARS) {
      yield piece;
      piece = "";
    }
  }
  piece += "</sheetData>";
  let linked = false;
  for (const l of extras.links ?? []) {
    if (!linked) piece += "<hyperlinks>";
    linked = true;
    piece += `<hyperlink ref="${l.ref}" location="${escapeAttr(l.location)}" display="${escapeAttr(xmlSafe(l.display))}"/>`;
    if (piece.length >= PIECE_CHARS) {
      yield piece;
      piece = "";
    }
  }
  if (linked) piece += "</hyperlinks>";
  piece += '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  if (extras.drawingId) piece += `<drawing r:id="${extras.drawingId}"/>`;
  yield piece + "</worksheet>";
}

/** gridSheetPieces as one string (for small grids). */
export function gridSheetXml(rows: readonly (readonly GridCell[])[], widths: readonly number[] = []): string {
  return [...gridSheetPieces(rows, widths)].join("");
}

/** Excel's rules for sheet names: at most 31 characters, none of : \ / ? * [ ], not blank, unique ignoring case. */
export function checkSheetName(pkg: XlsxPackage, name: string): void {
  if (name.trim() === "" || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new Error(`"${name}" is not a valid sheet name (at most 31 characters, none of : \\ / ? * [ ]).`);
  }
  if (worksheetParts(pkg).some((s) => s.name.toLowerCase() === name.toLowerCase()))
    throw new Error(`The workbook already has a sheet named "${name}".`);
}

/**
 * Adds a worksheet built from a simple cell grid at the end of the workbook's tabs (for a report
 * sheet next to the screened one). It adds the sheet part and one entry each to the workbook,
 * its relationships and the content types; nothing else in the package changes.
 */
export function addSheet(pkg: XlsxPackage, name: string, rows: readonly (readonly GridCell[])[], widths: readonly number[] = []): string {
  checkSheetName(pkg, name);
  const wb = workbookPart(pkg);
  const folder = wb.slice(0, wb.lastIndexOf("/") + 1);
  let n = 1;
  while (pkg.has(`${folder}worksheets/sheet${n}.xml`)) n++;
  const part = `${folder}worksheets/sheet${n}.xml`;
  pkg.setText(part, gridSheetXml(rows, widths));

  const relsPart = relsPartOf(wb);
  const rels = pkg.text(relsPart);
  const usedIds = new Set([...rels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]));
  let k = 1;
  while (usedIds.has(`rId${k}`)) k++;
  const rid = `rId${k}`;
  pkg.setText(
    relsPart,
    rels.replace(
      "</Relationships>",
      `<Relationship Id="${rid}" Type="${WORKSHEET_REL}" Target="worksheets/sheet${n}.xml"/></Relationships>`,
    ),
  );

  const workbook = pkg.text(wb);
  const sheetIds = [...workbook.matchAll(/sheetId="(\d+)"/g)].map((m) => Number(m[1]));
  const sheetId = Math.max(0, ...sheetIds) + 1;
  const prefix = /<(\w+:)?sheets[\s>]/.exec(workbook)?.[1] ?? "";
  const closing = `</${prefix}sheets>`;
  if (!workbook.includes(closing)) throw new Error(`${wb} has no sheets element.`);
  pkg.setText(wb, workbook.replace(closing, `<${prefix}sheet name="${escapeAttr(name)}" sheetId="${sheetId}" r:id="${rid}"/>${closing}`));

  const types = pkg.text("[Content_Types].xml");
  pkg.setText("[Content_Types].xml", types.replace("</Types>", `<Override PartName="/${part}" ContentType="${WORKSHEET_TYPE}"/></Types>`));
  return part;
}
