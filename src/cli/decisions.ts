import * as os from "node:os";
import {
  BASIS_HEADER,
  DECISION_HEADERS,
  DECISION_LABELS,
  DECISION_VALUES,
  carryForward,
  countDecision,
  emptyDecisionCounts,
  evaluateRow,
  parseDecisionCell,
  priorDecisionOf,
  subjectOf,
  supplierKey,
  type CarryForwardResult,
  type DecisionCounts,
  type DecisionState,
  type DecisionValue,
  type PriorDecision,
  type Subject,
} from "../core/decisions";
import { promises as fs } from "node:fs";
import { bundledDataset, datasetFingerprint, parseDataset } from "../core";
import { buildReportGrid, type ReportGrid, type ReportInput, type ReportRow, type ReportSector } from "../core/report";
import { bundledSectorBook, countSector, emptySectorCounts } from "../core/sector";
import { shownText, shownValue } from "./cell-text";
import { columnLetter, detectColumn, normaliseHeader, OUTPUT_HEADERS } from "./columns";
import { UsageError } from "./errors";
import { readInput, type InputTable } from "./read-input";
import { isBlankSupplier, matchText, resultListing } from "./report";
import type { ChosenColumns, ScreenedRow } from "./screen-rows";

/**
 * The CLI's decisions (issue 13). `--decisions PREVIOUS.xlsx|.csv` carries the decisions of an earlier screened
 * file forward onto this run's rows; the decision columns of the input itself (a re-run on an earlier output)
 * are checked against the new results. Same rules as the pane (core/decisions): a decision goes only to a row
 * of the same supplier, stands only for what it was made about, and is never cleared or changed. The user's
 * four cells are written only where a decision is carried into a row whose four cells are blank; the
 * add-in's own "Decision basis" cell is rewritten on every run. The .xlsx side (cells, list validation,
 * report sheet) is in decisions-xlsx.ts.
 */

/** The five decision headers in their order: the user's four, then the add-in's basis column. */
export const ALL_DECISION_HEADERS: readonly string[] = [...DECISION_HEADERS, BASIS_HEADER];

function columnOf(headers: readonly string[], header: string): number {
  const wanted = normaliseHeader(header);
  return headers.findIndex((h) => normaliseHeader(h ?? "") === wanted);
}

/** True for a header row that holds a "WRO decision" column. */
export function hasDecisionColumn(headers: readonly string[]): boolean {
  return columnOf(headers, DECISION_HEADERS[0]) !== -1;
}

/**
 * The decisions of an earlier screened file, read with the CLI's own reader. The supplier column is the one
 * headed like this run's supplier column when the earlier file has it, else the one detected as in an input;
 * decision columns are found by header. Throws a UsageError naming what is missing.
 */
export function priorDecisionsFrom(table: InputTable, supplierHeader?: string): PriorDecision[] {
  const { headers } = table;
  const risk = columnOf(headers, OUTPUT_HEADERS[0]);
  const match = columnOf(headers, OUTPUT_HEADERS[1]);
  const [decision, by, on, reason] = DECISION_HEADERS.map((h) => columnOf(headers, h));
  const basis = columnOf(headers, BASIS_HEADER);
  if (risk < 0) throw new UsageError(`${table.path} has no "WRO risk" column: it is not a file the screener wrote.`);
  if (decision < 0) throw new UsageError(`${table.path} has no "WRO decision" column: there are no decisions to carry forward.`);
  let supplier = supplierHeader && normaliseHeader(supplierHeader) !== "" ? columnOf(headers, supplierHeader) : -1;
  if (supplier < 0) {
    const found = detectColumn(headers, "supplier");
    if (found.kind !== "found") {
      throw new UsageError(
        `${table.path}: cannot tell which column holds the supplier` +
          (supplierHeader ? ` (no column is headed "${supplierHeader}")` : "") +
          `${found.kind === "ambiguous" ? "; more than one column could be it" : ""}.`,
      );
    }
    supplier = found.index;
  }
  const cell = (row: unknown[], i: number) => (i < 0 ? null : shownValue(row[i]));
  const prior: PriorDecision[] = [];
  for (const row of table.rows) {
    const p = priorDecisionOf({
      origin: row.rowNumber,
      supplier: cell(row.cells, supplier),
      riskCell: cell(row.cells, risk),
      matchCell: cell(row.cells, match),
      decisionCell: cell(row.cells, decision),
      byCell: cell(row.cells, by),
      onCell: cell(row.cells, on),
      reasonCell: cell(row.cells, reason),
      basisCell: cell(row.cells, basis),
    });
    if (p) prior.push(p);
  }
  return prior;
}

