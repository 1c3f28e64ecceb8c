import type { SaxesTagPlain } from "saxes";
import type { Risk } from "../../core/screening/types";
import { columnIndexFromLetter, columnLetter } from "../columns";
import { escapeText, openTag, rewriteXml, xmlSafe } from "./xml";

/** Top-level worksheet elements that come after autoFilter in the schema's fixed order (ECMA-376 CT_Worksheet). */
const AFTER_AUTOFILTER = new Set([
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
]);

export interface ResultCells {
  risk: Risk;
  texts: readonly string[];
  /** The relationship id of the source link on the match cell (see lossless.ts), or null. */
  linkId: string | null;
}

/** Top-level worksheet elements that come after hyperlinks in the schema's order. */
const AFTER_HYPERLINKS = new Set([...AFTER_AUTOFILTER].slice([...AFTER_AUTOFILTER].indexOf("printOptions")));

export interface SheetEdit {
  headerRow: number;
  /** 0-based columns of the result cells, one per header. */
  columns: readonly number[];
  headers: readonly string[];
  /** The first this many result columns take the row's risk style; later ones ("Sector risk") the plain one. Default: all. */
  riskStyledColumns?: number;
  /** 0-based index of the last input header, whose style the result headers copy. */
  lastHeaderColumn: number;
  results: ReadonlyMap<number, ResultCells>;
  /** cellXfs index per risk (from addRiskStyles). */
  xf: Record<Risk, number>;
  widths: readonly number[];
  /** The last data row, for the autofilter range. */
  lastRow: number;
}

function local(name: string): string {
  const i = name.indexOf(":");
  return i === -1 ? name : name.slice(i + 1);
}

/** "AB12" → { col: 27 (0-based), row: 12 }. */
function parseRef(ref: string): { col: number; row: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) return null;
  const col = columnIndexFromLetter(m[1]);
  return col === null ? null : { col, row: Number(m[2]) };
}

function inlineCell(col: number, row: number, style: string | undefined, text: string): string {
  const s = style === undefined ? "" : ` s="${style}"`;
  return `<c r="${columnLetter(col)}${row}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeText(xmlSafe(text))}</t></is></c>`;
}

/**
 * Rewrites one worksheet's XML: adds the result cells (as inline strings, so sharedStrings.xml is
 * untouched) to the header row and the screened rows, replaces the cells of an earlier run, widens
 * the dimension and an autofilter on the header row (keeping its criteria), or adds an autofilter
 * when the sheet has neither one nor a table, and gives the new columns a width. Nothing moves: the
 * columns go after the last used one, so formulas, names and ranges elsewhere stay valid.
 */
