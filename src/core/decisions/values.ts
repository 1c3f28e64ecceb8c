/**
 * The decision a reviewer records about one flagged row. Three values and blank, chosen from a list in Excel
 * (data validation) and accepted from files in the same words.
 */
export type DecisionValue = "cleared" | "confirmed" | "escalated";

export const DECISION_VALUES: readonly DecisionValue[] = ["cleared", "confirmed", "escalated"];

/** The exact words in the "WRO decision" list. The dash is an en dash, as Excel shows it. */
export const DECISION_LABELS: Record<DecisionValue, string> = {
  cleared: "Cleared – not the listed firm",
  confirmed: "Confirmed – act on it",
  escalated: "Escalated",
};

/** Header texts of the four decision columns, written right of "WRO notes"; the user owns their cells. */
export const DECISION_HEADERS = ["WRO decision", "Decided by", "Decided on", "Decision reason"] as const;

/** Header of the add-in's own fifth column: what each decision was made about, and whether it still stands. */
export const BASIS_HEADER = "Decision basis";

/** What a reviewer recorded on a row. `on` is the date as text, ISO (YYYY-MM-DD) when it was a date. */
export interface Decision {
  value: DecisionValue;
  by: string;
  on: string;
  reason: string;
}

export type ParsedDecisionCell = { value: DecisionValue } | { value: null; blank: true } | { value: null; blank: false; text: string };

/**
 * Reads a "WRO decision" cell. The list's own words, and the same words typed with a hyphen, in another case
 * or with spacing differences; the first word alone ("Cleared", "confirmed") too. Anything else is not a
 * decision (the row counts as undecided) and is reported, never changed.
 */
export function parseDecisionCell(cell: unknown): ParsedDecisionCell {
  const text = cell === null || cell === undefined ? "" : String(cell);
  const folded = text
    .normalize("NFKC")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
  if (folded === "") return { value: null, blank: true };
  for (const value of DECISION_VALUES) {
    const label = DECISION_LABELS[value].replace(/–/g, "-").toLowerCase();
    if (folded === label || folded === value || folded.replace(/\s*-\s*/g, " - ") === label) return { value };
  }
  return { value: null, blank: false, text };
}

/** Decided on, as text: ISO for dates, the cell's own text otherwise. Excel serial numbers become ISO dates. */
export function decisionDateText(cell: unknown): string {
  if (typeof cell === "number" && Number.isFinite(cell) && cell > 0 && cell < 2958466) {
    // Excel's 1900 date system: serial 25569 is 1970-01-01 (the 1900 leap-year bug is before any real decision).
    const ms = Math.round((cell - 25569) * 86_400_000);
    return new Date(ms).toISOString().slice(0, 10);
  }
  if (cell instanceof Date && !Number.isNaN(cell.getTime())) return cell.toISOString().slice(0, 10);
  return cell === null || cell === undefined ? "" : String(cell).trim();
}