/** Reads `--decisions FILE`: the first sheet with a "WRO decision" column, for a workbook. */
export async function readPriorDecisions(file: string, shownName: string, supplierHeader: string): Promise<PriorDecision[]> {
  const table = await readInput(file, { wantSheet: hasDecisionColumn }, shownName);
  return priorDecisionsFrom(table, supplierHeader);
}

/** Places earlier decisions on the rows of a new screening with the core rules (kept / outdated / unplaced). */
export function carryDecisions(prior: PriorDecision[], screened: readonly ScreenedRow[]): CarryForwardResult {
  return carryForward(
    prior,
    screened.map((s) => subjectOf(s.input, s.result)),
  );
}

/** "12 decisions carried forward: 10 kept, 2 outdated; 1 had no row (row 14)." */
export function carrySummary(result: CarryForwardResult): string {
  const placed = result.rows.filter((r) => r !== null);
  const outdated = placed.filter((r) => r!.state === "outdated").length;
  const gone = result.unplaced.length;
  const rows = result.unplaced
    .slice(0, 10)
    .map((p) => p.origin)
    .join(", ");
  return (
    `${placed.length + gone} decision${placed.length + gone === 1 ? "" : "s"} carried forward: ${placed.length - outdated} kept, ${outdated} outdated` +
    (gone ? `; ${gone} had no row in this file (earlier row${gone === 1 ? "" : "s"} ${rows}${gone > 10 ? ", …" : ""}).` : ".")
  );
}

/** What the run does with one screened row's decision columns, its "Decision basis" text aside (`RowDecisionPlan`). */
export interface RowDecision {
  rowNumber: number;
  state: DecisionState;
  value: DecisionValue | null;
  by: string;
  on: string;
  reason: string;
  /** "Decision outdated: …", the unrecognised text of the decision cell, or "". */
  check: string;
  /** Set when a decision was carried from --decisions: the four user cells to write (they were blank). */
  carried: [string, string, string, string] | null;
}

/** A row's decision with the new "Decision basis" text. */
export interface RowDecisionPlan extends RowDecision {
  basis: string;
}

export interface DecisionPlan {
  /** 0-based output columns of the five decision headers (user's four, then "Decision basis"). */
  columns: number[];
  /** Per column: true when the input already had it (its header and the user's cells stay as they are). */
  existing: boolean[];
  /** Screened rows, in order (the plan's rows are those of `screened`). */
  rowCount: number;
  /** 1-based sheet row of the last screened row (0 when none). */
  lastRowNumber: number;
  /** Screened row `i`'s decision (0-based, in order), without the basis text. */
  decision(i: number): RowDecision;
  /**
   * Screened row `i`'s new "Decision basis" text, worked out again from the row (the core rules are pure, so it
   * is the text the plan was made with): a million rows' basis texts are not held, only written.
   */
  basis(i: number): string;
  /** `decision(i)` with `basis(i)`. */
  row(i: number): RowDecisionPlan;
  counts: DecisionCounts;
  /** The carry-forward from --decisions, when given. */
  carry: CarryForwardResult | null;
  /** Earlier decisions not carried because their supplier's rows already hold decisions of their own. */
  superseded: PriorDecision[];
  /** Lines for stderr. */
  messages: string[];
}

