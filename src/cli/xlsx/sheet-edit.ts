import type { SaxesTagPlain } from "saxes";
import type { Risk } from "../../core/screening/types";
import { columnIndexFromLetter, columnLetter } from "../columns";
import { SaxesParser } from "saxes";
import { escapeText, openTag, xmlSafe, type XmlRewriter } from "./xml";

/** Top-level worksheet elements that come after autoFilter, in the schema's fixed order (ECMA-376 CT_Worksheet). */
export const AFTER_AUTOFILTER_ORDER = [
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
] as const;
const AFTER_AUTOFILTER = new Set<string>(AFTER_AUTOFILTER_ORDER);
/** Top-level worksheet elements that come after dataValidations (extLst, the last, included). */
const AFTER_VALIDATIONS = new Set<string>(AFTER_AUTOFILTER_ORDER.slice(AFTER_AUTOFILTER_ORDER.indexOf("dataValidations") + 1));

export interface ResultCells {
  risk: Risk;
  /** One per column of the edit: the text ("" clears the cell), or null to leave the row's cell as it is. */
  texts: readonly (string | null)[];
  /** The relationship id of the source link on the match cell (see lossless.ts), or null. */
  linkId: string | null;
}

/** Top-level worksheet elements that come after hyperlinks in the schema's order. */
const AFTER_HYPERLINKS = new Set<string>(AFTER_AUTOFILTER_ORDER.slice(AFTER_AUTOFILTER_ORDER.indexOf("printOptions")));

