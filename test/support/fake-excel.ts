/**
 * An in-memory stand-in for the part of the Excel JavaScript API that src/excel uses.
 *
 * It follows Excel's batching model, because that is what the adapter must get right:
 * - calls on proxy objects are queued and only take effect at `context.sync()`, in order;
 * - reading a property that was not loaded (or before the sync that loads it) throws PropertyNotLoaded;
 * - `*OrNullObject` methods give objects whose `isNullObject` is known after a sync;
 * - `Excel.run` sends whatever is still queued when the batch resolves, and drops it when it rejects;
 * - each sync's request and response size is measured, and one above 5 MB fails as on Excel on the web;
 * - text assigned to a cell becomes a formula when it starts with = + - @, and number-like text becomes
 *   a number, unless the cell's number format is "@" (Text) — so a formula-injection test can fail.
 *
 * No Node imports: the same file is bundled into the browser harness for the end-to-end test.
 */

export type CellValue = string | number | boolean;

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
const DEFAULT_PAYLOAD_LIMIT = 5 * 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Addresses

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export function colLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * Whether Excel needs a sheet name quoted in a reference, written from Excel's own rules and independently of
 * the adapter's helper (src/excel/address.ts), so a wrong rule in the adapter cannot pass by agreeing with itself.
 * Excel quotes a name that (a) holds anything but letters, digits, "_" and "." or starts with a digit; (b) reads as
 * an A1 cell reference ("FY24", "A1", "XFD1048576"); (c) reads as an R1C1 reference ("R", "C", "R1", "C2", "RC",
 * "R1C1"); (d) is a logical constant ("TRUE", "FALSE"). An unquoted reference such as =FY24!$C$1 would mean
 * something else or be a syntax error, so Excel refuses it in a defined name ("The formula contains an error").
 * Docs: https://support.microsoft.com/office/create-an-external-reference-link-to-a-cell-range-in-another-workbook
 * ("If the name of the other worksheet or workbook contains spaces or nonalphabetical characters, you must enclose
 * the name (or the path) within single quotation marks"); apostrophes inside are doubled.
 */
export function excelNeedsQuotes(sheet: string): boolean {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(sheet)) return true;
  const a1 = /^([A-Za-z]{1,3})(\d+)$/.exec(sheet);
  if (a1 && colIndex(a1[1]) < MAX_COLUMNS && Number(a1[2]) >= 1 && Number(a1[2]) <= MAX_ROWS) return true;
  if (/^(R\d*)?(C\d*)?$/i.test(sheet)) return true; // "" cannot occur here: the first test needs a character
  return /^(TRUE|FALSE)$/i.test(sheet);
}

function quote(sheet: string): string {
  return excelNeedsQuotes(sheet) ? `'${sheet.replace(/'/g, "''")}'` : sheet;
}

/** "A1", "B2:C9", "A:A", "C:E", "3:3" → Rect; an optional "Sheet!" prefix is returned separately. */
export function parseAddress(address: string, options: { strictSheet?: boolean } = {}): { sheet: string | null; rect: Rect } {
  let sheet: string | null = null;
  let local = address.trim().replace(/^=/, "");
  const bang = local.lastIndexOf("!");
  if (bang >= 0) {
    const raw = local.slice(0, bang);
    const quoted = /^'(.*)'$/.exec(raw);
    sheet = quoted ? quoted[1].replace(/''/g, "'") : raw;
    if (options.strictSheet && !quoted && excelNeedsQuotes(raw)) {
      throw new FakeOfficeError("InvalidArgument", `The formula contains an error: the sheet name ${raw} must be quoted ('${raw}').`);
    }
    local = local.slice(bang + 1);
  }
  local = local.replace(/\$/g, "").toUpperCase();
  const parts = local.split(":");
  const one = (p: string) => {
    const m = /^([A-Z]*)(\d*)$/.exec(p);
    if (!m || (!m[1] && !m[2])) throw new FakeOfficeError("InvalidArgument", `Bad address "${address}"`);
    return { c: m[1] ? colIndex(m[1]) : null, r: m[2] ? Number(m[2]) - 1 : null };
  };
  const a = one(parts[0]);
  const b = one(parts[1] ?? parts[0]);
  const rect: Rect = {
    r0: a.r ?? 0,
    c0: a.c ?? 0,
    r1: b.r ?? MAX_ROWS - 1,
    c1: b.c ?? MAX_COLUMNS - 1,
  };
  return { sheet, rect };
}

export function rectLocal(rect: Rect): string {
  const entireCols = rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
  const entireRows = rect.c0 === 0 && rect.c1 === MAX_COLUMNS - 1;
  if (entireCols && !entireRows) return `${colLetter(rect.c0)}:${colLetter(rect.c1)}`;
  if (entireRows && !entireCols) return `${rect.r0 + 1}:${rect.r1 + 1}`;
  const a = `${colLetter(rect.c0)}${rect.r0 + 1}`;
  const b = `${colLetter(rect.c1)}${rect.r1 + 1}`;
  return a === b ? a : `${a}:${b}`;
}

function intersect(a: Rect, b: Rect): Rect | null {
  const r = { r0: Math.max(a.r0, b.r0), c0: Math.max(a.c0, b.c0), r1: Math.min(a.r1, b.r1), c1: Math.min(a.c1, b.c1) };
  return r.r0 <= r.r1 && r.c0 <= r.c1 ? r : null;
}

function rows(rect: Rect): number {
  return rect.r1 - rect.r0 + 1;
}
function cols(rect: Rect): number {
  return rect.c1 - rect.c0 + 1;
}

// ---------------------------------------------------------------------------------------------
// Errors

/** Shaped like OfficeExtension.Error: a code, a message and debugInfo. */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

// ---------------------------------------------------------------------------------------------
// Host model: the "workbook on disk" the proxies act on.

export interface Hyperlink {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

export interface CellModel {
  value: CellValue;
  formula: string | null;
  numberFormat: string;
  hyperlink: Hyperlink | null;
  bold: boolean;
  fill: string | null;
  /** A list data validation rule on the cell (Range.dataValidation.rule, ExcelApi 1.8); absent when none. */
  validation?: ListValidation | null;
}

/** Excel.ListDataValidation: only the list kind is modelled (learn.microsoft.com/javascript/api/excel/excel.listdatavalidation). */
export interface ListValidation {
  list: { inCellDropDown: boolean; source: string };
}

/** A chart on a sheet (Worksheet.charts.add, ExcelApi 1.1). Like Excel's, it reads its source cells live. */
export interface ChartModel {
  name: string;
  chartType: string;
  sheet: SheetModel;
  source: Rect;
  seriesBy: string;
  title: string;
  /** Top-left and bottom-right cells from setPosition, e.g. ["N2", "U18"]. */
  position: [string, string] | null;
}

export interface ConditionalFormatRecord {
  sheet: string;
  address: string;
  rect: Rect;
  type: string;
  rule: any;
  fill: string | null;
  font: string | null;
}

export interface TableModel {
  name: string;
  sheet: SheetModel;
  /** Header row included. */
  rect: Rect;
  filters: Map<number, string[]>;
}

export interface NameModel {
  name: string;
  sheet: SheetModel | null;
  /** The referenced range; null for names that hold a constant or formula. */
  ref: { sheet: SheetModel; rect: Rect } | null;
  formula: string;
  comment: string;
}

export interface AutoFilterModel {
  rect: Rect;
  criteria: Map<number, string[]>;
}

export class SheetModel {
  readonly columns = new Map<number, Map<number, CellModel>>();
  readonly hiddenRows = new Set<number>();
  readonly filteredRows = new Set<number>();
  merged: Rect[] = [];
  protected = false;
  /**
   * Protection's "Use AutoFilter" option (Excel.WorksheetProtectionOptions.allowAutoFilter): with it, criteria on
   * an AutoFilter made before the sheet was protected may change; the AutoFilter itself still cannot be created
   * or removed (VBA Protection.AllowFiltering remarks, learn.microsoft.com/office/vba/api/excel.protection.allowfiltering).
   */
  allowAutoFilter = false;
  conditionalFormats: ConditionalFormatRecord[] = [];
  autoFilter: AutoFilterModel | null = null;
  readonly names = new Map<string, NameModel>();
  readonly columnWidths = new Map<number, number>();
  charts: ChartModel[] = [];
  constructor(public name: string) {}

  cell(r: number, c: number): CellModel | undefined {
    return this.columns.get(c)?.get(r);
  }

  cellForWrite(r: number, c: number): CellModel {
    let col = this.columns.get(c);
    if (!col) this.columns.set(c, (col = new Map()));
    let cell = col.get(r);
    if (!cell) col.set(r, (cell = { value: "", formula: null, numberFormat: "General", hyperlink: null, bold: false, fill: null }));
    return cell;
  }

  deleteCell(r: number, c: number): void {
    this.columns.get(c)?.delete(r);
  }

  isUsed(cell: CellModel, valuesOnly: boolean): boolean {
    if (cell.value !== "" || cell.formula !== null) return true;
    if (valuesOnly) return false;
    return cell.numberFormat !== "General" || cell.hyperlink !== null || cell.bold || cell.fill !== null;
  }

  /** Bounding box of used cells inside `within` (the whole sheet by default), or null. */
  usedRect(valuesOnly: boolean, within?: Rect): Rect | null {
    let box: Rect | null = null;
    if (!valuesOnly) {
      // A merge is formatting, so its cells belong to the used range (valuesOnly = false) even when blank.
      for (const m of this.merged) {
        const part = within ? intersect(m, within) : m;
        if (!part) continue;
        box = box
          ? { r0: Math.min(box.r0, part.r0), c0: Math.min(box.c0, part.c0), r1: Math.max(box.r1, part.r1), c1: Math.max(box.c1, part.c1) }
          : { ...part };
      }
    }
    for (const [c, col] of this.columns) {
      if (within && (c < within.c0 || c > within.c1)) continue;
      for (const [r, cell] of col) {
        if (within && (r < within.r0 || r > within.r1)) continue;
        if (!this.isUsed(cell, valuesOnly)) continue;
        if (!box) box = { r0: r, c0: c, r1: r, c1: c };
        else {
          if (r < box.r0) box.r0 = r;
          if (r > box.r1) box.r1 = r;
          if (c < box.c0) box.c0 = c;
          if (c > box.c1) box.c1 = c;
        }
      }
    }
    return box;
  }

  isRowHidden(r: number): boolean {
    return this.hiddenRows.has(r) || this.filteredRows.has(r);
  }
}

export interface SelectionModel {
  sheet: SheetModel;
  areas: Rect[];
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly names = new Map<string, NameModel>();
  readonly settings = new Map<string, unknown>();
  /** Application.calculate calls, by calculation type. */
  readonly calculations: string[] = [];
  selection: SelectionModel | null = null;
  activeSheet: SheetModel | null = null;

  sheet(name: string): SheetModel {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new FakeOfficeError("ItemNotFound", `The worksheet "${name}" does not exist.`);
    return s;
  }

  table(name: string): TableModel {
    const t = this.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!t) throw new FakeOfficeError("ItemNotFound", `The table "${name}" does not exist.`);
    return t;
  }

  tableColumnNames(t: TableModel): string[] {
    const names: string[] = [];
    for (let c = t.rect.c0; c <= t.rect.c1; c++) names.push(String(t.sheet.cell(t.rect.r0, c)?.value ?? ""));
    return names;
  }