export function editSheetXml(xml: string, edit: SheetEdit): string {
  const hasTable = /<(\w+:)?tableParts[\s>/]/.test(xml);
  const hasAutoFilter = /<(\w+:)?autoFilter[\s>/]/.test(xml);
  const resultColumns = new Set(edit.columns);
  const lastColumn = Math.max(...edit.columns, edit.lastHeaderColumn);
  const filterRef = `A${edit.headerRow}:${columnLetter(lastColumn)}${Math.max(edit.lastRow, edit.headerRow + 1)}`;
  let prefix = "";
  let sawCols = false;
  let autoFilterDone = hasAutoFilter || hasTable;
  let rowNumber = 0;
  let colNumber = -1;
  let pending: Array<() => string> | null = null;
  let pendingCols: number[] = [];
  let headerStyle: string | undefined;
  let depthOfRow = -1;
  const links: string[] = [];
  let hyperlinksDone = false;
  const hasHyperlinks = /<(\w+:)?hyperlinks[\s>]/.test(xml);
  const linkElements = () => links.join("");

  const newCols = () =>
    edit.columns.map((c, k) => `<col min="${c + 1}" max="${c + 1}" width="${edit.widths[k] ?? 20}" customWidth="1"/>`).join("");
  const flushUpTo = (col: number, out: string[]) => {
    while (pending && pendingCols.length && pendingCols[0] < col) {
      out.push(pending.shift()!());
      pendingCols.shift();
    }
  };
  // Thunks: the header cells take the style of the last input header, seen only while the row is read.
  const cellsFor = (row: number): { cells: Array<() => string>; cols: number[] } | null => {
    if (row === edit.headerRow) {
      return { cells: edit.columns.map((c, k) => () => inlineCell(c, row, headerStyle, edit.headers[k])), cols: [...edit.columns] };
    }
    const result = edit.results.get(row);
    if (!result) return null;
    const cells: Array<() => string> = [];
    const cols: number[] = [];
    edit.columns.forEach((c, k) => {
      const text = result.texts[k];
      if (text !== "") {
        const styled = k < (edit.riskStyledColumns ?? edit.columns.length);
        const cell = inlineCell(c, row, String(edit.xf[styled ? result.risk : "none"]), text);
        if (k === 1 && result.linkId) links.push(`<${prefix}hyperlink ref="${columnLetter(c)}${row}" r:id="${result.linkId}"/>`);
        cells.push(() => cell);
        cols.push(c);
      }
    });
    return { cells, cols };
  };

  return rewriteXml(xml, {
    skip(tag: SaxesTagPlain, path, out) {
      // The links of an earlier run's match cells are replaced by this run's.
      if (local(tag.name) === "hyperlink" && path.length === 2) {
        const ref = parseRef(((tag.attributes as Record<string, string>).ref ?? "").split(":")[0]);
        if (ref && resultColumns.has(ref.col)) return true;
      }
      // An old result cell in a screened row (a re-run) is replaced by the new one.
      if (pending !== null && local(tag.name) === "c" && path.length === depthOfRow + 1) {
        const ref = parseRef((tag.attributes as Record<string, string>).r ?? "");
        colNumber = ref ? ref.col : colNumber + 1;
        if (resultColumns.has(colNumber)) {
          flushUpTo(colNumber + 1, out);
          return true;
        }
        flushUpTo(colNumber, out);
        if (rowNumber === edit.headerRow && colNumber === edit.lastHeaderColumn) {
          headerStyle = (tag.attributes as Record<string, string>).s;
        }
      }
      return false;
    },
    open(tag: SaxesTagPlain, path, out) {
      const name = local(tag.name);
      const a = { ...(tag.attributes as Record<string, string>) };
      if (path.length === 0) {
        prefix = tag.name.includes(":") ? tag.name.slice(0, tag.name.indexOf(":") + 1) : "";
        // The hyperlinks' r:id needs the relationships namespace under the prefix "r".
        if (edit.results.size && !a["xmlns:r"]) a["xmlns:r"] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        out.push(openTag(tag.name, a));
        return true;
      }
      if (path.length === 1) {
        if (name === "dimension" && a.ref) {
          const [from, to] = a.ref.split(":");
          const end = parseRef(to ?? from);
          if (end && end.col < lastColumn) a.ref = `${from}:${columnLetter(lastColumn)}${Math.max(end.row, edit.headerRow)}`;
          out.push(openTag(tag.name, a));
          return true;
        }
        if (name === "cols") sawCols = true;
        if (name === "sheetData" && !sawCols) out.push(`<${prefix}cols>${newCols()}</${prefix}cols>`);
        if (name === "autoFilter" && a.ref) {
          const start = parseRef(a.ref.split(":")[0]);
          if (start && start.row === edit.headerRow) a.ref = filterRef;
          out.push(openTag(tag.name, a));
          return true;
        }
        if (!autoFilterDone && AFTER_AUTOFILTER.has(name)) {
          out.push(`<${prefix}autoFilter ref="${filterRef}"/>`);
          autoFilterDone = true;
        }
        if (!hasHyperlinks && !hyperlinksDone && AFTER_HYPERLINKS.has(name)) {
          if (links.length) out.push(`<${prefix}hyperlinks>${linkElements()}</${prefix}hyperlinks>`);
          hyperlinksDone = true;
        }
      }
      if (name === "row" && path.length === 2) {
        rowNumber = a.r ? Number(a.r) : rowNumber + 1;
        colNumber = -1;
        const found = cellsFor(rowNumber);
        if (found) {
          pending = found.cells;
          pendingCols = found.cols;
          depthOfRow = path.length;
          // spans is an optional loading hint; it would no longer cover the row's cells.
          delete a.spans;
          out.push(openTag(tag.name, a));
          return true;
        }
        pending = null;
      }
    },
    beforeClose(name, path, out) {
      const n = local(name);
      if (n === "row" && path.length === 3 && pending !== null) {
        flushUpTo(Infinity, out);
        pending = null;
      }
      if (n === "cols" && path.length === 2) {
        // Only columns no existing <col> range covers get a width; ranges must not overlap.
        const covered = /max="(\d+)"/g;
        let maxCovered = 0;
        for (const m of xml.slice(0, xml.indexOf("sheetData")).matchAll(covered)) maxCovered = Math.max(maxCovered, Number(m[1]));
        out.push(
          edit.columns
            .map((c, k) =>
              c + 1 > maxCovered ? `<col min="${c + 1}" max="${c + 1}" width="${edit.widths[k] ?? 20}" customWidth="1"/>` : "",
            )
            .join(""),
        );
      }
      if (n === "hyperlinks" && path.length === 2) out.push(linkElements());
      if (n === "worksheet" && path.length === 1 && !autoFilterDone) {
        out.push(`<${prefix}autoFilter ref="${filterRef}"/>`);
        autoFilterDone = true;
      }
      if (n === "worksheet" && path.length === 1 && !hasHyperlinks && !hyperlinksDone && links.length) {
        out.push(`<${prefix}hyperlinks>${linkElements()}</${prefix}hyperlinks>`);
      }
    },
  });
}
