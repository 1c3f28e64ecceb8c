/**
 * exceljs hands back cells as rich text, formulas, hyperlinks, dates, errors and so on.
 * The screener and every output must see what the user sees in Excel, so these helpers
 * reduce a cell to that: the formula's cached result, the hyperlink's text, the joined runs.
 */

/** What a cell shows, kept as a primitive so the screener can tell text from numbers and errors. */
export type CellShown = string | number | boolean | null;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return "";
  // exceljs builds dates in UTC; a time of midnight is a plain date in the sheet.
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19).replace("T", " ");
}

/** Reduces an exceljs cell value (or a CSV string) to the primitive a user sees. Never throws. */
export function shownValue(value: unknown, depth = 0): CellShown {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return isoDate(value);
  // Formula results can themselves be objects (an error, rich text); a cycle is impossible in
  // exceljs output but a bound keeps hostile input from recursing forever.
  if (!isObject(value) || depth > 4) return null;
  if ("error" in value && typeof value.error === "string") return value.error;
  if ("richText" in value && Array.isArray(value.richText)) {
    return value.richText.map((run) => (isObject(run) && typeof run.text === "string" ? run.text : "")).join("");
  }
  if ("formula" in value || "sharedFormula" in value) return shownValue(value.result, depth + 1);
  if ("hyperlink" in value) return shownValue(value.text ?? value.hyperlink, depth + 1);
  if ("text" in value) return shownValue(value.text, depth + 1);
  return null;
}

/** The cell as text, for tables and CSV: numbers unformatted, dates as YYYY-MM-DD. */
export function shownText(value: unknown): string {
  const shown = shownValue(value);
  if (shown === null) return "";
  if (typeof shown === "boolean") return shown ? "TRUE" : "FALSE";
  return String(shown);
}

/** The formula of a cell saved without its calculated value (tools that do not calculate write these); else null. */
export function formulaWithoutValue(value: unknown): string | null {
  if (!isObject(value) || !("formula" in value || "sharedFormula" in value)) return null;
  if (value.result !== undefined && value.result !== null) return null;
  const formula = typeof value.formula === "string" ? value.formula : typeof value.sharedFormula === "string" ? value.sharedFormula : "";
  return formula.replace(/^=/, "");
}

/**
 * What --formulas-as-text screens for such a cell: the text of a formula that is only string
 * literals joined with & (="Top Glove"&" Bhd"), else the formula itself with its "=".
 */
export function formulaAsText(formula: string): string {
  const literal = /^\s*"((?:[^"]|"")*)"\s*((?:&\s*"(?:[^"]|"")*"\s*)*)$/.exec(formula);
  if (literal) {
    const parts = [...formula.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"'));
    return parts.join("");
  }
  return "=" + formula;
}