  /** Inserts blank cells at column `at`, `width` wide, over rows `r0..r1`, moving cells (and everything anchored to them) right. */
  insertColumns(sheet: SheetModel, r0: number, r1: number, at: number, width: number, growTable?: TableModel): void {
    const entire = r0 === 0 && r1 === MAX_ROWS - 1;
    // Excel refuses an insert that would split a table or a merged area it crosses: the error code is
    // InsertDeleteConflict ("The insert or delete operation attempted resulted in a conflict", Excel JavaScript API
    // error codes: https://learn.microsoft.com/office/dev/add-ins/reference/javascript-api-for-excel#error-codes ;
    // office-js#3611 is the report of a merge beside the target column being missed). Nothing is changed.
    const splits = (rect: Rect) => rect.c0 < at && rect.c1 >= at && rect.r1 >= r0 && rect.r0 <= r1;
    for (const t of this.tables) {
      if (t.sheet === sheet && t !== growTable && splits(t.rect)) {
        throw new FakeOfficeError("InsertDeleteConflict", `The insert would split the table "${t.name}".`);
      }
    }
    for (const m of sheet.merged) {
      if (splits(m)) throw new FakeOfficeError("InsertDeleteConflict", `The insert would split the merged cells ${rectLocal(m)}.`);
    }
    // Cells inserted in some rows only (a table's new column) shift the rest of those rows right: a merged area or
    // a table at or right of the insert that reaches past those rows would be torn apart, which Excel also refuses
    // with InsertDeleteConflict (same doc; Excel's UI says it cannot shift part of a merged cell or a table).
    const tornApart = (rect: Rect) => rect.c1 >= at && rect.r1 >= r0 && rect.r0 <= r1 && (rect.r0 < r0 || rect.r1 > r1);
    for (const t of this.tables) {
      if (t.sheet === sheet && t !== growTable && tornApart(t.rect)) {
        throw new FakeOfficeError("InsertDeleteConflict", `The insert would shift part of the table "${t.name}".`);
      }
    }
    for (const m of sheet.merged) {
      if (tornApart(m))
        throw new FakeOfficeError("InsertDeleteConflict", `The insert would shift part of the merged cells ${rectLocal(m)}.`);
    }
    const keys = [...sheet.columns.keys()].filter((c) => c >= at).sort((a, b) => b - a);
    if (keys.length > 0 && keys[0] + width >= MAX_COLUMNS) {
      throw new FakeOfficeError("InvalidOperation", "Cells would be pushed off the end of the sheet.");
    }
    for (const c of keys) {
      const col = sheet.columns.get(c)!;
      if (entire) {
        sheet.columns.delete(c);
        sheet.columns.set(c + width, col);
        continue;
      }
      for (const [r, cell] of [...col]) {
        if (r < r0 || r > r1) continue;
        col.delete(r);
        sheet.cellForWrite(r, c + width);
        sheet.columns.get(c + width)!.set(r, cell);
      }
    }
    if (entire) {
      const widths = [...sheet.columnWidths].filter(([c]) => c >= at).sort((a, b) => b[0] - a[0]);
      for (const [c, w] of widths) {
        sheet.columnWidths.delete(c);
        sheet.columnWidths.set(c + width, w);
      }
    }
    const covers = (rect: Rect) => rect.r0 >= r0 && rect.r1 <= r1;
    const shift = (rect: Rect) => {
      if (!covers(rect)) return;
      if (rect.c0 >= at) {
        rect.c0 += width;
        rect.c1 += width;
      } else if (rect.c1 >= at) {
        rect.c1 += width;
      }
    };
    for (const t of this.tables) if (t.sheet === sheet && t !== growTable) shift(t.rect);
    for (const m of sheet.merged) shift(m);
    for (const f of sheet.conditionalFormats) {
      shift(f.rect);
      f.address = `${quote(sheet.name)}!${rectLocal(f.rect)}`;
    }
    if (sheet.autoFilter) shift(sheet.autoFilter.rect);
    for (const n of this.allNames()) {
      if (n.ref && n.ref.sheet === sheet) {
        shift(n.ref.rect);
        n.formula = `=${quote(sheet.name)}!${absolute(n.ref.rect)}`;
      }
    }
  }

  /** Deletes entire columns `at`..`at+width-1`, moving what is right of them left (tables, merges, names, filters). */
  deleteColumns(sheet: SheetModel, at: number, width: number): void {
    const last = at + width - 1;
    const straddles = (rect: Rect) => (rect.c0 < at && rect.c1 >= at) || (rect.c0 <= last && rect.c1 > last);
    for (const t of this.tables) {
      if (t.sheet === sheet && straddles(t.rect)) throw new FakeOfficeError("InsertDeleteConflict", `The delete would split "${t.name}".`);
    }
    for (const c of [...sheet.columns.keys()].sort((a, b) => a - b)) {
      const col = sheet.columns.get(c)!;
      sheet.columns.delete(c);
      if (c < at) sheet.columns.set(c, col);
      else if (c > last) sheet.columns.set(c - width, col);
    }
    const move = (rect: Rect) => {
      if (rect.c0 > last) {
        rect.c0 -= width;
        rect.c1 -= width;
      }
    };
    for (const t of this.tables) if (t.sheet === sheet) move(t.rect);
    for (const m of sheet.merged) move(m);
    if (sheet.autoFilter) {
      const af = sheet.autoFilter.rect;
      if (af.c0 > last) move(af);
      else if (af.c1 >= at) af.c1 = Math.max(af.c0, af.c1 - Math.min(width, af.c1 - at + 1));
    }
    for (const n of this.allNames()) {
      if (n.ref && n.ref.sheet === sheet) {
        move(n.ref.rect);
        n.formula = `=${quote(sheet.name)}!${absolute(n.ref.rect)}`;
      }
    }
  }

  /**
   * What the user's sort of whole rows does: row `r0 + i` receives the cells of row `r0 + order[i]` in every
   * column (values, formats, validation and links travel with their row). A test helper, not an API call.
   */
  permuteRows(sheet: SheetModel, r0: number, order: number[]): void {
    for (const col of sheet.columns.values()) {
      const moved = order.map((from) => col.get(r0 + from));
      moved.forEach((cell, i) => {
        if (cell) col.set(r0 + i, cell);
        else col.delete(r0 + i);
      });
    }
  }

  allNames(): NameModel[] {
    const all = [...this.names.values()];
    for (const s of this.sheets) all.push(...s.names.values());
    return all;
  }

  /** A defined name's reference. An unquoted sheet name that Excel would need quoted is refused, as Excel does. */
  parseReference(reference: string, defaultSheet: SheetModel | null): { sheet: SheetModel; rect: Rect } | null {
    const formula = reference.trim().replace(/^=/, "");
    const bang = formula.lastIndexOf("!");
    if (bang >= 0 && !/^'.*'$/.test(formula.slice(0, bang)) && excelNeedsQuotes(formula.slice(0, bang))) {
      parseAddress(formula, { strictSheet: true }); // throws InvalidArgument
    }
    try {
      const { sheet, rect } = parseAddress(formula);
      const s = sheet ? this.sheet(sheet) : defaultSheet;
      return s ? { sheet: s, rect } : null;
    } catch {
      return null;
    }
  }
}

function absolute(rect: Rect): string {
  const a = `$${colLetter(rect.c0)}$${rect.r0 + 1}`;
  const b = `$${colLetter(rect.c1)}$${rect.r1 + 1}`;
  return a === b ? a : `${a}:${b}`;
}

// ---------------------------------------------------------------------------------------------
// Cell value semantics

const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** What Excel does with a value typed (or assigned through `values`) into a cell with the given format. */
function assign(cell: CellModel, input: unknown): void {
  if (input === null || input === undefined) return; // null in a values array leaves the cell unchanged
  if (typeof input === "number" || typeof input === "boolean") {
    cell.value = input;
    cell.formula = null;
    return;
  }
  const text = String(input);
  if (cell.numberFormat === "@") {
    cell.value = text;
    cell.formula = null;
    return;
  }
  if (text === "") {
    cell.value = "";
    cell.formula = null;
  } else if (NUMBER_TEXT.test(text.trim())) {
    cell.value = Number(text.trim());
    cell.formula = null;
  } else if (/^[=+\-@]/.test(text)) {
    // Excel would evaluate this; the fake records it as a formula and shows a formula error value.
    cell.formula = text.startsWith("=") ? text : `=${text}`;
    cell.value = "#NAME?";
  } else {
    cell.value = text;
    cell.formula = null;
  }
}

// ---------------------------------------------------------------------------------------------
// Request context, queue and sync

export interface SyncInfo {
  /** 1-based number of this sync over the fake's life. */
  syncNumber: number;
  operations: string[];
  requestBytes: number;
}

export interface SyncRecord extends SyncInfo {
  responseBytes: number;
}

interface Operation {
  name: string;
  bytes: number;
  run: () => void;
}

class FakeContext {
  queue: Operation[] = [];
  readonly workbook: FakeWorkbook;
  readonly application: any;
  constructor(readonly host: FakeHost) {
    this.workbook = new FakeWorkbook(this);
    this.application = {
      suspendApiCalculationUntilNextSync: () => this.enqueue("Application.suspendApiCalculationUntilNextSync", 0, () => undefined),
      suspendScreenUpdatingUntilNextSync: () => this.enqueue("Application.suspendScreenUpdatingUntilNextSync", 0, () => undefined),
      // Recorded, not evaluated: the fake has no formula engine. office-js#4502: a "Full" calculation may leave
      // cells whose last result was an error; the adapter asks for "FullRebuild" after a dataset update.
      calculate: (type: string) => this.enqueue("Application.calculate", 16, () => this.host.model.calculations.push(String(type))),
    };
  }

  enqueue(name: string, bytes: number, run: () => void): void {
    this.queue.push({ name, bytes, run });
  }

  trackedObjects = { add: () => undefined, remove: () => undefined };

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    await this.host.executeSync(ops);
  }
}

/** Base of every proxy: deferred resolution, load and PropertyNotLoaded. */
abstract class FakeProxy<T> {
  protected target: T | null | undefined = undefined; // undefined: not resolved yet; null: a null object
  private loaded: Map<string, unknown> | null = null;
  private nullKnown = false;

  constructor(
    protected readonly ctx: FakeContext,
    private readonly typeName: string,
    resolve: () => T | null,
    private readonly orNull = false,
  ) {
    ctx.enqueue(`${typeName}.resolve`, 16, () => {
      try {
        this.target = resolve();
      } catch (error) {
        if (!orNull || !(error instanceof FakeOfficeError)) throw error;
        this.target = null;
      }
      if (this.target === null && !orNull) throw new FakeOfficeError("ItemNotFound", `${typeName} not found.`);
    });
  }

  /** The host object; throws if used before resolution or on a null object. */
  protected get t(): T {
    if (this.target === undefined) throw new Error(`fake-excel: ${this.typeName} used before it was resolved`);
    if (this.target === null) throw new FakeOfficeError("ItemNotFound", `${this.typeName} is a null object.`);
    return this.target;
  }

  get isNullObject(): boolean {
    if (!this.nullKnown)
      throw new FakeOfficeError("PropertyNotLoaded", `The property 'isNullObject' is not available. Call load and sync first.`);
    return this.target === null;
  }

  private navCache = new Map<string, unknown>();
  /** Navigation properties return the same object every time, as in office.js (so a load on it sticks). */
  protected nav<V>(key: string, make: () => V): V {
    if (!this.navCache.has(key)) this.navCache.set(key, make());
    return this.navCache.get(key) as V;
  }

  /** Reads one property from the host, for load(). Navigation properties are handled by `child`. */
  protected abstract read(prop: string): unknown;
  protected child(_prop: string): FakeProxy<any> | null {
    return null;
  }

