import { unzipSync } from "fflate";
import { partPieces } from "./zip-in";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { columnIndexFromLetter } from "../columns";
import { relsPartOf, resolveTarget, XlsxPackage } from "./package";
import { eachElement, localName, workbookPart } from "./workbook-info";

/**
 * Reads worksheets straight from the package, without a workbook model: the sheet XML is parsed
 * with saxes as it is decoded, a slice at a time, and each row is handed on as plain values. A
 * full sheet (1,048,576 rows) then takes a few hundred megabytes instead of the gigabytes a
 * workbook model needs.
 *
 * Cells come back as what the user sees: text, numbers, booleans, dates (numbers in a date format),
 * { error } for error values, and { formula, result: undefined } for a formula saved without its
 * value, which the CLI refuses (or screens as text with --formulas-as-text).
 */

export interface WorksheetEntry {
  name: string;
  part: string;
  /** "visible", "hidden" or "veryHidden". */
  state: string;
}

export interface WorkbookInfo {
  /** Worksheets in tab order (chart sheets and macro sheets left out). */
  sheets: WorksheetEntry[];
  sharedStrings: string[];
  /** Per cellXfs index: true when its number format shows a date or time. */
  dateStyles: boolean[];
  date1904: boolean;
}

/** What the .xlsx output needs to know about the sheet before it rewrites it as a stream. */
export interface SheetFacts {
  /** Local names of the worksheet's top-level elements. */
  topLevel: Set<string>;
  /** The highest column (1-based) that an existing <col> range covers. */
  maxColCovered: number;
}

export type XlsxCell = string | number | boolean | Date | { error: string } | { formula: string; result: undefined } | null;

const WORKSHEET_REL = "/worksheet";
/** Bytes of sheet XML decoded and parsed at a time: small enough that the text (at most 64 KB) stays in
 * V8's young generation, so a million rows do not fill the old generation with large strings. */
const SLICE = 32 * 1024;

/** Built-in number formats that show dates or times (ECMA-376 18.8.30, with the East Asian ones). */
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** A format code shows a date when, outside quotes and [colour]/[condition] brackets, it has y m d h s. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhsb]/i.test(bare.replace(/\\./g, ""));
}

/** Excel's serial day number as a date (UTC), as Excel shows it. */
export function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

/** The package without its worksheet XML (read separately, as a stream): workbook, styles, strings, rels. */
export function readPackageHead(bytes: Uint8Array): XlsxPackage {
  const files = unzipSync(bytes, { filter: (f) => !/^xl\/worksheets\/[^/]+\.xml$/.test(f.name) });
  return new XlsxPackage(new Map(Object.entries(files)));
}

function sharedStrings(pkg: XlsxPackage, rels: Map<string, { type: string; part: string }>): string[] {
  const rel = [...rels.values()].find((r) => r.type.endsWith("/sharedStrings"));
  const part = rel?.part ?? "xl/sharedStrings.xml";
  if (!pkg.has(part)) return [];
  const strings: string[] = [];
  let current = "";
  let inText = false;
  let phonetic = 0;
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on("opentag", (tag) => {
    const name = localName(tag.name);
    if (name === "si") current = "";
    else if (name === "rPh") phonetic++;
    else if (name === "t" && phonetic === 0) inText = !tag.isSelfClosing;
  });
  parser.on("text", (t) => {
    if (inText) current += t;
  });
  parser.on("closetag", (tag) => {
    const name = localName(tag.name);
    if (name === "t") inText = false;
    else if (name === "rPh") phonetic--;
    else if (name === "si") strings.push(current);
  });
  parser.write(pkg.text(part)).close();
  return strings;
}

function dateStyles(pkg: XlsxPackage, rels: Map<string, { type: string; part: string }>): boolean[] {
  const part = [...rels.values()].find((r) => r.type.endsWith("/styles"))?.part;
  if (!part || !pkg.has(part)) return [];
  const custom = new Map<number, string>();
  const styles: boolean[] = [];
  eachElement(pkg.text(part), (tag, path) => {
    const name = localName(tag.name);
    const a = tag.attributes as Record<string, string>;
    const parent = path.length ? localName(path[path.length - 1]) : "";
    if (name === "numFmt" && parent === "numFmts") custom.set(Number(a.numFmtId), a.formatCode ?? "");
    if (name === "xf" && parent === "cellXfs") {
      const id = Number(a.numFmtId ?? 0);
      styles.push(custom.has(id) ? isDateFormat(custom.get(id)!) : BUILTIN_DATE_FORMATS.has(id));
    }
  });
  return styles;
}