/** The last column holding a header or any value (the same rule the result columns are placed by). */
function lastUsedColumn(table: InputTable): number {
  let last = table.headers.reduce((l, h, i) => ((h ?? "").trim() !== "" ? i : l), -1);
  for (const row of table.rows) {
    for (let i = row.cells.length - 1; i > last; i--) {
      if (shownText(row.cells[i]).trim() !== "") {
        last = i;
        break;
      }
    }
  }
  return last;
}

function textOf(value: unknown): string {
  return shownText(value).trim();
}

/**
 * Decides what the decision columns of the output hold. `resultColumns` are where the three result columns
 * go (write-output's outputColumnIndexes). The input's own decisions stay in their rows and are checked
 * against the new result; earlier decisions from --decisions go only to rows whose four decision cells are
 * blank, never over a user's cell.
 */
/**
 * A row's decision as printed by --format json (the `decision` field) and --format csv (the decision_* columns):
 * `decision` is the word of the list ("cleared", "confirmed", "escalated") or null; `state` says whether it still
 * holds for this run's result ("current"), no longer does ("outdated", with `check` saying what changed), was
 * never made ("undecided") or is text that is not a decision ("unrecognised").
 */
export interface DecisionJson {
  decision: DecisionValue | null;
  state: DecisionState;
  by: string;
  on: string;
  reason: string;
  /** The "Decision basis" text this run writes. */
  basis: string;
  /** "Decision outdated: …", "Not a decision: …", or "". */
  check: string;
  /** True when the decision was carried from --decisions. */
  carried: boolean;
}

export function decisionJson(plan: RowDecisionPlan): DecisionJson {
  return {
    decision: plan.value,
    state: plan.state,
    by: plan.by,
    on: plan.on,
    reason: plan.reason,
    basis: plan.basis,
    check: plan.check,
    carried: plan.carried !== null,
  };
}

/** The order of `DecisionState`s and of decision values in a plan's per-row codes. */
const STATES: readonly DecisionState[] = ["undecided", "current", "outdated", "unrecognised"];
const VALUES: readonly (DecisionValue | null)[] = [null, ...DECISION_VALUES];

/** By, on, reason, check and a carried decision: kept only for the rows that have any (a decision, typed cells). */
type RowDetails = Pick<RowDecision, "by" | "on" | "reason" | "check" | "carried">;
const NO_DETAILS: RowDetails = { by: "", on: "", reason: "", check: "", carried: null };