  load(props?: string | string[] | { select?: string }): this {
    const list = normaliseProps(props);
    for (const p of list) {
      const slash = p.indexOf("/");
      if (slash > 0) {
        const nav = this.child(p.slice(0, slash));
        if (!nav) throw new Error(`fake-excel: ${this.typeName} has no navigation property "${p.slice(0, slash)}"`);
        nav.load(p.slice(slash + 1));
      }
    }
    const own = list.filter((p) => !p.includes("/"));
    this.ctx.enqueue(`${this.typeName}.load(${own.join(",")})`, 32, () => {
      this.nullKnown = true;
      if (this.target === null) return;
      const snapshot = new Map<string, unknown>();
      for (const p of own.length ? own : this.defaultProps()) snapshot.set(p, clone(this.read(p)));
      this.loaded = snapshot;
      this.ctx.host.addResponseBytes(snapshot);
    });
    return this;
  }

  protected defaultProps(): string[] {
    return [];
  }

  /** The loaded value; throws like Excel when it was not loaded and synced. */
  protected get<V>(prop: string): V {
    // office.js (Utility.throwIfNotLoaded) lets a null object's properties read as undefined.
    if (this.nullKnown && this.target === null) return undefined as V;
    if (!this.loaded || !this.loaded.has(prop)) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()".`,
      );
    }
    return this.loaded.get(prop) as V;
  }

  /** Queues a write. Like office.js, the proxy also keeps the assigned value, so reading it back does not throw. */
  protected set(name: string, value: unknown, apply: () => void): void {
    const bytes = jsonSize(value);
    this.ctx.enqueue(`${this.typeName}.${name}=`, bytes, apply);
    if (!name.includes(".")) (this.loaded ??= new Map()).set(name, clone(value));
  }

  toJSON(): unknown {
    return this.loaded ? Object.fromEntries(this.loaded) : {};
  }

  track(): this {
    return this;
  }
  untrack(): this {
    return this;
  }
}

function normaliseProps(props?: string | string[] | { select?: string }): string[] {
  if (!props) return [];
  if (Array.isArray(props))
    return props
      .flatMap((p) => p.split(","))
      .map((p) => p.trim())
      .filter(Boolean);
  if (typeof props === "string")
    return props
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean);
  return normaliseProps(props.select);
}

function clone<V>(value: V): V {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as V);
}

function jsonSize(value: unknown): number {
  if (value === undefined) return 0;
  if (value instanceof FakeProxy) return 32;
  try {
    return JSON.stringify(value).length;
  } catch {
    return 32;
  }
}

// ---------------------------------------------------------------------------------------------
// Proxies

interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

class FakeRange extends FakeProxy<RangeTarget> {
  readonly format: any;
  readonly conditionalFormats: FakeConditionalFormats;
  constructor(ctx: FakeContext, resolve: () => RangeTarget | null, orNull = false) {
    super(ctx, "Range", resolve, orNull);
    const self = this;
    const fill = {
      set color(v: string) {
        self.set("format.fill.color", v, () => self.forEachCell(true, (c) => (c.fill = v)));
      },
      clear: () => self.set("format.fill.clear", null, () => self.forEachCell(false, (c) => (c.fill = null))),
    };
    const font = {
      set bold(v: boolean) {
        self.set("format.font.bold", v, () => self.forEachCell(true, (c) => (c.bold = v)));
      },
      set color(_v: string) {
        self.set("format.font.color", _v, () => undefined);
      },
    };
    this.format = {
      fill,
      font,
      set columnWidth(w: number) {
        self.set("format.columnWidth", w, () => {
          const { sheet, rect } = self.t;
          self.assertWritable();
          for (let c = rect.c0; c <= rect.c1; c++) sheet.columnWidths.set(c, w);
        });
      },
      autofitColumns: () => self.set("format.autofitColumns", null, () => undefined),
    };
    this.conditionalFormats = new FakeConditionalFormats(ctx, this);
  }

  /** For FakeConditionalFormats and friends. */
  resolved(): RangeTarget {
    return this.t;
  }

  protected override defaultProps(): string[] {
    return ["address", "values", "rowCount", "columnCount", "rowIndex", "columnIndex"];
  }

  protected override read(prop: string): unknown {
    const { sheet, rect } = this.t;
    switch (prop) {
      case "address":
        return `${quote(sheet.name)}!${rectLocal(rect)}`;
      case "addressLocal":
        return `${quote(sheet.name)}!${rectLocal(rect)}`;
      case "rowCount":
        return rows(rect);
      case "columnCount":
        return cols(rect);
      case "rowIndex":
        return rect.r0;
      case "columnIndex":
        return rect.c0;
      case "cellCount":
        return rows(rect) * cols(rect);
      case "isEntireColumn":
        return rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
      case "isEntireRow":
        return rect.c0 === 0 && rect.c1 === MAX_COLUMNS - 1;
      case "values":
        return this.grid((c) => c?.value ?? "");
      case "formulas":
        return this.grid((c) => c?.formula ?? c?.value ?? "");
      case "numberFormat":
        return this.grid((c) => c?.numberFormat ?? "General");
      case "text":
        return this.grid((c) => (c ? String(c.value) : ""));
      case "hyperlink":
        return sheet.cell(rect.r0, rect.c0)?.hyperlink ?? null;
      case "rowHidden":
        for (let r = rect.r0; r <= rect.r1; r++) if (!sheet.isRowHidden(r)) return false;
        return true;
      default:
        throw new Error(`fake-excel: Range.${prop} is not modelled`);
    }
  }