export interface SheetEdit {
  headerRow: number;
  /** 0-based columns of the result cells, one per header. */
  columns: readonly number[];
  /** The header per column; null leaves the header cell as it is (a column the input already had). */
  headers: readonly (string | null)[];
  /** The first this many result columns take the row's risk style; later ones ("Sector risk") the plain one. Default: all. */
  riskStyledColumns?: number;
  /** 0-based index of the last input header, whose style the result headers copy. */
  lastHeaderColumn: number;
  /** The result cells of a screened row (a Map in tests; looked up lazily for a full sheet). */
  results: { get(row: number): ResultCells | undefined; readonly size: number };
  /** cellXfs index per risk (from addRiskStyles). */
  xf: Record<Risk, number>;
  widths: readonly number[];
  /** The last data row, for the autofilter range. */
  lastRow: number;
  /**
   * A dataValidation element to add (given the worksheet's namespace prefix): appended to the sheet's
   * dataValidations, or in a new one at its place in the schema's order.
   */
  dataValidation?: ((prefix: string) => string) | null;
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

/** What the edit must know about the sheet before its rows go by (these elements come after sheetData). */
export interface SheetLayout {
  hasTable: boolean;
  hasAutoFilter: boolean;
  hasHyperlinks: boolean;
  /** The highest column (1-based) an existing <col> range covers. */
  maxColCovered: number;
}

/** SheetLayout of a worksheet held as a string. */
export function sheetLayoutOf(xml: string): SheetLayout {
  let maxColCovered = 0;
  const before = xml.indexOf("sheetData");
  for (const m of xml.slice(0, before === -1 ? xml.length : before).matchAll(/<(\w+:)?col\s[^>]*max="(\d+)"/g)) {
    maxColCovered = Math.max(maxColCovered, Number(m[2]));
  }
  return {
    hasTable: /<(\w+:)?tableParts[\s>/]/.test(xml),
    hasAutoFilter: /<(\w+:)?autoFilter[\s>/]/.test(xml),
    hasHyperlinks: /<(\w+:)?hyperlinks[\s>]/.test(xml),
    maxColCovered,
  };
}

/** editSheetXml for a worksheet held as one string. */
export function editSheetXml(xml: string, edit: SheetEdit): string {
  const pieces: string[] = [];
  const editor = sheetEditor(edit, sheetLayoutOf(xml), (text) => pieces.push(text));
  editor.write(xml);
  editor.close();
  return pieces.join("");
}

/**
 * Rewrites one worksheet's XML as a stream (pieces in through write(), pieces out to sink): adds the result cells (as inline strings, so sharedStrings.xml is
 * untouched) to the header row and the screened rows, replaces the cells of an earlier run, widens
 * the dimension and an autofilter on the header row (keeping its criteria), or adds an autofilter
 * when the sheet has neither one nor a table, and gives the new columns a width. Nothing moves: the
 * columns go after the last used one, so formulas, names and ranges elsewhere stay valid.
 */
export function sheetEditor(edit: SheetEdit, layout: SheetLayout, sink: (text: string) => void): XmlRewriter {
  const { hasTable, hasAutoFilter, hasHyperlinks } = layout;
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
  /** The columns whose cells the current row's edit replaces. */
  let replaced: number[] = [];
  let validationDone = !edit.dataValidation;
  const validationBlock = () => `<${prefix}dataValidations count="1">${edit.dataValidation!(prefix)}</${prefix}dataValidations>`;
  let headerStyle: string | undefined;
  const links: string[] = [];
  let hyperlinksDone = false;
  const linkElements = () => links.join("");

  // The edit's columns left to right, so a row's new cells go in column order.
  const byColumn = edit.columns.map((_, k) => k).sort((a, b) => edit.columns[a] - edit.columns[b]);
  const colElement = (k: number) =>
    `<col min="${edit.columns[k] + 1}" max="${edit.columns[k] + 1}" width="${edit.widths[k] ?? 20}" customWidth="1"/>`;
  const newCols = () => byColumn.map(colElement).join("");
  // Thunks: the header cells take the style of the last input header, seen only while the row is read.
  const cellsFor = (row: number): { cells: Array<() => string>; cols: number[]; replaced: number[] } | null => {
    const cells: Array<() => string> = [];
    const cols: number[] = [];
    const replaced: number[] = [];
    if (row === edit.headerRow) {
      for (const k of byColumn) {
        const header = edit.headers[k];
        if (header === null) continue;
        cells.push(() => inlineCell(edit.columns[k], row, headerStyle, header));
        cols.push(edit.columns[k]);
      }
      return { cells, cols, replaced: cols };
    }
    const result = edit.results.get(row);
    if (!result) return null;
    for (const k of byColumn) {
      const c = edit.columns[k];
      const text = result.texts[k];
      if (text === null || text === undefined) continue;
      replaced.push(c);
      if (text !== "") {
        const styled = k < (edit.riskStyledColumns ?? edit.columns.length);
        const cell = inlineCell(c, row, String(edit.xf[styled ? result.risk : "none"]), text);
        if (k === 1 && result.linkId) links.push(`<${prefix}hyperlink ref="${columnLetter(c)}${row}" r:id="${result.linkId}"/>`);
        cells.push(() => cell);
        cols.push(c);
      }
    }
    return { cells, cols, replaced };
  };

  // The input is copied through as it is; only the places that change are written anew. The
  // parser's position (just after the ">" of the tag it reports) says where a tag ends, and the
  // last "<" before it where the tag starts (a "<" cannot appear inside a tag).
  let buf = "";
  let bufStart = 0;
  let out: string[] = [];
  const copyTo = (at: number) => {
    if (at <= bufStart) return;
    out.push(buf.slice(0, at - bufStart));
    buf = buf.slice(at - bufStart);
    bufStart = at;
  };
  const dropTo = (at: number) => {
    buf = buf.slice(at - bufStart);
    bufStart = at;
  };
  const tagStart = (end: number) => bufStart + buf.lastIndexOf("<", end - 1 - bufStart);
  const emit = (text: string) => out.push(text);
  const flush = () => {
    if (out.length) sink(out.join(""));
    out = [];
  };
  /** Writes the tag anew in place of the one that ends at end. */
  const replaceTag = (end: number, text: string) => {
    copyTo(tagStart(end));
    emit(text);
    dropTo(end);
  };
  const flushUpTo = (col: number) => {
    while (pending && pendingCols.length && pendingCols[0] < col) {
      emit(pending.shift()!());
      pendingCols.shift();
    }
  };

  const parser = new SaxesParser({ xmlns: false, position: true });
  let depth = 0;
  /** The depth of an element being left out (an earlier run's cell or link), or 0. */
  let dropping = 0;
  parser.on("opentag", (t) => {
    const tag = t as SaxesTagPlain;
    depth++;
    if (dropping) return;
    const name = local(tag.name);
    const end = parser.position;
    if (depth === 4 && pending !== null && name === "c") {
      const ref = parseRef((tag.attributes as Record<string, string>).r ?? "");
      colNumber = ref ? ref.col : colNumber + 1;
      if (rowNumber === edit.headerRow && colNumber === edit.lastHeaderColumn) {
        headerStyle = (tag.attributes as Record<string, string>).s;
      }
      if (replaced.includes(colNumber)) {
        // An old result cell in a screened row (a re-run) is replaced by the new one.
        copyTo(tagStart(end));
        flushUpTo(colNumber + 1);
        dropping = depth;
        if (tag.isSelfClosing) {
          dropTo(end);
          dropping = 0;
        }
        return;
      }
      if (pendingCols.length && pendingCols[0] < colNumber) {
        copyTo(tagStart(end));
        flushUpTo(colNumber);
      }
      return;
    }
    if (depth === 3 && name === "row") {
      const a = tag.attributes as Record<string, string>;
      rowNumber = a.r ? Number(a.r) : rowNumber + 1;
      colNumber = -1;
      const found = cellsFor(rowNumber);
      if (!found) {
        pending = null;
        replaced = [];
        return;
      }
      pending = found.cells;
      pendingCols = found.cols;
      replaced = found.replaced;
      if (tag.isSelfClosing) {
        const { spans: _spans, ...rest } = a;
        replaceTag(end, openTag(tag.name, rest) + pending.map((cell) => cell()).join("") + `</${tag.name}>`);
        pending = null;
      } else if ("spans" in a) {
        // spans is an optional loading hint; it would no longer cover the row's cells.
        const { spans: _spans, ...rest } = a;
        replaceTag(end, openTag(tag.name, rest));
      }
      return;
    }
    if (depth === 3 && name === "hyperlink") {
      // The links of an earlier run's match cells are replaced by this run's.
      const ref = parseRef(((tag.attributes as Record<string, string>).ref ?? "").split(":")[0]);
      if (ref && resultColumns.has(ref.col)) {
        copyTo(tagStart(end));
        dropping = depth;
        if (tag.isSelfClosing) {
          dropTo(end);
          dropping = 0;
        }
      }
      return;
    }
    if (depth === 1) {
      prefix = tag.name.includes(":") ? tag.name.slice(0, tag.name.indexOf(":") + 1) : "";
      const a = tag.attributes as Record<string, string>;
      // The hyperlinks' r:id needs the relationships namespace under the prefix "r".
      if (edit.results.size && !a["xmlns:r"]) {
        replaceTag(end, openTag(tag.name, { ...a, "xmlns:r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships" }));
      }
      return;
    }
    if (depth !== 2) return;
    const a = tag.attributes as Record<string, string>;
    if (name === "dimension" && a.ref) {
      const [from, to] = a.ref.split(":");
      const last = parseRef(to ?? from);
      if (last && last.col < lastColumn) {
        replaceTag(
          end,
          openTag(tag.name, { ...a, ref: `${from}:${columnLetter(lastColumn)}${Math.max(last.row, edit.headerRow)}` }, tag.isSelfClosing),
        );
      }
      return;
    }
    if (name === "cols") sawCols = true;
    if (name === "sheetData" && !sawCols && edit.columns.length) {
      copyTo(tagStart(end));
      emit(`<${prefix}cols>${newCols()}</${prefix}cols>`);
    }
    if (name === "autoFilter" && a.ref) {
      const start = parseRef(a.ref.split(":")[0]);
      if (start && start.row === edit.headerRow) replaceTag(end, openTag(tag.name, { ...a, ref: filterRef }, tag.isSelfClosing));
      return;
    }
    if (!autoFilterDone && AFTER_AUTOFILTER.has(name)) {
      copyTo(tagStart(end));
      emit(`<${prefix}autoFilter ref="${filterRef}"/>`);
      autoFilterDone = true;
    }
    if (!validationDone && name === "dataValidations") {
      // The sheet's own validations stay; the new one goes after them (see closetag).
      if (tag.isSelfClosing) {
        replaceTag(end, openTag(tag.name, { ...a, count: "1" }) + edit.dataValidation!(prefix) + `</${tag.name}>`);
        validationDone = true;
      } else if ("count" in a) {
        replaceTag(end, openTag(tag.name, { ...a, count: String(Number(a.count) + 1) }));
      }
      return;
    }
    if (!validationDone && AFTER_VALIDATIONS.has(name)) {
      copyTo(tagStart(end));
      emit(validationBlock());
      validationDone = true;
    }
    if (!hasHyperlinks && !hyperlinksDone && AFTER_HYPERLINKS.has(name)) {
      copyTo(tagStart(end));
      if (links.length) emit(`<${prefix}hyperlinks>${linkElements()}</${prefix}hyperlinks>`);
      hyperlinksDone = true;
    }
  });
  parser.on("closetag", (t) => {
    const end = parser.position;
    if (dropping) {
      if (depth === dropping) {
        dropTo(end);
        dropping = 0;
      }
      depth--;
      return;
    }
    const n = local(t.name);
    if (depth === 3 && n === "row" && pending !== null) {
      copyTo(tagStart(end));
      flushUpTo(Infinity);
      pending = null;
    } else if (depth === 2 && n === "cols") {
      // Only columns no existing <col> range covers get a width; ranges must not overlap.
      copyTo(tagStart(end));
      emit(
        byColumn
          .filter((k) => edit.columns[k] + 1 > layout.maxColCovered)
          .map(colElement)
          .join(""),
      );
    } else if (depth === 2 && n === "dataValidations" && !validationDone) {
      copyTo(tagStart(end));
      emit(edit.dataValidation!(prefix));
      validationDone = true;
    } else if (depth === 2 && n === "hyperlinks") {
      copyTo(tagStart(end));
      emit(linkElements());
    } else if (depth === 1 && n === "worksheet") {
      copyTo(tagStart(end));
      if (!autoFilterDone) {
        emit(`<${prefix}autoFilter ref="${filterRef}"/>`);
        autoFilterDone = true;
      }
      if (!validationDone) {
        emit(validationBlock());
        validationDone = true;
      }
      if (!hasHyperlinks && !hyperlinksDone && links.length) emit(`<${prefix}hyperlinks>${linkElements()}</${prefix}hyperlinks>`);
    }
    depth--;
    if (out.length >= 256) {
      copyTo(end);
      flush();
    }
  });
  return {
    write(text: string) {
      buf += text;
      parser.write(text);
    },
    close() {
      parser.close();
      copyTo(bufStart + buf.length);
      flush();
    },
  };
}
