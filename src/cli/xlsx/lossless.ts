import { OUTPUT_HEADERS } from "../columns";
import { outputTexts } from "../result-cells";
import type { InputTable } from "../read-input";
import { matchLink, sourceLinkIds } from "../report";
import { escapeAttr } from "./xml";
import type { ScreenedRow } from "../screen-rows";
import { unzipSync } from "fflate";
import type { XlsxAdditions } from "./additions";
import { partPieces } from "./zip-in";
import { sheetEditor, sheetLayoutOf, type ResultCells } from "./sheet-edit";
import { addRiskStyles } from "./styles-edit";
import { eachElement, localName, worksheetParts, workbookPart } from "./workbook-info";
import { relsPartOf, resolveTarget, writePackage, XlsxPackage } from "./package";

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

/** Bytes of sheet XML decoded and parsed at a time: small enough that the text (at most 64 KB) stays in
 * V8's young generation, so a million rows do not fill the old generation with large strings. */
const SLICE = 32 * 1024;

/**
 * Writes the screened copy of an .xlsx/.xlsm input to outPath by editing its package: only the
 * screened sheet's XML, its relationships and styles.xml change, and the parts the additions add (the
 * report sheet) or change (the workbook's sheet list, its relationships, the content types); every other
 * part (other sheets, defined names, charts, pivots, sparklines, macros, external links, custom XML,
 * themes…) is copied byte for byte, in the archive's order. The sheet XML is parsed, edited (result
 * columns, and the additions' columns and validation) and compressed as a stream, a slice at a time, in
 * one pass, so a full sheet is never held as one string.
 */
export async function writeScreenedPackage(
  inputBytes: Uint8Array,
  table: InputTable,
  screened: readonly ScreenedRow[],
  columns: readonly number[],
  outPath: string,
  onProgress?: (rowsWritten: number) => void,
  headers: readonly string[] = OUTPUT_HEADERS,
  additions: XlsxAdditions = {},
): Promise<void> {
  const head = XlsxPackage.read(inputBytes, (name) => !/^xl\/worksheets\/[^/]+\.xml$/.test(name));
  const sheet = worksheetParts(head).find((s) => s.name === table.sheetName);
  if (!sheet) throw new Error(`The worksheet "${table.sheetName}" has no part in the package.`);
  // Every part but the screened sheet, in the archive's order.
  const order: string[] = [];
  const pkg = new XlsxPackage(
    new Map(
      Object.entries(
        unzipSync(inputBytes, {
          filter: (f) => {
            order.push(f.name);
            return f.name !== sheet.part;
          },
        }),
      ),
    ),
  );
  const styles = stylesPart(pkg);
  if (!styles || !pkg.has(styles)) throw new Error("The workbook has no styles part.");
  const { xml: stylesXml, xf } = addRiskStyles(pkg.text(styles));
  pkg.setText(styles, stylesXml);

  // One external relationship per distinct source link, shared by every match cell that cites it.
  const linkIds = sourceLinkIds(screened);
  if (linkIds.size) addLinkRelationships(pkg, sheet.part, linkIds);

  // Rows come in the sheet in ascending order (the schema requires it), as the screened rows do,
  // so a cursor finds each row's result without an index of a million entries.
  const rowNumbers = screened.map((s) => s.row.rowNumber);
  const ascending = rowNumbers.every((n, i) => i === 0 || rowNumbers[i - 1] < n);
  const byRow = ascending ? null : new Map(screened.map((s, i) => [s.row.rowNumber, i]));
  let cursor = 0;
  const find = (rowNumber: number): number => {
    if (byRow) return byRow.get(rowNumber) ?? -1;
    while (cursor < screened.length && rowNumbers[cursor] < rowNumber) cursor++;
    return rowNumbers[cursor] === rowNumber ? cursor : -1;
  };
  const extra = additions.columns;
  let written = 0;
  const results = {
    size: screened.length,
    get(rowNumber: number): ResultCells | undefined {
      const index = find(rowNumber);
      if (index === -1) return undefined;
      const screenedRow = screened[index];
      const { result } = screenedRow;
      // The note carries the sector sentence, "Sector risk" the label, when sector risk is on (see result-cells.ts).
      const texts = outputTexts(screenedRow, headers.length);
      const url = texts[1] === "" ? null : matchLink(result);
      if (onProgress && ++written % 50_000 === 0) onProgress(written);
      return { risk: result.risk, texts: extra ? [...texts, ...extra.texts(index)] : texts, linkId: url ? linkIds.get(url)! : null };
    },
  };
  const lastHeaderColumn = table.headers.reduce((last, h, i) => (h.trim() !== "" && !columns.includes(i) ? i : last), 0);
  const lastRow = table.rows.length ? table.rows[table.rows.length - 1].rowNumber : table.headerRowNumber;
  const facts = table.xlsxSheet?.part === sheet.part ? table.xlsxSheet.facts : undefined;
  const layout = facts
    ? {
        hasTable: facts.topLevel.has("tableParts"),
        hasAutoFilter: facts.topLevel.has("autoFilter"),
        hasHyperlinks: facts.topLevel.has("hyperlinks"),
        maxColCovered: facts.maxColCovered,
      }
    : sheetLayoutOf(new TextDecoder("utf-8").decode(unzipSync(inputBytes, { filter: (f) => f.name === sheet.part })[sheet.part]));
  const edit = {
    headerRow: table.headerRowNumber,
    columns: [...columns, ...(extra?.columns ?? [])],
    headers: [...headers, ...(extra?.headers ?? [])],
    riskStyledColumns: OUTPUT_HEADERS.length,
    lastHeaderColumn,
    results,
    xf,
    widths: [...OUTPUT_WIDTHS.slice(0, columns.length), ...(extra?.widths ?? [])],
    lastRow,
    dataValidation: additions.dataValidation,
  };
  pkg.setPieces(sheet.part, async function* () {
    const decoder = new TextDecoder("utf-8");
    let out: string[] = [];
    const editor = sheetEditor(edit, layout, (text) => out.push(text));
    // Inflated as it is edited (zip-in.ts): the sheet is never held decompressed.
    for (const xmlBytes of partPieces(inputBytes, sheet.part)) {
      for (let at = 0; at < xmlBytes.length; at += SLICE) {
        editor.write(decoder.decode(xmlBytes.subarray(at, at + SLICE), { stream: true }));
        const pieces = out;
        out = [];
        yield* pieces;
      }
    }
    editor.write(decoder.decode());
    editor.close();
    yield* out;
  });
  additions.addParts?.(pkg);
  await writePackage(pkg, outPath, order);
  onProgress?.(written);
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