  private grid(pick: (cell: CellModel | undefined) => unknown): unknown[][] {
    const { sheet, rect } = this.t;
    if (rows(rect) * cols(rect) > 5_000_000) {
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "The range has more than 5,000,000 cells.");
    }
    const out: unknown[][] = [];
    for (let r = rect.r0; r <= rect.r1; r++) {
      const row: unknown[] = [];
      for (let c = rect.c0; c <= rect.c1; c++) row.push(pick(sheet.cell(r, c)));
      out.push(row);
    }
    return out;
  }

  get address(): string {
    return this.get("address");
  }
  get addressLocal(): string {
    return this.get("addressLocal");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
  get isEntireColumn(): boolean {
    return this.get("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this.get("isEntireRow");
  }
  get text(): string[][] {
    return this.get("text");
  }
  get rowHidden(): boolean {
    return this.get("rowHidden");
  }

  get values(): any[][] {
    return this.get("values");
  }
  set values(v: any) {
    this.set("values", v, () => this.writeGrid(v, "values"));
  }
  get formulas(): any[][] {
    return this.get("formulas");
  }
  set formulas(v: any) {
    this.set("formulas", v, () => this.writeGrid(v, "formulas"));
  }
  get numberFormat(): any[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: any) {
    this.set("numberFormat", v, () => this.writeGrid(v, "numberFormat"));
  }
  get hyperlink(): Hyperlink {
    return this.get("hyperlink");
  }
  set hyperlink(v: Hyperlink) {
    this.set("hyperlink", v, () =>
      this.forEachCell(true, (cell) => {
        cell.hyperlink = { ...v };
        const shown = v.textToDisplay ?? v.address ?? v.documentReference ?? "";
        cell.value = shown;
        cell.formula = null;
      }),
    );
  }

  get worksheet(): FakeWorksheet {
    return this.nav("worksheet", () => new FakeWorksheet(this.ctx, () => this.t.sheet));
  }

  get dataValidation(): FakeDataValidation {
    return this.nav("dataValidation", () => new FakeDataValidation(this.ctx, this));
  }

  protected override child(prop: string): FakeProxy<any> | null {
    if (prop === "dataValidation") return this.dataValidation;
    return prop === "worksheet" ? this.worksheet : prop === "format" ? null : null;
  }

  assertWritable(): void {
    if (this.t.sheet.protected)
      throw new FakeOfficeError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");
  }

  forEachCell(write: boolean, fn: (cell: CellModel, r: number, c: number) => void): void {
    const { sheet, rect } = this.t;
    if (write) this.assertWritable();
    for (let r = rect.r0; r <= rect.r1; r++) {
      for (let c = rect.c0; c <= rect.c1; c++) {
        if (write) fn(sheet.cellForWrite(r, c), r, c);
        else {
          const cell = sheet.cell(r, c);
          if (cell) fn(cell, r, c);
        }
      }
    }
  }

  private writeGrid(v: any, kind: "values" | "formulas" | "numberFormat"): void {
    const { sheet, rect } = this.t;
    this.assertWritable();
    const scalar = !Array.isArray(v);
    if (!scalar && (v.length !== rows(rect) || v.some((row: unknown) => !Array.isArray(row) || row.length !== cols(rect)))) {
      throw new FakeOfficeError(
        "InvalidArgument",
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows(rect)}x${cols(rect)}).`,
      );
    }
    if (kind !== "numberFormat") this.assertNotIntoMergedTail(v, scalar);
    if (kind === "values" && !scalar && [...sheet.filteredRows].some((r) => r >= rect.r0 && r <= rect.r1)) {
      // office-js#224 (closed as product bug "has workaround"): setting values on a range while a filter hides
      // some of its rows puts the data in the wrong rows. Modelled as the rows of the array going, in order, to
      // the rows the filter shows, and the rest dropped; the workaround is to clear the filter, write, re-apply.
      const visible: number[] = [];
      for (let r = rect.r0; r <= rect.r1; r++) if (!sheet.filteredRows.has(r)) visible.push(r);
      visible.forEach((r, k) => {
        for (let c = rect.c0; c <= rect.c1; c++) {
          const input = v[k][c - rect.c0];
          if (input !== null && input !== undefined) assign(sheet.cellForWrite(r, c), input);
        }
      });
      return;
    }
    for (let r = rect.r0; r <= rect.r1; r++) {
      for (let c = rect.c0; c <= rect.c1; c++) {
        const input = scalar ? v : v[r - rect.r0][c - rect.c0];
        if (kind === "numberFormat") {
          if (input !== null && input !== undefined) sheet.cellForWrite(r, c).numberFormat = String(input);
        } else {
          if (input === null || input === undefined) continue;
          assign(sheet.cellForWrite(r, c), input);
        }
      }
    }
  }

  /** Excel refuses to put values into the hidden cells of a merged area. */
  private assertNotIntoMergedTail(v: any, scalar: boolean): void {
    const { sheet, rect } = this.t;
    for (const m of sheet.merged) {
      const overlap = intersect(m, rect);
      if (!overlap) continue;
      for (let r = overlap.r0; r <= overlap.r1; r++) {
        for (let c = overlap.c0; c <= overlap.c1; c++) {
          if (r === m.r0 && c === m.c0) continue;
          const input = scalar ? v : v[r - rect.r0][c - rect.c0];
          if (input !== null && input !== undefined && input !== "") {
            throw new FakeOfficeError("InvalidOperation", "This operation can't be performed on a merged cell.");
          }
        }
      }
    }
  }

  // Navigation: all resolved lazily, in queue order.
  private derive(fn: (t: RangeTarget) => Rect | null, orNull = false): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const t = this.t;
        const rect = fn(t);
        if (!rect) {
          if (orNull) return null;
          throw new FakeOfficeError("InvalidArgument", "The resulting range is empty or outside the sheet.");
        }
        if (rect.r0 < 0 || rect.c0 < 0 || rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLUMNS || rect.r1 < rect.r0 || rect.c1 < rect.c0) {
          throw new FakeOfficeError("InvalidArgument", "The range is outside the sheet.");
        }
        return { sheet: t.sheet, rect };
      },
      orNull,
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.derive(({ rect }) => ({ r0: rect.r0 + row, c0: rect.c0 + column, r1: rect.r0 + row, c1: rect.c0 + column }));
  }
  getColumn(column: number): FakeRange {
    return this.derive(({ rect }) => ({ r0: rect.r0, c0: rect.c0 + column, r1: rect.r1, c1: rect.c0 + column }));
  }
  getRow(row: number): FakeRange {
    return this.derive(({ rect }) => ({ r0: rect.r0 + row, c0: rect.c0, r1: rect.r0 + row, c1: rect.c1 }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derive(({ rect }) => ({
      r0: rect.r0 + rowOffset,
      c0: rect.c0 + columnOffset,
      r1: rect.r1 + rowOffset,
      c1: rect.c1 + columnOffset,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derive(({ rect }) => ({ r0: rect.r0, c0: rect.c0, r1: rect.r1 + deltaRows, c1: rect.c1 + deltaColumns }));
  }
  getEntireColumn(): FakeRange {
    return this.derive(({ rect }) => ({ r0: 0, c0: rect.c0, r1: MAX_ROWS - 1, c1: rect.c1 }));
  }
  getEntireRow(): FakeRange {
    return this.derive(({ rect }) => ({ r0: rect.r0, c0: 0, r1: rect.r1, c1: MAX_COLUMNS - 1 }));
  }
  getColumnsAfter(count = 1): FakeRange {
    return this.derive(({ rect }) => ({ r0: rect.r0, c0: rect.c1 + 1, r1: rect.r1, c1: rect.c1 + count }));
  }
  getLastRow(): FakeRange {
    return this.derive(({ rect }) => ({ r0: rect.r1, c0: rect.c0, r1: rect.r1, c1: rect.c1 }));
  }
  getIntersection(other: FakeRange | string): FakeRange {
    return this.derive((t) => intersect(t.rect, this.otherRect(other, t.sheet)));
  }
  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    return this.derive((t) => intersect(t.rect, this.otherRect(other, t.sheet)), true);
  }
  private otherRect(other: FakeRange | string, sheet: SheetModel): Rect {
    if (typeof other === "string") return parseAddress(other).rect;
    const o = other.resolved();
    if (o.sheet !== sheet) throw new FakeOfficeError("InvalidArgument", "The ranges are on different sheets.");
    return o.rect;
  }
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, () => {
      const t = this.t;
      const used = t.sheet.usedRect(valuesOnly, t.rect);
      if (!used) throw new FakeOfficeError("ItemNotFound", "The range is empty.");
      return { sheet: t.sheet, rect: used };
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const t = this.t;
        const used = t.sheet.usedRect(valuesOnly, t.rect);
        return used ? { sheet: t.sheet, rect: used } : null;
      },
      true,
    );
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.ctx,
      () => {
        const t = this.t;
        // As Excel does (office-js#3611, open): only merged areas whose TOP-LEFT cell lies inside the range are
        // returned; a merge such as A5:C5 is invisible to getMergedAreasOrNullObject on B1:E9.
        const inside = (m: Rect) => m.r0 >= t.rect.r0 && m.r0 <= t.rect.r1 && m.c0 >= t.rect.c0 && m.c0 <= t.rect.c1;
        const areas = t.sheet.merged.filter(inside).map((m) => ({ ...m }));
        return areas.length ? { sheet: t.sheet, areas } : null;
      },
      true,
    );
  }
  getTables(fullyContained = false): FakeTableScopedCollection {
    return new FakeTableScopedCollection(this.ctx, () => {
      const t = this.t;
      return this.ctx.host.model.tables.filter((tb) => {
        if (tb.sheet !== t.sheet) return false;
        if (fullyContained) return tb.rect.r0 >= t.rect.r0 && tb.rect.r1 <= t.rect.r1 && tb.rect.c0 >= t.rect.c0 && tb.rect.c1 <= t.rect.c1;
        return intersect(tb.rect, t.rect) !== null;
      });
    });
  }

  insert(shift: string): FakeRange {
    const inserted = new FakeRange(this.ctx, () => this.t);
    this.set("insert", shift, () => {
      const { sheet, rect } = this.t;
      this.assertWritable();
      const model = this.ctx.host.model;
      if (String(shift).toLowerCase() !== "right") throw new Error("fake-excel: only insert(Right) is modelled");
      model.insertColumns(sheet, rect.r0, rect.r1, rect.c0, cols(rect));
    });
    return inserted;
  }

  /** Deletes the cells; only whole columns shifting left are modelled (what the adapter uses to undo its insert). */
  delete(shift: string): void {
    this.set("delete", shift, () => {
      const { sheet, rect } = this.t;
      this.assertWritable();
      if (String(shift).toLowerCase() !== "left" || rect.r0 !== 0 || rect.r1 !== MAX_ROWS - 1) {
        throw new Error("fake-excel: only deleting entire columns (Left) is modelled");
      }
      this.ctx.host.model.deleteColumns(sheet, rect.c0, cols(rect));
    });
  }

  clear(applyTo: string = "All"): void {
    this.set("clear", applyTo, () => {
      this.assertWritable();
      const mode = String(applyTo).toLowerCase();
      this.forEachCell(false, (cell, r, c) => {
        if (mode === "all") this.t.sheet.deleteCell(r, c);
        else if (mode === "contents") {
          cell.value = "";
          cell.formula = null;
        } else if (mode === "formats") {
          cell.numberFormat = "General";
          cell.bold = false;
          cell.fill = null;
        } else if (mode === "hyperlinks") cell.hyperlink = null;
        else if (mode === "removehyperlinks") {
          cell.hyperlink = null;
          cell.numberFormat = "General";
          cell.bold = false;
          cell.fill = null;
        } else throw new Error(`fake-excel: clear(${applyTo}) is not modelled`);
      });
    });
  }

  select(): void {
    this.ctx.enqueue("Range.select", 16, () => {
      const { sheet, rect } = this.t;
      const model = this.ctx.host.model;
      model.selection = { sheet, areas: [{ ...rect }] };
      model.activeSheet = sheet;
    });
  }

  merge(): void {
    this.set("merge", null, () => {
      const { sheet, rect } = this.t;
      sheet.merged.push({ ...rect });
    });
  }
}

interface AreasTarget {
  sheet: SheetModel;
  areas: Rect[];
}

class FakeRangeAreas extends FakeProxy<AreasTarget> {
  constructor(ctx: FakeContext, resolve: () => AreasTarget | null, orNull = false) {
    super(ctx, "RangeAreas", resolve, orNull);
  }
  protected override read(prop: string): unknown {
    const { sheet, areas } = this.t;
    switch (prop) {
      case "address":
        return areas.map((a) => `${quote(sheet.name)}!${rectLocal(a)}`).join(",");
      case "areaCount":
        return areas.length;
      case "cellCount":
        return areas.reduce((n, a) => n + rows(a) * cols(a), 0);
      default:
        throw new Error(`fake-excel: RangeAreas.${prop} is not modelled`);
    }
  }
  get address(): string {
    return this.get("address");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
}

class FakeConditionalFormats {
  constructor(
    private readonly ctx: FakeContext,
    private readonly range: FakeRange,
  ) {}
  add(type: string): any {
    const record: ConditionalFormatRecord = {
      sheet: "",
      address: "",
      rect: { r0: 0, c0: 0, r1: 0, c1: 0 },
      type: String(type),
      rule: null,
      fill: null,
      font: null,
    };
    this.ctx.enqueue("ConditionalFormatCollection.add", 32, () => {
      const { sheet, rect } = this.range.resolved();
      this.range.assertWritable();
      record.sheet = sheet.name;
      record.rect = { ...rect };
      record.address = `${quote(sheet.name)}!${rectLocal(rect)}`;
      sheet.conditionalFormats.push(record);
    });
    const ctx = this.ctx;
    const formatOf = () => ({
      fill: {
        set color(v: string) {
          ctx.enqueue("ConditionalFormat.fill.color=", jsonSize(v), () => (record.fill = v));
        },
      },
      font: {
        set color(v: string) {
          ctx.enqueue("ConditionalFormat.font.color=", jsonSize(v), () => (record.font = v));
        },
        set bold(_v: boolean) {
          ctx.enqueue("ConditionalFormat.font.bold=", 8, () => undefined);
        },
      },
    });
    const ruleHolder = () => ({
      format: formatOf(),
      set rule(v: unknown) {
        ctx.enqueue("ConditionalFormat.rule=", jsonSize(v), () => (record.rule = clone(v)));
      },
    });
    return { type, cellValue: ruleHolder(), textComparison: ruleHolder(), custom: ruleHolder() };
  }
  clearAll(): void {
    this.ctx.enqueue("ConditionalFormatCollection.clearAll", 16, () => {
      const { sheet, rect } = this.range.resolved();
      this.range.assertWritable();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => !intersect(f.rect, rect));
    });
  }
  getCount(): { value: number } {
    const result = { value: -1 };
    this.ctx.enqueue("ConditionalFormatCollection.getCount", 16, () => {
      const { sheet, rect } = this.range.resolved();
      result.value = sheet.conditionalFormats.filter((f) => intersect(f.rect, rect)).length;
    });
    return result;
  }
}

class FakeWorksheet extends FakeProxy<SheetModel> {
  constructor(ctx: FakeContext, resolve: () => SheetModel | null, orNull = false) {
    super(ctx, "Worksheet", resolve, orNull);
  }
  protected override defaultProps(): string[] {
    return ["name", "position", "visibility"];
  }
  protected override read(prop: string): unknown {
    const s = this.t;
    switch (prop) {
      case "name":
        return s.name;
      case "position":
        return this.ctx.host.model.sheets.indexOf(s);
      case "visibility":
        return "Visible";
      case "id":
        return `{sheet-${this.ctx.host.model.sheets.indexOf(s)}}`;
      default:
        throw new Error(`fake-excel: Worksheet.${prop} is not modelled`);
    }
  }
  get name(): string {
    return this.get("name");
  }
  get position(): number {
    return this.get("position");
  }
  get id(): string {
    return this.get("id");
  }

  get protection(): FakeProtection {
    return this.nav("protection", () => new FakeProtection(this.ctx, () => this.t));
  }
  get names(): FakeNamedItems {
    return this.nav("names", () => new FakeNamedItems(this.ctx, () => this.t));
  }
  get tables(): FakeTables {
    return this.nav("tables", () => new FakeTables(this.ctx, () => this.t));
  }
  get autoFilter(): FakeAutoFilter {
    return this.nav("autoFilter", () => new FakeAutoFilter(this.ctx, () => this.t));
  }
  get charts(): FakeCharts {
    return this.nav("charts", () => new FakeCharts(this.ctx, () => this.t));
  }
  protected override child(prop: string): FakeProxy<any> | null {
    if (prop === "protection") return this.protection;
    return null;
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.t;
      if (!address) return { sheet, rect: { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 } };
      const parsed = parseAddress(address);
      if (parsed.sheet && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase())
        throw new FakeOfficeError("InvalidArgument", "Address is on another sheet.");
      return { sheet, rect: parsed.rect };
    });
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      if (
        rowCount < 1 ||
        columnCount < 1 ||
        startRow < 0 ||
        startColumn < 0 ||
        startRow + rowCount > MAX_ROWS ||
        startColumn + columnCount > MAX_COLUMNS
      ) {
        throw new FakeOfficeError(
          "InvalidArgument",
          `getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount}) is outside the sheet.`,
        );
      }
      return { sheet: this.t, rect: { r0: startRow, c0: startColumn, r1: startRow + rowCount - 1, c1: startColumn + columnCount - 1 } };
    });
  }
  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.t;
      // Excel gives A1 for an empty sheet rather than failing.
      return { sheet, rect: sheet.usedRect(valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 } };
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const sheet = this.t;
        const used = sheet.usedRect(valuesOnly);
        return used ? { sheet, rect: used } : null;
      },
      true,
    );
  }
  activate(): void {
    this.ctx.enqueue("Worksheet.activate", 16, () => {
      this.ctx.host.model.activeSheet = this.t;
    });
  }
}

class FakeProtection extends FakeProxy<SheetModel> {
  constructor(ctx: FakeContext, resolve: () => SheetModel | null) {
    super(ctx, "WorksheetProtection", resolve);
  }
  protected override read(prop: string): unknown {
    if (prop === "protected") return this.t.protected;
    throw new Error(`fake-excel: WorksheetProtection.${prop} is not modelled`);
  }
  get protected(): boolean {
    return this.get("protected");
  }
  protect(options?: { allowAutoFilter?: boolean }): void {
    this.ctx.enqueue("WorksheetProtection.protect", 8, () => {
      this.t.protected = true;
      this.t.allowAutoFilter = options?.allowAutoFilter ?? false;
    });
  }
  unprotect(): void {
    this.ctx.enqueue("WorksheetProtection.unprotect", 8, () => (this.t.protected = false));
  }
}

/** A loadable collection: `items` after load+sync. */
abstract class FakeCollection<M, P extends FakeProxy<any>> extends FakeProxy<M[]> {
  private itemProxies: P[] | null = null;
  private itemLoads: string[] = [];
  protected abstract wrap(model: M): P;

  override load(props?: string | string[] | { select?: string }): this {
    const list = normaliseProps(props);
    this.itemLoads = list.map((p) => p.replace(/^items\//, ""));
    super.load([]);
    this.ctx.enqueue("Collection.items", 16, () => {
      if (this.target === null) return;
      this.itemProxies = this.t.map((m) => {
        const proxy = this.wrap(m);
        return proxy;
      });
    });
    // Items are created during that sync; their loads must run in the same sync, so they are queued
    // by a follow-up operation that creates them in place.
    this.ctx.enqueue("Collection.items.load", 16, () => {
      if (!this.itemProxies) return;
      for (const p of this.itemProxies) (p as any).loadNow(this.itemLoads);
    });
    return this;
  }
  protected override read(prop: string): unknown {
    if (prop === "count") return this.t.length;
    throw new Error(`fake-excel: collection.${prop} is not modelled`);
  }
  get items(): P[] {
    if (!this.itemProxies)
      throw new FakeOfficeError("PropertyNotLoaded", "The property 'items' is not available. Call load and sync first.");
    return this.itemProxies;
  }
  get count(): number {
    return this.get("count");
  }
}

// Collection items are built inside a sync; they resolve immediately instead of through the queue.
function immediate<T>(ctx: FakeContext, build: (ctx: FakeContext) => T): T {
  const saved = ctx.queue;
  ctx.queue = [];
  const proxy = build(ctx);
  const ops = ctx.queue;
  ctx.queue = saved;
  for (const op of ops) op.run();
  return proxy;
}

(FakeProxy.prototype as any).loadNow = function loadNow(this: FakeProxy<any>, props: string[]) {
  const ctx: FakeContext = (this as any).ctx;
  immediate(ctx, () => this.load(props));
};

class FakeTableScopedCollection extends FakeCollection<TableModel, FakeTable> {
  constructor(ctx: FakeContext, resolve: () => TableModel[]) {
    super(ctx, "TableScopedCollection", resolve);
  }
  protected wrap(model: TableModel): FakeTable {
    return immediate(this.ctx, (ctx) => new FakeTable(ctx, () => model));
  }
  getFirst(): FakeTable {
    return new FakeTable(this.ctx, () => {
      const first = this.t[0];
      if (!first) throw new FakeOfficeError("ItemNotFound", "There is no table here.");
      return first;
    });
  }
  getFirstOrNullObject(): FakeTable {
    return new FakeTable(this.ctx, () => this.t[0] ?? null, true);
  }
  getCount(): { value: number } {
    const result = { value: -1 };
    this.ctx.enqueue("TableScopedCollection.getCount", 8, () => (result.value = this.t.length));
    return result;
  }
}

class FakeTables extends FakeCollection<TableModel, FakeTable> {
  constructor(
    ctx: FakeContext,
    private readonly sheetOf: (() => SheetModel) | null,
  ) {
    super(ctx, "TableCollection", () => ctx.host.model.tables.filter((t) => !sheetOf || t.sheet === sheetOf()));
  }
  protected wrap(model: TableModel): FakeTable {
    return immediate(this.ctx, (ctx) => new FakeTable(ctx, () => model));
  }
  getItem(name: string): FakeTable {
    return new FakeTable(this.ctx, () => {
      const t = this.ctx.host.model.table(name);
      if (this.sheetOf && t.sheet !== this.sheetOf())
        throw new FakeOfficeError("ItemNotFound", `The table "${name}" is not on this sheet.`);
      return t;
    });
  }
  getItemOrNullObject(name: string): FakeTable {
    return new FakeTable(this.ctx, () => this.ctx.host.model.tables.find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null, true);
  }
  add(address: string, hasHeaders: boolean): FakeTable {
    let created: TableModel | null = null;
    this.ctx.enqueue("TableCollection.add", 64, () => {
      const model = this.ctx.host.model;
      const parsed = parseAddress(address);
      const sheet = parsed.sheet ? model.sheet(parsed.sheet) : this.sheetOf ? this.sheetOf() : model.activeSheet!;
      created = addTable(model, sheet, `Table${model.tables.length + 1}`, parsed.rect, hasHeaders);
    });
    return new FakeTable(this.ctx, () => created);
  }
}

function addTable(model: WorkbookModel, sheet: SheetModel, name: string, rect: Rect, hasHeaders: boolean): TableModel {
  for (const t of model.tables) {
    if (t.sheet === sheet && intersect(t.rect, rect)) throw new FakeOfficeError("InvalidOperation", "A table can't overlap another table.");
  }
  const r = { ...rect };
  if (!hasHeaders) {
    throw new Error("fake-excel: tables without a header row are not modelled");
  }
  for (let c = r.c0; c <= r.c1; c++) {
    const cell = sheet.cellForWrite(r.r0, c);
    if (cell.value === "") cell.value = `Column${c - r.c0 + 1}`;
  }
  const table: TableModel = { name, sheet, rect: r, filters: new Map() };
  model.tables.push(table);
  return table;
}

class FakeTable extends FakeProxy<TableModel> {
  constructor(ctx: FakeContext, resolve: () => TableModel | null, orNull = false) {
    super(ctx, "Table", resolve, orNull);
  }
  protected override defaultProps(): string[] {
    return ["name", "showHeaders"];
  }
  protected override read(prop: string): unknown {
    const t = this.t;
    switch (prop) {
      case "name":
        return t.name;
      case "showHeaders":
        return true;
      case "id":
        return `{table-${t.name}}`;
      default:
        throw new Error(`fake-excel: Table.${prop} is not modelled`);
    }
  }
  get name(): string {
    return this.get("name");
  }
  get showHeaders(): boolean {
    return this.get("showHeaders");
  }
  get columns(): FakeTableColumns {
    return this.nav("columns", () => new FakeTableColumns(this.ctx, () => this.t));
  }
  get worksheet(): FakeWorksheet {
    return this.nav("worksheet", () => new FakeWorksheet(this.ctx, () => this.t.sheet));
  }
  getRange(): FakeRange {
    return new FakeRange(this.ctx, () => ({ sheet: this.t.sheet, rect: { ...this.t.rect } }));
  }
  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.ctx, () => ({ sheet: this.t.sheet, rect: { ...this.t.rect, r1: this.t.rect.r0 } }));
  }
  getDataBodyRange(): FakeRange {
    return new FakeRange(this.ctx, () => ({ sheet: this.t.sheet, rect: { ...this.t.rect, r0: this.t.rect.r0 + 1 } }));
  }
  clearFilters(): void {
    this.ctx.enqueue("Table.clearFilters", 8, () => {
      const t = this.t;
      t.filters.clear();
      applyTableFilters(t);
    });
  }
  /** Table.autoFilter (ExcelApi 1.9): the table's own filter, which a worksheet AutoFilter cannot replace. */
  get autoFilter(): any {
    const self = this;
    const ctx = this.ctx;
    const loaded: { criteria?: unknown; enabled?: boolean; isDataFiltered?: boolean } = {};
    return {
      load: () => {
        ctx.enqueue("Table.autoFilter.load", 16, () => {
          const t = self.resolvedTable();
          loaded.criteria = clone(criteriaArray({ rect: t.rect, criteria: t.filters }));
          loaded.enabled = true;
          loaded.isDataFiltered = t.filters.size > 0;
        });
      },
      get criteria() {
        if (!("criteria" in loaded)) throw new FakeOfficeError("PropertyNotLoaded", "The property 'criteria' is not available.");
        return loaded.criteria;
      },
      get enabled() {
        if (!("enabled" in loaded)) throw new FakeOfficeError("PropertyNotLoaded", "The property 'enabled' is not available.");
        return loaded.enabled;
      },
      get isDataFiltered() {
        if (!("isDataFiltered" in loaded))
          throw new FakeOfficeError("PropertyNotLoaded", "The property 'isDataFiltered' is not available.");
        return loaded.isDataFiltered;
      },
      clearCriteria: () => this.clearFilters(),
      apply: (_range: unknown, columnIndex?: number, criteria?: { filterOn?: string; values?: unknown[] }) =>
        ctx.enqueue("Table.autoFilter.apply", jsonSize(criteria), () => {
          const t = self.resolvedTable();
          if (t.sheet.protected) throw new FakeOfficeError("AccessDenied", "The sheet is protected.");
          if (columnIndex !== undefined && criteria) {
            if (String(criteria.filterOn ?? "Values") !== "Values") throw new Error("fake-excel: only Values filters are modelled");
            t.filters.set(columnIndex, (criteria.values ?? []).map(String));
          }
          applyTableFilters(t);
        }),
    };
  }
  resolvedTable(): TableModel {
    return this.t;
  }
}

function applyTableFilters(t: TableModel): void {
  const sheet = t.sheet;
  for (let r = t.rect.r0 + 1; r <= t.rect.r1; r++) {
    let visible = true;
    for (const [c, values] of t.filters) {
      const v = String(sheet.cell(r, t.rect.c0 + c)?.value ?? "");
      if (!values.includes(v)) visible = false;
    }
    if (visible) sheet.filteredRows.delete(r);
    else sheet.filteredRows.add(r);
  }
}

interface ColumnTarget {
  table: TableModel;
  index: number;
}

class FakeTableColumns extends FakeCollection<ColumnTarget, FakeTableColumn> {
  constructor(
    ctx: FakeContext,
    private readonly tableOf: () => TableModel,
  ) {
    super(ctx, "TableColumnCollection", () => {
      const t = tableOf();
      return Array.from({ length: cols(t.rect) }, (_, index) => ({ table: t, index }));
    });
  }
  protected wrap(model: ColumnTarget): FakeTableColumn {
    return immediate(this.ctx, (ctx) => new FakeTableColumn(ctx, () => model));
  }
  getItem(key: string | number): FakeTableColumn {
    return new FakeTableColumn(this.ctx, () => this.find(key, false)!);
  }
  getItemOrNullObject(key: string | number): FakeTableColumn {
    return new FakeTableColumn(this.ctx, () => this.find(key, true), true);
  }
  getItemAt(index: number): FakeTableColumn {
    return new FakeTableColumn(this.ctx, () => {
      const t = this.tableOf();
      if (index < 0 || index >= cols(t.rect)) throw new FakeOfficeError("ItemNotFound", `No column ${index}.`);
      return { table: t, index };
    });
  }
  private find(key: string | number, orNull: boolean): ColumnTarget | null {
    const t = this.tableOf();
    const names = this.ctx.host.model.tableColumnNames(t);
    const index = typeof key === "number" ? key : names.findIndex((n) => n.toLowerCase() === String(key).toLowerCase());
    if (index < 0 || index >= names.length) {
      if (orNull) return null;
      throw new FakeOfficeError("ItemNotFound", `The table column "${key}" does not exist.`);
    }
    return { table: t, index };
  }
  add(index?: number | null, values?: unknown, name?: string): FakeTableColumn {
    let created: ColumnTarget | null = null;
    this.ctx.enqueue("TableColumnCollection.add", jsonSize(values) + jsonSize(name), () => {
      const t = this.tableOf();
      const model = this.ctx.host.model;
      if (t.sheet.protected) throw new FakeOfficeError("AccessDenied", "The sheet is protected.");
      const width = cols(t.rect);
      const at = index === undefined || index === null ? width : index;
      if (at < 0 || at > width) throw new FakeOfficeError("InvalidArgument", `Column index ${at} is outside the table.`);
      const names = model.tableColumnNames(t).map((n) => n.toLowerCase());
      if (name && names.includes(name.toLowerCase())) {
        throw new FakeOfficeError("InvalidArgument", `A column named "${name}" already exists in the table.`);
      }
      // Excel shifts the cells of the table's rows to the right, leaving other rows alone.
      model.insertColumns(t.sheet, t.rect.r0, t.rect.r1, t.rect.c0 + at, 1, t);
      t.rect.c1 += 1;
      const c = t.rect.c0 + at;
      if (Array.isArray(values)) {
        (values as unknown[][]).forEach((row, i) => {
          if (t.rect.r0 + i <= t.rect.r1) assign(t.sheet.cellForWrite(t.rect.r0 + i, c), row[0]);
        });
      }
      let header = name ?? String(t.sheet.cell(t.rect.r0, c)?.value ?? "");
      if (!header) {
        let n = width + 1;
        while (names.includes(`column${n}`)) n++;
        header = `Column${n}`;
      }
      const headerCell = t.sheet.cellForWrite(t.rect.r0, c);
      headerCell.value = header;
      headerCell.formula = null;
      created = { table: t, index: at };
    });
    return new FakeTableColumn(this.ctx, () => created);
  }
  getCount(): { value: number } {
    const result = { value: -1 };
    this.ctx.enqueue("TableColumnCollection.getCount", 8, () => (result.value = cols(this.tableOf().rect)));
    return result;
  }
}

class FakeTableColumn extends FakeProxy<ColumnTarget> {
  constructor(ctx: FakeContext, resolve: () => ColumnTarget | null, orNull = false) {
    super(ctx, "TableColumn", resolve, orNull);
  }
  protected override defaultProps(): string[] {
    return ["name", "index"];
  }
  protected override read(prop: string): unknown {
    const { table, index } = this.t;
    switch (prop) {
      case "name":
        return String(table.sheet.cell(table.rect.r0, table.rect.c0 + index)?.value ?? "");
      case "index":
        return index;
      case "values": {
        const out: unknown[][] = [];
        for (let r = table.rect.r0; r <= table.rect.r1; r++) out.push([table.sheet.cell(r, table.rect.c0 + index)?.value ?? ""]);
        return out;
      }
      default:
        throw new Error(`fake-excel: TableColumn.${prop} is not modelled`);
    }
  }
  get name(): string {
    return this.get("name");
  }
  get index(): number {
    return this.get("index");
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  getDataBodyRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const { table, index } = this.t;
      const c = table.rect.c0 + index;
      return { sheet: table.sheet, rect: { r0: table.rect.r0 + 1, c0: c, r1: table.rect.r1, c1: c } };
    });
  }
  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const { table, index } = this.t;
      const c = table.rect.c0 + index;
      return { sheet: table.sheet, rect: { r0: table.rect.r0, c0: c, r1: table.rect.r0, c1: c } };
    });
  }
  getRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const { table, index } = this.t;
      const c = table.rect.c0 + index;
      return { sheet: table.sheet, rect: { r0: table.rect.r0, c0: c, r1: table.rect.r1, c1: c } };
    });
  }
  /** Removes the column from the table, moving the cells right of it in the table's rows left. */
  delete(): void {
    this.ctx.enqueue("TableColumn.delete", 8, () => {
      const { table, index } = this.t;
      const sheet = table.sheet;
      if (sheet.protected) throw new FakeOfficeError("AccessDenied", "The sheet is protected.");
      const c = table.rect.c0 + index;
      for (let r = table.rect.r0; r <= table.rect.r1; r++) {
        sheet.deleteCell(r, c);
        for (let k = c + 1; k <= table.rect.c1; k++) {
          const cell = sheet.cell(r, k);
          sheet.deleteCell(r, k);
          if (cell) {
            sheet.cellForWrite(r, k - 1);
            sheet.columns.get(k - 1)!.set(r, cell);
          }
        }
      }
      table.rect.c1 -= 1;
      table.filters.delete(index);
    });
  }

  get filter(): any {
    return {
      applyValuesFilter: (values: string[]) =>
        this.ctx.enqueue("Filter.applyValuesFilter", jsonSize(values), () => {
          const { table, index } = this.t;
          table.filters.set(index, values.map(String));
          applyTableFilters(table);
        }),
      clear: () =>
        this.ctx.enqueue("Filter.clear", 8, () => {
          const { table, index } = this.t;
          table.filters.delete(index);
          applyTableFilters(table);
        }),
    };
  }
}

class FakeAutoFilter extends FakeProxy<SheetModel> {
  constructor(ctx: FakeContext, resolve: () => SheetModel | null) {
    super(ctx, "AutoFilter", resolve);
  }
  protected override read(prop: string): unknown {
    const s = this.t;
    switch (prop) {
      case "enabled":
        return s.autoFilter !== null;
      case "isDataFiltered":
        return !!s.autoFilter && s.autoFilter.criteria.size > 0;
      case "criteria":
        // Excel.AutoFilter.criteria: one FilterCriteria per column of the filtered range (ExcelApi 1.9).
        return criteriaArray(s.autoFilter);
      default:
        throw new Error(`fake-excel: AutoFilter.${prop} is not modelled`);
    }
  }
  get enabled(): boolean {
    return this.get("enabled");
  }
  get isDataFiltered(): boolean {
    return this.get("isDataFiltered");
  }
  get criteria(): unknown {
    return this.get("criteria");
  }
  apply(range: FakeRange | string, columnIndex?: number, criteria?: { filterOn?: string; values?: unknown[] }): void {
    this.ctx.enqueue("AutoFilter.apply", jsonSize(criteria), () => {
      const sheet = this.t;
      const rect = typeof range === "string" ? parseAddress(range).rect : range.resolved().rect;
      // A protected sheet: "The user cannot create or remove an AutoFilter on a protected worksheet"; with "Use
      // AutoFilter" allowed, the criteria of the AutoFilter that was there before may change (Protection.AllowFiltering,
      // learn.microsoft.com/office/vba/api/excel.protection.allowfiltering; Excel.WorksheetProtectionOptions.allowAutoFilter).
      if (sheet.protected) {
        const sameRange = !!sheet.autoFilter && JSON.stringify(sheet.autoFilter.rect) === JSON.stringify(rect);
        if (!sheet.allowAutoFilter || !sameRange || columnIndex === undefined) {
          throw new FakeOfficeError("AccessDenied", "The sheet is protected.");
        }
      }
      // A worksheet AutoFilter cannot cover a table: a table keeps its own filter (Table.autoFilter). Excel's
      // docs, "Apply an AutoFilter to a worksheet"/"Filter data" (learn.microsoft.com/office/dev/add-ins/excel/
      // excel-add-ins-worksheets#filter-data) describe one AutoFilter per sheet and tables' own filters; the
      // refusal of an overlapping range is what Excel's UI does ("You can't do that in a table") and is listed in
      // docs/addin.md as to check on real Excel.
      const table = this.ctx.host.model.tables.find((t) => t.sheet === sheet && intersect(t.rect, rect));
      if (table) throw new FakeOfficeError("InvalidOperation", `An AutoFilter cannot overlap the table "${table.name}".`);
      if (sheet.autoFilter && JSON.stringify(sheet.autoFilter.rect) !== JSON.stringify(rect)) {
        throw new FakeOfficeError("InvalidOperation", "The sheet already has an AutoFilter on another range.");
      }
      // `columnIndex` is "the zero-based column index to which the AutoFilter is applied" within `range`
      // (Excel.AutoFilter.apply, learn.microsoft.com/javascript/api/excel/excel.autofilter#excel-excel-autofilter-apply-member(1));
      // `criteria` holds one entry per column of that range, so a column outside it has nothing to filter.
      // VBA's Range.AutoFilter fails the same way for a Field beyond the list ("AutoFilter method of Range class
      // failed"). Refused before anything changes; the error code is a guess, listed in docs/addin.md to check.
      if (columnIndex !== undefined && (columnIndex < 0 || columnIndex >= cols(rect))) {
        throw new FakeOfficeError("InvalidArgument", `Column ${columnIndex} is outside the AutoFilter range (${cols(rect)} columns).`);
      }
      if (!sheet.autoFilter) sheet.autoFilter = { rect: { ...rect }, criteria: new Map() };
      if (columnIndex !== undefined && criteria) {
        if (String(criteria.filterOn ?? "Values") !== "Values") throw new Error("fake-excel: only Values filters are modelled");
        sheet.autoFilter.criteria.set(columnIndex, (criteria.values ?? []).map(String));
      }
      refilter(sheet);
    });
  }
  clearCriteria(): void {
    this.ctx.enqueue("AutoFilter.clearCriteria", 8, () => {
      const sheet = this.t;
      if (!sheet.autoFilter) throw new FakeOfficeError("InvalidOperation", "There is no AutoFilter on this sheet.");
      if (sheet.protected && !sheet.allowAutoFilter) throw new FakeOfficeError("AccessDenied", "The sheet is protected.");
      sheet.autoFilter.criteria.clear();
      refilter(sheet);
    });
  }
  remove(): void {
    this.ctx.enqueue("AutoFilter.remove", 8, () => {
      const sheet = this.t;
      // Not even with "Use AutoFilter" allowed (Protection.AllowFiltering remarks, as in `apply`).
      if (sheet.protected && sheet.autoFilter) throw new FakeOfficeError("AccessDenied", "The sheet is protected.");
      sheet.autoFilter = null;
      sheet.filteredRows.clear();
    });
  }
  getRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const s = this.t;
      if (!s.autoFilter) throw new FakeOfficeError("ItemNotFound", "There is no AutoFilter on this sheet.");
      return { sheet: s, rect: { ...s.autoFilter.rect } };
    });
  }
  getRangeOrNullObject(): FakeRange {
    return new FakeRange(this.ctx, () => (this.t.autoFilter ? { sheet: this.t, rect: { ...this.t.autoFilter.rect } } : null), true);
  }
}

function criteriaArray(af: { rect: Rect; criteria: Map<number, string[]> } | null): Array<{ filterOn?: string; values?: string[] }> {
  if (!af) return [];
  return Array.from({ length: cols(af.rect) }, (_, c) => {
    const values = af.criteria.get(c);
    return values ? { filterOn: "Values", values: [...values] } : {};
  });
}

function refilter(sheet: SheetModel): void {
  sheet.filteredRows.clear();
  const af = sheet.autoFilter;
  if (!af) return;
  for (let r = af.rect.r0 + 1; r <= af.rect.r1; r++) {
    for (const [c, values] of af.criteria) {
      const v = String(sheet.cell(r, af.rect.c0 + c)?.value ?? "");
      if (!values.includes(v)) sheet.filteredRows.add(r);
    }
  }
}

class FakeNamedItems extends FakeCollection<NameModel, FakeNamedItem> {
  constructor(
    ctx: FakeContext,
    private readonly sheetOf: (() => SheetModel) | null,
  ) {
    super(ctx, "NamedItemCollection", () => [...(sheetOf ? sheetOf().names : ctx.host.model.names).values()]);
  }
  private map(): Map<string, NameModel> {
    return this.sheetOf ? this.sheetOf().names : this.ctx.host.model.names;
  }
  protected wrap(model: NameModel): FakeNamedItem {
    return immediate(this.ctx, (ctx) => new FakeNamedItem(ctx, () => model));
  }
  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    let created: NameModel | null = null;
    this.ctx.enqueue("NamedItemCollection.add", jsonSize(name) + jsonSize(reference) + jsonSize(comment), () => {
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name)) throw new FakeOfficeError("InvalidArgument", `"${name}" is not a valid name.`);
      const map = this.map();
      if (map.has(name.toLowerCase())) throw new FakeOfficeError("ItemAlreadyExists", `The name "${name}" already exists.`);
      const model = this.ctx.host.model;
      const sheet = this.sheetOf ? this.sheetOf() : null;
      let ref: NameModel["ref"];
      let formula: string;
      if (typeof reference === "string") {
        ref = model.parseReference(reference, sheet);
        formula = reference.startsWith("=") ? reference : `=${reference}`;
        if (ref) formula = `=${quote(ref.sheet.name)}!${absolute(ref.rect)}`;
      } else {
        const t = reference.resolved();
        ref = { sheet: t.sheet, rect: { ...t.rect } };
        formula = `=${quote(t.sheet.name)}!${absolute(t.rect)}`;
      }
      created = { name, sheet, ref, formula, comment: comment ?? "" };
      map.set(name.toLowerCase(), created);
    });
    return new FakeNamedItem(this.ctx, () => created);
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, () => {
      const n = this.map().get(name.toLowerCase());
      if (!n) throw new FakeOfficeError("ItemNotFound", `The name "${name}" does not exist.`);
      return n;
    });
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, () => this.map().get(name.toLowerCase()) ?? null, true);
  }
}

class FakeNamedItem extends FakeProxy<NameModel> {
  constructor(ctx: FakeContext, resolve: () => NameModel | null, orNull = false) {
    super(ctx, "NamedItem", resolve, orNull);
  }
  protected override defaultProps(): string[] {
    return ["name", "type", "value", "formula", "comment"];
  }
  protected override read(prop: string): unknown {
    const n = this.t;
    switch (prop) {
      case "name":
        return n.name;
      case "type":
        return n.ref ? "Range" : "String";
      case "value":
        return n.formula.replace(/^=/, "");
      case "formula":
        return n.formula;
      case "comment":
        return n.comment;
      case "visible":
        return true;
      default:
        throw new Error(`fake-excel: NamedItem.${prop} is not modelled`);
    }
  }
  get name(): string {
    return this.get("name");
  }
  get type(): string {
    return this.get("type");
  }
  get value(): string {
    return this.get("value");
  }
  get formula(): string {
    return this.get("formula");
  }
  set formula(v: string) {
    this.set("formula", v, () => {
      const n = this.t;
      const model = this.ctx.host.model;
      n.ref = model.parseReference(v, n.sheet);
      n.formula = n.ref ? `=${quote(n.ref.sheet.name)}!${absolute(n.ref.rect)}` : v;
    });
  }
  get comment(): string {
    return this.get("comment");
  }
  getRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const n = this.t;
      if (!n.ref) throw new FakeOfficeError("InvalidArgument", "The name does not refer to a range.");
      return { sheet: n.ref.sheet, rect: { ...n.ref.rect } };
    });
  }
  getRangeOrNullObject(): FakeRange {
    return new FakeRange(this.ctx, () => (this.t.ref ? { sheet: this.t.ref.sheet, rect: { ...this.t.ref.rect } } : null), true);
  }
  delete(): void {
    this.ctx.enqueue("NamedItem.delete", 8, () => {
      const n = this.t;
      (n.sheet ? n.sheet.names : this.ctx.host.model.names).delete(n.name.toLowerCase());
    });
  }
}

class FakeSettings extends FakeCollection<{ key: string }, FakeSetting> {
  constructor(ctx: FakeContext) {
    super(ctx, "SettingCollection", () => [...ctx.host.model.settings.keys()].map((key) => ({ key })));
  }
  protected wrap(model: { key: string }): FakeSetting {
    return immediate(this.ctx, (ctx) => new FakeSetting(ctx, () => model));
  }
  add(key: string, value: unknown): FakeSetting {
    this.ctx.enqueue("SettingCollection.add", jsonSize(key) + jsonSize(value), () => {
      const bytes = jsonSize([...this.ctx.host.model.settings.entries()]) + jsonSize(value);
      if (bytes > 2 * 1024 * 1024) throw new FakeOfficeError("InvalidArgument", "Settings are limited to 2 MB.");
      this.ctx.host.model.settings.set(key, clone(value));
    });
    return new FakeSetting(this.ctx, () => ({ key }));
  }
  getItem(key: string): FakeSetting {
    return new FakeSetting(this.ctx, () => {
      if (!this.ctx.host.model.settings.has(key)) throw new FakeOfficeError("ItemNotFound", `No setting "${key}".`);
      return { key };
    });
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.ctx, () => (this.ctx.host.model.settings.has(key) ? { key } : null), true);
  }
}

class FakeSetting extends FakeProxy<{ key: string }> {
  constructor(ctx: FakeContext, resolve: () => { key: string } | null, orNull = false) {
    super(ctx, "Setting", resolve, orNull);
  }
  protected override defaultProps(): string[] {
    return ["key", "value"];
  }
  protected override read(prop: string): unknown {
    const { key } = this.t;
    if (prop === "key") return key;
    if (prop === "value") return this.ctx.host.model.settings.get(key);
    throw new Error(`fake-excel: Setting.${prop} is not modelled`);
  }
  get key(): string {
    return this.get("key");
  }
  get value(): unknown {
    return this.get("value");
  }
  delete(): void {
    this.ctx.enqueue("Setting.delete", 8, () => this.ctx.host.model.settings.delete(this.t.key));
  }
}

/**
 * Range.dataValidation (ExcelApi 1.8). Modelled: `rule = { list: { inCellDropDown, source } }` with a
 * comma-separated source string (Excel limits such a list to 255 characters), `type` ("None", "List",
 * "Inconsistent" for different rules, "MixedCriteria" when only some cells have one, as the DataValidationType
 * docs define them), and `clear()`. Docs: learn.microsoft.com/javascript/api/excel/excel.datavalidation and
 * excel.listdatavalidation.
 */
class FakeDataValidation extends FakeProxy<RangeTarget> {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(ctx, "DataValidation", () => range.resolved());
  }
  protected override read(prop: string): unknown {
    const { sheet, rect } = this.t;
    if (prop === "type") {
      const keys = new Set<string>();
      let without = 0;
      for (let r = rect.r0; r <= rect.r1; r++)
        for (let c = rect.c0; c <= rect.c1; c++) {
          const v = sheet.cell(r, c)?.validation;
          if (v) keys.add(JSON.stringify(v));
          else without += 1;
        }
      if (keys.size === 0) return "None";
      if (without > 0) return "MixedCriteria";
      return keys.size === 1 ? "List" : "Inconsistent";
    }
    if (prop === "rule") {
      const v = sheet.cell(rect.r0, rect.c0)?.validation;
      return v ? clone(v) : {};
    }
    if (prop === "valid") return true;
    throw new Error(`fake-excel: DataValidation.${prop} is not modelled`);
  }
  get type(): string {
    return this.get("type");
  }
  get rule(): any {
    return this.get("rule");
  }
  set rule(v: any) {
    this.set("rule", v, () => {
      this.range.assertWritable();
      const list = v?.list;
      if (!list || typeof list.source !== "string") throw new Error("fake-excel: only list rules with a text source are modelled");
      if (list.source.length > 255) throw new FakeOfficeError("InvalidArgument", "The list source is longer than 255 characters.");
      const rule: ListValidation = { list: { inCellDropDown: list.inCellDropDown ?? true, source: list.source } };
      this.range.forEachCell(true, (cell) => (cell.validation = clone(rule)));
    });
  }
  set ignoreBlanks(v: boolean) {
    this.set("ignoreBlanks", v, () => undefined);
  }
  clear(): void {
    this.ctx.enqueue("DataValidation.clear", 16, () => {
      this.range.assertWritable();
      this.range.forEachCell(false, (cell) => (cell.validation = null));
    });
  }
}

/** Worksheet.charts (ExcelApi 1.1): add(type, sourceData, seriesBy), getItemAt, items; learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-charts. */
class FakeCharts extends FakeCollection<ChartModel, FakeChart> {
  constructor(
    ctx: FakeContext,
    private readonly sheetOf: () => SheetModel,
  ) {
    super(ctx, "ChartCollection", () => [...sheetOf().charts]);
  }
  protected wrap(model: ChartModel): FakeChart {
    return immediate(this.ctx, (ctx) => new FakeChart(ctx, () => model));
  }
  add(type: string, sourceData: FakeRange, seriesBy: string = "Auto"): FakeChart {
    let created: ChartModel | null = null;
    this.ctx.enqueue("ChartCollection.add", 64, () => {
      const sheet = this.sheetOf();
      const source = sourceData.resolved();
      if (sheet.protected) throw new FakeOfficeError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");
      if (source.sheet !== sheet) throw new Error("fake-excel: a chart's source on another sheet is not modelled");
      const taken = new Set(sheet.charts.map((c) => c.name));
      let n = sheet.charts.length + 1;
      while (taken.has(`Chart ${n}`)) n++;
      created = {
        name: `Chart ${n}`,
        chartType: String(type),
        sheet,
        source: { ...source.rect },
        seriesBy: String(seriesBy),
        title: "",
        position: null,
      };
      sheet.charts.push(created);
    });
    return new FakeChart(this.ctx, () => created);
  }
  getItemAt(index: number): FakeChart {
    return new FakeChart(this.ctx, () => {
      const chart = this.sheetOf().charts[index];
      if (!chart) throw new FakeOfficeError("ItemNotFound", `There is no chart at ${index}.`);
      return chart;
    });
  }
}

class FakeChart extends FakeProxy<ChartModel> {
  constructor(ctx: FakeContext, resolve: () => ChartModel | null) {
    super(ctx, "Chart", resolve);
  }
  protected override defaultProps(): string[] {
    return ["name", "chartType"];
  }
  protected override read(prop: string): unknown {
    if (prop === "name") return this.t.name;
    if (prop === "chartType") return this.t.chartType;
    throw new Error(`fake-excel: Chart.${prop} is not modelled`);
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.set("name", v, () => (this.t.name = v));
  }
  get chartType(): string {
    return this.get("chartType");
  }
  get title(): { text: string } {
    const self = this;
    return {
      set text(v: string) {
        self.set("title.text", v, () => (self.t.title = v));
      },
      get text(): string {
        throw new Error("fake-excel: read Chart.title.text through the model");
      },
    };
  }
  get legend(): any {
    return { set visible(_v: boolean) {}, set position(_v: string) {} };
  }
  setPosition(startCell: string, endCell?: string): void {
    this.set("setPosition", [startCell, endCell], () => (this.t.position = [startCell, endCell ?? startCell]));
  }
  delete(): void {
    this.ctx.enqueue("Chart.delete", 16, () => {
      const sheet = this.t.sheet;
      if (sheet.protected) throw new FakeOfficeError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");
      sheet.charts = sheet.charts.filter((c) => c !== this.t);
    });
  }
}

class FakeWorksheets extends FakeCollection<SheetModel, FakeWorksheet> {
  constructor(ctx: FakeContext) {
    super(ctx, "WorksheetCollection", () => [...ctx.host.model.sheets]);
  }
  protected wrap(model: SheetModel): FakeWorksheet {
    return immediate(this.ctx, (ctx) => new FakeWorksheet(ctx, () => model));
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.host.model.sheet(name));
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(
      this.ctx,
      () => this.ctx.host.model.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null,
      true,
    );
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.host.model.activeSheet ?? this.ctx.host.model.sheets[0]);
  }
  add(name?: string): FakeWorksheet {
    let created: SheetModel | null = null;
    this.ctx.enqueue("WorksheetCollection.add", jsonSize(name), () => {
      const model = this.ctx.host.model;
      created = new SheetModel(name ?? `Sheet${model.sheets.length + 1}`);
      model.sheets.push(created);
    });
    return new FakeWorksheet(this.ctx, () => created);
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly tables: FakeTables;
  readonly names: FakeNamedItems;
  readonly settings: FakeSettings;
  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.tables = new FakeTables(ctx, null);
    this.names = new FakeNamedItems(ctx, null);
    this.settings = new FakeSettings(ctx);
  }
  get application(): any {
    return this.ctx.application;
  }
  getSelectedRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sel = this.ctx.host.model.selection;
      if (!sel || sel.areas.length === 0)
        throw new FakeOfficeError("InvalidSelection", "The current selection is invalid for this operation.");
      if (sel.areas.length > 1)
        throw new FakeOfficeError("InvalidSelection", "The current selection is invalid for this operation (multiple areas).");
      return { sheet: sel.sheet, rect: { ...sel.areas[0] } };
    });
  }
  getSelectedRanges(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      const sel = this.ctx.host.model.selection;
      if (!sel || sel.areas.length === 0)
        throw new FakeOfficeError("InvalidSelection", "The current selection is invalid for this operation.");
      return { sheet: sel.sheet, areas: sel.areas.map((a) => ({ ...a })) };
    });
  }
  getActiveCell(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sel = this.ctx.host.model.selection;
      if (!sel) throw new FakeOfficeError("InvalidSelection", "Nothing is selected.");
      return { sheet: sel.sheet, rect: { r0: sel.areas[0].r0, c0: sel.areas[0].c0, r1: sel.areas[0].r0, c1: sel.areas[0].c0 } };
    });
  }
}

// ---------------------------------------------------------------------------------------------
// The host: runs batches, counts syncs, measures payloads, injects failures.

export type SyncFailure = (info: SyncInfo) => FakeOfficeError | Error | null | undefined | false;

/** One queued operation as a refusal rule sees it: its name and its 0-based place in the batch. */
export interface OperationInfo {
  name: string;
  index: number;
}

export type OperationRefusal = (op: OperationInfo, info: SyncInfo) => FakeOfficeError | Error | null | undefined | false;

class FakeHost {
  syncs: SyncRecord[] = [];
  private responseBytes = 0;
  failures: SyncFailure[] = [];
  refusals: OperationRefusal[] = [];
  constructor(
    readonly model: WorkbookModel,
    readonly payloadLimit: number,
  ) {}

  addResponseBytes(snapshot: Map<string, unknown>): void {
    for (const v of snapshot.values()) this.responseBytes += jsonSize(v);
  }

  async executeSync(ops: Operation[]): Promise<void> {
    const info: SyncInfo = {
      syncNumber: this.syncs.length + 1,
      operations: ops.map((o) => o.name),
      requestBytes: ops.reduce((n, o) => n + o.bytes, 0),
    };
    const record: SyncRecord = { ...info, responseBytes: 0 };
    this.syncs.push(record);
    // A real round trip is asynchronous; yield so callers cannot rely on synchronous completion.
    await Promise.resolve();
    for (const failure of this.failures) {
      const error = failure(info);
      if (error) throw error;
    }
    if (info.requestBytes > this.payloadLimit) {
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload (${info.requestBytes} bytes) is larger than the ${this.payloadLimit}-byte limit.`,
      );
    }
    this.responseBytes = 0;
    // A batch is not a transaction: Excel runs its operations in order and stops at the first that fails; the ones
    // before it stay done (OfficeExtension.Error.traceMessages: "all trace messages that were executed before the
    // error occurred", learn.microsoft.com/javascript/api/office/officeextension.error). A refusal rule makes one
    // operation fail that way, for refusals the fake does not model by itself.
    ops.forEach((op, index) => {
      for (const refusal of this.refusals) {
        const error = refusal({ name: op.name, index }, info);
        if (error) throw error;
      }
      op.run();
    });
    record.responseBytes = this.responseBytes;
    if (this.responseBytes > this.payloadLimit) {
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload (${this.responseBytes} bytes) is larger than the ${this.payloadLimit}-byte limit.`,
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Factory

export interface FakeSheetSpec {
  /** Rows of cell values starting at `at` (default A1). */
  values?: unknown[][];
  at?: string;
  /** Number formats for ranges, e.g. { "C2:C9": "@" }. */
  numberFormats?: Record<string, string>;
  /** Formulas by cell address, e.g. { "D2": "=B2*2" }. */
  formulas?: Record<string, string>;
  tables?: Array<{ name: string; address: string }>;
  merged?: string[];
  protected?: boolean;
  /** With `protected`: the "Use AutoFilter" protection option (see `SheetModel.allowAutoFilter`). */
  allowAutoFilter?: boolean;
  /** 1-based row numbers hidden by the user. */
  hiddenRows?: number[];
}

export interface FakeExcelSpec {
  sheets: Record<string, FakeSheetSpec>;
  /** "Sheet1!B2" or "Sheet1!A:A"; several comma-separated areas ("Sheet1!A1:A5,Sheet1!C1:C5"); null for nothing selected. */
  selection?: string | null;
  /** Bytes allowed per request and per response (Excel on the web: 5 MB). */
  payloadLimit?: number;
}

export interface FakeExcel {
  /** Pass where the adapter expects `Excel.run`. */
  run: <T>(batch: (context: any) => Promise<T>) => Promise<T>;
  /** A minimal `Excel` namespace (run + the enums the adapter may use) for the browser harness. */
  Excel: Record<string, unknown>;
  workbook: WorkbookModel;
  /** Syncs so far, over every run. */
  syncCount(): number;
  syncLog(): SyncRecord[];
  resetSyncCount(): void;
  /** Makes matching syncs throw (before anything in them is applied). Returns a function that removes the rule. */
  failSync(rule: SyncFailure): () => void;
  /**
   * Makes matching operations fail as Excel refuses one: the operations queued before it in the same sync are
   * applied, it and the ones after it are not. Returns a function that removes the rule.
   */
  refuseOperation(rule: OperationRefusal): () => void;
  select(address: string | null): void;
  sheet(name: string): SheetModel;
  /** Values of a range, e.g. values("Sheet1", "A1:C3"). */
  values(sheet: string, address: string): CellValue[][];
  formulas(sheet: string, address: string): (string | null)[][];
  numberFormats(sheet: string, address: string): string[][];
  cell(sheet: string, address: string): CellModel | undefined;
  /** A deep copy of every cell of a sheet, keyed by A1 address, for "nothing changed" assertions. */
  snapshot(sheet: string): Record<string, CellModel>;
}

export function createFakeExcel(spec: FakeExcelSpec): FakeExcel {
  const model = new WorkbookModel();
  for (const [name, sheetSpec] of Object.entries(spec.sheets)) {
    const sheet = new SheetModel(name);
    model.sheets.push(sheet);
    const origin = parseAddress(sheetSpec.at ?? "A1").rect;
    for (const [range, format] of Object.entries(sheetSpec.numberFormats ?? {})) {
      const rect = parseAddress(range).rect;
      for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) sheet.cellForWrite(r, c).numberFormat = format;
    }
    (sheetSpec.values ?? []).forEach((row, i) =>
      row.forEach((value, j) => {
        if (value === null || value === undefined || value === "") return;
        assign(sheet.cellForWrite(origin.r0 + i, origin.c0 + j), value);
      }),
    );
    for (const [address, formula] of Object.entries(sheetSpec.formulas ?? {})) {
      const { rect } = parseAddress(address);
      const cell = sheet.cellForWrite(rect.r0, rect.c0);
      cell.formula = formula;
      cell.value = 0;
    }
    for (const m of sheetSpec.merged ?? []) sheet.merged.push(parseAddress(m).rect);
    for (const r of sheetSpec.hiddenRows ?? []) sheet.hiddenRows.add(r - 1);
    sheet.protected = sheetSpec.protected ?? false;
    sheet.allowAutoFilter = sheetSpec.allowAutoFilter ?? false;
    for (const t of sheetSpec.tables ?? []) addTable(model, sheet, t.name, parseAddress(t.address).rect, true);
  }
  model.activeSheet = model.sheets[0] ?? null;

  const host = new FakeHost(model, spec.payloadLimit ?? DEFAULT_PAYLOAD_LIMIT);

  const select = (address: string | null) => {
    if (address === null) {
      model.selection = null;
      return;
    }
    const areas = address.split(",").map((a) => parseAddress(a));
    const sheetName = areas[0].sheet ?? model.activeSheet?.name;
    if (!sheetName) throw new Error("fake-excel: selection needs a sheet");
    const sheet = model.sheet(sheetName);
    model.selection = { sheet, areas: areas.map((a) => a.rect) };
    model.activeSheet = sheet;
  };
  select(spec.selection === undefined ? `${model.sheets[0]?.name}!A1` : spec.selection);

  const run = async <T>(batch: (context: any) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(host);
    const result = await batch(ctx);
    // As in office.js (ClientRequestContext._runExplicitBatch): what is still queued is sent when the batch
    // resolves, and dropped when it rejects.
    if (ctx.queue.length > 0) await ctx.sync();
    return result;
  };

  const rectOf = (address: string) => parseAddress(address).rect;
  const grid = <V>(sheetName: string, address: string, pick: (cell: CellModel | undefined) => V): V[][] => {
    const sheet = model.sheet(sheetName);
    const rect = rectOf(address);
    const out: V[][] = [];
    for (let r = rect.r0; r <= rect.r1; r++) {
      const row: V[] = [];
      for (let c = rect.c0; c <= rect.c1; c++) row.push(pick(sheet.cell(r, c)));
      out.push(row);
    }
    return out;
  };

  return {
    run,
    Excel: {
      run,
      InsertShiftDirection: { right: "Right", down: "Down" },
      DeleteShiftDirection: { left: "Left", up: "Up" },
      ClearApplyTo: {
        all: "All",
        formats: "Formats",
        contents: "Contents",
        hyperlinks: "Hyperlinks",
        removeHyperlinks: "RemoveHyperlinks",
      },
      ConditionalFormatType: { cellValue: "CellValue", containsText: "ContainsText", custom: "Custom" },
      ConditionalCellValueOperator: { equalTo: "EqualTo" },
      FilterOn: { values: "Values" },
      ChartType: { columnClustered: "ColumnClustered", barClustered: "BarClustered" },
      ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
      DataValidationType: { none: "None", list: "List", inconsistent: "Inconsistent", mixedCriteria: "MixedCriteria" },
    },
    workbook: model,
    syncCount: () => host.syncs.length,
    syncLog: () => host.syncs.map((s) => ({ ...s, operations: [...s.operations] })),
    resetSyncCount: () => {
      host.syncs = [];
    },
    failSync: (rule) => {
      host.failures.push(rule);
      return () => {
        host.failures = host.failures.filter((f) => f !== rule);
      };
    },
    refuseOperation: (rule) => {
      host.refusals.push(rule);
      return () => {
        host.refusals = host.refusals.filter((f) => f !== rule);
      };
    },
    select,
    sheet: (name) => model.sheet(name),
    values: (sheet, address) => grid(sheet, address, (c) => c?.value ?? ""),
    formulas: (sheet, address) => grid(sheet, address, (c) => c?.formula ?? null),
    numberFormats: (sheet, address) => grid(sheet, address, (c) => c?.numberFormat ?? "General"),
    cell: (sheet, address) => {
      const rect = rectOf(address);
      return model.sheet(sheet).cell(rect.r0, rect.c0);
    },
    snapshot: (sheetName) => {
      const sheet = model.sheet(sheetName);
      const out: Record<string, CellModel> = {};
      for (const [c, col] of sheet.columns) {
        for (const [r, cell] of col) out[`${colLetter(c)}${r + 1}`] = clone(cell);
      }
      return out;
    },
  };
}