export function planDecisions(
  table: InputTable,
  screened: readonly ScreenedRow[],
  resultColumns: readonly number[],
  prior: PriorDecision[] | null,
): DecisionPlan {
  const inputColumns = ALL_DECISION_HEADERS.map((h) => columnOf(table.headers, h));
  let next = Math.max(lastUsedColumn(table), ...resultColumns) + 1;
  const columns = inputColumns.map((c) => (c !== -1 ? c : next++));
  const existing = inputColumns.map((c) => c !== -1);
  const cellOf = (s: ScreenedRow, k: number) => (inputColumns[k] === -1 ? null : s.row.cells[inputColumns[k]]);
  const subjectAt = (i: number): Subject | null =>
    isBlankSupplier(screened[i].result) ? null : subjectOf(screened[i].input, screened[i].result);
  /** The core rules on row i's own cells (a row without a carried decision). */
  const evaluate = (i: number) => {
    const s = screened[i];
    return evaluateRow({
      decisionCell: shownValue(cellOf(s, 0)),
      byCell: shownValue(cellOf(s, 1)),
      onCell: cellOf(s, 2) instanceof Date ? cellOf(s, 2) : shownValue(cellOf(s, 2)),
      reasonCell: shownValue(cellOf(s, 3)),
      basisCell: shownValue(cellOf(s, 4)),
      now: subjectAt(i),
    });
  };

  let carry: CarryForwardResult | null = null;
  const carried = new Map<number, NonNullable<CarryForwardResult["rows"][number]>>();
  let superseded: PriorDecision[] = [];
  if (prior) {
    // A row takes a carried decision only when its four cells are all blank and its supplier is not.
    const open = screened.map((s) => !isBlankSupplier(s.result) && [0, 1, 2, 3].every((k) => textOf(cellOf(s, k)) === ""));
    const openRows = screened.map((_, i) => i).filter((i) => open[i]);
    const placeable = prior.filter((p) => supplierKey(p.about.supplier) !== "");
    carry = carryForward(
      placeable,
      openRows.map((i) => subjectAt(i)!),
    );
    carry.rows.forEach((c, j) => c && carried.set(openRows[j], c));
    // Blank-supplier decisions cannot be placed on any row: reported with the unplaced ones.
    carry.unplaced.push(...prior.filter((p) => supplierKey(p.about.supplier) === ""));
    const ownSuppliers = new Set(screened.filter((s, i) => !open[i] && !isBlankSupplier(s.result)).map((s) => supplierKey(s.input)));
    superseded = carry.unplaced.filter((p) => ownSuppliers.has(supplierKey(p.about.supplier)));
    carry.unplaced = carry.unplaced.filter((p) => !ownSuppliers.has(supplierKey(p.about.supplier))).sort((a, b) => a.origin - b.origin);
  }

  // Per row: the state and the decision as one byte each; the texts only where a row has any.
  const states = new Uint8Array(screened.length);
  const values = new Uint8Array(screened.length);
  const details: RowDetails[] = [];
  const counts = emptyDecisionCounts();
  const unrecognised: number[] = [];
  screened.forEach((s, i) => {
    const flagged = !isBlankSupplier(s.result) && s.result.risk !== "none";
    const c = carried.get(i);
    let state: DecisionState;
    let value: DecisionValue | null;
    let row: RowDetails;
    if (c) {
      const d = c.prior.decision;
      state = c.state;
      value = d.value;
      row = { by: d.by, on: d.on, reason: d.reason, check: c.message, carried: [DECISION_LABELS[d.value], d.by, d.on, d.reason] };
    } else {
      const parsed = parseDecisionCell(shownValue(cellOf(s, 0)));
      if (parsed.value === null) {
        // No decision in the cell: the core rules (evaluateRow) make the row "undecided", or "unrecognised" for other
        // text, with no message, whatever the other cells hold; only its basis text needs them (`basis`, when written).
        state = parsed.blank ? "undecided" : "unrecognised";
        value = null;
        row = {
          by: textOf(cellOf(s, 1)),
          on: textOf(cellOf(s, 2)),
          reason: textOf(cellOf(s, 3)),
          check: parsed.blank ? "" : `Not a decision: "${textOf(cellOf(s, 0))}"`,
          carried: null,
        };
      } else {
        const outcome = evaluate(i);
        state = outcome.state;
        value = outcome.decision?.value ?? null;
        row = {
          by: outcome.decision?.by ?? textOf(cellOf(s, 1)),
          on: outcome.decision?.on ?? textOf(cellOf(s, 2)),
          reason: outcome.decision?.reason ?? textOf(cellOf(s, 3)),
          check: outcome.message,
          carried: null,
        };
      }
    }
    states[i] = STATES.indexOf(state);
    values[i] = VALUES.indexOf(value);
    if (row.by !== "" || row.on !== "" || row.reason !== "" || row.check !== "" || row.carried) details[i] = row;
    if (state === "unrecognised") unrecognised.push(s.row.rowNumber);
    countDecision(counts, state, value, flagged);
  });

  const decision = (i: number): RowDecision => ({
    rowNumber: screened[i].row.rowNumber,
    state: STATES[states[i]],
    value: VALUES[values[i]],
    ...(details[i] ?? NO_DETAILS),
  });
  const basis = (i: number): string => carried.get(i)?.basisCell ?? evaluate(i).basisCell;

  const messages: string[] = [];
  if (carry) messages.push(carrySummary(carry));
  if (superseded.length) {
    messages.push(
      `${superseded.length} earlier decision${superseded.length === 1 ? " was" : "s were"} not carried: the supplier's rows in this file hold decisions of their own, which stand.`,
    );
  }
  for (const p of carry?.unplaced.slice(0, 20) ?? []) {
    messages.push(
      `  Not placed: row ${p.origin} "${p.about.supplier}" – ${DECISION_LABELS[p.decision.value]}${p.decision.by ? ` by ${p.decision.by}` : ""}${p.decision.on ? ` on ${p.decision.on}` : ""} (kept in the earlier file).`,
    );
  }
  if ((carry?.unplaced.length ?? 0) > 20) messages.push(`  … and ${carry!.unplaced.length - 20} more.`);
  if (unrecognised.length) {
    messages.push(
      `${unrecognised.length} "WRO decision" cell${unrecognised.length === 1 ? " holds" : "s hold"} text that is not a decision (row${unrecognised.length === 1 ? "" : "s"} ${unrecognised
        .slice(0, 10)
        .join(", ")}${unrecognised.length > 10 ? ", …" : ""}); left as typed, counted as undecided.`,
    );
  }
  return {
    columns,
    existing,
    rowCount: screened.length,
    lastRowNumber: screened.length ? screened[screened.length - 1].row.rowNumber : 0,
    decision,
    basis,
    row: (i) => ({ ...decision(i), basis: basis(i) }),
    counts,
    carry,
    superseded,
    messages,
  };
}

