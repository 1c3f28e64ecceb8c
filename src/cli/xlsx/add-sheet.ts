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

/** The XML of a worksheet holding the grid from A1, text as inline strings (sharedStrings.xml is untouched). */
export function gridSheetXml(rows: readonly (readonly GridCell[])[], widths: readonly number[] = []): string {
  const cols = widths.length
    ? `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`
    : "";
  const body = rows
    .map((row, r) => `<row r="${r + 1}">${row.map((v, c) => cellXml(v, `${columnLetter(c)}${r + 1}`)).join("")}</row>`)
    .join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `${cols}<sheetData>${body}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`
  );
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
