import { OUTPUT_HEADERS } from "../columns";
import type { InputTable } from "../read-input";
import { matchLink } from "../report";
import { outputTexts } from "../result-cells";
import { escapeAttr } from "./xml";
import type { ScreenedRow } from "../screen-rows";
import { XlsxPackage } from "./package";
import { editSheetXml, type ResultCells } from "./sheet-edit";
import { addRiskStyles } from "./styles-edit";
import { eachElement, localName, worksheetParts, workbookPart } from "./workbook-info";
import { relsPartOf, resolveTarget } from "./package";

const OUTPUT_WIDTHS = [10, 45, 70, 22];

/** The styles part of the workbook, through the workbook's relationships. */
function stylesPart(pkg: XlsxPackage): string | null {
  const wb = workbookPart(pkg);
  let found: string | null = null;
  eachElement(pkg.text(relsPartOf(wb)), (tag) => {
    const a = tag.attributes as Record<string, string>;
    if (localName(tag.name) === "Relationship" && a.Type?.endsWith("/styles")) found = resolveTarget(wb, a.Target);
  });
  return found;
}

/**
 * Writes the screened copy of an .xlsx/.xlsm input by editing its package: only the screened
 * sheet's XML and styles.xml change; every other part (other sheets, defined names, charts, pivots,
 * sparklines, macros, external links, custom XML, themes…) is copied byte for byte.
 */
export function screenedPackage(
  inputBytes: Uint8Array,
  table: InputTable,
  screened: readonly ScreenedRow[],
  columns: readonly number[],
  headers: readonly string[] = OUTPUT_HEADERS,
): XlsxPackage {
  const pkg = XlsxPackage.read(inputBytes);
  const sheet = worksheetParts(pkg).find((s) => s.name === table.sheetName);
  if (!sheet) throw new Error(`The worksheet "${table.sheetName}" has no part in the package.`);
  const styles = stylesPart(pkg);
  if (!styles || !pkg.has(styles)) throw new Error("The workbook has no styles part.");
  const { xml: stylesXml, xf } = addRiskStyles(pkg.text(styles));
  pkg.setText(styles, stylesXml);

  // One external relationship per distinct source link, shared by every match cell that cites it.
  const linkIds = new Map<string, string>();
  const results = new Map<number, ResultCells>();
  for (const screenedRow of screened) {
    const { row, result } = screenedRow;
    // The note carries the sector sentence, "Sector risk" the label, when sector risk is on (see result-cells.ts).
    const texts = outputTexts(screenedRow, headers.length);
    const url = texts[1] === "" ? null : matchLink(result);
    let linkId: string | null = null;
    if (url) {
      linkId = linkIds.get(url) ?? `rIdWro${linkIds.size + 1}`;
      linkIds.set(url, linkId);
    }
    results.set(row.rowNumber, { risk: result.risk, texts, linkId });
  }
  if (linkIds.size) addLinkRelationships(pkg, sheet.part, linkIds);
  const lastHeaderColumn = table.headers.reduce((last, h, i) => (h.trim() !== "" && !columns.includes(i) ? i : last), 0);
  const lastRow = table.rows.length ? table.rows[table.rows.length - 1].rowNumber : table.headerRowNumber;
  pkg.setText(
    sheet.part,
    editSheetXml(pkg.text(sheet.part), {
      headerRow: table.headerRowNumber,
      columns,
      headers,
      riskStyledColumns: OUTPUT_HEADERS.length,
      lastHeaderColumn,
      results,
      xf,
      widths: OUTPUT_WIDTHS,
      lastRow,
    }),
  );
  return pkg;
}

const REL_HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

/** Adds the source links to the sheet's relationships part (created when the sheet has none). */
function addLinkRelationships(pkg: XlsxPackage, sheetPart: string, linkIds: ReadonlyMap<string, string>): void {
  const relsPart = relsPartOf(sheetPart);
  const entries = [...linkIds]
    .map(([url, id]) => `<Relationship Id="${id}" Type="${REL_HYPERLINK}" Target="${escapeAttr(url)}" TargetMode="External"/>`)
    .join("");
  if (pkg.has(relsPart)) {
    // An earlier run's links (our own ids) go; their cells are rewritten.
    const xml = pkg.text(relsPart).replace(/<Relationship Id="rIdWro\d+"[^>]*\/>/g, "");
    const end = xml.lastIndexOf("</Relationships>");
    if (end === -1) throw new Error(`${relsPart} is not a relationships part.`);
    pkg.setText(relsPart, xml.slice(0, end) + entries + xml.slice(end));
  } else {
    pkg.setText(
      relsPart,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${entries}</Relationships>`,
    );
  }
}