/** "Decisions on flagged rows: 3 Cleared, 1 Confirmed, 0 Escalated, 5 undecided (2 outdated)." */
export function decisionSummary(counts: DecisionCounts): string {
  const fmt = (n: number) => n.toLocaleString("en-GB");
  const values = DECISION_VALUES.map((v) => `${fmt(counts[v])} ${DECISION_LABELS[v].split(" ")[0]}`).join(", ");
  return ` Decisions: ${values}, ${fmt(counts.undecided)} undecided${counts.outdated ? ` (${fmt(counts.outdated)} outdated)` : ""}.`;
}

/**
 * For CSV output and a CSV input written as .xlsx (the writers copy the table's cells): puts the decision
 * headers and cells into the table, and the result headers where the writer will put them, so that the
 * writer places the result columns exactly as planned. The user's existing cells are never changed.
 */
export function applyDecisionsToTable(table: InputTable, plan: DecisionPlan, resultColumns: readonly number[]): void {
  const setHeader = (c: number, text: string) => {
    while (table.headers.length <= c) table.headers.push("");
    table.headers[c] = text;
  };
  resultColumns.forEach((c, k) => setHeader(c, OUTPUT_HEADERS[k]));
  plan.columns.forEach((c, k) => {
    if (!plan.existing[k]) setHeader(c, ALL_DECISION_HEADERS[k]);
  });
  const basisColumn = plan.columns[4];
  const byRow = new Map(table.rows.map((r) => [r.rowNumber, r]));
  for (let i = 0; i < plan.rowCount; i++) {
    const p = plan.row(i);
    const row = byRow.get(p.rowNumber);
    if (!row) continue;
    const set = (c: number, value: string) => {
      while (row.cells.length <= c) row.cells.push(null);
      row.cells[c] = value === "" ? null : value;
    };
    set(basisColumn, p.basis);
    if (p.carried) p.carried.forEach((v, k) => set(plan.columns[k], v));
  }
}

/** The dataset facts the report states, from the bundled dataset or the --dataset file the screener was built from. */
export async function reportDataset(datasetPath?: string): Promise<ReportInput["dataset"]> {
  const dataset = datasetPath === undefined ? bundledDataset() : parseDataset(await fs.readFile(datasetPath, "utf8"));
  return { version: dataset.version, compiled: dataset.compiled, sha256: datasetFingerprint(dataset), sources: dataset.sources };
}