/** The workbook's worksheets, shared strings and date formats. */
export function readWorkbookInfo(pkg: XlsxPackage): WorkbookInfo {
  const wb = workbookPart(pkg);
  const rels = new Map<string, { type: string; part: string }>();
  eachElement(pkg.text(relsPartOf(wb)), (tag) => {
    const a = tag.attributes as Record<string, string>;
    if (localName(tag.name) === "Relationship" && a.TargetMode !== "External")
      rels.set(a.Id, { type: a.Type ?? "", part: resolveTarget(wb, a.Target) });
  });
  const sheets: WorksheetEntry[] = [];
  let date1904 = false;
  eachElement(pkg.text(wb), (tag) => {
    const a = tag.attributes as Record<string, string>;
    const name = localName(tag.name);
    if (name === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
    if (name !== "sheet") return;
    const id = Object.entries(a).find(([k]) => localName(k) === "id" && k !== "sheetId")?.[1];
    const rel = id ? rels.get(id) : undefined;
    if (rel && rel.type.endsWith(WORKSHEET_REL)) sheets.push({ name: a.name, part: rel.part, state: a.state ?? "visible" });
  });
  return { sheets, sharedStrings: sharedStrings(pkg, rels), dateStyles: dateStyles(pkg, rels), date1904 };
}

/** "AB12" → 27 (0-based column), or -1. */
function columnOfRef(ref: string): number {
  let end = 0;
  while (end < ref.length && ref.charCodeAt(end) > 57) end++;
  return end === 0 ? -1 : (columnIndexFromLetter(ref.slice(0, end)) ?? -1);
}

export interface SheetRow {
  rowNumber: number;
  cells: XlsxCell[];
}

/**
 * Parses a worksheet part, calling onRow for every row that has a cell, in order. Returns what the
 * .xlsx output needs to know about the sheet's other elements.
 */
export function readSheet(bytes: Uint8Array, part: string, info: WorkbookInfo, onRow: (row: SheetRow) => void): SheetFacts {
  // The part is inflated as it is parsed (zip-in.ts): a million-row sheet is never held decompressed.
  const pieces = partPieces(bytes, part);
  const facts: SheetFacts = { topLevel: new Set(), maxColCovered: 0 };
  const parser = new SaxesParser({ xmlns: false, position: false });
  let depth = 0;
  let rowNumber = 0;
  let cells: XlsxCell[] = [];
  let inRow = false;
  let col = -1;
  let type = "";
  let style = 0;
  let value: string | null = null;
  let formula: string | null = null;
  let inline = "";
  let hasInline = false;
  let text: "v" | "f" | "t" | null = null;
  let phonetic = 0;
  const sharedFormulas = new Map<string, string>();
  let sharedIndex: string | null = null;

  const cellValue = (): XlsxCell => {
    if (value === null && !hasInline) {
      if (formula !== null) return { formula, result: undefined };
      return null;
    }
    switch (type) {
      case "s": {
        const s = info.sharedStrings[Number(value)];
        return s === undefined ? null : s;
      }
      case "inlineStr":
        return hasInline ? inline : (value ?? "");
      case "str":
        return value ?? "";
      case "b":
        return value === "1" || value === "true";
      case "e":
        return { error: value ?? "" };
      case "d": {
        const d = new Date(value ?? "");
        return Number.isNaN(d.getTime()) ? (value ?? "") : d;
      }
      default: {
        const n = Number(value);
        if (value === null || value.trim() === "" || !Number.isFinite(n)) return value;
        return info.dateStyles[style] ? serialToDate(n, info.date1904) : n;
      }
    }
  };

  parser.on("opentag", (tag) => {
    const t = tag as SaxesTagPlain;
    const name = localName(t.name);
    const a = t.attributes as Record<string, string>;
    depth++;
    if (depth === 2) facts.topLevel.add(name);
    if (depth === 3 && name === "col") facts.maxColCovered = Math.max(facts.maxColCovered, Number(a.max ?? 0));
    if (depth === 3 && name === "row") {
      rowNumber = a.r ? Number(a.r) : rowNumber + 1;
      cells = [];
      inRow = true;
      col = -1;
      return;
    }
    if (!inRow) return;
    if (depth === 4 && name === "c") {
      col = a.r ? columnOfRef(a.r) : col + 1;
      type = a.t ?? "n";
      style = a.s ? Number(a.s) : 0;
      value = null;
      formula = null;
      inline = "";
      hasInline = false;
      sharedIndex = null;
      return;
    }
    if (depth === 5 && name === "v") {
      text = "v";
      value = "";
    } else if (depth === 5 && name === "f") {
      text = "f";
      formula = "";
      if (a.t === "shared" && a.si !== undefined) sharedIndex = a.si;
    } else if (depth === 5 && name === "is") hasInline = true;
    else if (name === "rPh") phonetic++;
    else if (name === "t" && hasInline && phonetic === 0) text = "t";
  });
  parser.on("text", (s) => {
    if (text === "v") value += s;
    else if (text === "f") formula += s;
    else if (text === "t") inline += s;
  });
  parser.on("closetag", (tag) => {
    const name = localName(tag.name);
    if (inRow) {
      if (name === "rPh") phonetic--;
      else if (depth === 5 && name === "f" && sharedIndex !== null) {
        // A shared formula's text is on its first cell only; the others show the same formula.
        if (formula !== "") sharedFormulas.set(sharedIndex, formula!);
        else formula = sharedFormulas.get(sharedIndex) ?? "";
      }
      if (depth === 4 && name === "c") {
        if (col >= 0) cells[col] = cellValue();
      } else if (depth === 3 && name === "row") {
        inRow = false;
        if (cells.length) onRow({ rowNumber, cells });
      }
      if (depth >= 5 && (name === "v" || name === "f" || name === "t")) text = null;
    }
    depth--;
  });

  const decoder = new TextDecoder("utf-8");
  for (const xmlBytes of pieces) {
    for (let at = 0; at < xmlBytes.length; at += SLICE) {
      parser.write(decoder.decode(xmlBytes.subarray(at, at + SLICE), { stream: true }));
    }
  }
  parser.write(decoder.decode()).close();
  return facts;
}