/** The report sheet's grid for a CLI run. */
export function reportGridOf(
  table: InputTable,
  sheetName: string,
  screened: readonly ScreenedRow[],
  columns: ChosenColumns,
  plan: DecisionPlan | null,
  dataset: ReportInput["dataset"],
  at = new Date(),
): ReportGrid {
  return buildReportGrid(reportInputOf(table, sheetName, screened, columns, plan, dataset, at), columnLetter(columns.supplier));
}

/** The report's input for a CLI run (who: the computer's login name). */
export function reportInputOf(
  table: InputTable,
  sheetName: string,
  screened: readonly ScreenedRow[],
  columns: ChosenColumns,
  plan: DecisionPlan | null,
  dataset: ReportInput["dataset"],
  at: Date,
): ReportInput {
  const letter = columnLetter(columns.supplier);
  const named = (c: number | null) => (c === null ? null : `${columnLetter(c)} "${table.headers[c] ?? ""}"`);
  const first = screened[0]?.row.rowNumber ?? table.headerRowNumber + 1;
  const last = screened.length ? screened[screened.length - 1].row.rowNumber : first;
  const counts = { high: 0, review: 0, lifted: 0, none: 0 };
  const rows: ReportRow[] = [];
  screened.forEach((s, i) => {
    if (isBlankSupplier(s.result)) return;
    counts[s.result.risk] += 1;
    // Flagged rows only, as in the pane's report; a decision on a row now None is counted in the decision table.
    if (s.result.risk === "none") return;
    const p = plan?.decision(i);
    const decided = p && (p.state === "current" || p.state === "outdated");
    rows.push({
      rowNumber: s.row.rowNumber,
      supplier: s.input,
      risk: s.result.risk,
      match: matchText(s.result),
      listing: resultListing(s.result),
      decision: decided ? p.value : null,
      decidedBy: p?.by ?? "",
      decidedOn: p?.on ?? "",
      reason: p?.reason ?? "",
      check: p?.check ?? "",
    });
  });
  let who = "";
  try {
    who = os.userInfo().username;
  } catch {
    who = "";
  }
  return {
    createdAt: at.toISOString(),
    createdBy: who ? `${who} (command-line screener)` : "command-line screener",
    screened: {
      sheetName,
      range: `${sheetName}!${letter}${first}:${letter}${last}`,
      supplierColumn: named(columns.supplier)!,
      countryColumn: named(columns.country),
      productColumn: named(columns.product),
      screenedAt: at.toISOString(),
      rowsScreened: screened.length,
    },
    dataset,
    counts,
    decisions: plan?.counts ?? countsWithoutDecisions(screened),
    rows,
    sector: reportSectorOf(screened, columns),
  };
}

/** The report's sector section: when the run had sector risk (rows carry it), counts and every row with a label. */
function reportSectorOf(screened: readonly ScreenedRow[], columns: ChosenColumns): ReportSector | null {
  if (!screened.some((s) => s.sector)) return null;
  const counts = emptySectorCounts();
  const rows: ReportSector["rows"] = [];
  for (const s of screened) {
    if (!s.sector || isBlankSupplier(s.result)) continue;
    countSector(counts, s.sector);
    if (s.sector.label === "") continue;
    const product = columns.product === null ? "" : shownText(s.row.cells[columns.product]);
    rows.push({ rowNumber: s.row.rowNumber, supplier: s.input, label: s.sector.label, product, note: s.sector.sentence });
  }
  const name = bundledSectorBook().listName.replace(/^the /, "");
  return { list: name.charAt(0).toUpperCase() + name.slice(1), counts, rows };
}

function countsWithoutDecisions(screened: readonly ScreenedRow[]): DecisionCounts {
  const counts = emptyDecisionCounts();
  for (const s of screened) countDecision(counts, "undecided", null, !isBlankSupplier(s.result) && s.result.risk !== "none");
  return counts;
}
